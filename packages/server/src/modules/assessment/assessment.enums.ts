// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import {
  ASSESSMENT_ITEMS,
  ASSESSMENT_ITEM_STATUSES,
  ASSESSMENT_STATES,
  type AssessmentItem,
  type AssessmentItemStatus,
  type AssessmentState,
} from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const AssessmentStateEnum = enumObject<AssessmentState>(ASSESSMENT_STATES);
registerEnumType(AssessmentStateEnum, { name: 'AssessmentState' });
export const AssessmentItemEnum = enumObject<AssessmentItem>(ASSESSMENT_ITEMS);
registerEnumType(AssessmentItemEnum, { name: 'AssessmentItem', description: 'An item of the year-end scorecard' });
export const AssessmentItemStatusEnum = enumObject<AssessmentItemStatus>(ASSESSMENT_ITEM_STATUSES);
registerEnumType(AssessmentItemStatusEnum, {
  name: 'AssessmentItemStatus',
  description: 'Counted, no work of the kind in the year, or not included (未纳入)',
});
