// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import {
  SUPERVISOR_CATEGORIES,
  FEEDBACK_KINDS,
  FEEDBACK_STATES,
  FEEDBACK_RATINGS,
  type SupervisorCategory,
  type FeedbackKind,
  type FeedbackState,
  type FeedbackRating,
} from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const SupervisorCategoryEnum = enumObject<SupervisorCategory>(SUPERVISOR_CATEGORIES);
registerEnumType(SupervisorCategoryEnum, { name: 'SupervisorCategory' });
export const FeedbackKindEnum = enumObject<FeedbackKind>(FEEDBACK_KINDS);
registerEnumType(FeedbackKindEnum, { name: 'FeedbackKind' });
export const FeedbackStateEnum = enumObject<FeedbackState>(FEEDBACK_STATES);
registerEnumType(FeedbackStateEnum, { name: 'FeedbackState' });
export const FeedbackRatingEnum = enumObject<FeedbackRating>(FEEDBACK_RATINGS);
registerEnumType(FeedbackRatingEnum, { name: 'FeedbackRating' });
