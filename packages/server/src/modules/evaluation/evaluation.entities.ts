import { randomBytes, randomUUID } from 'node:crypto';
import { DecimalType, Entity, Enum, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  AggregationRule,
  AppealState,
  EvaluationDimension,
  EvaluationGroup,
  EvaluationMethod,
  IndicatorSystemState,
  QuestionnaireState,
  RoundState,
} from '@gongkai/shared';
import {
  AggregationRuleEnum,
  AppealStateEnum,
  EvaluationDimensionEnum,
  EvaluationGroupEnum,
  EvaluationMethodEnum,
  IndicatorSystemStateEnum,
  QuestionnaireStateEnum,
  RoundStateEnum,
} from './evaluation.enums.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';

const score = () => ({ type: new DecimalType('number'), precision: 7, scale: 2 });
/** A share of the full score (grade bands), to four decimals. */
const share = () => ({ type: new DecimalType('number'), precision: 5, scale: 4 });

/** An indicator system (评估标准和方法) for one year: drafted by the academy with the Disclosure Office. */
@ObjectType()
@Entity({ tableName: 'indicator_system' })
@Unique({ properties: ['government', 'year', 'revision'] })
export class IndicatorSystem {
  [OptionalProps]?: 'createdAt' | 'state' | 'frozen' | 'governmentId' | 'revision';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => Int) @Property({ type: 'integer' }) year!: number;
  /** 1 for the first system of the year; a copy of a frozen system takes the next number. */
  @Field(() => Int) @Property({ type: 'integer', default: 1 }) revision: number = 1;
  @Field() @Property({ type: 'text' }) title!: string;
  @Field(() => Float, { description: '满分' }) @Property(score()) fullScore: number = 100;
  @Field(() => Float) @Property(share()) excellentShare: number = 0.9;
  @Field(() => Float) @Property(share()) goodShare: number = 0.8;
  @Field(() => Float) @Property(share()) passShare: number = 0.6;
  @Field(() => IndicatorSystemStateEnum) @Enum({ items: () => Object.values(IndicatorSystemStateEnum) }) state: IndicatorSystemState = 'DRAFT';
  @Field(() => Date, { nullable: true, description: '学院会签' }) @Property({ type: 'timestamptz', nullable: true }) academySignedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) academySignedBy?: string | null;
  @Field(() => Date, { nullable: true, description: '政务公开办公室会签' })
  @Property({ type: 'timestamptz', nullable: true })
  officeSignedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) officeSignedBy?: string | null;
  /** Used by a round: never changed again; a new version is a copy. */
  @Field() @Property({ default: false }) frozen: boolean = false;
  @Field(() => ID, { nullable: true }) @Property({ type: 'uuid', nullable: true }) copiedFromId?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Property({ type: 'uuid' }) createdById!: string;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
}

/** One node of the indicator tree; the first level is the six dimensions. Children's scores add up to the parent's. */
@ObjectType()
@Entity({ tableName: 'indicator' })
export class Indicator {
  [OptionalProps]?: 'systemId' | 'parentId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => IndicatorSystem, { ref: true, deleteRule: 'cascade' }) system!: Ref<IndicatorSystem>;
  @Index() @ManyToOne(() => Indicator, { ref: true, nullable: true, deleteRule: 'cascade' }) parent?: Ref<Indicator> | null;
  @Field(() => EvaluationDimensionEnum) @Enum({ items: () => Object.values(EvaluationDimensionEnum) }) dimension!: EvaluationDimension;
  @Field(() => Int) @Property({ type: 'integer' }) position!: number;
  /** Outline number, e.g. 1.2.3 */
  @Field() @Property() code!: string;
  @Field() @Property({ type: 'text' }) name!: string;
  @Field(() => Float, { description: '分值' }) @Property(score()) maxScore!: number;
  @Field(() => String, { nullable: true, description: '评分标准' }) @Property({ type: 'text', nullable: true }) guide?: string | null;
  @Field(() => [EvaluationMethodEnum]) @Property({ type: 'text[]' }) methods: EvaluationMethod[] = [];
  @Field() @Property({ default: false }) leaf: boolean = false;
  @Field(() => ID) get systemId(): string {
    return this.system.id;
  }
  @Field(() => ID, { nullable: true }) get parentId(): string | null {
    return this.parent?.id ?? null;
  }
}

/** A yearly evaluation round (评估轮次). */
@ObjectType()
@Entity({ tableName: 'evaluation_round' })
export class EvaluationRound {
  [OptionalProps]?: 'createdAt' | 'state' | 'governmentId' | 'systemId' | 'evaluatorIds' | 'evaluatedUnitIds';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => Int) @Index() @Property({ type: 'integer' }) year!: number;
  @Field() @Property({ type: 'text' }) title!: string;
  @ManyToOne(() => IndicatorSystem, { ref: true, deleteRule: 'restrict' }) system!: Ref<IndicatorSystem>;
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' }) periodStart!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' }) periodEnd!: string;
  @Field(() => RoundStateEnum) @Enum({ items: () => Object.values(RoundStateEnum) }) state: RoundState = 'PREPARING';
  /** Working days the units have to appeal after the scores are sent to them (in force when the round was created). */
  @Field(() => Int) @Property({ type: 'integer' }) appealWorkingDays!: number;
  @Field(() => String, { nullable: true, description: 'Last day of appeal, YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  appealDeadline?: string | null;
  /** Every evaluator assigned in the round (for the ability's SQL filter); the assignments say what each may score. */
  @Property({ type: 'uuid[]' }) evaluatorIds: string[] = [];
  /** Every evaluated unit (for the ability's SQL filter: a unit reads the rounds it is evaluated in). */
  @Property({ type: 'uuid[]' }) evaluatedUnitIds: string[] = [];
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) releasedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) publishedAt?: Date | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Property({ type: 'uuid' }) createdById!: string;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get systemId(): string {
    return this.system.id;
  }
}

/** A unit evaluated in a round, in the group it is ranked in. */
@ObjectType()
@Entity({ tableName: 'evaluated_unit' })
@Unique({ properties: ['round', 'unit'] })
export class EvaluatedUnit {
  [OptionalProps]?: 'roundId' | 'unitId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => EvaluationRound, { ref: true, deleteRule: 'cascade' }) round!: Ref<EvaluationRound>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @Field(() => EvaluationGroupEnum) @Enum({ items: () => Object.values(EvaluationGroupEnum) }) group!: EvaluationGroup;
  @Field(() => ID) get roundId(): string {
    return this.round.id;
  }
  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
}

/** What an evaluator scores: one unit (all dimensions), one dimension (all units), or one dimension of one unit. */
@ObjectType()
@Entity({ tableName: 'evaluator_assignment' })
export class EvaluatorAssignment {
  [OptionalProps]?: 'roundId' | 'evaluatorId' | 'unitId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => EvaluationRound, { ref: true, deleteRule: 'cascade' }) round!: Ref<EvaluationRound>;
  @Index() @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' }) evaluator!: Ref<User>;
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'restrict' }) unit?: Ref<Unit> | null;
  @Field(() => EvaluationDimensionEnum, { nullable: true })
  @Enum({ items: () => Object.values(EvaluationDimensionEnum), nullable: true })
  dimension?: EvaluationDimension | null;
  @Field(() => ID) get roundId(): string {
    return this.round.id;
  }
  @Field(() => ID) get evaluatorId(): string {
    return this.evaluator.id;
  }
  @Field(() => ID, { nullable: true }) get unitId(): string | null {
    return this.unit?.id ?? null;
  }
}

/** The score of one unit on one leaf indicator, with the method, the evidence and when the check was made. */
@ObjectType()
@Entity({ tableName: 'evaluation_score' })
@Unique({ properties: ['round', 'unit', 'indicator'] })
export class EvaluationScore {
  [OptionalProps]?: 'roundId' | 'unitId' | 'indicatorId' | 'released' | 'updatedAt' | 'governmentId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => EvaluationRound, { ref: true, deleteRule: 'cascade' }) round!: Ref<EvaluationRound>;
  /** The government running the round. */
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'restrict' }) indicator!: Ref<Indicator>;
  @Field(() => Float) @Property(score()) score!: number;
  @Field(() => EvaluationMethodEnum) @Enum({ items: () => Object.values(EvaluationMethodEnum) }) method!: EvaluationMethod;
  @Field(() => String, { nullable: true, description: '核查链接' }) @Property({ type: 'text', nullable: true }) evidenceUrl?: string | null;
  @Field(() => String, { nullable: true, description: '说明' }) @Property({ type: 'text', nullable: true }) note?: string | null;
  /** When the check was made (online checks happen at unannounced times). */
  @Field(() => Date) @Property({ type: 'timestamptz' }) checkedAt!: Date;
  @Property({ type: 'uuid' }) evaluatorId!: string;
  /** Shown to the academy, the level's readers and the evaluator, not to the unit (see scoreEvaluatorName). */
  @Property() evaluatorName!: string;
  /** Sent to the unit (the round reached REVIEW): before that the unit never sees it. */
  @Index() @Property({ default: false }) released: boolean = false;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Field(() => ID) get roundId(): string {
    return this.round.id;
  }
  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get indicatorId(): string {
    return this.indicator.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
}

/** A unit's appeal against one score, answered by the academy. */
@ObjectType()
@Entity({ tableName: 'evaluation_appeal' })
export class Appeal {
  [OptionalProps]?: 'createdAt' | 'state' | 'roundId' | 'unitId' | 'scoreId' | 'governmentId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => EvaluationRound, { ref: true, deleteRule: 'cascade' }) round!: Ref<EvaluationRound>;
  /** The government running the round. */
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @ManyToOne(() => EvaluationScore, { ref: true, deleteRule: 'cascade' }) score!: Ref<EvaluationScore>;
  @Field() @Property({ type: 'text' }) reason!: string;
  @Field(() => AppealStateEnum) @Enum({ items: () => Object.values(AppealStateEnum) }) state: AppealState = 'SUBMITTED';
  @Field(() => Float) @Property(score()) originalScore!: number;
  @Field(() => Float, { nullable: true }) @Property({ ...score(), nullable: true }) newScore?: number | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) reply?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) answeredAt?: Date | null;
  @Field() @Property() createdByName!: string;
  @Property({ type: 'uuid' }) createdById!: string;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get roundId(): string {
    return this.round.id;
  }
  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get scoreId(): string {
    return this.score.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
}

/** A round's public questionnaire (调查问卷) on the portal; its questions feed questionnaire indicators. */
@ObjectType()
@Entity({ tableName: 'questionnaire' })
export class Questionnaire {
  [OptionalProps]?: 'createdAt' | 'state' | 'roundId' | 'governmentId' | 'rule' | 'respondentKey';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @OneToOne(() => EvaluationRound, { ref: true, owner: true, deleteRule: 'cascade' }) round!: Ref<EvaluationRound>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field() @Property({ type: 'text' }) title!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) intro?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' }) opensOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' }) closesOn!: string;
  /** Units with fewer valid responses are not scored from the questionnaire. */
  @Field(() => Int) @Property({ type: 'integer' }) minResponses!: number;
  @Field(() => AggregationRuleEnum) @Enum({ items: () => Object.values(AggregationRuleEnum) }) rule: AggregationRule = 'LINEAR_MEAN';
  @Field(() => QuestionnaireStateEnum) @Enum({ items: () => Object.values(QuestionnaireStateEnum) }) state: QuestionnaireState = 'DRAFT';
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) publishedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) aggregatedAt?: Date | null;
  /** The key of the respondents' hashes (never leaves the server). */
  @Property({ hidden: true }) respondentKey: string = randomBytes(32).toString('hex');
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get roundId(): string {
    return this.round.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
}

/** One question, answered on the 1–5 satisfaction scale, counted into one questionnaire indicator. */
@ObjectType()
@Entity({ tableName: 'questionnaire_question' })
export class Question {
  [OptionalProps]?: 'questionnaireId' | 'indicatorId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Questionnaire, { ref: true, deleteRule: 'cascade' }) questionnaire!: Ref<Questionnaire>;
  @Field(() => Int) @Property({ type: 'integer' }) position!: number;
  @Field() @Property({ type: 'text' }) text!: string;
  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'restrict' }) indicator!: Ref<Indicator>;
  @Field(() => ID) get questionnaireId(): string {
    return this.questionnaire.id;
  }
  @Field(() => ID) get indicatorId(): string {
    return this.indicator.id;
  }
}

/** One respondent's answers about one unit. The respondent is kept only as a keyed hash of the phone number. */
@Entity({ tableName: 'questionnaire_response' })
@Unique({ properties: ['questionnaire', 'unit', 'respondentHash'] })
@Unique({ properties: ['questionnaire', 'idempotencyKey'] })
export class QuestionnaireResponse {
  [OptionalProps]?: 'submittedAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Questionnaire, { ref: true, deleteRule: 'cascade' }) questionnaire!: Ref<Questionnaire>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @Property() respondentHash!: string;
  @Property() idempotencyKey!: string;
  @Property({ nullable: true }) address?: string | null;
  @Index() @Property({ type: 'timestamptz', defaultRaw: 'now()' }) submittedAt: Date = new Date();
}

@Entity({ tableName: 'questionnaire_answer' })
@Unique({ properties: ['response', 'question'] })
export class QuestionAnswer {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => QuestionnaireResponse, { ref: true, deleteRule: 'cascade' }) response!: Ref<QuestionnaireResponse>;
  @Index() @ManyToOne(() => Question, { ref: true, deleteRule: 'cascade' }) question!: Ref<Question>;
  @Property({ type: 'smallint' }) value!: number;
}
