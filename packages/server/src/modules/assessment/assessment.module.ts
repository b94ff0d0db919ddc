import { ASSESSMENT_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { AppError } from '../../common/errors.js';
import { AssessmentError as E } from './assessment.errors.js';
import * as enums from './assessment.enums.js';
import { Assessment, Deduction, RoutineCheck } from './assessment.entities.js';
import { registerAssessmentRoutes } from './assessment.export.js';
import { AssessmentResolver, DeductionResolver, RoutineCheckResolver, ScorecardResolver } from './assessment.resolver.js';
import { seedAssessment } from './assessment.seed.js';
import { deductionForAttachment, getDeduction } from './assessment.service.js';

/** The assessment of disclosure work (考核, the notice's closing part). */
export const assessmentModule: ModuleManifest = {
  name: 'assessment',
  entities: [Assessment, RoutineCheck, Deduction],
  routes: (app, contextFor) => registerAssessmentRoutes(app, contextFor),
  resolvers: [AssessmentResolver, ScorecardResolver, RoutineCheckResolver, DeductionResolver],
  enums: { ...enums },
  attachmentOwners: {
    // the accountability decision's document: read with the deduction, attached while the year is open
    Deduction: { read: (ctx, id) => getDeduction(ctx, id), attach: (ctx, id) => deductionForAttachment(ctx, id) },
  },
  uniqueRefusals: {
    assessment_government_year_unique: () => new AppError(E.EXISTS, '本级政府该年度的政务公开工作考核已建立'),
  },
  todoKinds: ASSESSMENT_TODO_KINDS,
  seed: seedAssessment,
};
