import type { PageMessages } from './messages.zh';

/**
 * The yearly review of what is disclosed (system 6): the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    groupReview: '公开内容审查',
    review: '年度审查',
    reviewRectifications: '整改',
  },
};

export type Messages = typeof menu & PageMessages;

export const messages = {
  'zh-CN': menu,
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
