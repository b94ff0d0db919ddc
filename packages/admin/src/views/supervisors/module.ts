import { ChatDotSquare, UserFilled, View } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** Disclosure supervisors (system 7): the registry, and their feedback. */
export const supervisorsModule = defineAdminModule({
  name: 'supervisors',
  pages: [
    /** 监督员名册 of the level (the Disclosure Office keeps it; leaders read it). */
    {
      name: 'supervisor-registry',
      path: 'supervisors',
      title: 'menu.supervisorRegistry',
      icon: UserFilled,
      can: ['read', 'Supervisor'],
      component: () => import('./index.vue'),
    },
    /** Feedback the user may read: a supervisor's own, a unit's, the level's. To-do links: /supervisors/feedback/<id>. */
    {
      name: 'supervisor-feedback',
      path: 'supervisors/feedback',
      title: 'menu.supervisorFeedback',
      icon: ChatDotSquare,
      can: ['read', 'SupervisorFeedback'],
      component: () => import('./feedback.vue'),
      children: [
        {
          name: 'supervisor-feedback-detail',
          path: 'supervisors/feedback/:id',
          title: 'feedback.detailTitle',
          component: () => import('./feedback-detail.vue'),
        },
      ],
    },
  ],
  menu: [
    {
      key: 'supervisors',
      title: 'menu.groupSupervisors',
      icon: View,
      workspaces: ['disclosureOffice', 'leader'],
      entries: [{ page: 'supervisor-registry' }, { page: 'supervisor-feedback' }],
    },
    {
      key: 'supervisorSelf',
      title: 'menu.groupSupervisors',
      icon: View,
      workspaces: ['supervisor'],
      entries: [{ page: 'supervisor-feedback', title: 'menu.myFeedback' }],
    },
    {
      key: 'supervisorFeedbackUnit',
      title: 'menu.groupSupervisors',
      icon: View,
      workspaces: ['department'],
      entries: [{ page: 'supervisor-feedback', title: 'menu.feedbackToUs' }],
    },
  ],
  messages,
});
