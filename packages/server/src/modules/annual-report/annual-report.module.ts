import { ANNUAL_REPORT_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { AppError } from '../../common/errors.js';
import { AnnualReportError as E } from './annual-report.errors.js';
import * as enums from './annual-report.enums.js';
import { AnnualReport } from './annual-report.entities.js';
import { registerAnnualReportRoutes } from './annual-report.export.js';
import { AnnualReportResolver } from './annual-report.resolver.js';
import { seedAnnualReports } from './annual-report.seed.js';
import { openAnnualReports } from './annual-report.service.js';
import { ANNUAL_REPORT_SEARCH } from './annual-report.search.js';

/** The annual report on government information disclosure (政府信息公开工作年度报告, system 6). */
export const annualReportModule: ModuleManifest = {
  name: 'annual-report',
  searchSources: [ANNUAL_REPORT_SEARCH],
  entities: [AnnualReport],
  routes: (app, contextFor) => registerAnnualReportRoutes(app, contextFor),
  resolvers: [AnnualReportResolver],
  enums: { ...enums },
  uniqueRefusals: {
    annual_report_unit_year_unique: () => new AppError(E.EXISTS, '该单位该年度的年度报告已存在'),
  },
  todoKinds: ANNUAL_REPORT_TODO_KINDS,
  seed: seedAnnualReports,
  jobs: [
    // when a year has ended, each unit's report to draft (by the unit due date) and the government's (by its due date)
    { name: 'annualReport.open', everyHours: 6, run: openAnnualReports },
  ],
};
