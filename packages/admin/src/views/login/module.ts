import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** Signing in: the one page open to everyone. */
export const loginModule = defineAdminModule({
  name: 'login',
  publicPages: [{ name: 'login', path: '/login', title: 'login.title', component: () => import('./index.vue') }],
  messages,
});
