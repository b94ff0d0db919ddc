import { randomUUID } from 'node:crypto';
import { DecimalType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { AssessmentState } from '@gongkai/shared';
import { AssessmentStateEnum } from './assessment.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import type { AssessmentParameters, Scorecard } from './assessment.scorecard.js';

export type { AssessmentParameters };

const points = () => ({ type: new DecimalType('number'), precision: 5, scale: 2 });

/** The scorecards as signed off by the Disclosure Office: what the leaders sign and the public reads. */
export interface FrozenScorecards {
  scorecards: Scorecard[];
  computedAt: string;
}

/** The assessment of disclosure work of a government's units for one year (考核). */
@ObjectType('Assessment')
@Entity({ tableName: 'assessment' })
@Unique({ name: 'assessment_government_year_unique', properties: ['government', 'year'] })
@Index({ name: 'assessment_state_year_index', properties: ['state', 'year'] })
export class Assessment {
  [OptionalProps]?: 'createdAt' | 'state' | 'governmentId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => Int) @Property({ type: 'integer' }) year!: number;
  @Field(() => AssessmentStateEnum) @Enum({ items: () => Object.values(AssessmentStateEnum) }) state: AssessmentState = 'OPEN';
  @Property({ type: 'jsonb' }) parameters!: AssessmentParameters;
  /** Set at the Disclosure Office's sign-off; the leaders' sign-off and the portal read it, never a recomputation. */
  @Property({ type: 'jsonb', nullable: true }) frozen?: FrozenScorecards | null;
  @Field(() => String, { nullable: true, description: 'Why the leaders returned the results to the Disclosure Office' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;
  @Field() @Property({ type: 'date' }) openedOn!: string;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) openedByName?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) officeSignedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) officeSignedByName?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) signedOffAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) signedOffByName?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) publishedAt?: Date | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => Float, { description: '平时检查 share of the score (0–1)' }) get routineShare(): number {
    return this.parameters.routineShare;
  }
  @Field(() => Float, { nullable: true, description: 'Weight of disclosure work in the performance assessment (0–1)' })
  get disclosureWeight(): number | null {
    return this.parameters.disclosureWeight;
  }
}

/** 平时检查: a routine check of a unit by the Disclosure Office, with what it found and its score. */
@ObjectType('RoutineCheck')
@Entity({ tableName: 'assessment_routine_check' })
@Index({ properties: ['assessment', 'unit'] })
export class RoutineCheck {
  [OptionalProps]?: 'createdAt' | 'unitId' | 'governmentId' | 'assessmentId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Assessment, { ref: true, deleteRule: 'restrict' }) assessment!: Ref<Assessment>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field() @Property({ type: 'date' }) checkedOn!: string;
  @Field() @Property({ type: 'text' }) findings!: string;
  @Field(() => Float) @Property(points()) score!: number;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) recordedByName?: string | null;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get assessmentId(): string {
    return this.assessment.id;
  }
}

/** 问责: points deducted from a unit's score, with the reason and the decision's document (an attachment). */
@ObjectType('Deduction')
@Entity({ tableName: 'assessment_deduction' })
@Index({ properties: ['assessment', 'unit'] })
export class Deduction {
  [OptionalProps]?: 'createdAt' | 'unitId' | 'governmentId' | 'assessmentId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Assessment, { ref: true, deleteRule: 'restrict' }) assessment!: Ref<Assessment>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field() @Property({ type: 'date' }) decidedOn!: string;
  @Field(() => Float) @Property(points()) points!: number;
  @Field() @Property({ type: 'text' }) reason!: string;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) recordedByName?: string | null;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get assessmentId(): string {
    return this.assessment.id;
  }
}
