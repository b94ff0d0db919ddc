import type { ModuleManifest } from '../../common/modules.js';
import { assertCan } from '../../common/ability.js';
import { AccountRequestStateEnum } from './accounts.enums.js';
import { AccountRequest } from './accounts.entities.js';
import { AccountRequestResolver } from './accounts.resolver.js';
import { getAccountRequest } from './accounts.service.js';
import { seedAccountRequests } from './accounts.seed.js';

/** Account requests: a unit asks for accounts, the administrator decides. */
export const accountsModule: ModuleManifest = {
  name: 'accounts',
  entities: [AccountRequest],
  resolvers: [AccountRequestResolver],
  enums: { AccountRequestStateEnum },
  attachmentOwners: {
    AccountRequest: {
      read: (ctx, id) => getAccountRequest(ctx, id),
      attach: async (ctx, id) => {
        const r = await getAccountRequest(ctx, id);
        assertCan(ctx, 'update', 'AccountRequest', r);
        return r;
      },
    },
  },
  seed: seedAccountRequests,
};
