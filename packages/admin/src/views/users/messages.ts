import type { PageMessages } from './messages.zh';

/**
 * Accounts, and the menu groups of the system: the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    groupSystem: '系统管理',
    groupOrganisation: '组织与人员',
    users: '用户管理',
    unitUsers: '本单位人员',
  },
};

export type Messages = typeof menu & PageMessages;

export const messages = {
  'zh-CN': menu,
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
