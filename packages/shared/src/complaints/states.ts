// Citizens' reports, complaints and suggestions, handled in public (system 8, 市民举报投诉办理公开评价制度).

/** 举报 / 投诉 / 建议 */
export const CASE_KINDS = ['REPORT', 'COMPLAINT', 'SUGGESTION'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_KIND_LABELS: Record<CaseKind, string> = { REPORT: '举报', COMPLAINT: '投诉', SUGGESTION: '建议' };

/** Where a case came in: the portal's 与民互动 column, or imported from the other channels' export files. */
export const CASE_CHANNELS = ['PORTAL', 'MINXIN', 'HOTLINE', 'LETTER', 'VISIT'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];
export const CASE_CHANNEL_LABELS: Record<CaseChannel, string> = {
  PORTAL: '政府网站“与民互动”',
  MINXIN: '民心网朝阳分平台',
  HOTLINE: '12345热线',
  LETTER: '来信',
  VISIT: '来访',
};

/**
 * Received → accepted (受理) or not → assigned to a unit → replied (答复) by the unit → closed (办结)
 * by the Complaint Office → rated by the citizen, or closed unrated when the rating period passes.
 * A dissatisfied case may be reopened (重办): back to the unit, with a new deadline.
 */
export const CASE_STATES = ['RECEIVED', 'NOT_ACCEPTED', 'ACCEPTED', 'ASSIGNED', 'REPLIED', 'CLOSED', 'RATED', 'UNRATED'] as const;
export type CaseState = (typeof CASE_STATES)[number];
export const CASE_STATE_LABELS: Record<CaseState, string> = {
  RECEIVED: '待受理',
  NOT_ACCEPTED: '不予受理',
  ACCEPTED: '已受理待交办',
  ASSIGNED: '办理中',
  REPLIED: '已答复待办结',
  CLOSED: '已办结待评价',
  RATED: '已评价',
  UNRATED: '已办结（未评价）',
};
/** The states each step of a case starts from (the workflow, the abilities and the admin read them here). */
export const CASE_STEP_FROM = {
  accept: ['RECEIVED'],
  notAccept: ['RECEIVED'],
  assign: ['ACCEPTED'],
  handBack: ['ASSIGNED'],
  reply: ['ASSIGNED'],
  close: ['REPLIED'],
  rate: ['CLOSED'],
  expireRating: ['CLOSED'],
  reopen: ['RATED'],
  requestExtension: ['ASSIGNED'],
  decideExtension: ['ASSIGNED'],
} as const satisfies Record<string, readonly CaseState[]>;
/** States in which the reply is due: the deadline runs. */
export const CASE_OPEN_STATES: readonly CaseState[] = ['ACCEPTED', 'ASSIGNED'];
/** States in which the unit has replied at least once and the reply stands. */
export const CASE_REPLIED_STATES: readonly CaseState[] = ['REPLIED', 'CLOSED', 'RATED', 'UNRATED'];
/** 办结: closed, rated or not. */
export const CASE_CLOSED_STATES: readonly CaseState[] = ['CLOSED', 'RATED', 'UNRATED'];

/**
 * 延期: the assigned unit may ask once, before the last day, for more working days; the Complaint
 * Office approves (the deadline moves) or refuses with a reason. A reopened case may ask again.
 */
export const CASE_EXTENSION_STATES = ['REQUESTED', 'APPROVED', 'REJECTED'] as const;
export type CaseExtensionState = (typeof CASE_EXTENSION_STATES)[number];
export const CASE_EXTENSION_STATE_LABELS: Record<CaseExtensionState, string> = {
  REQUESTED: '延期待审批',
  APPROVED: '已批准延期',
  REJECTED: '未批准延期',
};

/** 满意 / 基本满意 / 不满意 */
export const CASE_RATINGS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;
export type CaseRating = (typeof CASE_RATINGS)[number];
export const CASE_RATING_LABELS: Record<CaseRating, string> = { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意' };

export const COMPLAINT_TODO_KINDS = {
  'case.accept': '受理举报投诉',
  'case.assign': '交办举报投诉',
  'case.reply': '答复举报投诉',
  'case.close': '办结举报投诉',
  'case.extension': '审批举报投诉延期',
} as const;

/** A name shown to those who do not handle the case: the family name only (张**). */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name.trim()];
  return chars.length ? chars[0] + '*'.repeat(Math.max(1, chars.length - 1)) : null;
}
/** A phone number shown to those who do not handle the case: the first three and last four digits (138****1234). */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const p = phone.trim();
  if (p.length <= 4) return '*'.repeat(p.length);
  return p.length >= 11 ? `${p.slice(0, 3)}${'*'.repeat(p.length - 7)}${p.slice(-4)}` : `${'*'.repeat(p.length - 4)}${p.slice(-4)}`;
}
