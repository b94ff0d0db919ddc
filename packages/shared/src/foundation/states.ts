/** Account requests: a unit's head (or disclosure officer) asks the administrator for an account. */
export const ACCOUNT_REQUEST_STATES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type AccountRequestState = (typeof ACCOUNT_REQUEST_STATES)[number];
export const ACCOUNT_REQUEST_STATE_LABELS: Record<AccountRequestState, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审批',
  APPROVED: '已开通',
  RETURNED: '已退回',
};

export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'ADJUSTED_WORKDAY'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
export const CALENDAR_DAY_KIND_LABELS: Record<CalendarDayKind, string> = {
  HOLIDAY: '法定节假日',
  ADJUSTED_WORKDAY: '调休上班',
};

/** Kinds of to-do item of the foundation, with the words the to-do list shows. */
export const FOUNDATION_TODO_KINDS = {
  'accountRequest.decide': '账号申请审批',
  'accountRequest.revise': '账号申请退回修改',
  'calendar.enterYear': '录入次年节假日安排',
} as const;
