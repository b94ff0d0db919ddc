import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { TrainingAttendanceMethod, TrainingAudience, TrainingEnrolmentSource, TrainingKind, TrainingSessionState } from '@gongkai/shared';
import {
  TrainingAttendanceMethodEnum,
  TrainingAudienceEnum,
  TrainingEnrolmentSourceEnum,
  TrainingKindEnum,
  TrainingSessionStateEnum,
} from './training.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';

/**
 * A course (培训课程) of the party school, the academy or the Disclosure Office: what is taught, to whom,
 * of which kind. It runs in one or more sessions (期次).
 */
@ObjectType()
@Entity({ tableName: 'training_course' })
export class TrainingCourse {
  [OptionalProps]?: 'createdAt' | 'governmentId' | 'organiserUnitId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  /** The unit that runs it: the party school, the academy or the Disclosure Office of the level. */
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) organiserUnit!: Ref<Unit>;
  @Field(() => TrainingKindEnum) @Enum({ items: () => Object.values(TrainingKindEnum) }) kind!: TrainingKind;
  @Field(() => TrainingAudienceEnum) @Enum({ items: () => Object.values(TrainingAudienceEnum) }) audience!: TrainingAudience;
  @Field() @Property() title!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) description?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get organiserUnitId(): string {
    return this.organiserUnit.id;
  }
}

/**
 * One session (期次) of a course: when and where, its hours and capacity. Its check-in code is for the
 * organiser to show in the room; attendees enter it during the session.
 */
@ObjectType()
@Entity({ tableName: 'training_session' })
@Index({ properties: ['government', 'startsAt'] })
@Check({ name: 'training_session_time_check', expression: 'ends_at > starts_at' })
@Check({ name: 'training_session_capacity_check', expression: 'enrolled_count >= 0 and enrolled_count <= capacity' })
export class TrainingSession {
  [OptionalProps]?: 'createdAt' | 'state' | 'enrolledCount' | 'governmentId' | 'organiserUnitId' | 'courseId' | 'attendedCount';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => TrainingCourse, { ref: true, deleteRule: 'restrict' }) course!: Ref<TrainingCourse>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) organiserUnit!: Ref<Unit>;
  /** The course's kind and audience, kept on the session for lists and statistics. */
  @Field(() => TrainingKindEnum) @Enum({ items: () => Object.values(TrainingKindEnum) }) kind!: TrainingKind;
  @Field(() => TrainingAudienceEnum) @Enum({ items: () => Object.values(TrainingAudienceEnum) }) audience!: TrainingAudience;
  @Field({ description: 'Course title and session, e.g. 政务公开业务培训（第一期）' }) @Property() title!: string;
  @Field() @Property() location!: string;
  @Field(() => Date) @Property({ type: 'timestamptz' }) startsAt!: Date;
  @Field(() => Date) @Property({ type: 'timestamptz' }) endsAt!: Date;
  @Field({ description: 'The day of the session, YYYY-MM-DD, Asia/Shanghai' }) @Property({ type: 'date' }) day!: string;
  @Field(() => Float, { description: 'Hours credited to each attendee' }) @Property({ type: 'double' }) hours!: number;
  @Field(() => Int) @Property({ type: 'integer' }) capacity!: number;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) enrolledCount: number = 0;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) attendedCount: number = 0;
  /** Six digits, shown to the organiser only (see the resolver). */
  @Property({ length: 12 }) checkInCode!: string;
  @Field(() => TrainingSessionStateEnum) @Enum({ items: () => Object.values(TrainingSessionStateEnum) }) state: TrainingSessionState = 'OPEN';
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) completedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was called off (已取消)' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get organiserUnitId(): string {
    return this.organiserUnit.id;
  }
  @Field(() => ID) get courseId(): string {
    return this.course.id;
  }
}

/**
 * A member of staff on a session's roster: enrolled by their unit or nominated by the organiser; their
 * attendance (check-in or roster), the hours credited, completion and their one feedback questionnaire.
 */
@ObjectType()
@Entity({ tableName: 'training_enrolment' })
@Unique({ name: 'training_enrolment_session_user_unique', properties: ['session', 'userId'] })
@Index({ properties: ['unit', 'attendedAt'] })
@Index({ properties: ['userId', 'attendedAt'] })
@Check({
  name: 'training_enrolment_rating_check',
  expression: 'rating_content between 1 and 5 and rating_teaching between 1 and 5 and rating_organisation between 1 and 5',
})
export class TrainingEnrolment {
  [OptionalProps]?:
    'createdAt' | 'hoursCredited' | 'completed' | 'sessionId' | 'unitId' | 'governmentId' | 'organiserUnitId' | 'attended' | 'feedbackGiven';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => TrainingSession, { ref: true, deleteRule: 'cascade' }) session!: Ref<TrainingSession>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) organiserUnit!: Ref<Unit>;
  /** The attendee (an account) and their unit when enrolled. */
  @Field(() => ID) @Property({ type: 'uuid' }) userId!: string;
  @Field() @Property() userName!: string;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @Field() @Property() unitName!: string;
  @Field(() => TrainingEnrolmentSourceEnum) @Enum({ items: () => Object.values(TrainingEnrolmentSourceEnum) }) source!: TrainingEnrolmentSource;
  @Field() @Property() enrolledByName!: string;
  @Property({ type: 'uuid' }) enrolledById!: string;
  @Field(() => Date) @Property({ type: 'timestamptz' }) enrolledAt!: Date;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) attendedAt?: Date | null;
  @Field(() => TrainingAttendanceMethodEnum, { nullable: true })
  @Enum({ items: () => Object.values(TrainingAttendanceMethodEnum), nullable: true })
  attendanceMethod?: TrainingAttendanceMethod | null;
  @Field(() => Float, { description: "The session's hours once attended, else 0" }) @Property({ type: 'double', default: 0 }) hoursCredited: number =
    0;
  @Field({ description: 'Attended and the session completed (结业)' }) @Property({ default: false }) completed: boolean = false;
  @Field(() => Int, { nullable: true }) @Property({ type: 'smallint', nullable: true }) ratingContent?: number | null;
  @Field(() => Int, { nullable: true }) @Property({ type: 'smallint', nullable: true }) ratingTeaching?: number | null;
  @Field(() => Int, { nullable: true }) @Property({ type: 'smallint', nullable: true }) ratingOrganisation?: number | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) feedbackComment?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) feedbackAt?: Date | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get sessionId(): string {
    return this.session.id;
  }
  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get organiserUnitId(): string {
    return this.organiserUnit.id;
  }
  @Field() get attended(): boolean {
    return !!this.attendedAt;
  }
  @Field() get feedbackGiven(): boolean {
    return !!this.feedbackAt;
  }
}
