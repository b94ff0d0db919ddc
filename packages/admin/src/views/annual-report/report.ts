import { ANNUAL_REPORT_STEP_FROM, asSubject, type AnnualReportState, type SubjectObject } from '@gongkai/shared';

export const REPORT_STATE_TAG: Record<AnnualReportState, 'info' | 'warning' | 'success' | 'primary'> = {
  DRAFT: 'info',
  SUBMITTED: 'warning',
  SIGNED_OFF: 'primary',
  PUBLISHED: 'success',
};
export type ReportStep = keyof typeof ANNUAL_REPORT_STEP_FROM;
/** Whether the report's state is one the step starts from (the workflow's own list). */
export const stepFrom = (step: ReportStep, state: string) => (ANNUAL_REPORT_STEP_FROM[step] as readonly string[]).includes(state);
export function reportSubject(r: { id: string; unitId: string; governmentId: string; scope: string; state: string }): SubjectObject {
  return asSubject('AnnualReport', { id: r.id, unitId: r.unitId, governmentId: r.governmentId, scope: r.scope, state: r.state });
}
