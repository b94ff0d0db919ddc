import { isDocumentIssued } from '@gongkai/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../common/context.js';
import { AppError, CommonError } from '../../common/errors.js';
import { replyWithRefusal } from '../../common/http-refusal.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { getDocument } from './documents.service.js';
import { renderOfficialDocument } from './documents.docx.js';

/** GET /documents/:id/docx — the printable document in the official layout (issued, not classified). */
export function registerDocumentRoutes(app: FastifyInstance, contextFor: (req: FastifyRequest, reply: FastifyReply) => Promise<Ctx>) {
  app.get<{ Params: { id: string } }>('/documents/:id/docx', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new AppError(CommonError.NOT_FOUND, '文件不存在或无权查看');
      const d = await getDocument(ctx, req.params.id);
      if (!isDocumentIssued(d) || d.classified || !d.disclosureAttribute || !d.issueDate || !d.documentNumber) {
        throw new AppError('DOCUMENT_NOT_PRINTABLE', d.classified ? '涉密文件不在本系统生成' : '文件印发后才能生成公文');
      }
      const buffer = await renderOfficialDocument({
        issuingAuthority: d.issuingAuthority ?? '',
        documentNumber: d.documentNumber,
        title: d.title,
        addressees: d.addressees,
        body: d.body ?? '',
        signature: d.issuingAuthority ?? '',
        issueDate: d.issueDate,
        disclosureAttribute: d.disclosureAttribute,
      });
      await transaction(ctx, async (tx) => audit(tx, { action: 'PolicyDocument.print', subjectType: 'PolicyDocument', subjectId: d.id }));
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${d.documentNumber} ${d.title}.docx`)}`);
      reply.header('cache-control', 'private, no-store');
      return reply.send(buffer);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
