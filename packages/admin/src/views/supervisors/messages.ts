import type { PageMessages } from './messages.zh';

/**
 * Disclosure supervisors (system 7): the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    groupSupervisors: '政务公开监督员',
    supervisorRegistry: '监督员名册',
    supervisorFeedback: '监督意见',
    myFeedback: '我的意见建议',
    feedbackToUs: '监督意见办理',
  },
};

export type Messages = typeof menu & PageMessages;

export const messages = {
  'zh-CN': menu,
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
