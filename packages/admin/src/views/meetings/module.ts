import { Calendar, UserFilled } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/**
 * Government meetings and attendance (system 4): meetings with their agenda, attendance
 * proposals; in the consultation's menu groups. To-do links: /meetings/<id>, /meetings/proposals/<id>.
 */
export const meetingsModule = defineAdminModule({
  name: 'meetings',
  pages: [
    {
      name: 'meetings',
      path: 'meetings',
      title: 'menu.meetings',
      icon: Calendar,
      can: ['read', 'GovernmentMeeting'],
      component: () => import('./index.vue'),
      children: [{ name: 'meeting', path: 'meetings/:id', title: 'meetings.detailTitle', component: () => import('./detail.vue') }],
    },
    {
      name: 'attendance-proposals',
      path: 'attendance-proposals',
      title: 'menu.attendanceProposals',
      icon: UserFilled,
      can: ['read', 'AttendanceProposal'],
      component: () => import('./proposals.vue'),
      children: [
        { name: 'attendance-proposal', path: 'meetings/proposals/:id', title: 'proposals.detailTitle', component: () => import('./proposal.vue') },
        {
          name: 'attendance-proposal-new',
          path: 'meetings/agenda/:agendaItemId/proposal',
          title: 'proposals.createTitle',
          component: () => import('./proposal.vue'),
        },
      ],
    },
  ],
  messages,
});
