// The work systems of the application, in the order their demo data is made. A new system is one
// folder with its `<module>.module.ts` and one line here.
import type { ModuleManifest } from '../common/modules.js';
import { organisationModule } from './organisation/organisation.module.js';
import { accountsModule } from './accounts/accounts.module.js';
import { documentsModule } from './documents/documents.module.js';
import { interpretationModule } from './interpretation/interpretation.module.js';
import { consultationModule } from './consultation/consultation.module.js';
import { meetingsModule } from './meetings/meetings.module.js';
import { supervisorsModule } from './supervisors/supervisors.module.js';
import { evaluationModule } from './evaluation/evaluation.module.js';
import { complaintsModule } from './complaints/complaints.module.js';
import { requestsModule } from './requests/requests.module.js';
import { reviewModule } from './review/review.module.js';
import { annualReportModule } from './annual-report/annual-report.module.js';
import { assessmentModule } from './assessment/assessment.module.js';
import { oversightModule } from './oversight/oversight.module.js';
import { trainingModule } from './training/training.module.js';
import { jointMeetingsModule } from './joint-meetings/joint-meetings.module.js';
import { openDataModule } from './open-data/open-data.module.js';

export const MODULES: readonly ModuleManifest[] = [
  organisationModule,
  accountsModule,
  documentsModule,
  interpretationModule,
  consultationModule,
  meetingsModule,
  supervisorsModule,
  evaluationModule,
  complaintsModule,
  requestsModule,
  reviewModule,
  annualReportModule,
  assessmentModule,
  oversightModule,
  trainingModule,
  jointMeetingsModule,
  openDataModule,
];
