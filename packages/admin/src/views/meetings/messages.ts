import type { PageMessages } from './messages.zh';

/**
 * Government meetings and attendance (system 4): the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    meetings: '政府会议',
    pressReleases: '会议通稿',
    attendanceProposals: '列席意见',
    proposalReview: '列席意见审批',
  },
};

export type Messages = typeof menu & PageMessages;

export const messages = {
  'zh-CN': menu,
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
