import { DataAnalysis } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/**
 * The assessment of disclosure work (考核): the Disclosure Office opens a year, records its routine
 * checks and the accountability deductions, signs the results off and publishes them once the leaders
 * have signed them off; each unit's scorecard drills down from every item to the records behind it.
 * A unit reads its own scorecard. To-do links: /assessment/<year>.
 */
export const assessmentModule = defineAdminModule({
  name: 'assessment',
  pages: [
    {
      name: 'assessment',
      path: 'assessment',
      title: 'menu.assessment',
      icon: DataAnalysis,
      can: ['read', 'Assessment'],
      component: () => import('./index.vue'),
      children: [
        { name: 'assessment-year', path: 'assessment/:year', title: 'menu.assessment', component: () => import('./year.vue') },
        {
          name: 'assessment-scorecard',
          path: 'assessment/:year/units/:unitId',
          title: 'menu.assessment',
          component: () => import('./scorecard.vue'),
        },
      ],
    },
    {
      name: 'my-scorecard',
      path: 'my-scorecard',
      title: 'menu.myScorecard',
      icon: DataAnalysis,
      can: ['read', 'Scorecard'],
      component: () => import('./scorecard.vue'),
    },
  ],
  menu: [
    {
      key: 'assessment',
      title: 'menu.groupAssessment',
      icon: DataAnalysis,
      workspaces: ['disclosureOffice', 'leader'],
      entries: [{ page: 'assessment' }],
    },
    { key: 'myScorecard', title: 'menu.groupAssessment', icon: DataAnalysis, workspaces: ['department'], entries: [{ page: 'my-scorecard' }] },
  ],
  messages,
});
