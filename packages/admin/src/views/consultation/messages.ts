import type { PageMessages } from './messages.zh';

/**
 * Consultation before government meetings (system 3): the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    groupConsultation: '意见征集与会议',
    groupSecretariat: '议题审查与会议',
    groupEgovConsultation: '意见征集发布',
    groupConsultationOversight: '征集与会议',
    consultations: '意见征集',
    consultationSearch: '议题查询',
    consultationReviewQueue: '议题审查',
    consultationPublishQueue: '待发布议题',
    consultationModeration: '意见审核',
    consultationDashboard: '征集统计',
  },
};

export type Messages = typeof menu & PageMessages;

export const messages = {
  'zh-CN': menu,
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
