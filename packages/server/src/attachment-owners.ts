// The records that may own files, with how to check access: read to download, attach to upload.
import type { AttachmentOwner } from './common/attachments/attachments.service.js';
import { assertCan } from './common/ability.js';
import { getAccountRequest } from './modules/accounts/accounts.service.js';

export const ATTACHMENT_OWNERS: Record<string, AttachmentOwner> = {
  AccountRequest: {
    read: (ctx, id) => getAccountRequest(ctx, id),
    attach: async (ctx, id) => {
      const r = await getAccountRequest(ctx, id);
      assertCan(ctx, 'update', 'AccountRequest', r);
      return r;
    },
  },
};
