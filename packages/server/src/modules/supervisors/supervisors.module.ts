import { SUPERVISOR_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { AppError } from '../../common/errors.js';
import * as enums from './supervisors.enums.js';
import { Supervisor, SupervisorFeedback } from './supervisors.entities.js';
import { SupervisorFeedbackResolver, SupervisorResolver } from './supervisors.resolver.js';
import { seedSupervisors } from './supervisors.seed.js';

/** System 7 (with the evaluation): the supervisors' registry and their feedback. */
export const supervisorsModule: ModuleManifest = {
  name: 'supervisors',
  entities: [Supervisor, SupervisorFeedback],
  resolvers: [SupervisorResolver, SupervisorFeedbackResolver],
  enums: { ...enums },
  uniqueRefusals: {
    supervisor_user_id_unique: () => new AppError('SUPERVISOR_ACCOUNT_TAKEN', '该账号已关联其他监督员', { field: 'userId' }),
  },
  todoKinds: SUPERVISOR_TODO_KINDS,
  seed: seedSupervisors,
};
