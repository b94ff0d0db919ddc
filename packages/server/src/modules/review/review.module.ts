import { REVIEW_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { AppError } from '../../common/errors.js';
import { ReviewError as E } from './review.errors.js';
import * as enums from './review.enums.js';
import { Rectification, ReviewCampaign, ReviewItem, ReviewReport, SpotCheck } from './review.entities.js';
import { RectificationResolver, ReviewCampaignResolver, ReviewItemResolver, ReviewReportResolver, SpotCheckResolver } from './review.resolver.js';
import { seedReview } from './review.seed.js';

/** System 6: the yearly review of what is not disclosed and what is often requested, spot checks and rectification. */
export const reviewModule: ModuleManifest = {
  name: 'review',
  entities: [ReviewCampaign, ReviewReport, ReviewItem, SpotCheck, Rectification],
  resolvers: [ReviewCampaignResolver, ReviewReportResolver, ReviewItemResolver, SpotCheckResolver, RectificationResolver],
  enums: { ...enums },
  uniqueRefusals: {
    review_campaign_year_unique: () => new AppError(E.CAMPAIGN_EXISTS, '本级该年度的公开内容审查已经启动'),
  },
  todoKinds: REVIEW_TODO_KINDS,
  seed: seedReview,
};
