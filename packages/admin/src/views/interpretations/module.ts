import { ChatDotSquare } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** Interpretation of policy documents (system 5), with its deadlines; in the documents' menu groups. To-do links: /interpretations/<id>. */
export const interpretationsModule = defineAdminModule({
  name: 'interpretations',
  pages: [
    {
      name: 'interpretations',
      path: 'interpretations',
      title: 'menu.interpretations',
      icon: ChatDotSquare,
      can: ['read', 'Interpretation'],
      component: () => import('./index.vue'),
      children: [
        { name: 'interpretation', path: 'interpretations/:id', title: 'interpretations.detailTitle', component: () => import('./detail.vue') },
      ],
    },
  ],
  messages,
});
