import { Monitor } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** What the portal shows, as the e-government centre sees it. */
export const publishedModule = defineAdminModule({
  name: 'published',
  pages: [
    {
      name: 'published',
      path: 'published',
      title: 'menu.published',
      icon: Monitor,
      can: ['read', 'PolicyDocument'],
      component: () => import('./index.vue'),
    },
  ],
  menu: [
    {
      key: 'published',
      title: 'menu.groupPublished',
      icon: Monitor,
      workspaces: ['egov'],
      entries: [{ page: 'published' }, { page: 'documents', title: 'menu.documentSearch' }, { page: 'interpretations' }],
    },
  ],
  messages,
});
