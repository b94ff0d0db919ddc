// Requests on application (依申请公开, system 6) as data, by the Regulations on the Disclosure of
// Government Information (政府信息公开条例, 2019):
// - Art. 31: the day of receipt — in person, the day handed in; registered post, the day signed for;
//   ordinary letter, online, fax or e-mail, the day the disclosure body confirms it with the applicant.
// - Art. 33: "应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人
//   同意并告知申请人，延长的期限最长不得超过20个工作日" — application.replyWorkingDays / extensionWorkingDays;
//   "行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内".
// - Art. 30: "申请内容不明确的，行政机关应当…自收到申请之日起7个工作日内一次性告知申请人作出补正…
//   答复期限自行政机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请".
// - Art. 32: the third party answers within application.thirdPartyWorkingDays (15) working days.
// - Art. 36: the reply types (REPLY_TYPES, REPLY_REASONS in shared/requests/states.ts).
// Each step records the day it happened (`on`, not after today): paper notices are often recorded later.
import {
  REQUEST_STEP_FROM,
  REPLY_REASONS,
  replyTypeNeedsReason,
  shanghaiEndOfDay,
  isValidLocalDate,
  shanghaiDate,
  type LocalDate,
  type ReplyType,
  type RequestState,
  type DeliveryMethod,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import type { GuardRefusal, Workflow } from '../../common/workflow/workflow.js';
import type { TodoSpec } from '../../common/todo/todo.service.js';
import { addWorkingDays, workingDaysBetween } from '../../common/calendar/calendar.service.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { today } from '../../common/clock.js';
import { DisclosureRequest } from './requests.entities.js';
import { RequestError as E } from './requests.errors.js';

const link = (r: DisclosureRequest) => `/requests/${r.id}`;
const text = (s: string | null | undefined) => s?.trim() ?? '';
/** The request as its to-dos name it: its number and the first information asked. */
async function title(r: DisclosureRequest) {
  const first = (await r.items.load()).getItems()[0]?.description ?? '';
  return `${r.requestNumber}（${first.slice(0, 30)}）`;
}

/**
 * Who handles a body's requests: a department's own disclosure body (DISCLOSURE_OFFICER); for the
 * government itself, the Disclosure Office of its level. `approver` is who approves an extension:
 * the head of the disclosure body (a department's head; the Disclosure Office for the government).
 */
export async function handlersOf(
  ctx: Ctx,
  r: DisclosureRequest,
): Promise<{ handler: Pick<TodoSpec, 'assigneeRole' | 'assigneeUnitId'>; approver: Pick<TodoSpec, 'assigneeRole' | 'assigneeUnitId'> }> {
  const unit = r.unit.isInitialized() ? r.unit.getEntity() : await ctx.em.findOneOrFail(Unit, r.unit.id);
  if (unit.kind === 'GOVERNMENT') {
    const office = await ctx.em.findOne(Unit, { government: unit.id, function: 'DISCLOSURE_OFFICE', active: true }, { fields: ['id'] });
    const handler = { assigneeRole: 'DISCLOSURE_OFFICE' as const, assigneeUnitId: office?.id ?? null };
    return { handler, approver: handler };
  }
  return {
    handler: { assigneeRole: 'DISCLOSURE_OFFICER', assigneeUnitId: unit.id },
    approver: { assigneeRole: 'DEPARTMENT_HEAD', assigneeUnitId: unit.id },
  };
}
/** The to-do of a step for the request's handlers (or, for an extension, its approver), due at the end of `dueOn`. */
export async function handlerTodo(ctx: Ctx, r: DisclosureRequest, kind: keyof typeof TODO_TITLES, dueOn?: LocalDate | null): Promise<TodoSpec[]> {
  const { handler, approver } = await handlersOf(ctx, r);
  return [
    {
      kind,
      title: `${TODO_TITLES[kind]}：${await title(r)}`,
      link: link(r),
      dueAt: dueOn ? shanghaiEndOfDay(dueOn) : null,
      ...(kind === 'request.extension' ? approver : handler),
    },
  ];
}
const TODO_TITLES = {
  'request.confirm': '确认收到申请',
  'request.reply': '答复申请',
  'request.correction': '等待申请人补正',
  'request.thirdParty': '等待第三方意见',
  'request.extension': '批准延长答复期限',
  'request.deliver': '送达答复',
} as const;

/**
 * The last day to reply: the reply period, an approved extension and the working days paused for a
 * third party, counted from the clock's start (receipt, or the corrected request) — that day not
 * counted. A day in a year the calendar does not cover is refused (CALENDAR_NOT_COVERED), not guessed.
 */
export async function computeDueOn(ctx: Ctx, r: DisclosureRequest): Promise<LocalDate | null> {
  if (!r.clockStartOn || r.replyWorkingDays == null) return null;
  const extension = r.extensionState === 'APPROVED' ? (r.extensionDays ?? 0) : 0;
  return addWorkingDays(ctx, r.clockStartOn, r.replyWorkingDays + extension + r.pausedWorkingDays);
}

/** Starts the clock on the day of receipt (Art. 31): the reply period in force that day, the correction notice's last day. */
export async function startClock(ctx: Ctx, r: DisclosureRequest, receivedOn: LocalDate) {
  r.receivedOn = receivedOn;
  r.clockStartOn = receivedOn;
  r.replyWorkingDays = await valueOn<number>(ctx, 'application.replyWorkingDays', receivedOn);
  r.correctionNoticeDueOn = await addWorkingDays(ctx, receivedOn, await valueOn<number>(ctx, 'application.correctionNoticeWorkingDays', receivedOn));
  r.dueOn = await computeDueOn(ctx, r);
}

/** A day a step happened: a valid date, not after today, not before `earliest`. */
function dayGuard(field: string, earliest: (r: DisclosureRequest) => LocalDate | null | undefined, what: string) {
  return (r: DisclosureRequest, i: Record<string, unknown>): GuardRefusal | null => {
    const on = i[field] as string | null | undefined;
    if (on == null) return null;
    if (!isValidLocalDate(on)) return { code: E.DATE_INVALID, message: '日期格式应为 YYYY-MM-DD', field };
    if (on > today()) return { code: E.DATE_INVALID, message: `${what}不能晚于今天`, field };
    const min = earliest(r);
    if (min && on < min) return { code: E.DATE_INVALID, message: `${what}不能早于${min}`, field };
    return null;
  };
}
const dayOf = (i: { on?: string | null }) => i.on ?? today();
const reasonGuard = (field: string, message: string) => (_r: DisclosureRequest, i: Record<string, unknown>) =>
  text(i[field] as string) ? null : { code: E.REASON_REQUIRED, message, field };

export interface OutcomeInput {
  itemId: string;
  outcome: ReplyType;
  reason?: string | null;
  note?: string | null;
}
export interface ReplyInput {
  outcomes: OutcomeInput[];
  reply: string;
  replyNumber?: string | null;
  fee?: number | null;
  on?: string | null;
}

/** Every item answered, each with a sub-reason of its type where the template has them. */
async function outcomesGuard(r: DisclosureRequest, i: ReplyInput): Promise<GuardRefusal | null> {
  await r.items.load();
  if (!Array.isArray(i.outcomes)) return { code: E.OUTCOMES_INCOMPLETE, message: '请逐项填写答复结果', field: 'outcomes' };
  const byId = new Map(i.outcomes.map((o) => [o.itemId, o]));
  for (const item of r.items.getItems()) {
    const o = byId.get(item.id);
    if (!o) return { code: E.OUTCOMES_INCOMPLETE, message: `第${item.seq}项所需信息还没有答复结果`, field: 'outcomes' };
    if (replyTypeNeedsReason(o.outcome)) {
      const reasons = REPLY_REASONS[o.outcome] as Record<string, string>;
      if (!o.reason || !(o.reason in reasons))
        return {
          code: E.OUTCOME_REASON,
          message: `第${item.seq}项须选择“${o.outcome === 'OTHER' ? '其他处理' : '具体理由'}”中的一项`,
          field: 'outcomes',
        };
    } else if (o.reason) {
      return { code: E.OUTCOME_REASON, message: `第${item.seq}项的答复类型不需要具体理由`, field: 'outcomes' };
    }
  }
  if (i.outcomes.some((o) => !r.items.getItems().some((item) => item.id === o.itemId)))
    return { code: E.OUTCOMES_INCOMPLETE, message: '答复结果中有不属于本申请的项目', field: 'outcomes' };
  return null;
}

const snapshot = (r: DisclosureRequest) => ({
  state: r.state,
  receivedOn: r.receivedOn ?? null,
  clockStartOn: r.clockStartOn ?? null,
  dueOn: r.dueOn ?? null,
  correctionAskedOn: r.correctionAskedOn ?? null,
  correctionReceivedOn: r.correctionReceivedOn ?? null,
  thirdPartyFrom: r.thirdPartyFrom ?? null,
  pausedWorkingDays: r.pausedWorkingDays,
  extensionState: r.extensionState ?? null,
  extensionDays: r.extensionDays ?? null,
  repliedOn: r.repliedOn ?? null,
  deliveredOn: r.deliveredOn ?? null,
  outcomes: r.items.isInitialized() ? r.items.getItems().map((i) => [i.seq, i.outcome ?? null, i.outcomeReason ?? null]) : undefined,
});

export const requestWorkflow: Workflow<DisclosureRequest, RequestState> = {
  subject: 'DisclosureRequest',
  entity: DisclosureRequest,
  noun: '政府信息公开申请',
  state: (r) => r.state,
  setState: (r, s) => (r.state = s),
  snapshot,
  isOverdue: (r) => r.overdue,
  transitions: {
    // 确认收到 an online request (or one by ordinary letter, fax, e-mail): the day of receipt is the day confirmed.
    confirm: {
      action: 'accept',
      from: REQUEST_STEP_FROM.confirm,
      to: 'IN_PROGRESS',
      label: '确认收到',
      guards: [dayGuard('on', (r) => shanghaiDate(r.submittedAt), '确认之日')],
      apply: (r, i: { on?: string | null }, ctx) => startClock(ctx, r, dayOf(i)),
      closeTodos: ['request.confirm'],
      openTodos: (r, ctx) => handlerTodo(ctx, r, 'request.reply', r.dueOn),
    },
    // Not a request for government information (e.g. a complaint sent by mistake): not registered, with the reason.
    refuseRegistration: {
      action: 'return',
      from: REQUEST_STEP_FROM.refuseRegistration,
      to: 'NOT_REGISTERED',
      label: '不予登记',
      guards: [reasonGuard('reason', '请填写不予登记的理由')],
      apply: (r, i: { reason: string }) => {
        r.notRegisteredReason = text(i.reason).slice(0, 2000);
      },
      closeTodos: 'all',
    },
    // 补正: once, within the notice period after receipt; the clock stops until the corrected request arrives.
    askCorrection: {
      action: 'update',
      from: REQUEST_STEP_FROM.askCorrection,
      to: 'CORRECTION',
      label: '告知补正',
      guards: [
        (r) => (r.correctionAskedOn ? { code: E.CORRECTION_ONCE, message: '补正只能一次性告知，本申请已告知过补正' } : null),
        reasonGuard('text', '请写明需要补正的事项'),
        dayGuard('on', (r) => r.receivedOn, '告知补正之日'),
        (r, i: { on?: string | null }) =>
          r.correctionNoticeDueOn && dayOf(i) > r.correctionNoticeDueOn
            ? { code: E.CORRECTION_TOO_LATE, message: `应在${r.correctionNoticeDueOn}前一次性告知补正，已超过期限`, field: 'on' }
            : null,
        (_r, i: { dueOn: string; on?: string | null }) =>
          isValidLocalDate(i.dueOn) && i.dueOn > dayOf(i)
            ? null
            : { code: E.CORRECTION_DUE_INVALID, message: '补正期限应晚于告知补正之日', field: 'dueOn' },
      ],
      apply: (r, i: { text: string; dueOn: string; on?: string | null }) => {
        r.correctionAskedOn = dayOf(i);
        r.correctionText = text(i.text).slice(0, 5000);
        r.correctionDueOn = i.dueOn;
        r.dueOn = null;
      },
      closeTodos: ['request.reply', 'request.extension'],
      openTodos: (r, ctx) => handlerTodo(ctx, r, 'request.correction', r.correctionDueOn),
    },
    // The corrected request arrives in time: the clock starts again from that day.
    receiveCorrection: {
      action: 'update',
      from: REQUEST_STEP_FROM.receiveCorrection,
      to: 'IN_PROGRESS',
      label: '收到补正',
      guards: [
        dayGuard('on', (r) => r.correctionAskedOn, '收到补正之日'),
        (r, i: { on?: string | null }) =>
          r.correctionDueOn && dayOf(i) > r.correctionDueOn
            ? { code: E.CORRECTION_OVER, message: `补正期限（${r.correctionDueOn}）已过，申请人逾期未补正的视为放弃申请`, field: 'on' }
            : null,
      ],
      apply: async (r, i: { on?: string | null }, ctx) => {
        r.correctionReceivedOn = dayOf(i);
        r.clockStartOn = r.correctionReceivedOn;
        r.pausedWorkingDays = 0;
        r.dueOn = await computeDueOn(ctx, r);
      },
      closeTodos: ['request.correction'],
      openTodos: (r, ctx) => handlerTodo(ctx, r, 'request.reply', r.dueOn),
    },
    // 逾期不补正: the request counts as abandoned (其他处理 — 逾期不补正); the notice goes to the applicant.
    endUncorrected: {
      action: 'update',
      from: REQUEST_STEP_FROM.endUncorrected,
      to: 'REPLIED',
      label: '逾期未补正终止办理',
      guards: [
        dayGuard('on', (r) => r.correctionAskedOn, '终止办理之日'),
        (r, i: { on?: string | null }) =>
          r.correctionDueOn && dayOf(i) > r.correctionDueOn
            ? null
            : { code: E.CORRECTION_NOT_DUE, message: `补正期限（${r.correctionDueOn ?? ''}）尚未届满` },
      ],
      apply: async (r, i: { on?: string | null }, ctx) => {
        for (const item of (await r.items.load()).getItems()) {
          item.outcome = 'OTHER';
          item.outcomeReason = 'NO_CORRECTION';
          item.outcomeNote = null;
        }
        r.reply = `申请人未在补正期限（${r.correctionDueOn}）内补正，依据《中华人民共和国政府信息公开条例》第三十条，视为放弃申请，本机关不再处理该政府信息公开申请。`;
        r.repliedOn = dayOf(i);
        r.repliedByName = ctx.actor?.name ?? null;
      },
      closeTodos: 'all',
      openTodos: (r, ctx) => handlerTodo(ctx, r, 'request.deliver'),
    },
    // 征求第三方意见: the clock pauses; the third party has the period of Art. 32 to answer.
    consultThirdParty: {
      action: 'update',
      from: REQUEST_STEP_FROM.consultThirdParty,
      to: 'THIRD_PARTY',
      label: '征求第三方意见',
      guards: [reasonGuard('thirdParty', '请填写征求意见的第三方'), dayGuard('on', (r) => r.clockStartOn, '发出征求意见之日')],
      apply: async (r, i: { thirdParty: string; on?: string | null }, ctx) => {
        r.thirdPartyFrom = dayOf(i);
        r.thirdPartyName = text(i.thirdParty).slice(0, 200);
        r.thirdPartyDueOn = await addWorkingDays(
          ctx,
          r.thirdPartyFrom,
          await valueOn<number>(ctx, 'application.thirdPartyWorkingDays', r.thirdPartyFrom),
        );
      },
      closeTodos: ['request.reply'],
      openTodos: (r, ctx) => handlerTodo(ctx, r, 'request.thirdParty', r.thirdPartyDueOn),
    },
    // The third party answered (or its period ran out): the working days paused, at most that period, are not counted.
    resumeFromThirdParty: {
      action: 'update',
      from: REQUEST_STEP_FROM.resumeFromThirdParty,
      to: 'IN_PROGRESS',
      label: '恢复办理',
      guards: [dayGuard('on', (r) => r.thirdPartyFrom, '收到第三方意见之日')],
      apply: async (r, i: { on?: string | null }, ctx) => {
        const from = r.thirdPartyFrom!;
        const limit = await valueOn<number>(ctx, 'application.thirdPartyWorkingDays', from);
        r.pausedWorkingDays += Math.min(await workingDaysBetween(ctx, from, dayOf(i)), limit);
        r.thirdPartyFrom = null;
        r.dueOn = await computeDueOn(ctx, r);
      },
      closeTodos: ['request.thirdParty'],
      openTodos: (r, ctx) => handlerTodo(ctx, r, 'request.reply', r.dueOn),
    },
    // 延长答复期限: asked once, before the last day, for at most the parameter's working days.
    requestExtension: {
      action: 'extend',
      from: REQUEST_STEP_FROM.requestExtension,
      to: (r) => r.state,
      label: '申请延长答复期限',
      guards: [
        (r) => (r.extensionState ? { code: E.EXTENSION_ONCE, message: '答复期限只能延长一次，本申请已申请过延期' } : null),
        reasonGuard('reason', '请填写需要延长答复期限的理由'),
        async (r, i: { days: number }, ctx) => {
          const max = await valueOn<number>(ctx, 'application.extensionWorkingDays', r.receivedOn ?? today());
          return Number.isInteger(i.days) && i.days >= 1 && i.days <= max
            ? null
            : { code: E.EXTENSION_DAYS, message: `延长的期限为1至${max}个工作日`, field: 'days' };
        },
        dayGuard('on', (r) => r.clockStartOn, '申请延期之日'),
        (r, i: { on?: string | null }) =>
          r.state === 'IN_PROGRESS' && r.dueOn && dayOf(i) > r.dueOn
            ? { code: E.EXTENSION_TOO_LATE, message: `答复期限（${r.dueOn}）已届满，不能再申请延长` }
            : null,
      ],
      apply: (r, i: { days: number; reason: string; on?: string | null }) => {
        r.extensionState = 'REQUESTED';
        r.extensionDays = i.days;
        r.extensionReason = text(i.reason).slice(0, 2000);
      },
      openTodos: (r, ctx) => handlerTodo(ctx, r, 'request.extension', r.dueOn),
    },
    // The head of the disclosure body agrees: the last day moves (the applicant is told in the letter).
    approveExtension: {
      action: 'approve',
      from: REQUEST_STEP_FROM.decideExtension,
      to: (r) => r.state,
      label: '批准延长答复期限',
      guards: [(r) => (r.extensionState === 'REQUESTED' ? null : { code: E.EXTENSION_NOT_REQUESTED, message: '该申请没有待批准的延期申请' })],
      apply: async (r, _i, ctx) => {
        r.extensionState = 'APPROVED';
        r.extensionApprovedByName = ctx.actor?.name ?? null;
        if (r.state === 'IN_PROGRESS') r.dueOn = await computeDueOn(ctx, r);
      },
      closeTodos: ['request.extension', 'request.reply'],
      openTodos: (r, ctx) => (r.state === 'IN_PROGRESS' ? handlerTodo(ctx, r, 'request.reply', r.dueOn) : []),
    },
    rejectExtension: {
      action: 'approve',
      from: REQUEST_STEP_FROM.decideExtension,
      to: (r) => r.state,
      label: '不同意延长答复期限',
      guards: [
        (r) => (r.extensionState === 'REQUESTED' ? null : { code: E.EXTENSION_NOT_REQUESTED, message: '该申请没有待批准的延期申请' }),
        reasonGuard('reason', '请填写不同意延期的理由'),
      ],
      apply: (r, i: { reason: string }) => {
        r.extensionState = 'REJECTED';
        r.extensionRefusal = text(i.reason).slice(0, 2000);
      },
      closeTodos: ['request.extension'],
    },
    // 答复: every item answered by a type of Art. 36 (and its sub-reason); the letter is made from it.
    reply: {
      action: 'answer',
      from: REQUEST_STEP_FROM.reply,
      to: 'REPLIED',
      label: '答复',
      guards: [
        outcomesGuard,
        (_r, i: ReplyInput) => (text(i.reply) ? null : { code: E.REPLY_REQUIRED, message: '请填写答复内容', field: 'reply' }),
        (_r, i: ReplyInput) =>
          i.fee == null || (Number.isFinite(i.fee) && i.fee >= 0 && i.fee <= 1_000_000)
            ? null
            : { code: E.FEE_INVALID, message: '收费金额应为0至1000000元', field: 'fee' },
        dayGuard('on', (r) => r.clockStartOn, '答复之日'),
      ],
      apply: (r, i: ReplyInput, ctx) => {
        const byId = new Map(i.outcomes.map((o) => [o.itemId, o]));
        for (const item of r.items.getItems()) {
          const o = byId.get(item.id)!;
          item.outcome = o.outcome;
          item.outcomeReason = o.reason || null;
          item.outcomeNote = text(o.note).slice(0, 2000) || null;
        }
        r.reply = text(i.reply).slice(0, 20000);
        r.replyNumber = text(i.replyNumber).slice(0, 100) || null;
        r.feeCharged = Math.round((i.fee ?? 0) * 100) / 100;
        r.repliedOn = dayOf(i);
        r.repliedLate = !!r.dueOn && r.repliedOn > r.dueOn;
        r.repliedByName = ctx.actor?.name ?? null;
        if (r.extensionState === 'REQUESTED') r.extensionState = null;
      },
      closeTodos: ['request.reply', 'request.extension'],
      openTodos: (r, ctx) => handlerTodo(ctx, r, 'request.deliver'),
    },
    // 送达: the letter reached the applicant, by the way recorded; the request is done (办结).
    deliver: {
      action: 'close',
      from: REQUEST_STEP_FROM.deliver,
      to: 'DELIVERED',
      label: '送达',
      guards: [dayGuard('on', (r) => r.repliedOn, '送达之日')],
      apply: (r, i: { method: DeliveryMethod; on?: string | null }) => {
        r.deliveredOn = dayOf(i);
        r.deliveredBy = i.method;
      },
      closeTodos: 'all',
    },
  },
};
