/** The team of government-affairs disclosure supervisors (system 7). */

/** Where a supervisor comes from (the notice, section 七: 编办、法制办、监察局、党校、行政学院、法院、工会、新闻媒体、律师事务所、企业、社区). */
export const SUPERVISOR_CATEGORIES = [
  'ESTABLISHMENT_OFFICE',
  'LEGAL_AFFAIRS',
  'SUPERVISION_BUREAU',
  'PARTY_SCHOOL',
  'ACADEMY',
  'COURT',
  'TRADE_UNION',
  'MEDIA',
  'LAW_FIRM',
  'ENTERPRISE',
  'COMMUNITY',
] as const;
export type SupervisorCategory = (typeof SUPERVISOR_CATEGORIES)[number];
export const SUPERVISOR_CATEGORY_LABELS: Record<SupervisorCategory, string> = {
  ESTABLISHMENT_OFFICE: '编办',
  LEGAL_AFFAIRS: '法制办',
  SUPERVISION_BUREAU: '监察局',
  PARTY_SCHOOL: '党校',
  ACADEMY: '行政学院',
  COURT: '法院',
  TRADE_UNION: '工会',
  MEDIA: '新闻媒体',
  LAW_FIRM: '律师事务所',
  ENTERPRISE: '企业',
  COMMUNITY: '社区',
};

export const FEEDBACK_KINDS = ['FEEDBACK', 'SUGGESTION'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = { FEEDBACK: '意见', SUGGESTION: '建议' };

/** Filed → answered by the unit → rated by the supervisor; a dissatisfied supervisor may ask once for a new answer. */
export const FEEDBACK_STATES = ['SUBMITTED', 'ANSWERED', 'RATED', 'REOPENED'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];
export const FEEDBACK_STATE_LABELS: Record<FeedbackState, string> = {
  SUBMITTED: '待答复',
  ANSWERED: '已答复待评价',
  RATED: '已评价',
  REOPENED: '重新答复中',
};
/**
 * The states each step of an item starts from. Written once: the server's workflow takes its
 * `from` lists here, the services and the statistics their state conditions.
 */
export const FEEDBACK_STEP_FROM = {
  answer: ['SUBMITTED', 'REOPENED'],
  rate: ['ANSWERED'],
  reopen: ['RATED'],
} as const satisfies Record<string, readonly FeedbackState[]>;
/** States in which the unit still owes an answer. */
export const FEEDBACK_OPEN_STATES: readonly FeedbackState[] = FEEDBACK_STEP_FROM.answer;
/** States of an item the supervisor has rated. */
export const FEEDBACK_RATED_STATES: readonly FeedbackState[] = FEEDBACK_STEP_FROM.reopen;

export const FEEDBACK_RATINGS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];
export const FEEDBACK_RATING_LABELS: Record<FeedbackRating, string> = { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意' };

/** How many times a supervisor may ask for a new answer after rating one dissatisfied. */
export const FEEDBACK_MAX_REOPENS = 1;

export const SUPERVISOR_TODO_KINDS = {
  'supervisor.answer': '答复监督员意见建议',
  'supervisor.rate': '评价答复',
} as const;
