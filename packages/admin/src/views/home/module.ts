import { List } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** The to-do list, first in every workspace. */
export const homeModule = defineAdminModule({
  name: 'home',
  pages: [{ name: 'home', path: '', title: 'menu.home', icon: List, can: ['read', 'Todo'], component: () => import('./index.vue') }],
  menu: [{ key: 'home', workspaces: 'all', entries: [{ page: 'home' }] }],
  messages,
});
