// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import {
  RECTIFICATION_STATES,
  REVIEW_CAMPAIGN_STATES,
  REVIEW_ITEM_SOURCES,
  REVIEW_OUTCOMES,
  REVIEW_REPORT_STATES,
  SPOT_CHECK_METHODS,
  type RectificationState,
  type ReviewCampaignState,
  type ReviewItemSource,
  type ReviewOutcome,
  type ReviewReportState,
  type SpotCheckMethod,
} from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const ReviewCampaignStateEnum = enumObject<ReviewCampaignState>(REVIEW_CAMPAIGN_STATES);
registerEnumType(ReviewCampaignStateEnum, { name: 'ReviewCampaignState' });
export const ReviewReportStateEnum = enumObject<ReviewReportState>(REVIEW_REPORT_STATES);
registerEnumType(ReviewReportStateEnum, { name: 'ReviewReportState' });
export const ReviewItemSourceEnum = enumObject<ReviewItemSource>(REVIEW_ITEM_SOURCES);
registerEnumType(ReviewItemSourceEnum, { name: 'ReviewItemSource' });
export const ReviewOutcomeEnum = enumObject<ReviewOutcome>(REVIEW_OUTCOMES);
registerEnumType(ReviewOutcomeEnum, { name: 'ReviewOutcome' });
export const SpotCheckMethodEnum = enumObject<SpotCheckMethod>(SPOT_CHECK_METHODS);
registerEnumType(SpotCheckMethodEnum, { name: 'SpotCheckMethod' });
export const RectificationStateEnum = enumObject<RectificationState>(RECTIFICATION_STATES);
registerEnumType(RectificationStateEnum, { name: 'RectificationState' });
