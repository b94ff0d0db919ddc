import { OfficeBuilding, User, UserFilled } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/**
 * Accounts. Its groups gather the pages of the system's own modules: the administrator's
 * 系统管理, and a unit's 组织与人员 (its account requests and its people).
 */
export const usersModule = defineAdminModule({
  name: 'users',
  pages: [{ name: 'users', path: 'users', title: 'menu.users', icon: User, can: ['read', 'User'], component: () => import('./index.vue') }],
  menu: [
    {
      key: 'system',
      title: 'menu.groupSystem',
      icon: OfficeBuilding,
      workspaces: ['admin'],
      entries: [{ page: 'units' }, { page: 'users' }, { page: 'account-requests' }, { page: 'parameters' }, { page: 'calendar' }, { page: 'audit' }],
    },
    {
      key: 'organisation',
      title: 'menu.groupOrganisation',
      icon: OfficeBuilding,
      workspaces: ['department'],
      entries: [{ page: 'account-requests' }, { page: 'users', title: 'menu.unitUsers', icon: UserFilled }],
    },
  ],
  messages,
});
