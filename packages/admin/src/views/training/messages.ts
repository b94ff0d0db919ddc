/**
 * Regular training (system 9): the menu's words in Chinese, needed before any of its pages opens. The rest of
 * its Chinese (messages.zh.ts) is fetched with every module's before the first of those pages opens,
 * English (messages.en.ts) when a user chooses it.
 */
const menu = {
  menu: {
    groupTraining: '政务公开培训',
    trainingSessions: '培训安排',
    trainingCoverage: '培训覆盖情况',
    trainingUnitCoverage: '本单位培训情况',
    myTrainings: '我的培训',
  },
};

export const messages = {
  'zh-CN': menu,
  pages: () => import('./messages.zh').then((m) => m.zhCN),
  en: () => import('./messages.en').then((m) => m.en),
};
