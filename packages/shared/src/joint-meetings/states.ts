// Joint meetings of the disclosure leading group (system 1, 政务公开小组联席会议制度).

/** 领导小组: its leader (组长), deputy leaders (副组长) and members (成员), each with a term. */
export const LEADING_GROUP_POSITIONS = ['LEADER', 'DEPUTY', 'MEMBER'] as const;
export type LeadingGroupPosition = (typeof LEADING_GROUP_POSITIONS)[number];
export const LEADING_GROUP_POSITION_LABELS: Record<LeadingGroupPosition, string> = {
  LEADER: '组长',
  DEPUTY: '副组长',
  MEMBER: '成员',
};

/** The three kinds of agenda item the notice names: 听取工作汇报, 研究推动重点工作, 解决疑难问题. */
export const JOINT_AGENDA_KINDS = ['WORK_REPORT', 'KEY_WORK', 'PROBLEM'] as const;
export type JointAgendaKind = (typeof JOINT_AGENDA_KINDS)[number];
export const JOINT_AGENDA_KIND_LABELS: Record<JointAgendaKind, string> = {
  WORK_REPORT: '听取工作汇报',
  KEY_WORK: '研究推动重点工作',
  PROBLEM: '解决疑难问题',
};

/** A joint meeting: convened, held, its minutes (会议纪要) issued (印发) to the units concerned; or called off before it was held. */
export const JOINT_MEETING_STATES = ['CONVENED', 'HELD', 'MINUTES_ISSUED', 'CANCELLED'] as const;
export type JointMeetingState = (typeof JOINT_MEETING_STATES)[number];
export const JOINT_MEETING_STATE_LABELS: Record<JointMeetingState, string> = {
  CONVENED: '已召集',
  HELD: '已召开（纪要起草中）',
  MINUTES_ISSUED: '纪要已印发',
  CANCELLED: '已取消',
};
export const JOINT_MEETING_STEP_FROM = {
  /** the meeting's plan: title, date, place, invitees, agenda */
  edit: ['CONVENED'],
  hold: ['CONVENED'],
  /** called off before it is held, with the reason */
  cancel: ['CONVENED'],
  /** the minutes' text and its resolutions are drafted after the meeting, until issued */
  minutes: ['HELD'],
  issue: ['HELD'],
} as const satisfies Record<string, readonly JointMeetingState[]>;
/** A meeting counts towards the yearly minimum once it has been held. */
export const JOINT_MEETING_HELD_STATES: readonly JointMeetingState[] = ['HELD', 'MINUTES_ISSUED'];

/**
 * 议定事项: drafted with the minutes, open once they are issued; the responsible units report progress,
 * the Disclosure Office closes it (办结) after a report, or sends it back.
 */
export const RESOLUTION_STATES = ['DRAFT', 'OPEN', 'REPORTED', 'CLOSED'] as const;
export type ResolutionState = (typeof RESOLUTION_STATES)[number];
export const RESOLUTION_STATE_LABELS: Record<ResolutionState, string> = {
  DRAFT: '待印发',
  OPEN: '落实中',
  REPORTED: '已报告进展',
  CLOSED: '已办结',
};
export const RESOLUTION_STEP_FROM = {
  report: ['OPEN', 'REPORTED'],
  /** closing is asked of an open one too, to be told that a progress report is needed first */
  close: ['OPEN', 'REPORTED'],
  return: ['REPORTED'],
} as const satisfies Record<string, readonly ResolutionState[]>;
/** Issued and not closed: what the dashboard counts as open. */
export const RESOLUTION_OPEN_STATES: readonly ResolutionState[] = ['OPEN', 'REPORTED'];
/** What the responsible units see: the resolutions of issued minutes. */
export const RESOLUTION_ISSUED_STATES: readonly ResolutionState[] = ['OPEN', 'REPORTED', 'CLOSED'];

export const JOINT_MEETING_TODO_KINDS = {
  'jointMeeting.convene': '召开年度联席会议',
  'jointMeeting.acknowledge': '确认收到会议纪要',
  'jointMeeting.resolution': '落实议定事项并报告进展',
  'jointMeeting.verify': '核实议定事项办结情况',
} as const;
