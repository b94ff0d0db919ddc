import type { PageMessages } from './messages.zh';

/**
 * Third-party evaluation (system 7): the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    groupEvaluation: '第三方评估',
    evaluationSystems: '评估指标体系',
    evaluationRounds: '评估轮次',
    evaluationScoring: '评估打分',
    evaluationResults: '评估结果',
    myEvaluation: '我的评估',
  },
};

export type Messages = typeof menu & PageMessages;

export const messages = {
  'zh-CN': menu,
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
