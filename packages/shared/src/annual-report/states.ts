// The annual report on government information disclosure (政府信息公开工作年度报告, 政府信息公开条例
// Art. 49–50), in the national template (国办公开办函〔2021〕30号). A unit's disclosure body drafts its
// unit's report and its head signs it off; the Disclosure Office drafts the government's report and
// the leaders sign it off. Published reports are read by anyone on the portal.

/** Whose report: one unit's, or a government's (its level's figures, aggregated over its units). */
export const ANNUAL_REPORT_SCOPES = ['UNIT', 'GOVERNMENT'] as const;
export type AnnualReportScope = (typeof ANNUAL_REPORT_SCOPES)[number];
export const ANNUAL_REPORT_SCOPE_LABELS: Record<AnnualReportScope, string> = { UNIT: '部门（单位）年度报告', GOVERNMENT: '本级人民政府年度报告' };

/** Drafted (figures computed and refreshed) → submitted → signed off (figures frozen) → published. */
export const ANNUAL_REPORT_STATES = ['DRAFT', 'SUBMITTED', 'SIGNED_OFF', 'PUBLISHED'] as const;
export type AnnualReportState = (typeof ANNUAL_REPORT_STATES)[number];
export const ANNUAL_REPORT_STATE_LABELS: Record<AnnualReportState, string> = {
  DRAFT: '起草中',
  SUBMITTED: '待审签',
  SIGNED_OFF: '已审签待发布',
  PUBLISHED: '已发布',
};
/** The states each step of a report starts from (the workflow, the abilities and the admin read them here). */
export const ANNUAL_REPORT_STEP_FROM = {
  edit: ['DRAFT'],
  refresh: ['DRAFT'],
  submit: ['DRAFT'],
  return: ['SUBMITTED'],
  signOff: ['SUBMITTED'],
  publish: ['SIGNED_OFF'],
} as const satisfies Record<string, readonly AnnualReportState[]>;
export const ANNUAL_REPORT_PUBLISHED_STATES: readonly AnnualReportState[] = ['PUBLISHED'];

export const ANNUAL_REPORT_TODO_KINDS = {
  'annualReport.draft': '编制政府信息公开工作年度报告',
  'annualReport.signOff': '审签政府信息公开工作年度报告',
  'annualReport.publish': '发布政府信息公开工作年度报告',
} as const;
