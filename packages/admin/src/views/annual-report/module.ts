import { Notebook } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/**
 * The annual report on government information disclosure (政府信息公开工作年度报告): the reports the
 * user may read, and one report with its figures (computed by the platform, or entered by hand with
 * their source), the template's sums checked next to the tables, and the steps its state allows:
 * save, recompute, submit, return, sign off, publish, download. To-do links: /annual-reports/<id>.
 */
export const annualReportModule = defineAdminModule({
  name: 'annual-report',
  pages: [
    {
      name: 'annual-reports',
      path: 'annual-reports',
      title: 'menu.annualReports',
      icon: Notebook,
      can: ['read', 'AnnualReport'],
      component: () => import('./index.vue'),
      children: [{ name: 'annual-report', path: 'annual-reports/:id', title: 'annualReports.detailTitle', component: () => import('./detail.vue') }],
    },
  ],
  menu: [
    {
      key: 'annualReports',
      title: 'menu.groupAnnualReports',
      icon: Notebook,
      workspaces: ['department', 'disclosureOffice', 'leader'],
      entries: [{ page: 'annual-reports' }],
    },
  ],
  messages,
});
