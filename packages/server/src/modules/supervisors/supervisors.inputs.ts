import { Field, ID, InputType } from 'type-graphql';
import type { FeedbackKind, FeedbackState, SupervisorCategory } from '@gongkai/shared';
import { FeedbackKindEnum, FeedbackStateEnum, SupervisorCategoryEnum } from './supervisors.enums.js';

@InputType()
export class SupervisorInput {
  @Field() name: string;
  @Field({ description: '所在单位' }) organisation: string;
  @Field(() => SupervisorCategoryEnum) category: SupervisorCategory;
  @Field({ description: 'YYYY-MM-DD' }) termStart: string;
  @Field({ description: 'YYYY-MM-DD, not before termStart' }) termEnd: string;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => ID, { nullable: true, description: 'An account with the SUPERVISOR role' }) userId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class FeedbackInput {
  @Field(() => ID, { description: 'The unit whose disclosure body is addressed (any level)' }) targetUnitId: string;
  @Field(() => FeedbackKindEnum) kind: FeedbackKind;
  @Field() title: string;
  @Field() content: string;
}

@InputType()
export class FeedbackFilter {
  @Field(() => FeedbackStateEnum, { nullable: true }) state?: FeedbackState | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
  @Field(() => ID, { nullable: true }) targetUnitId?: string | null;
  @Field(() => ID, { nullable: true }) supervisorId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only what the signed-in supervisor filed' }) mine?: boolean | null;
}
