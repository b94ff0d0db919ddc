import { ChatDotRound, DataLine, DocumentChecked, Hide, Notebook, Promotion } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

const list = () => import('./index.vue');

/**
 * Consultation before government meetings (system 3): the topics the user may read, a topic's
 * page, the editor, the queues and the figures. Its groups hold the meetings' pages too.
 * To-do links: /consultations/<id>.
 */
export const consultationModule = defineAdminModule({
  name: 'consultation',
  pages: [
    {
      name: 'consultations',
      path: 'consultations',
      title: 'menu.consultations',
      icon: ChatDotRound,
      can: ['read', 'ConsultationTopic'],
      component: list,
      children: [
        { name: 'consultation-new', path: 'consultations/new', title: 'consultation.createTitle', component: () => import('./edit.vue') },
        { name: 'consultation', path: 'consultations/:id', title: 'consultation.detailTitle', component: () => import('./detail.vue') },
        { name: 'consultation-edit', path: 'consultations/:id/edit', title: 'consultation.editTitle', component: () => import('./edit.vue') },
      ],
    },
    {
      name: 'consultation-review-queue',
      path: 'consultation-queue/review',
      title: 'menu.consultationReviewQueue',
      icon: DocumentChecked,
      can: ['approve', 'ConsultationTopic'],
      component: list,
    },
    {
      name: 'consultation-publish-queue',
      path: 'consultation-queue/publish',
      title: 'menu.consultationPublishQueue',
      icon: Promotion,
      can: ['issue', 'ConsultationTopic'],
      component: list,
    },
    {
      name: 'consultation-moderation',
      path: 'consultation-queue/moderation',
      title: 'menu.consultationModeration',
      icon: Hide,
      can: ['moderate', 'Opinion'],
      component: list,
    },
    {
      name: 'consultation-dashboard',
      path: 'consultation-dashboard',
      title: 'menu.consultationDashboard',
      icon: DataLine,
      can: ['read', 'ConsultationTopic'],
      component: () => import('./dashboard.vue'),
    },
  ],
  menu: [
    {
      key: 'consultation',
      title: 'menu.groupConsultation',
      icon: ChatDotRound,
      workspaces: ['department'],
      entries: [{ page: 'consultations' }, { page: 'meetings' }, { page: 'attendance-proposals' }, { page: 'consultation-dashboard' }],
    },
    {
      key: 'secretariat',
      title: 'menu.groupSecretariat',
      icon: Notebook,
      workspaces: ['secretariat'],
      entries: [
        { page: 'consultation-review-queue' },
        { page: 'consultations', title: 'menu.consultationSearch' },
        { page: 'meetings' },
        { page: 'attendance-proposals', title: 'menu.proposalReview' },
        { page: 'consultation-dashboard' },
      ],
    },
    {
      key: 'egovConsultation',
      title: 'menu.groupEgovConsultation',
      icon: Promotion,
      workspaces: ['egov'],
      entries: [
        { page: 'consultation-publish-queue' },
        { page: 'consultation-moderation' },
        { page: 'consultations', title: 'menu.consultationSearch' },
        { page: 'meetings', title: 'menu.pressReleases' },
        { page: 'consultation-dashboard' },
      ],
    },
    {
      key: 'consultationOversight',
      title: 'menu.groupConsultationOversight',
      icon: DataLine,
      workspaces: ['leader', 'disclosureOffice'],
      entries: [
        { page: 'consultation-dashboard' },
        { page: 'consultations', title: 'menu.consultationSearch' },
        { page: 'meetings' },
        { page: 'attendance-proposals' },
      ],
    },
  ],
  messages,
});
