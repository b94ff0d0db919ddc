import { Calendar, DataAnalysis, DataLine, DocumentChecked, EditPen, Notebook } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

const scoring = () => import('./scoring.vue');
const my = () => import('./my.vue');

/** Third-party evaluation (system 7). */
export const evaluationModule = defineAdminModule({
  name: 'evaluation',
  pages: [
    /** Indicator systems: drafted by the academy, signed off by it and the Disclosure Office. To-do links: /evaluation/systems/<id>. */
    {
      name: 'evaluation-systems',
      path: 'evaluation/systems',
      title: 'menu.evaluationSystems',
      icon: Notebook,
      can: ['signOff', 'IndicatorSystem'],
      component: () => import('./systems.vue'),
      children: [
        { name: 'evaluation-system', path: 'evaluation/systems/:id', title: 'evaluation.systemTitle', component: () => import('./system.vue') },
      ],
    },
    /** Rounds, run by the academy. To-do links: /evaluation/rounds/<id>. */
    {
      name: 'evaluation-rounds',
      path: 'evaluation/rounds',
      title: 'menu.evaluationRounds',
      icon: Calendar,
      can: ['update', 'EvaluationRound'],
      component: () => import('./rounds.vue'),
      children: [{ name: 'evaluation-round', path: 'evaluation/rounds/:id', title: 'evaluation.roundTitle', component: () => import('./round.vue') }],
    },
    /** The evaluator's units and their scoring sheets. To-do links: /evaluation/scoring/<roundId>. */
    {
      name: 'evaluation-scoring',
      path: 'evaluation/scoring',
      title: 'menu.evaluationScoring',
      icon: EditPen,
      can: ['score', 'EvaluationRound'],
      component: scoring,
      children: [
        { name: 'evaluation-scoring-round', path: 'evaluation/scoring/:roundId', title: 'menu.evaluationScoring', component: scoring },
        {
          name: 'evaluation-sheet',
          path: 'evaluation/scoring/:roundId/units/:unitId',
          title: 'evaluation.sheet',
          component: () => import('./sheet.vue'),
        },
      ],
    },
    /** Ranks, grades and charts: for those who read the level's appeals too (the academy's admin, the Disclosure Office, leaders; not evaluators). */
    {
      name: 'evaluation-results',
      path: 'evaluation/results',
      title: 'menu.evaluationResults',
      icon: DataLine,
      can: ['read', 'Appeal'],
      component: () => import('./results.vue'),
    },
    /** An evaluated unit's scores, once sent to it, and its appeals. To-do links: /evaluation/my/<roundId>. */
    {
      name: 'evaluation-my',
      path: 'evaluation/my',
      title: 'menu.myEvaluation',
      icon: DocumentChecked,
      can: ['read', 'EvaluationScore'],
      component: my,
      children: [{ name: 'evaluation-my-round', path: 'evaluation/my/:roundId', title: 'menu.myEvaluation', component: my }],
    },
  ],
  menu: [
    {
      key: 'evaluation',
      title: 'menu.groupEvaluation',
      icon: DataAnalysis,
      workspaces: ['academy', 'disclosureOffice', 'leader'],
      entries: [{ page: 'evaluation-systems' }, { page: 'evaluation-rounds' }, { page: 'evaluation-scoring' }, { page: 'evaluation-results' }],
    },
    { key: 'evaluationUnit', title: 'menu.groupEvaluation', icon: DataAnalysis, workspaces: ['department'], entries: [{ page: 'evaluation-my' }] },
  ],
  messages,
});
