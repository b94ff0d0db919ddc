/** Government meetings and the public, experts and media attending them (system 4). */

export const MEETING_KINDS = ['STANDING', 'MAYOR_OFFICE', 'OTHER'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = { STANDING: '市政府常务会议', MAYOR_OFFICE: '市长办公会议', OTHER: '其他会议' };

export const INVITEE_CATEGORIES = ['STAKEHOLDER', 'PUBLIC_REPRESENTATIVE', 'GRASSROOTS', 'EXPERT', 'MEDIA'] as const;
export type InviteeCategory = (typeof INVITEE_CATEGORIES)[number];
export const INVITEE_CATEGORY_LABELS: Record<InviteeCategory, string> = {
  STAKEHOLDER: '利益相关方',
  PUBLIC_REPRESENTATIVE: '公众代表',
  GRASSROOTS: '基层群众代表',
  EXPERT: '专家',
  MEDIA: '媒体',
};

export const PROPOSAL_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];
export const PROPOSAL_STATE_LABELS: Record<ProposalState, string> = {
  DRAFT: '起草中',
  SUBMITTED: '待秘书科审批',
  RETURNED: '已退回',
  APPROVED: '已批准',
};
/** The states each step of an attendance proposal starts from (the workflow, the abilities and the admin read them here). */
export const PROPOSAL_STEP_FROM = {
  submit: ['DRAFT', 'RETURNED'],
  approve: ['SUBMITTED'],
  return: ['SUBMITTED'],
  /** the written notices go out once it is approved */
  notify: ['APPROVED'],
} as const satisfies Record<string, readonly ProposalState[]>;
/** States in which the submitting unit may still change its proposal. */
export const PROPOSAL_EDITABLE_STATES: readonly ProposalState[] = PROPOSAL_STEP_FROM.submit;

export const MEETING_TODO_KINDS = {
  'attendance.propose': '列席意见',
  'attendance.review': '列席意见审批',
  'attendance.revise': '列席意见退回修改',
  'attendance.notify': '送达参会通知',
} as const;

/**
 * 议题意见征集率, in the words the portal shows next to the table and open data serves with the file
 * (the server computes it in meetings' consultationRates).
 */
export const CONSULTATION_RATE_DEFINITION =
  '提交市政府常务会议、市长办公会议等政府会议审议的议题，除依法应当保密等不公开征求意见的以外，都应当事先向社会公开征求意见。议题意见征集率是已公开征求意见的议题数占应当公开征求意见的议题数的比例，按会议召开日期所在季度统计。';
/** The first year the portal offers (the year the work system was set up). */
export const CONSULTATION_RATE_FIRST_YEAR = 2017;
