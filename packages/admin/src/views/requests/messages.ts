import type { PageMessages } from './messages.zh';

/**
 * Requests on application (依申请公开, system 6): the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    groupRequests: '依申请公开',
    requests: '政府信息公开申请',
    requestNew: '登记申请',
    requestStatistics: '申请办理情况',
  },
};

export type Messages = typeof menu & PageMessages;

export const messages = {
  'zh-CN': menu,
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
