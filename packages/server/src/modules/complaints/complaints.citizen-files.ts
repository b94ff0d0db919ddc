// A citizen's files (photos, documents) sent with their case from the portal: with the case's number
// and check code, while the case waits for acceptance, at most a few; counted as a public form
// submission against the sender's address. Those who handle the case read them as its attachments.
import type { FastifyInstance } from 'fastify';
import type { ContextFor } from '../../common/modules.js';
import { AppError, CommonError } from '../../common/errors.js';
import { assertSameOrigin, replyWithRefusal } from '../../common/http-refusal.js';
import { countPublicForm } from '../../common/auth/rate-limit.js';
import { submitCaseFile } from './complaints.service.js';

export function registerCitizenFileRoute(app: FastifyInstance, contextFor: ContextFor) {
  app.post('/complaints/public/files', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      assertSameOrigin(req, ctx.config.allowedOrigins);
      if (!req.isMultipart()) throw new AppError(CommonError.BAD_USER_INPUT, '请以表单方式上传文件');
      await countPublicForm(ctx, ctx.config);
      const part = await req.file();
      if (!part) throw new AppError(CommonError.BAD_USER_INPUT, '没有收到文件', { field: 'file' });
      const field = (name: string) => {
        const f = part.fields[name] as { value?: unknown } | undefined;
        return typeof f?.value === 'string' ? f.value : '';
      };
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch {
        throw new AppError('FILE_TOO_LARGE', `文件不能超过${Math.round(ctx.config.maxUploadBytes / 1024 / 1024)}MB`, { field: 'file' });
      }
      const a = await submitCaseFile(ctx, field('caseNumber'), field('checkCode'), { fileName: part.filename, mimeType: part.mimetype, content });
      return reply.code(201).send({ fileName: a.fileName, size: a.size });
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
