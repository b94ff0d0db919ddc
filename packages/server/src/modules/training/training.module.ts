import { TRAINING_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { AppError } from '../../common/errors.js';
import { TrainingError as E } from './training.errors.js';
import * as enums from './training.enums.js';
import { TrainingCourse, TrainingEnrolment, TrainingSession } from './training.entities.js';
import { TrainingCourseResolver, TrainingEnrolmentResolver, TrainingSessionResolver } from './training.resolver.js';
import { registerTrainingRoutes } from './training.export.js';
import { seedTraining } from './training.seed.js';

/** System 9: regular training — courses and sessions, enrolment, attendance, hours, feedback, coverage. */
export const trainingModule: ModuleManifest = {
  name: 'training',
  entities: [TrainingCourse, TrainingSession, TrainingEnrolment],
  resolvers: [TrainingCourseResolver, TrainingSessionResolver, TrainingEnrolmentResolver],
  enums: { ...enums },
  routes: registerTrainingRoutes,
  uniqueRefusals: {
    training_enrolment_session_user_unique: () => new AppError(E.ALREADY_ENROLLED, '该工作人员已报名本期培训', { field: 'userIds' }),
  },
  todoKinds: TRAINING_TODO_KINDS,
  seed: (em) => seedTraining(em),
};
