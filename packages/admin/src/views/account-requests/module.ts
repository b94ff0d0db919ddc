import { DocumentChecked } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** A unit asks for accounts, the administrator approves them. To-do links: /account-requests/<id>. */
export const accountRequestsModule = defineAdminModule({
  name: 'account-requests',
  pages: [
    {
      name: 'account-requests',
      path: 'account-requests',
      title: 'menu.accountRequests',
      icon: DocumentChecked,
      can: ['read', 'AccountRequest'],
      component: () => import('./index.vue'),
      children: [
        { name: 'account-request', path: 'account-requests/:id', title: 'accountRequests.detailTitle', component: () => import('./detail.vue') },
      ],
    },
  ],
  messages,
});
