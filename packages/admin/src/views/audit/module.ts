import { Tickets } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** The audit trail and its chain check. */
export const auditModule = defineAdminModule({
  name: 'audit',
  pages: [{ name: 'audit', path: 'audit', title: 'menu.audit', icon: Tickets, can: ['read', 'AuditRecord'], component: () => import('./index.vue') }],
  messages,
});
