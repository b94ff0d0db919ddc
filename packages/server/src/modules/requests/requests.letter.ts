// The reply letter (政府信息公开申请答复书): what was asked, when it was received (and corrected, or
// the period extended), the outcome of each item by Art. 36 with its reason, the letter's text, the
// fee, and the remedies. Staff download it from the request; the applicant, with the request's codes.
import { APPLICANT_KIND_LABELS, REPLY_REASON_LABELS, REPLY_TYPE_LABELS, REQUEST_ANSWERED_STATES, type ReplyReason } from '@gongkai/shared';
import type { FastifyInstance } from 'fastify';
import type { ContextFor } from '../../common/modules.js';
import type { Ctx } from '../../common/context.js';
import { AppError, CommonError } from '../../common/errors.js';
import { assertSameOrigin, replyWithRefusal } from '../../common/http-refusal.js';
import { countPublicForm } from '../../common/auth/rate-limit.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { chineseDate, docxHeaders, letterLine as line, letterRight, letterTitle, renderLetter } from '../../common/docx/letter.js';
import type { DisclosureRequest } from './requests.entities.js';
import { RequestError as E } from './requests.errors.js';
import { getRequest, publicRequest } from './requests.service.js';

/** The letter's paragraphs as text (the .docx and the tests read the same lines). */
export async function replyLetterLines(
  ctx: Ctx,
  r: DisclosureRequest,
): Promise<{ title: string; number: string | null; lines: string[]; signature: string[] }> {
  const unit = await ctx.em.findOneOrFail(Unit, r.unitId, { populate: ['government'] });
  const items = (await r.items.load()).getItems();
  const you = r.applicantKind === 'NATURAL_PERSON' ? '您' : '你单位';
  const lines = [
    `${r.applicantName}${r.applicantKind === 'NATURAL_PERSON' ? '' : `（${APPLICANT_KIND_LABELS[r.applicantKind]}）`}：`,
    `本机关于${chineseDate(r.receivedOn!)}收到${you}提出的政府信息公开申请（申请编号：${r.requestNumber}），申请获取以下政府信息：${items.map((i) => `${i.seq}.${i.description}`).join('；')}。`,
  ];
  if (r.correctionAskedOn)
    lines.push(
      `本机关于${chineseDate(r.correctionAskedOn)}一次性告知${you}补正申请内容${r.correctionReceivedOn ? `，并于${chineseDate(r.correctionReceivedOn)}收到补正后的申请，答复期限自该日起计算` : ''}。`,
    );
  if (r.extensionState === 'APPROVED')
    lines.push(`因${r.extensionReason}，经本机关政府信息公开工作机构负责人同意，答复期限延长${r.extensionDays}个工作日。`);
  if (r.pausedWorkingDays) lines.push(`本机关就申请内容征求了第三方意见，所需时间不计算在答复期限内。`);
  lines.push('经审查，根据《中华人民共和国政府信息公开条例》的规定，现答复如下：');
  for (const i of items) {
    const reason = i.outcomeReason && i.outcomeReason in REPLY_REASON_LABELS ? `（${REPLY_REASON_LABELS[i.outcomeReason as ReplyReason]}）` : '';
    lines.push(`${i.seq}.“${i.description}”：${i.outcome ? REPLY_TYPE_LABELS[i.outcome] : ''}${reason}。${i.outcomeNote ?? ''}`);
  }
  lines.push(...(r.reply ?? '').split(/\n+/).filter((t) => t.trim()));
  if (r.feeCharged > 0) lines.push(`依据《政府信息公开信息处理费管理办法》，本次收取信息处理费${r.feeCharged.toFixed(2)}元。`);
  const reviewBody = unit.kind === 'GOVERNMENT' ? '上一级人民政府' : unit.government.getEntity().name;
  lines.push(`如对本答复不服，可以自收到本答复之日起六十日内向${reviewBody}申请行政复议，或者自收到本答复之日起六个月内向人民法院提起行政诉讼。`);
  return { title: '政府信息公开申请答复书', number: r.replyNumber ?? null, lines, signature: [unit.name, chineseDate(r.repliedOn!)] };
}

export async function renderReplyLetter(ctx: Ctx, r: DisclosureRequest): Promise<Buffer> {
  const l = await replyLetterLines(ctx, r);
  return renderLetter([
    letterTitle(l.title),
    ...(l.number ? [line(l.number, { align: 'center' })] : []),
    line(''),
    line(l.lines[0]!),
    ...l.lines.slice(1).map((t) => line(t, { indent: true })),
    line(''),
    ...l.signature.map((t) => letterRight(t)),
  ]);
}

function answered(r: DisclosureRequest) {
  if (!REQUEST_ANSWERED_STATES.includes(r.state)) throw new AppError(E.REPLY_REQUIRED, '该申请尚未答复，还没有答复书');
}

/** GET /requests/:id/letter for those who read the request; POST /requests/public/letter for the applicant with the codes. */
export function registerLetterRoutes(app: FastifyInstance, contextFor: ContextFor) {
  app.get<{ Params: { id: string } }>('/requests/:id/letter', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      if (!ctx.user) throw new AppError(CommonError.UNAUTHENTICATED, '请先登录');
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new AppError(CommonError.NOT_FOUND, '政府信息公开申请不存在或无权查看');
      const r = await getRequest(ctx, req.params.id);
      answered(r);
      const buffer = await renderReplyLetter(ctx, r);
      await transaction(ctx, async (tx) => audit(tx, { action: 'DisclosureRequest.printLetter', subjectType: 'DisclosureRequest', subjectId: r.id }));
      return reply.headers(docxHeaders(`政府信息公开申请答复书-${r.requestNumber}.docx`)).send(buffer);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
  app.post<{ Body: { requestNumber?: unknown; checkCode?: unknown } }>('/requests/public/letter', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      assertSameOrigin(req, ctx.config.allowedOrigins);
      await countPublicForm(ctx, ctx.config);
      const body = req.body && typeof req.body === 'object' ? req.body : {};
      const str = (v: unknown) => (typeof v === 'string' ? v : '');
      const r = await publicRequest(ctx, str(body.requestNumber), str(body.checkCode));
      answered(r);
      const buffer = await renderReplyLetter(ctx, r);
      return reply.headers(docxHeaders(`政府信息公开申请答复书-${r.requestNumber}.docx`)).send(buffer);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
