// The assessment of disclosure work (考核, the closing part of the notice): "政务公开工作纳入绩效考核，
// 权重由市政府确定；考核采取平时检查和年终考核相结合的方式". Each unit of a government gets a scorecard
// per year, computed from the work itself; the Disclosure Office adds its routine checks (平时检查)
// and the accountability deductions (问责), signs the year off, the leaders sign it off after it,
// and the results are published on the portal.

/** The year of a government: open (computed live) → signed by the Disclosure Office (frozen) → signed off by the leaders → published. */
export const ASSESSMENT_STATES = ['OPEN', 'OFFICE_SIGNED', 'SIGNED_OFF', 'PUBLISHED'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];
export const ASSESSMENT_STATE_LABELS: Record<AssessmentState, string> = {
  OPEN: '考核中',
  OFFICE_SIGNED: '待领导审签',
  SIGNED_OFF: '已审签待发布',
  PUBLISHED: '已发布',
};
/** The states each step starts from (the workflow, the abilities and the admin read them here). */
export const ASSESSMENT_STEP_FROM = {
  /** routine checks and deductions are recorded, and the scorecards recomputed, while open */
  record: ['OPEN'],
  officeSignOff: ['OPEN'],
  signOff: ['OFFICE_SIGNED'],
  return: ['OFFICE_SIGNED'],
  publish: ['SIGNED_OFF'],
} as const satisfies Record<string, readonly AssessmentState[]>;
export const ASSESSMENT_PUBLISHED_STATES: readonly AssessmentState[] = ['PUBLISHED'];

/** The two parts of the score (平时检查 / 年终考核), weighted by the parameter assessment.routineShare. */
export const ASSESSMENT_PARTS = ['ROUTINE', 'YEAR_END'] as const;
export type AssessmentPart = (typeof ASSESSMENT_PARTS)[number];
export const ASSESSMENT_PART_LABELS: Record<AssessmentPart, string> = { ROUTINE: '平时检查', YEAR_END: '年终考核' };

/**
 * The items of the year-end scorecard. Each is a rate computed from the records of one work system;
 * its weight is read from the parameter assessment.itemWeights (the weights add up to 100).
 */
export const ASSESSMENT_ITEMS = [
  'DOCUMENT_ATTRIBUTES',
  'CONSULTATION_WINDOWS',
  'CONSULTATION_RATE',
  'INTERPRETATION_ON_TIME',
  'REVIEW_REPORT',
  'RECTIFICATIONS',
  'COMPLAINT_REPLY',
  'COMPLAINT_SATISFACTION',
  'REQUEST_ON_TIME',
  'EVALUATION_SCORE',
  'SUPERVISOR_FEEDBACK',
  'TRAINING_COVERAGE',
  'JOINT_MEETING_RESOLUTIONS',
] as const;
export type AssessmentItem = (typeof ASSESSMENT_ITEMS)[number];
export const ASSESSMENT_ITEM_LABELS: Record<AssessmentItem, string> = {
  DOCUMENT_ATTRIBUTES: '政策性文件公开属性源头认定',
  CONSULTATION_WINDOWS: '意见征集期限',
  CONSULTATION_RATE: '议题意见征集率',
  INTERPRETATION_ON_TIME: '政策解读按时发布',
  REVIEW_REPORT: '定期审查报告按时报送',
  RECTIFICATIONS: '审查整改完成',
  COMPLAINT_REPLY: '举报投诉按期答复率',
  COMPLAINT_SATISFACTION: '举报投诉满意率',
  REQUEST_ON_TIME: '依申请公开按期答复',
  EVALUATION_SCORE: '第三方评估得分',
  SUPERVISOR_FEEDBACK: '监督员意见按期答复',
  TRAINING_COVERAGE: '培训覆盖',
  JOINT_MEETING_RESOLUTIONS: '联席会议议定事项落实',
};

/**
 * How an item stands for a unit: counted (a rate), no work of that kind in the year (left out of the
 * total, its weight shared by the others), or not included because its work system is not in the
 * platform yet (未纳入: never shown as zero).
 */
export const ASSESSMENT_ITEM_STATUSES = ['COUNTED', 'NO_WORK', 'NOT_INCLUDED'] as const;
export type AssessmentItemStatus = (typeof ASSESSMENT_ITEM_STATUSES)[number];
export const ASSESSMENT_ITEM_STATUS_LABELS: Record<AssessmentItemStatus, string> = {
  COUNTED: '已计分',
  NO_WORK: '本年无此项工作',
  NOT_INCLUDED: '未纳入',
};

/** Shipped weights (assessment.itemWeights): they add up to 100. */
export const ASSESSMENT_WEIGHT_TOTAL = 100;

export const ASSESSMENT_TODO_KINDS = {
  'assessment.signOff': '审签政务公开工作考核结果',
  'assessment.publish': '发布政务公开工作考核结果',
} as const;
