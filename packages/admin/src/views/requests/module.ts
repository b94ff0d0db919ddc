import { DataAnalysis, Document, EditPen } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/**
 * Requests for government information on application (依申请公开, system 6): the requests a
 * body's disclosure body handles (and the Disclosure Office for the government, with the level's
 * overview), a request with its clock and the steps its state allows, the registration of a
 * request received on paper, and the year's table 三 with the information asked for often.
 * To-do links: /requests/<id>.
 */
export const requestsModule = defineAdminModule({
  name: 'requests',
  pages: [
    {
      name: 'requests',
      path: 'requests',
      title: 'menu.requests',
      icon: Document,
      can: ['read', 'DisclosureRequest'],
      component: () => import('./index.vue'),
      children: [{ name: 'request', path: 'requests/:id', title: 'requests.detailTitle', component: () => import('./detail.vue') }],
    },
    {
      name: 'request-new',
      path: 'requests/new',
      title: 'menu.requestNew',
      icon: EditPen,
      can: ['create', 'DisclosureRequest'],
      component: () => import('./new.vue'),
    },
    {
      name: 'request-statistics',
      path: 'requests/statistics',
      title: 'menu.requestStatistics',
      icon: DataAnalysis,
      can: ['read', 'DisclosureRequest'],
      component: () => import('./statistics.vue'),
    },
  ],
  menu: [
    {
      key: 'requests',
      title: 'menu.groupRequests',
      icon: Document,
      workspaces: ['department', 'disclosureOffice', 'leader'],
      entries: [{ page: 'requests' }, { page: 'request-new' }, { page: 'request-statistics' }],
    },
  ],
  messages,
});
