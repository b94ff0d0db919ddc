import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { TrainingAudience, TrainingKind, TrainingSessionState } from '@gongkai/shared';
import { TrainingAudienceEnum, TrainingKindEnum, TrainingSessionStateEnum } from './training.enums.js';

@InputType()
export class TrainingCourseInput {
  @Field(() => TrainingKindEnum) kind: TrainingKind;
  @Field(() => TrainingAudienceEnum) audience: TrainingAudience;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class TrainingSessionInput {
  @Field(() => ID) courseId: string;
  @Field() title: string;
  @Field() location: string;
  @Field({ description: 'YYYY-MM-DD, Asia/Shanghai' }) day: string;
  @Field({ description: 'HH:MM' }) startTime: string;
  @Field({ description: 'HH:MM, after startTime' }) endTime: string;
  @Field(() => Float) hours: number;
  @Field(() => Int) capacity: number;
}

@InputType({ description: "A session's arrangements changed while it is open (its course stays)" })
export class TrainingSessionUpdateInput {
  @Field() title: string;
  @Field() location: string;
  @Field({ description: 'YYYY-MM-DD, Asia/Shanghai' }) day: string;
  @Field({ description: 'HH:MM' }) startTime: string;
  @Field({ description: 'HH:MM, after startTime' }) endTime: string;
  @Field(() => Float) hours: number;
  @Field(() => Int, { description: 'Not fewer than those already enrolled' }) capacity: number;
}

@InputType()
export class TrainingSessionFilter {
  @Field(() => TrainingSessionStateEnum, { nullable: true }) state?: TrainingSessionState | null;
  @Field(() => TrainingKindEnum, { nullable: true }) kind?: TrainingKind | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => Boolean, { nullable: true, description: "Only the sessions of the signed-in user's unit" }) organisedByMe?: boolean | null;
}

@InputType()
export class TrainingFeedbackInput {
  @Field(() => Int, { description: '培训内容 1–5' }) content: number;
  @Field(() => Int, { description: '授课水平 1–5' }) teaching: number;
  @Field(() => Int, { description: '组织安排 1–5' }) organisation: number;
  @Field(() => String, { nullable: true }) comment?: string | null;
}
