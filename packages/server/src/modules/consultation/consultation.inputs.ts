import { Field, ID, InputType } from 'type-graphql';
import type { Adoption, EventForm, OpinionChannel, TopicCategory, TopicState } from '@gongkai/shared';
import { AdoptionEnum, EventFormEnum, OpinionChannelEnum, TopicCategoryEnum, TopicStateEnum } from './consultation.enums.js';

@InputType()
export class TopicInput {
  @Field() title: string;
  @Field(() => TopicCategoryEnum) category: TopicCategory;
  @Field(() => Boolean, { nullable: true }) exempt?: boolean | null;
  @Field(() => String, { nullable: true }) exemptReason?: string | null;
  @Field(() => String, { nullable: true }) draft?: string | null;
  @Field(() => String, { nullable: true }) decisionBasis?: string | null;
  @Field(() => String, { nullable: true }) draftingExplanation?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) windowStart?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive' }) windowEnd?: string | null;
  @Field(() => String, { nullable: true }) shortWindowReason?: string | null;
  @Field(() => String, { nullable: true }) meetingNote?: string | null;
}

@InputType()
export class TopicFilter {
  @Field(() => TopicStateEnum, { nullable: true }) state?: TopicState | null;
  @Field(() => String, { nullable: true }) search?: string | null;
}

@InputType()
export class PublicOpinionInput {
  @Field(() => ID) topicId: string;
  @Field() content: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field({ description: 'Made by the form once; a retried submit with the same key returns the first receipt' }) idempotencyKey: string;
}

@InputType()
export class StaffOpinionInput {
  @Field(() => ID) topicId: string;
  @Field() content: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => OpinionChannelEnum) channel: OpinionChannel;
}

@InputType()
export class AnswerInput {
  @Field() reasonable: boolean;
  @Field(() => AdoptionEnum, { nullable: true }) adoption?: Adoption | null;
  @Field() reply: string;
}

@InputType()
export class EventInput {
  @Field(() => EventFormEnum) form: EventForm;
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) participants?: string | null;
}

@InputType()
export class DeliveryInput {
  @Field() representative: string;
  @Field(() => String, { nullable: true }) organisation?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) deliveredOn: string;
  @Field(() => String, { nullable: true }) lateReason?: string | null;
}
