// 与民互动's pages, fetched together the first time one of them is opened.
export { default as InteractionView } from './InteractionView.vue';
export { default as CaseReceiptView } from './CaseReceiptView.vue';
export { default as CaseLookupView } from './CaseLookupView.vue';
export { default as CaseStatisticsView } from './CaseStatisticsView.vue';
export { default as CaseSummariesView } from './CaseSummariesView.vue';
