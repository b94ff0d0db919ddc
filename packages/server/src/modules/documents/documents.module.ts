import { DOCUMENT_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { assertCan } from '../../common/ability.js';
import { AppError } from '../../common/errors.js';
import * as enums from './documents.enums.js';
import { PolicyDocument } from './documents.entities.js';
import { DocumentError } from './documents.errors.js';
import { registerDocumentRoutes } from './documents.http.js';
import { DocumentResolver } from './documents.resolver.js';
import { getDocument } from './documents.service.js';
import { seedDocuments } from './documents.seed.js';
import { DOCUMENT_SEARCH, DOCUMENT_STAFF_SEARCH } from './documents.search.js';

/** System 2: disclosure attributes fixed at the source of every policy document. */
export const documentsModule: ModuleManifest = {
  name: 'documents',
  entities: [PolicyDocument],
  resolvers: [DocumentResolver],
  enums: { ...enums },
  routes: registerDocumentRoutes,
  attachmentOwners: {
    PolicyDocument: {
      read: (ctx, id) => getDocument(ctx, id),
      attach: async (ctx, id) => {
        const d = await getDocument(ctx, id);
        // a classified document's content never enters the system
        if (d.classified) throw new AppError(DocumentError.CLASSIFIED_CONTENT_REFUSED, '涉密文件不得上传正文或附件', { field: 'file' });
        assertCan(ctx, 'update', 'PolicyDocument', d);
        return d;
      },
    },
  },
  todoKinds: DOCUMENT_TODO_KINDS,
  searchSources: [DOCUMENT_SEARCH, DOCUMENT_STAFF_SEARCH],
  seed: seedDocuments,
};
