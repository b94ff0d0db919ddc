import { COMPLAINT_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { AppError } from '../../common/errors.js';
import { ComplaintError as E } from './complaints.errors.js';
import * as enums from './complaints.enums.js';
import { Case, CaseImport, CaseImportError, CaseStatisticsRelease } from './complaints.entities.js';
import { registerImportRoutes, resumeImports } from './complaints.imports.js';
import { registerCitizenFileRoute } from './complaints.citizen-files.js';
import { registerComplaintRoutes } from './complaints.opendata.js';
import { CaseResolver } from './complaints.resolver.js';
import { seedComplaints } from './complaints.seed.js';
import { CITIZEN_FILES, caseForAttachment, expireRatings, getCase, remindDeadlines } from './complaints.service.js';
import { CASE_SEARCH, CASE_STATISTICS_SEARCH } from './complaints.search.js';

/** System 8: citizens' reports, complaints and suggestions, handled in public. */
export const complaintsModule: ModuleManifest = {
  name: 'complaints',
  searchSources: [CASE_SEARCH, CASE_STATISTICS_SEARCH],
  entities: [Case, CaseStatisticsRelease, CaseImport, CaseImportError],
  routes: (app, contextFor) => {
    registerComplaintRoutes(app, contextFor);
    registerImportRoutes(app, contextFor);
    registerCitizenFileRoute(app, contextFor);
  },
  resolvers: [CaseResolver],
  enums: { ...enums },
  attachmentOwners: {
    // the files of the unit's reply: read with the case, added by its handlers while they handle it
    Case: { read: (ctx, id) => getCase(ctx, id), attach: (ctx, id) => caseForAttachment(ctx, id) },
    // what the citizen sent with the case (with its codes, on the portal): read by those who read the case
    [CITIZEN_FILES.ownerType]: {
      read: (ctx, id) => getCase(ctx, id),
      attach: () => Promise.reject(new AppError('FORBIDDEN', '群众的材料由群众在门户网站上传')),
    },
  },
  uniqueRefusals: {
    complaint_case_source_unique: () => new AppError(E.SOURCE_DUPLICATE, '该来源编号的件已导入'),
  },
  todoKinds: COMPLAINT_TODO_KINDS,
  seed: seedComplaints,
  jobs: [
    { name: 'complaints.expireRatings', everyHours: 6, run: expireRatings },
    // the unit reminded before a last day, the office told when it has passed
    { name: 'complaints.remindDeadlines', everyHours: 1, run: remindDeadlines },
    // imports left by a process that stopped are taken up again (every two minutes)
    { name: 'complaints.resumeImports', everyHours: 1 / 30, run: resumeImports },
  ],
};
