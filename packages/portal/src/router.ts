import { nextTick } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw, type RouteRecordSingleView } from 'vue-router';
import { columns, type ColumnKey } from './columns';
import { siteTitle } from './site';
import ColumnView from './views/ColumnView.vue';
import AccessibilityView from './views/AccessibilityView.vue';
import NotFoundView from './views/NotFoundView.vue';
import DocumentListView from './views/documents/DocumentListView.vue';
// an annual report's page (wide tables, every figure) is fetched when first opened
const AnnualReportView = () => import('./views/annual-reports/AnnualReportView.vue');
// the published results of the assessment of disclosure work (考核), fetched when first opened
const AssessmentResultsView = () => import('./views/assessment/AssessmentResultsView.vue');
import InterpretationListView from './views/interpretations/InterpretationListView.vue';
import ConsultationListView from './views/consultations/ConsultationListView.vue';
import MeetingNewsListView from './views/meetings/MeetingNewsListView.vue';
import EvaluationResultsView from './views/evaluation/EvaluationResultsView.vue';

// the front page (最新公开 and the columns) is a chunk of its own: the column pages do not carry it
const HomeView = () => import('./views/HomeView.vue');
// An item's own page (a document, an interpretation, a topic with its opinion form, a press release, the
// evaluation's questionnaire) is fetched when first opened: the lists, which every visitor sees first,
// stay within their budget, and an item adds its page's few kilobytes.
const DocumentView = () => import('./views/documents/DocumentView.vue');
const InterpretationView = () => import('./views/interpretations/InterpretationView.vue');
const ConsultationView = () => import('./views/consultations/ConsultationView.vue');
const ReceiptView = () => import('./views/consultations/ReceiptView.vue');
const PressReleaseView = () => import('./views/meetings/PressReleaseView.vue');
const SurveyView = () => import('./views/evaluation/SurveyView.vue');
// 站内检索: fetched when first used (from the header's search box or an address)
const SearchView = () => import('./views/search/SearchView.vue');
// 开放数据: the catalogue of every published figure's files and the columns' feeds, fetched when first opened
const OpenDataView = () => import('./views/open-data/OpenDataView.vue');

// 与民互动's pages: a view each, fetched when first opened: they are the portal's largest
// pages and most visitors never open them, so the first download of every page stays light.
const InteractionView = () => import('./views/interaction/InteractionView.vue');
const CaseReceiptView = () => import('./views/interaction/CaseReceiptView.vue');
const CaseLookupView = () => import('./views/interaction/CaseLookupView.vue');
const CaseStatisticsView = () => import('./views/interaction/CaseStatisticsView.vue');
const CaseSummariesView = () => import('./views/interaction/CaseSummariesView.vue');
// 依申请公开's application, receipt and status pages: fetched together when one is first opened.
const requests = () => import('./views/requests');
const RequestApplyView = () => requests().then((m) => m.RequestApplyView);
const RequestReceiptView = () => requests().then((m) => m.RequestReceiptView);
const RequestStatusView = () => requests().then((m) => m.RequestStatusView);

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title, shown in the browser tab before the site's name. */
    title?: string;
  }
}

/** Columns that publish data have their own view; the others show their empty lists. */
const columnViews: Partial<Record<ColumnKey, RouteRecordSingleView['component']>> = {
  consultations: ConsultationListView,
  meetings: MeetingNewsListView,
  documents: DocumentListView,
  interpretations: InterpretationListView,
  evaluation: EvaluationResultsView,
  interaction: InteractionView,
};

// The other pages are small: they are all in the main bundle, so that moving between columns on
// a slow connection needs no further download.
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  ...columns.map((column): RouteRecordRaw =>
    columnViews[column.key]
      ? { path: column.path, name: column.key, component: columnViews[column.key]!, meta: { title: column.name } }
      : {
          path: column.path,
          name: column.key,
          component: ColumnView,
          props: { columnKey: column.key },
          meta: { title: column.name },
        },
  ),
  // Pages inside a column; the page sets its own title once its data has arrived.
  {
    path: '/consultations/receipt',
    name: 'opinion-receipt',
    component: ReceiptView,
    meta: { title: '查询意见答复' },
  },
  {
    path: '/consultations/:id',
    name: 'consultation',
    component: ConsultationView,
    props: true,
    meta: { title: '意见征集' },
  },
  {
    path: '/meetings/:id',
    name: 'press-release',
    component: PressReleaseView,
    props: true,
    meta: { title: '政府会议' },
  },
  {
    path: '/documents/annual-reports/:id',
    name: 'annual-report',
    component: AnnualReportView,
    props: true,
    meta: { title: '政府信息公开工作年度报告' },
  },
  {
    path: '/documents/:id',
    name: 'document',
    component: DocumentView,
    props: true,
    meta: { title: '政府信息公开' },
  },
  {
    path: '/interpretations/:id',
    name: 'interpretation',
    component: InterpretationView,
    props: true,
    meta: { title: '政策解读' },
  },
  // 与民互动: the case's codes travel in the history entry's state, never in the address.
  {
    path: '/interaction/receipt',
    name: 'case-receipt',
    component: CaseReceiptView,
    meta: { title: '提交成功' },
  },
  {
    path: '/interaction/case',
    name: 'case-lookup',
    component: CaseLookupView,
    meta: { title: '查询办理进度' },
  },
  {
    path: '/interaction/statistics/:periodKey?',
    name: 'case-statistics',
    component: CaseStatisticsView,
    props: true,
    meta: { title: '办理情况统计' },
  },
  {
    path: '/interaction/cases',
    name: 'case-summaries',
    component: CaseSummariesView,
    meta: { title: '办理情况公开' },
  },
  // 依申请公开: the request's codes travel in the history entry's state, never in the address.
  {
    path: '/requests/apply',
    name: 'request-apply',
    component: RequestApplyView,
    meta: { title: '申请公开政府信息' },
  },
  {
    path: '/requests/receipt',
    name: 'request-receipt',
    component: RequestReceiptView,
    meta: { title: '申请已提交' },
  },
  {
    path: '/requests/status',
    name: 'request-status',
    component: RequestStatusView,
    meta: { title: '查询申请办理进度' },
  },
  {
    path: '/evaluation/assessment',
    name: 'assessment-results',
    component: AssessmentResultsView,
    meta: { title: '政务公开工作考核结果' },
  },
  {
    path: '/evaluation/survey/:id',
    name: 'survey',
    component: SurveyView,
    meta: { title: '问卷调查' },
  },
  {
    path: '/open-data',
    name: 'open-data',
    component: OpenDataView,
    meta: { title: '开放数据' },
  },
  {
    path: '/search',
    name: 'search',
    component: SearchView,
    meta: { title: '站内检索' },
  },
  {
    path: '/accessibility',
    name: 'accessibility',
    component: AccessibilityView,
    meta: { title: '无障碍声明' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: NotFoundView,
    meta: { title: '页面未找到' },
  },
];

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior(to, _from, saved) {
    if (saved) return saved;
    if (to.hash) return { el: to.hash };
    return { top: 0 };
  },
});

let firstNavigation = true;

router.afterEach((to, from, failure) => {
  if (failure) return;
  document.title = to.meta.title ? `${to.meta.title} - ${siteTitle}` : siteTitle;
  if (firstNavigation) {
    firstNavigation = false;
    return;
  }
  // A new search or page of the same list keeps the focus where it is (on the search button).
  if (to.path === from.path) return;
  // After moving to another page, put the focus on its heading so that screen readers
  // announce the new page and the next Tab starts from there.
  void nextTick(() => {
    document.querySelector<HTMLElement>('#main h1')?.focus({ preventScroll: true });
  });
});
