import type { PageMessages } from './messages.zh';

/**
 * Joint meetings of the disclosure leading group (system 1): the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    groupJointMeetings: '联席会议',
    jointMeetings: '联席会议',
    jointMeetingGroup: '领导小组',
    jointMeetingMine: '纪要与议定事项',
  },
};

export type Messages = typeof menu & PageMessages;

export const messages = {
  'zh-CN': menu,
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
