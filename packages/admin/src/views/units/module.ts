import { OfficeBuilding } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** The units of the governments; in the administrator's menu (see the users module). */
export const unitsModule = defineAdminModule({
  name: 'units',
  pages: [{ name: 'units', path: 'units', title: 'menu.units', icon: OfficeBuilding, can: ['read', 'Unit'], component: () => import('./index.vue') }],
  messages,
});
