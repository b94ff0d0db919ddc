import { ChatLineSquare, DataAnalysis, EditPen, Tickets, Upload } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/**
 * Citizens' reports, complaints and suggestions (system 8, 市民举报投诉办理公开评价制度): the cases
 * the user may read, a case with the steps its state allows, and the Complaint Office's form for a
 * case received by letter, visit or hotline; the statistics (自动统计) of a month, a quarter or a year, the
 * dashboard of each role, which the office publishes. To-do links: /complaints/<id>.
 */
export const complaintsModule = defineAdminModule({
  name: 'complaints',
  pages: [
    {
      name: 'complaints',
      path: 'complaints',
      title: 'menu.complaints',
      icon: Tickets,
      can: ['read', 'Case'],
      component: () => import('./index.vue'),
      children: [{ name: 'complaint', path: 'complaints/:id', title: 'complaints.detailTitle', component: () => import('./detail.vue') }],
    },
    {
      name: 'complaint-new',
      path: 'complaints/new',
      title: 'menu.complaintNew',
      icon: EditPen,
      can: ['create', 'Case'],
      component: () => import('./new.vue'),
    },
    {
      name: 'complaint-statistics',
      path: 'complaints/statistics',
      title: 'menu.complaintStatistics',
      icon: DataAnalysis,
      can: ['read', 'Case'],
      component: () => import('./statistics.vue'),
    },
    {
      name: 'complaint-imports',
      path: 'complaints/imports',
      title: 'complaintImports.title',
      icon: Upload,
      can: ['create', 'Case'],
      component: () => import('./imports.vue'),
      children: [
        {
          name: 'complaint-import',
          path: 'complaints/imports/:id',
          title: 'complaintImports.progressTitle',
          component: () => import('./imports.vue'),
        },
      ],
    },
  ],
  menu: [
    {
      key: 'complaintOffice',
      title: 'menu.groupComplaintOffice',
      icon: ChatLineSquare,
      workspaces: ['complaintOffice'],
      entries: [
        { page: 'complaints' },
        { page: 'complaint-new' },
        { page: 'complaint-imports', title: 'complaintImports.menu' },
        { page: 'complaint-statistics' },
      ],
    },
    {
      key: 'complaintHandling',
      title: 'menu.groupComplaints',
      icon: ChatLineSquare,
      workspaces: ['department'],
      entries: [{ page: 'complaints', title: 'menu.complaintHandling' }, { page: 'complaint-statistics' }],
    },
    {
      key: 'leaderComplaints',
      title: 'menu.groupComplaints',
      icon: ChatLineSquare,
      workspaces: ['leader'],
      entries: [{ page: 'complaints' }, { page: 'complaint-statistics' }],
    },
  ],
  messages,
});
