import { Checked, Finished, Search } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/**
 * The yearly review of what is disclosed (system 6, 公开内容定期审查制度): the level's campaigns (the
 * Disclosure Office opens them, follows each unit's progress, draws spot checks and orders
 * rectification), a unit's report with its items, outcomes and sign-off, and the rectifications.
 * To-do links: /review/reports/<id>, /review/rectifications/<id>.
 */
export const reviewModule = defineAdminModule({
  name: 'review',
  pages: [
    {
      name: 'review',
      path: 'review',
      title: 'menu.review',
      icon: Search,
      can: ['read', 'ReviewCampaign'],
      component: () => import('./index.vue'),
      children: [
        { name: 'review-campaign', path: 'review/campaigns/:id', title: 'periodicReview.campaigns', component: () => import('./campaign.vue') },
        { name: 'review-report', path: 'review/reports/:id', title: 'periodicReview.myReports', component: () => import('./report.vue') },
      ],
    },
    {
      name: 'review-rectifications',
      path: 'review/rectifications',
      title: 'menu.reviewRectifications',
      icon: Finished,
      can: ['read', 'Rectification'],
      component: () => import('./rectifications.vue'),
      children: [
        {
          name: 'review-rectification',
          path: 'review/rectifications/:id',
          title: 'periodicReview.rectificationTitle',
          component: () => import('./rectification.vue'),
        },
      ],
    },
  ],
  menu: [
    {
      key: 'review',
      title: 'menu.groupReview',
      icon: Checked,
      workspaces: ['disclosureOffice', 'department', 'leader'],
      entries: [{ page: 'review' }, { page: 'review-rectifications' }],
    },
  ],
  messages,
});
