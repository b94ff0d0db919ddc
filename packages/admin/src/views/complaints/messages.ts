import type { PageMessages } from './messages.zh';
import { importMessages } from './import-messages';

/**
 * Citizens' reports, complaints and suggestions (system 8): the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    groupComplaintOffice: '举报投诉受理',
    groupComplaints: '举报投诉',
    complaints: '举报投诉件',
    complaintNew: '登记举报投诉',
    complaintHandling: '举报投诉办理',
    complaintStatistics: '举报投诉统计',
  },
};

export type Messages = typeof menu & PageMessages;

export const messages = {
  'zh-CN': { ...menu, ...importMessages },
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
