import { Field, ID, InputType } from 'type-graphql';
import type { InviteeCategory, MeetingKind, TopicCategory } from '@gongkai/shared';
import { InviteeCategoryEnum, MeetingKindEnum } from './meetings.enums.js';
import { TopicCategoryEnum } from '../consultation/consultation.enums.js';

@InputType()
export class MeetingInput {
  @Field(() => MeetingKindEnum) kind: MeetingKind;
  @Field() title: string;
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => String, { nullable: true, description: 'HH:mm' }) startTime?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true, description: '参会须知' }) attendeeNotes?: string | null;
}

@InputType()
export class AgendaItemInput {
  @Field() title: string;
  @Field(() => ID) submittingUnitId: string;
  @Field(() => TopicCategoryEnum) category: TopicCategory;
  @Field(() => Boolean, { nullable: true }) exempt?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '重要民生议题' }) importantLivelihood?: boolean | null;
  @Field(() => ID, { nullable: true }) consultationTopicId?: string | null;
}

@InputType()
export class InviteeInput {
  @Field() name: string;
  @Field(() => InviteeCategoryEnum) category: InviteeCategory;
  @Field(() => String, { nullable: true }) organisation?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
}

@InputType()
export class ProposalInput {
  @Field() invite: boolean;
  @Field(() => String, { nullable: true }) necessity?: string | null;
  @Field(() => String, { nullable: true }) participationWay?: string | null;
  @Field(() => String, { nullable: true }) preparations?: string | null;
  @Field(() => [InviteeInput]) invitees: InviteeInput[];
}

@InputType()
export class PressReleaseInput {
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) source?: string | null;
}
