import { Calendar, DataLine, Reading, Tickets, User } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/** Regular training (system 9): sessions, rosters and attendance, check-in, coverage. */
export const trainingModule = defineAdminModule({
  name: 'training',
  pages: [
    /** Sessions of the level; the organiser's session page shows the roster and the check-in code. */
    {
      name: 'training-sessions',
      path: 'training/sessions',
      title: 'menu.trainingSessions',
      icon: Calendar,
      can: ['read', 'TrainingSession'],
      component: () => import('./index.vue'),
      children: [
        { name: 'training-session', path: 'training/sessions/:id', title: 'training.sessionTitle', component: () => import('./session.vue') },
        /** The attendee's check-in and questionnaire (to-do links: /training/check-in/<session id>). */
        { name: 'training-check-in', path: 'training/check-in/:id', title: 'training.checkInTitle', component: () => import('./check-in.vue') },
      ],
    },
    /** Coverage of the whole level (organisers, the Disclosure Office, leaders). */
    {
      name: 'training-coverage',
      path: 'training/coverage',
      title: 'menu.trainingCoverage',
      icon: DataLine,
      can: ['read', 'TrainingEnrolment'],
      component: () => import('./coverage.vue'),
    },
    /** A unit's own coverage (its head and disclosure officer, who enrol its staff). */
    {
      name: 'training-unit-coverage',
      path: 'training/unit-coverage',
      title: 'menu.trainingUnitCoverage',
      icon: DataLine,
      can: ['create', 'TrainingEnrolment'],
      component: () => import('./coverage.vue'),
    },
    {
      name: 'my-trainings',
      path: 'training/mine',
      title: 'menu.myTrainings',
      icon: User,
      can: ['verify', 'TrainingEnrolment'],
      component: () => import('./mine.vue'),
    },
  ],
  menu: [
    {
      key: 'training',
      title: 'menu.groupTraining',
      icon: Reading,
      workspaces: ['training', 'disclosureOffice', 'leader'],
      entries: [{ page: 'training-sessions' }, { page: 'training-coverage' }, { page: 'my-trainings' }],
    },
    {
      key: 'trainingUnit',
      title: 'menu.groupTraining',
      icon: Reading,
      workspaces: ['department'],
      entries: [{ page: 'training-sessions' }, { page: 'training-unit-coverage' }, { page: 'my-trainings' }],
    },
    {
      key: 'trainingStaff',
      title: 'menu.groupTraining',
      icon: Tickets,
      workspaces: ['secretariat', 'documentSection', 'egov', 'complaintOffice', 'academy'],
      entries: [{ page: 'training-sessions' }, { page: 'my-trainings' }],
    },
  ],
  messages,
});
