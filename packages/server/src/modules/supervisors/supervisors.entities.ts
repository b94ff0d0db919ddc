import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FEEDBACK_OPEN_STATES, type FeedbackKind, type FeedbackRating, type FeedbackState, type SupervisorCategory } from '@gongkai/shared';
import { FeedbackKindEnum, FeedbackRatingEnum, FeedbackStateEnum, SupervisorCategoryEnum } from './supervisors.enums.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';
import { today } from '../../common/clock.js';

/**
 * A government-affairs disclosure supervisor (政务公开监督员) on the registry that the Disclosure
 * Office of a level keeps. The contact is not a plain field: only the Disclosure Office reads it.
 */
@ObjectType()
@Entity({ tableName: 'supervisor' })
@Check({ name: 'supervisor_term_check', expression: 'term_end >= term_start' })
export class Supervisor {
  [OptionalProps]?: 'createdAt' | 'governmentId' | 'userId' | 'inTerm';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  /** The level whose Disclosure Office keeps the registry. */
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field() @Property() name!: string;
  @Field({ description: '所在单位' }) @Property() organisation!: string;
  @Field(() => SupervisorCategoryEnum) @Enum({ items: () => Object.values(SupervisorCategoryEnum) }) category!: SupervisorCategory;
  @Field({ description: 'First day of the term, YYYY-MM-DD' }) @Property({ type: 'date' }) termStart!: string;
  @Field({ description: 'Last day of the term, inclusive' }) @Property({ type: 'date' }) termEnd!: string;
  /** Personal data: the Disclosure Office only (resolved with a check). */
  @Property({ nullable: true }) contact?: string | null;
  /** The account the supervisor signs in with (role SUPERVISOR); at most one record per account. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null', unique: true }) user?: Ref<User> | null;
  /** The registry's own remarks: like the contact, for the Disclosure Office that keeps it (see the resolver). */
  @Property({ type: 'text', nullable: true }) note?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID, { nullable: true }) get userId(): string | null {
    return this.user?.id ?? null;
  }
  @Field({ description: 'Whether today falls within the term' }) get inTerm(): boolean {
    const d = today();
    return this.termStart <= d && d <= this.termEnd;
  }
}

/**
 * Feedback or a suggestion (意见 / 建议) a supervisor sends to a unit's disclosure body, the unit's
 * answer and the supervisor's rating of it. The answer deadline is fixed when the item is filed.
 */
@ObjectType()
@Entity({ tableName: 'supervisor_feedback' })
@Index({ properties: ['state', 'dueOn'] })
export class SupervisorFeedback {
  [OptionalProps]?:
    'createdAt' | 'state' | 'reopenCount' | 'supervisorId' | 'targetUnitId' | 'governmentId' | 'supervisorGovernmentId' | 'overdue' | 'answeredLate';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Supervisor, { ref: true, deleteRule: 'restrict' }) supervisor!: Ref<Supervisor>;
  /** The account that filed it: the supervisor follows their own items. */
  @Field(() => ID) @Index() @Property({ type: 'uuid' }) supervisorUserId!: string;
  /** The level of the registry the supervisor is on. */
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) supervisorGovernment!: Ref<Unit>;
  @Field({ description: 'Name of the supervisor when filed' }) @Property() supervisorName!: string;
  @Field() @Property() supervisorOrganisation!: string;
  /** The unit whose disclosure body is addressed, and its level. */
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) targetUnit!: Ref<Unit>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => FeedbackKindEnum) @Enum({ items: () => Object.values(FeedbackKindEnum) }) kind!: FeedbackKind;
  @Field() @Property({ type: 'text' }) title!: string;
  @Field() @Property({ type: 'text' }) content!: string;
  @Field(() => FeedbackStateEnum) @Enum({ items: () => Object.values(FeedbackStateEnum) }) state: FeedbackState = 'SUBMITTED';
  @Field(() => Date) @Property({ type: 'timestamptz' }) filedAt!: Date;
  @Field({ description: 'YYYY-MM-DD, Asia/Shanghai' }) @Index() @Property({ type: 'date' }) filedOn!: string;
  /** The answer deadline in working days, in force when the item was filed. */
  @Field(() => Int) @Property({ type: 'integer' }) answerWorkingDays!: number;
  @Field({ description: 'Last day to answer (a reopened item gets a new one)' }) @Property({ type: 'date' }) dueOn!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) answer?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) answeredAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) answeredOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) answeredByName?: string | null;
  @Property({ type: 'uuid', nullable: true }) answeredById?: string | null;
  @Field(() => FeedbackRatingEnum, { nullable: true })
  @Enum({ items: () => Object.values(FeedbackRatingEnum), nullable: true })
  rating?: FeedbackRating | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) ratingComment?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) ratedAt?: Date | null;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) reopenCount: number = 0;
  @Field(() => String, { nullable: true, description: 'Why the supervisor asked for a new answer' })
  @Property({ type: 'text', nullable: true })
  reopenReason?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get supervisorId(): string {
    return this.supervisor.id;
  }
  @Field(() => ID) get targetUnitId(): string {
    return this.targetUnit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get supervisorGovernmentId(): string {
    return this.supervisorGovernment.id;
  }
  @Field({ description: 'Still unanswered after its last day' }) get overdue(): boolean {
    return FEEDBACK_OPEN_STATES.includes(this.state) && this.dueOn < today();
  }
  @Field({ description: 'Answered after its last day' }) get answeredLate(): boolean {
    return !!this.answeredOn && this.answeredOn > this.dueOn;
  }
}
