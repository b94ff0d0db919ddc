import type { ModuleManifest } from '../../common/modules.js';
import { AppError } from '../../common/errors.js';
import { OrganisationResolver, UserResolver } from './organisation.resolver.js';
import { seedOrganisation } from './organisation.seed.js';

/** Units and user accounts (their entities belong to the kernel: every module speaks of them). */
export const organisationModule: ModuleManifest = {
  name: 'organisation',
  resolvers: [OrganisationResolver, UserResolver],
  uniqueRefusals: {
    app_user_username_unique: () => new AppError('USERNAME_TAKEN', '该用户名已被使用', { field: 'username' }),
  },
  seed: (em) => em.transactional((tx) => seedOrganisation(tx)),
};
