import { Field, ID, InputType, Int } from 'type-graphql';
import type { RectificationState, ReviewReportState, SpotCheckMethod } from '@gongkai/shared';
import { RectificationStateEnum, ReviewReportStateEnum, SpotCheckMethodEnum } from './review.enums.js';

@InputType({ description: "审查情况 and 工作总结 of a unit's report (a field left out is not changed)" })
export class ReviewReportInput {
  @Field(() => String, { nullable: true }) situation?: string | null;
  @Field(() => String, { nullable: true }) workSummary?: string | null;
}

@InputType()
export class ReviewReportFilter {
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => ID, { nullable: true }) campaignId?: string | null;
  @Field(() => ReviewReportStateEnum, { nullable: true }) state?: ReviewReportState | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
}

@InputType({ description: '抽查: how the sample is drawn' })
export class SpotCheckInput {
  @Field(() => SpotCheckMethodEnum) method: SpotCheckMethod;
  @Field(() => Int) sampleSize: number;
  @Field(() => String, { nullable: true, description: 'The random seed; one is made when none is given' }) seed?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: '整改 ordered to a unit the spot check drew' })
export class RectificationInput {
  @Field(() => ID) unitId: string;
  @Field() finding: string;
  @Field(() => String, { nullable: true }) requirement?: string | null;
  @Field({ description: 'YYYY-MM-DD, after today' }) dueOn: string;
}

@InputType()
export class RectificationFilter {
  @Field(() => ID, { nullable: true }) campaignId?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => RectificationStateEnum, { nullable: true }) state?: RectificationState | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
}
