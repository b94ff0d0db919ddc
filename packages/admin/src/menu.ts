import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import type { Action, SubjectName } from '@gongkai/shared';
import {
  Calendar,
  ChatDotRound,
  ChatDotSquare,
  DataAnalysis,
  DataLine,
  Hide,
  Notebook,
  Promotion,
  Checked,
  CollectionTag,
  Document,
  DocumentChecked,
  EditPen,
  Files,
  List,
  Monitor,
  OfficeBuilding,
  Stamp,
  Tickets,
  User,
  UserFilled,
  View,
} from '@element-plus/icons-vue';
import type { WorkspaceKey } from './workspaces';

/**
 * The menu, as data. Each module adds one group here: its pages (routes are built from them),
 * the workspaces that show the group, and for each page the ability it needs. A page shows in
 * the menu only if the signed-in user's ability allows its action on its subject; the router
 * refuses it on the same condition.
 */
export interface MenuPage {
  /** Route name; the menu item's data-testid is `menu-<name>`. */
  name: string;
  /** Path under the SPA base, without a leading slash. */
  path: string;
  /** i18n key of the menu label and page title. */
  title: string;
  icon: Component;
  can: readonly [Action, SubjectName];
  component: () => Promise<Component>;
  /** Pages reached from this one (details), not shown in the menu; they inherit `can`. */
  children?: { name: string; path: string; title: string; component: () => Promise<Component> }[];
  /** Hide the page in the menu (still routable). */
  hidden?: boolean;
}

export interface MenuGroup {
  key: string;
  /** i18n key; a group without a title puts its pages at the top level of the menu. */
  title?: string;
  icon?: Component;
  /** Workspaces that show this group: a list, or 'all'. */
  workspaces: readonly WorkspaceKey[] | 'all';
  pages: MenuPage[];
}

const view = {
  home: () => import('./views/home/index.vue'),
  units: () => import('./views/units/index.vue'),
  users: () => import('./views/users/index.vue'),
  parameters: () => import('./views/parameters/index.vue'),
  calendar: () => import('./views/calendar/index.vue'),
  audit: () => import('./views/audit/index.vue'),
  accountRequests: () => import('./views/account-requests/index.vue'),
  accountRequest: () => import('./views/account-requests/detail.vue'),
  documents: () => import('./views/documents/index.vue'),
  document: () => import('./views/documents/detail.vue'),
  documentEdit: () => import('./views/documents/edit.vue'),
  documentQueue: () => import('./views/documents/queue.vue'),
  documentReview: () => import('./views/documents/review.vue'),
  interpretations: () => import('./views/interpretations/index.vue'),
  interpretation: () => import('./views/interpretations/detail.vue'),
  published: () => import('./views/published/index.vue'),
  consultations: () => import('./views/consultation/index.vue'),
  consultation: () => import('./views/consultation/detail.vue'),
  consultationEdit: () => import('./views/consultation/edit.vue'),
  consultationDashboard: () => import('./views/consultation/dashboard.vue'),
  meetings: () => import('./views/meetings/index.vue'),
  meeting: () => import('./views/meetings/detail.vue'),
  proposals: () => import('./views/meetings/proposals.vue'),
  proposal: () => import('./views/meetings/proposal.vue'),
  supervisors: () => import('./views/supervisors/index.vue'),
  supervisorFeedback: () => import('./views/supervisors/feedback.vue'),
  supervisorFeedbackDetail: () => import('./views/supervisors/feedback-detail.vue'),
  evaluationSystems: () => import('./views/evaluation/systems.vue'),
  evaluationSystem: () => import('./views/evaluation/system.vue'),
  evaluationRounds: () => import('./views/evaluation/rounds.vue'),
  evaluationRound: () => import('./views/evaluation/round.vue'),
  evaluationScoring: () => import('./views/evaluation/scoring.vue'),
  evaluationSheet: () => import('./views/evaluation/sheet.vue'),
  evaluationResults: () => import('./views/evaluation/results.vue'),
  myEvaluation: () => import('./views/evaluation/my.vue'),
};

// ——— consultation before government meetings (system 3) ———
/** The topics the user may read; a topic's page, the editor. To-do links: /consultations/<id>. */
const consultations: MenuPage = {
  name: 'consultations',
  path: 'consultations',
  title: 'menu.consultations',
  icon: ChatDotRound,
  can: ['read', 'ConsultationTopic'],
  component: view.consultations,
  children: [
    { name: 'consultation-new', path: 'consultations/new', title: 'consultation.createTitle', component: view.consultationEdit },
    { name: 'consultation', path: 'consultations/:id', title: 'consultation.detailTitle', component: view.consultation },
    { name: 'consultation-edit', path: 'consultations/:id/edit', title: 'consultation.editTitle', component: view.consultationEdit },
  ],
};
const consultationReviewQueue: MenuPage = {
  name: 'consultation-review-queue',
  path: 'consultation-queue/review',
  title: 'menu.consultationReviewQueue',
  icon: DocumentChecked,
  can: ['approve', 'ConsultationTopic'],
  component: view.consultations,
};
const consultationPublishQueue: MenuPage = {
  name: 'consultation-publish-queue',
  path: 'consultation-queue/publish',
  title: 'menu.consultationPublishQueue',
  icon: Promotion,
  can: ['issue', 'ConsultationTopic'],
  component: view.consultations,
};
const consultationModeration: MenuPage = {
  name: 'consultation-moderation',
  path: 'consultation-queue/moderation',
  title: 'menu.consultationModeration',
  icon: Hide,
  can: ['moderate', 'Opinion'],
  component: view.consultations,
};
const consultationDashboard: MenuPage = {
  name: 'consultation-dashboard',
  path: 'consultation-dashboard',
  title: 'menu.consultationDashboard',
  icon: DataLine,
  can: ['read', 'ConsultationTopic'],
  component: view.consultationDashboard,
};

// ——— government meetings and attendance (system 4) ———
/** Meetings with their agenda. To-do links: /meetings/<id>, /meetings/proposals/<id>. */
const meetings: MenuPage = {
  name: 'meetings',
  path: 'meetings',
  title: 'menu.meetings',
  icon: Calendar,
  can: ['read', 'GovernmentMeeting'],
  component: view.meetings,
  children: [{ name: 'meeting', path: 'meetings/:id', title: 'meetings.detailTitle', component: view.meeting }],
};
const proposals: MenuPage = {
  name: 'attendance-proposals',
  path: 'attendance-proposals',
  title: 'menu.attendanceProposals',
  icon: UserFilled,
  can: ['read', 'AttendanceProposal'],
  component: view.proposals,
  children: [
    { name: 'attendance-proposal', path: 'meetings/proposals/:id', title: 'proposals.detailTitle', component: view.proposal },
    { name: 'attendance-proposal-new', path: 'meetings/agenda/:agendaItemId/proposal', title: 'proposals.createTitle', component: view.proposal },
  ],
};

// ——— third-party evaluation (system 7) ———
/** Indicator systems: drafted by the academy, signed off by it and the Disclosure Office. To-do links: /evaluation/systems/<id>. */
const evaluationSystems: MenuPage = {
  name: 'evaluation-systems',
  path: 'evaluation/systems',
  title: 'menu.evaluationSystems',
  icon: Notebook,
  can: ['signOff', 'IndicatorSystem'],
  component: view.evaluationSystems,
  children: [{ name: 'evaluation-system', path: 'evaluation/systems/:id', title: 'evaluation.systemTitle', component: view.evaluationSystem }],
};
/** Rounds, run by the academy. To-do links: /evaluation/rounds/<id>. */
const evaluationRounds: MenuPage = {
  name: 'evaluation-rounds',
  path: 'evaluation/rounds',
  title: 'menu.evaluationRounds',
  icon: Calendar,
  can: ['update', 'EvaluationRound'],
  component: view.evaluationRounds,
  children: [{ name: 'evaluation-round', path: 'evaluation/rounds/:id', title: 'evaluation.roundTitle', component: view.evaluationRound }],
};
/** The evaluator's units and their scoring sheets. To-do links: /evaluation/scoring/<roundId>. */
const evaluationScoring: MenuPage = {
  name: 'evaluation-scoring',
  path: 'evaluation/scoring',
  title: 'menu.evaluationScoring',
  icon: EditPen,
  can: ['score', 'EvaluationRound'],
  component: view.evaluationScoring,
  children: [
    { name: 'evaluation-scoring-round', path: 'evaluation/scoring/:roundId', title: 'menu.evaluationScoring', component: view.evaluationScoring },
    { name: 'evaluation-sheet', path: 'evaluation/scoring/:roundId/units/:unitId', title: 'evaluation.sheet', component: view.evaluationSheet },
  ],
};
/** Ranks, grades and charts: for those who read the level's appeals too (the academy's admin, the Disclosure Office, leaders; not evaluators). */
const evaluationResults: MenuPage = {
  name: 'evaluation-results',
  path: 'evaluation/results',
  title: 'menu.evaluationResults',
  icon: DataLine,
  can: ['read', 'Appeal'],
  component: view.evaluationResults,
};
/** An evaluated unit's scores, once sent to it, and its appeals. To-do links: /evaluation/my/<roundId>. */
const myEvaluation: MenuPage = {
  name: 'evaluation-my',
  path: 'evaluation/my',
  title: 'menu.myEvaluation',
  icon: DocumentChecked,
  can: ['read', 'EvaluationScore'],
  component: view.myEvaluation,
  children: [{ name: 'evaluation-my-round', path: 'evaluation/my/:roundId', title: 'menu.myEvaluation', component: view.myEvaluation }],
};

// ——— supervisors (system 7) ———
/** 监督员名册 of the level (the Disclosure Office keeps it; leaders read it). */
const supervisorRegistry: MenuPage = {
  name: 'supervisor-registry',
  path: 'supervisors',
  title: 'menu.supervisorRegistry',
  icon: UserFilled,
  can: ['read', 'Supervisor'],
  component: view.supervisors,
};
/** Feedback the user may read: a supervisor's own, a unit's, the level's. To-do links: /supervisors/feedback/<id>. */
const supervisorFeedback: MenuPage = {
  name: 'supervisor-feedback',
  path: 'supervisors/feedback',
  title: 'menu.supervisorFeedback',
  icon: ChatDotSquare,
  can: ['read', 'SupervisorFeedback'],
  component: view.supervisorFeedback,
  children: [
    { name: 'supervisor-feedback-detail', path: 'supervisors/feedback/:id', title: 'feedback.detailTitle', component: view.supervisorFeedbackDetail },
  ],
};

// ——— policy documents (system 2) and interpretation (system 5) ———
/** Every document the user may read; a document's page, the draft editor. To-do links: /documents/<id>. */
const documents: MenuPage = {
  name: 'documents',
  path: 'documents',
  title: 'menu.documents',
  icon: Files,
  can: ['read', 'PolicyDocument'],
  component: view.documents,
  children: [
    { name: 'document-new', path: 'documents/new', title: 'documents.createTitle', component: view.documentEdit },
    { name: 'document', path: 'documents/:id', title: 'documents.detailTitle', component: view.document },
    { name: 'document-edit', path: 'documents/:id/edit', title: 'documents.editTitle', component: view.documentEdit },
  ],
};
const documentOfficerQueue: MenuPage = {
  name: 'document-officer-queue',
  path: 'document-queue/officer',
  title: 'menu.documentOfficerQueue',
  icon: Checked,
  can: ['approveAttribute', 'PolicyDocument'],
  component: view.documentQueue,
};
const documentSignoffQueue: MenuPage = {
  name: 'document-signoff-queue',
  path: 'document-queue/sign-off',
  title: 'menu.documentSignoffQueue',
  icon: EditPen,
  can: ['signOff', 'PolicyDocument'],
  component: view.documentQueue,
};
const documentReviewQueue: MenuPage = {
  name: 'document-review-queue',
  path: 'document-queue/review',
  title: 'menu.documentReviewQueue',
  icon: DocumentChecked,
  can: ['approve', 'PolicyDocument'],
  component: view.documentQueue,
  children: [{ name: 'document-review', path: 'document-queue/review/:id', title: 'review.title', component: view.documentReview }],
};
const documentIssueQueue: MenuPage = {
  name: 'document-issue-queue',
  path: 'document-queue/issue',
  title: 'menu.documentIssueQueue',
  icon: Stamp,
  can: ['issue', 'PolicyDocument'],
  component: view.documentQueue,
};
/** Interpretations with their deadlines. To-do links: /interpretations/<id>. */
const interpretations: MenuPage = {
  name: 'interpretations',
  path: 'interpretations',
  title: 'menu.interpretations',
  icon: ChatDotSquare,
  can: ['read', 'Interpretation'],
  component: view.interpretations,
  children: [{ name: 'interpretation', path: 'interpretations/:id', title: 'interpretations.detailTitle', component: view.interpretation }],
};
const published: MenuPage = {
  name: 'published',
  path: 'published',
  title: 'menu.published',
  icon: Monitor,
  can: ['read', 'PolicyDocument'],
  component: view.published,
};

const accountRequests: MenuPage = {
  name: 'account-requests',
  path: 'account-requests',
  title: 'menu.accountRequests',
  icon: DocumentChecked,
  can: ['read', 'AccountRequest'],
  component: view.accountRequests,
  children: [
    {
      name: 'account-request',
      path: 'account-requests/:id',
      title: 'accountRequests.detailTitle',
      component: view.accountRequest,
    },
  ],
};
const parameters: MenuPage = {
  name: 'parameters',
  path: 'parameters',
  title: 'menu.parameters',
  icon: CollectionTag,
  can: ['read', 'PolicyParameter'],
  component: view.parameters,
};
const calendar: MenuPage = {
  name: 'calendar',
  path: 'calendar',
  title: 'menu.calendar',
  icon: Calendar,
  can: ['read', 'CalendarDay'],
  component: view.calendar,
};
const users: MenuPage = {
  name: 'users',
  path: 'users',
  title: 'menu.users',
  icon: User,
  can: ['read', 'User'],
  component: view.users,
};

export const MENU: MenuGroup[] = [
  {
    key: 'home',
    workspaces: 'all',
    pages: [{ name: 'home', path: '', title: 'menu.home', icon: List, can: ['read', 'Todo'], component: view.home }],
  },
  {
    key: 'documents',
    title: 'menu.groupDocuments',
    icon: Document,
    workspaces: ['department'],
    pages: [documents, documentOfficerQueue, documentSignoffQueue, documentIssueQueue, interpretations],
  },
  {
    key: 'consultation',
    title: 'menu.groupConsultation',
    icon: ChatDotRound,
    workspaces: ['department'],
    pages: [consultations, meetings, proposals, consultationDashboard],
  },
  {
    key: 'secretariat',
    title: 'menu.groupSecretariat',
    icon: Notebook,
    workspaces: ['secretariat'],
    pages: [
      consultationReviewQueue,
      { ...consultations, title: 'menu.consultationSearch' },
      meetings,
      { ...proposals, title: 'menu.proposalReview' },
      consultationDashboard,
    ],
  },
  {
    key: 'egovConsultation',
    title: 'menu.groupEgovConsultation',
    icon: Promotion,
    workspaces: ['egov'],
    pages: [
      consultationPublishQueue,
      consultationModeration,
      { ...consultations, title: 'menu.consultationSearch' },
      { ...meetings, title: 'menu.pressReleases' },
      consultationDashboard,
    ],
  },
  {
    key: 'disclosureReview',
    title: 'menu.groupDisclosureReview',
    icon: DocumentChecked,
    workspaces: ['disclosureOffice'],
    pages: [
      documentReviewQueue,
      { ...interpretations, title: 'menu.interpretationOversight', icon: View },
      { ...documents, title: 'menu.documentSearch' },
    ],
  },
  {
    key: 'documentIssue',
    title: 'menu.groupIssue',
    icon: Stamp,
    workspaces: ['documentSection'],
    pages: [documentIssueQueue, { ...documents, title: 'menu.documentSearch' }],
  },
  {
    key: 'published',
    title: 'menu.groupPublished',
    icon: Monitor,
    workspaces: ['egov'],
    pages: [published, { ...documents, title: 'menu.documentSearch' }, interpretations],
  },
  {
    key: 'leaderDocuments',
    title: 'menu.groupDocuments',
    icon: Document,
    workspaces: ['leader'],
    pages: [{ ...documents, title: 'menu.documentSearch' }, interpretations],
  },
  {
    key: 'system',
    title: 'menu.groupSystem',
    icon: OfficeBuilding,
    workspaces: ['admin'],
    pages: [
      {
        name: 'units',
        path: 'units',
        title: 'menu.units',
        icon: OfficeBuilding,
        can: ['read', 'Unit'],
        component: view.units,
      },
      users,
      accountRequests,
      parameters,
      calendar,
      {
        name: 'audit',
        path: 'audit',
        title: 'menu.audit',
        icon: Tickets,
        can: ['read', 'AuditRecord'],
        component: view.audit,
      },
    ],
  },
  {
    key: 'organisation',
    title: 'menu.groupOrganisation',
    icon: OfficeBuilding,
    workspaces: ['department'],
    pages: [accountRequests, { ...users, title: 'menu.unitUsers', icon: UserFilled }],
  },
  {
    key: 'evaluation',
    title: 'menu.groupEvaluation',
    icon: DataAnalysis,
    workspaces: ['academy', 'disclosureOffice', 'leader'],
    pages: [evaluationSystems, evaluationRounds, evaluationScoring, evaluationResults],
  },
  {
    key: 'evaluationUnit',
    title: 'menu.groupEvaluation',
    icon: DataAnalysis,
    workspaces: ['department'],
    pages: [myEvaluation],
  },
  {
    key: 'supervisors',
    title: 'menu.groupSupervisors',
    icon: View,
    workspaces: ['disclosureOffice', 'leader'],
    pages: [supervisorRegistry, supervisorFeedback],
  },
  {
    key: 'supervisorSelf',
    title: 'menu.groupSupervisors',
    icon: View,
    workspaces: ['supervisor'],
    pages: [{ ...supervisorFeedback, title: 'menu.myFeedback' }],
  },
  {
    key: 'supervisorFeedbackUnit',
    title: 'menu.groupSupervisors',
    icon: View,
    workspaces: ['department'],
    pages: [{ ...supervisorFeedback, title: 'menu.feedbackToUs' }],
  },
  {
    key: 'reference',
    title: 'menu.groupReference',
    icon: CollectionTag,
    workspaces: [
      'department',
      'secretariat',
      'egov',
      'academy',
      'training',
      'disclosureOffice',
      'documentSection',
      'complaintOffice',
      'supervisor',
      'leader',
    ],
    pages: [parameters, calendar],
  },
];

/** Every page once (a page may sit in several groups). */
export function allPages(): MenuPage[] {
  const seen = new Map<string, MenuPage>();
  for (const group of MENU) for (const page of group.pages) if (!seen.has(page.name)) seen.set(page.name, page);
  return [...seen.values()];
}

/** Routes for the layout's children, built from the menu. */
export function menuRoutes(): RouteRecordRaw[] {
  const routes: RouteRecordRaw[] = [];
  for (const page of allPages()) {
    routes.push({ path: page.path, name: page.name, component: page.component, meta: { title: page.title, can: page.can } });
    for (const child of page.children ?? []) {
      routes.push({
        path: child.path,
        name: child.name,
        component: child.component,
        meta: { title: child.title, can: page.can, menu: page.name },
      });
    }
  }
  return routes;
}

export function groupsFor(workspace: WorkspaceKey): MenuGroup[] {
  return MENU.filter((g) => g.workspaces === 'all' || g.workspaces.includes(workspace));
}
