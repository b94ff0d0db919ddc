import type { PageMessages } from './messages.zh';

/**
 * Policy documents (system 2): the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    groupDocuments: '政策文件',
    documents: '政策文件',
    documentSearch: '文件查询',
    documentOfficerQueue: '公开属性审定',
    documentSignoffQueue: '文件审签',
    documentIssueQueue: '编号印发',
    groupDisclosureReview: '公开属性与解读',
    documentReviewQueue: '公开属性审查',
    groupIssue: '公文印发',
  },
};

export type Messages = typeof menu & PageMessages;

export const messages = {
  'zh-CN': menu,
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
