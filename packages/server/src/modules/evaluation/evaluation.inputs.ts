import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { EvaluationDimension, EvaluationMethod } from '@gongkai/shared';
import { EvaluationDimensionEnum, EvaluationMethodEnum } from './evaluation.enums.js';

@InputType()
export class IndicatorSystemInput {
  @Field(() => Int) year: number;
  @Field() title: string;
  @Field(() => Float, { nullable: true, description: '满分, 100 by default' }) fullScore?: number | null;
}

@InputType({ description: 'One node of the indicator tree; key is its id or a temporary key from the editor' })
export class IndicatorNodeInput {
  @Field() key: string;
  @Field(() => String, { nullable: true }) parentKey: string | null;
  @Field(() => EvaluationDimensionEnum, { nullable: true, description: 'First level only' }) dimension?: EvaluationDimension | null;
  @Field() name: string;
  @Field(() => Float, { description: '分值' }) maxScore: number;
  @Field(() => String, { nullable: true, description: '评分标准' }) guide?: string | null;
  @Field(() => [EvaluationMethodEnum]) methods: EvaluationMethod[];
}

@InputType({ description: 'Grade bands as shares of the full score' })
export class GradeBandsInput {
  @Field(() => Float) excellent: number;
  @Field(() => Float) good: number;
  @Field(() => Float) pass: number;
}

@InputType()
export class IndicatorTreeInput {
  @Field() title: string;
  @Field(() => Float) fullScore: number;
  @Field(() => GradeBandsInput) bands: GradeBandsInput;
  @Field(() => [IndicatorNodeInput]) indicators: IndicatorNodeInput[];
}

@InputType()
export class RoundInput {
  @Field(() => Int) year: number;
  @Field() title: string;
  @Field(() => ID) systemId: string;
  @Field({ description: 'YYYY-MM-DD' }) periodStart: string;
  @Field({ description: 'YYYY-MM-DD' }) periodEnd: string;
}

@InputType()
export class AssignmentInput {
  @Field(() => ID) evaluatorId: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => EvaluationDimensionEnum, { nullable: true }) dimension?: EvaluationDimension | null;
}

@InputType()
export class ScoreInput {
  @Field(() => ID) unitId: string;
  @Field(() => ID) indicatorId: string;
  @Field(() => Float) score: number;
  @Field(() => EvaluationMethodEnum) method: EvaluationMethod;
  @Field(() => String, { nullable: true, description: '核查链接' }) evidenceUrl?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Date, { description: 'When the check was made' }) checkedAt: Date;
  @Field(() => Int, { nullable: true, description: 'The version seen, when changing an existing score' }) version?: number | null;
}

@InputType()
export class QuestionInput {
  @Field() text: string;
  @Field(() => ID, { description: 'A leaf indicator of the round’s system that is assessed by questionnaire' }) indicatorId: string;
}

@InputType()
export class QuestionnaireInput {
  @Field() title: string;
  @Field(() => String, { nullable: true }) intro?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) opensOn: string;
  @Field({ description: 'YYYY-MM-DD' }) closesOn: string;
  @Field(() => Int, { description: 'Units with fewer valid responses are not scored from the questionnaire' }) minResponses: number;
  @Field(() => [QuestionInput]) questions: QuestionInput[];
}

@InputType()
export class QuestionAnswerInput {
  @Field(() => ID) questionId: string;
  @Field(() => Int, { description: '5 非常满意 … 1 非常不满意' }) value: number;
}

@InputType()
export class QuestionnaireResponseInput {
  @Field(() => ID) questionnaireId: string;
  @Field(() => ID, { description: 'The unit the answers are about' }) unitId: string;
  @Field({ description: 'Mobile number: kept only as a keyed hash, to allow one response per person and unit' }) phone: string;
  @Field(() => [QuestionAnswerInput]) answers: QuestionAnswerInput[];
  @Field() idempotencyKey: string;
}
