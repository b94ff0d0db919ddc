// The records that may own files, with how to check access: read to download, attach to upload.
import type { AttachmentOwner } from './common/attachments/attachments.service.js';
import { assertCan } from './common/ability.js';
import { AppError } from './common/errors.js';
import { getAccountRequest } from './modules/accounts/accounts.service.js';
import { getDocument } from './modules/documents/documents.service.js';
import { DocumentError } from './modules/documents/documents.errors.js';
import { getInterpretation } from './modules/interpretation/interpretation.service.js';
import { Interpretation } from './modules/interpretation/interpretation.entities.js';
import { ConsultationTopic } from './modules/consultation/consultation.entities.js';
import { getTopic } from './modules/consultation/consultation.service.js';
import { getScore, scoreForEvidence } from './modules/evaluation/evaluation.service.js';

export const ATTACHMENT_OWNERS: Record<string, AttachmentOwner> = {
  AccountRequest: {
    read: (ctx, id) => getAccountRequest(ctx, id),
    attach: async (ctx, id) => {
      const r = await getAccountRequest(ctx, id);
      assertCan(ctx, 'update', 'AccountRequest', r);
      return r;
    },
  },
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
  Interpretation: {
    read: async (ctx, id) => {
      // images of a published interpretation are public, like the interpretation
      const published = await ctx.em.findOne(Interpretation, { id, state: 'PUBLISHED' });
      return published ?? getInterpretation(ctx, id);
    },
    attach: async (ctx, id) => {
      const i = await getInterpretation(ctx, id);
      assertCan(ctx, 'update', 'Interpretation', i);
      return i;
    },
  },
  ConsultationTopic: {
    // the files of a published topic are public, like its draft
    read: async (ctx, id) => (await ctx.em.findOne(ConsultationTopic, { id, state: { $in: ['PUBLISHED', 'RESULTS_PUBLISHED'] } })) ?? getTopic(ctx, id),
    attach: async (ctx, id) => {
      const t = await getTopic(ctx, id);
      assertCan(ctx, 'update', 'ConsultationTopic', t);
      return t;
    },
  },
  EvaluationScore: {
    // screenshots and files behind a score: read with the score, added by its evaluator while scoring
    read: (ctx, id) => getScore(ctx, id),
    attach: (ctx, id) => scoreForEvidence(ctx, id),
  },
};
