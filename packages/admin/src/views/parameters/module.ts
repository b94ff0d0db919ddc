import { CollectionTag } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** Versioned policy parameters. Its group 基础信息 (parameters and the calendar) closes every workspace's menu but the administrator's. */
export const parametersModule = defineAdminModule({
  name: 'parameters',
  pages: [
    {
      name: 'parameters',
      path: 'parameters',
      title: 'menu.parameters',
      icon: CollectionTag,
      can: ['read', 'PolicyParameter'],
      component: () => import('./index.vue'),
    },
  ],
  menu: [
    {
      key: 'reference',
      title: 'menu.groupReference',
      icon: CollectionTag,
      workspaces: [
        'department',
        'secretariat',
        'egov',
        'academy',
        'training',
        'disclosureOffice',
        'documentSection',
        'complaintOffice',
        'supervisor',
        'leader',
      ],
      entries: [{ page: 'parameters' }, { page: 'calendar' }],
    },
  ],
  messages,
});
