import type { AdminModule } from './admin-module';
import { loginModule } from './views/login/module';
import { homeModule } from './views/home/module';
import { documentsModule } from './views/documents/module';
import { interpretationsModule } from './views/interpretations/module';
import { consultationModule } from './views/consultation/module';
import { meetingsModule } from './views/meetings/module';
import { publishedModule } from './views/published/module';
import { unitsModule } from './views/units/module';
import { usersModule } from './views/users/module';
import { accountRequestsModule } from './views/account-requests/module';
import { auditModule } from './views/audit/module';
import { evaluationModule } from './views/evaluation/module';
import { supervisorsModule } from './views/supervisors/module';
import { complaintsModule } from './views/complaints/module';
import { requestsModule } from './views/requests/module';
import { reviewModule } from './views/review/module';
import { jointMeetingsModule } from './views/joint-meetings/module';
import { annualReportModule } from './views/annual-report/module';
import { assessmentModule } from './views/assessment/module';
import { parametersModule } from './views/parameters/module';
import { calendarModule } from './views/calendar/module';
import { trainingModule } from './views/training/module';

/**
 * The modules of the admin SPA, one line each (`views/<module>/module.ts`). The router, the menu
 * and the messages are built from this list; the menu shows the modules' groups in this order.
 */
export const ADMIN_MODULES: readonly AdminModule[] = [
  loginModule,
  homeModule,
  documentsModule,
  interpretationsModule,
  consultationModule,
  meetingsModule,
  publishedModule,
  unitsModule,
  usersModule,
  accountRequestsModule,
  auditModule,
  evaluationModule,
  supervisorsModule,
  complaintsModule,
  requestsModule,
  reviewModule,
  jointMeetingsModule,
  annualReportModule,
  trainingModule,
  assessmentModule,
  parametersModule,
  calendarModule,
];
