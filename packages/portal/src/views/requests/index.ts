// 依申请公开's pages, fetched together the first time one of them is opened.
export { default as RequestApplyView } from './RequestApplyView.vue';
export { default as RequestReceiptView } from './RequestReceiptView.vue';
export { default as RequestStatusView } from './RequestStatusView.vue';
