import type { ModuleManifest } from '../../common/modules.js';
import { assertCan } from '../../common/ability.js';
import { AppError } from '../../common/errors.js';
import * as enums from './interpretation.enums.js';
import { Interpretation } from './interpretation.entities.js';
import { DocumentInterpretationsResolver, InterpretationResolver, PublicDocumentInterpretationsResolver } from './interpretation.resolver.js';
import { getInterpretation, interpretationForFiles } from './interpretation.service.js';
import { seedInterpretations } from './interpretation.seed.js';
import { INTERPRETATION_SEARCH, INTERPRETATION_STAFF_SEARCH } from './interpretation.search.js';

/** System 5: policy interpretation, "whoever drafts, interprets". */
export const interpretationModule: ModuleManifest = {
  name: 'interpretation',
  searchSources: [INTERPRETATION_SEARCH, INTERPRETATION_STAFF_SEARCH],
  entities: [Interpretation],
  resolvers: [InterpretationResolver, DocumentInterpretationsResolver, PublicDocumentInterpretationsResolver],
  enums: { ...enums },
  uniqueRefusals: {
    // first saves lock the document; kept as a plain refusal should a writer ever skip the lock
    interpretation_document_id_stage_unique: () => new AppError('VERSION_CONFLICT', '该期解读已由他人填写，请刷新后重试'),
  },
  attachmentOwners: {
    Interpretation: {
      // images of a published interpretation are public, like the interpretation
      read: interpretationForFiles,
      attach: async (ctx, id) => {
        const i = await getInterpretation(ctx, id);
        assertCan(ctx, 'update', 'Interpretation', i);
        return i;
      },
    },
  },
  seed: seedInterpretations,
};
