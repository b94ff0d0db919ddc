// Citizens' reports, complaints and suggestions (system 8) as data. The notice, section 八:
// "定期公开群众举报、投诉、建议的办理情况，形成办结自动评价体系" — each case is accepted or not by the
// Complaint Office (市民举报投诉受理办公室), assigned to a unit, replied within the working days of its
// kind (complaint.replyWorkingDays, in force on the day it was received), closed by the office and
// rated by the citizen; a dissatisfied case may be reopened (complaint.maxReopens times).
import { CASE_KIND_LABELS, CASE_STEP_FROM, addDays, shanghaiEndOfDay, type CaseKind, type CaseRating, type CaseState } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import type { TodoSpec } from '../../common/todo/todo.service.js';
import type { Workflow } from '../../common/workflow/workflow.js';
import { addWorkingDays } from '../../common/calendar/calendar.service.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { now, today } from '../../common/clock.js';
import { Case } from './complaints.entities.js';
import { ComplaintError as E } from './complaints.errors.js';

const link = (c: Case) => `/complaints/${c.id}`;
const text = (s: string | null | undefined) => s?.trim() ?? '';
const noun = (c: Case) => CASE_KIND_LABELS[c.kind];

/** The Complaint Office of the case's level: the unit its to-dos go to. */
async function officeUnitId(ctx: Ctx, governmentId: string): Promise<string | null> {
  const office = await ctx.em.findOne(Unit, { government: governmentId, function: 'COMPLAINT_OFFICE', active: true }, { fields: ['id'] });
  return office?.id ?? null;
}
async function officeTodo(
  c: Case,
  ctx: Ctx,
  kind: 'case.accept' | 'case.assign' | 'case.close' | 'case.extension',
  title: string,
): Promise<TodoSpec[]> {
  return [{ kind, title, link: link(c), assigneeRole: 'COMPLAINT_OFFICE', assigneeUnitId: await officeUnitId(ctx, c.government.id) }];
}
/** The assigned unit's to-do: its staff and its disclosure body, due at the end of the reply's last day. */
export function replyTodos(c: Case): TodoSpec[] {
  const title = `${c.reopenCount ? '重新办理' : '办理'}${noun(c)}：${c.title}`;
  return (['DEPARTMENT_STAFF', 'DISCLOSURE_OFFICER'] as const).map((role) => ({
    kind: 'case.reply',
    title,
    link: link(c),
    dueAt: c.dueOn ? shanghaiEndOfDay(c.dueOn) : null,
    assigneeRole: role,
    assigneeUnitId: c.assignedUnit?.id ?? null,
  }));
}
export const acceptTodos = (c: Case, ctx: Ctx) => officeTodo(c, ctx, 'case.accept', `受理${noun(c)}：${c.title}`);

/** A unit of the case's level that handles cases: active, not an outside body. */
export async function assignableUnit(ctx: Ctx, c: Case, unitId: string): Promise<Unit | null> {
  const unit = await ctx.em.findOne(Unit, unitId);
  return unit && unit.active && unit.kind !== 'EXTERNAL' && unit.government.id === c.government.id ? unit : null;
}

const reasonGuard = (_c: Case, i: { reason: string }) =>
  text(i.reason) ? null : { code: E.REASON_REQUIRED, message: '请填写理由', field: 'reason' };

const extensionRequested = (c: Case) =>
  c.extensionState === 'REQUESTED' ? null : { code: E.EXTENSION_NOT_REQUESTED, message: '该件没有待审批的延期申请' };

export const caseWorkflow: Workflow<Case, CaseState> = {
  subject: 'Case',
  entity: Case,
  noun: '举报投诉件',
  state: (c) => c.state,
  setState: (c, s) => (c.state = s),
  snapshot: (c) => ({
    state: c.state,
    assignedUnitId: c.assignedUnitId,
    dueOn: c.dueOn ?? null,
    reply: c.reply ?? null,
    rating: c.rating ?? null,
    reopenCount: c.reopenCount,
    extensionState: c.extensionState ?? null,
    extensionDays: c.extensionDays ?? null,
  }),
  isOverdue: (c) => c.overdue,
  transitions: {
    // 受理: the reply deadline starts, in working days of the case's kind.
    accept: {
      action: 'accept',
      from: CASE_STEP_FROM.accept,
      to: 'ACCEPTED',
      label: '受理',
      apply: async (c, _i, ctx) => {
        const days = await valueOn<Record<CaseKind, number>>(ctx, 'complaint.replyWorkingDays', c.receivedOn);
        c.acceptedOn = today();
        c.replyWorkingDays = days[c.kind];
        c.dueOn = await addWorkingDays(ctx, c.acceptedOn, c.replyWorkingDays);
      },
      closeTodos: ['case.accept'],
      openTodos: (c, ctx) => officeTodo(c, ctx, 'case.assign', `交办${noun(c)}：${c.title}`),
    },
    // 不予受理, with the reason the citizen reads.
    notAccept: {
      action: 'return',
      from: CASE_STEP_FROM.notAccept,
      to: 'NOT_ACCEPTED',
      label: '不予受理',
      guards: [reasonGuard],
      apply: (c, i: { reason: string }) => {
        c.notAcceptedReason = text(i.reason).slice(0, 2000);
      },
      closeTodos: 'all',
    },
    // 交办 to a unit of the level (again after a hand-back, to another unit).
    assign: {
      action: 'assign',
      from: CASE_STEP_FROM.assign,
      to: 'ASSIGNED',
      label: '交办',
      guards: [
        async (c, i: { unitId: string }, ctx) =>
          (await assignableUnit(ctx, c, i.unitId))
            ? null
            : { code: E.UNIT_INVALID, message: '只能交办本级人民政府所属的行政机关或单位', field: 'unitId' },
        (c, i: { unitId: string }) =>
          c.handBackReason && c.assignedUnit?.id === i.unitId
            ? { code: E.SAME_UNIT, message: '该单位已退回此件，请改交其他单位办理', field: 'unitId' }
            : null,
      ],
      apply: (c, i: { unitId: string }, ctx) => {
        c.assignedUnit = ctx.em.getReference(Unit, i.unitId, { wrapped: true });
      },
      closeTodos: ['case.assign'],
      openTodos: (c) => replyTodos(c),
    },
    // A misassigned case goes back to the office with the reason; the office assigns it again.
    handBack: {
      action: 'return',
      from: CASE_STEP_FROM.handBack,
      to: 'ACCEPTED',
      label: '退回',
      guards: [reasonGuard],
      apply: (c, i: { reason: string }) => {
        c.handBackReason = text(i.reason).slice(0, 2000);
      },
      closeTodos: ['case.reply'],
      openTodos: (c, ctx) => officeTodo(c, ctx, 'case.assign', `重新交办${noun(c)}（已退回）：${c.title}`),
    },
    // 答复 by the assigned unit; a reply after the last day stays marked late.
    reply: {
      action: 'answer',
      from: CASE_STEP_FROM.reply,
      to: 'REPLIED',
      label: '答复',
      guards: [(_c, i: { reply: string }) => (text(i.reply) ? null : { code: E.REPLY_REQUIRED, message: '请填写答复内容', field: 'reply' })],
      apply: (c, i: { reply: string }, ctx) => {
        c.reply = text(i.reply).slice(0, 20000);
        c.repliedAt = now();
        c.repliedOn = today();
        c.repliedByName = ctx.actor?.name ?? null;
        if (c.dueOn && c.repliedOn > c.dueOn) c.repliedLate = true;
      },
      closeTodos: ['case.reply'],
      openTodos: (c, ctx) => officeTodo(c, ctx, 'case.close', `办结${noun(c)}：${c.title}`),
    },
    // 办结 by the office: the citizen may rate within complaint.ratingDays.
    close: {
      action: 'close',
      from: CASE_STEP_FROM.close,
      to: 'CLOSED',
      label: '办结',
      apply: async (c, _i, ctx) => {
        c.closedOn = today();
        c.ratingDueOn = addDays(c.closedOn, await valueOn<number>(ctx, 'complaint.ratingDays', c.closedOn));
      },
      closeTodos: ['case.close'],
    },
    // The citizen rates (满意 / 基本满意 / 不满意), with the case number and check code.
    rate: {
      action: 'rate',
      from: CASE_STEP_FROM.rate,
      to: 'RATED',
      label: '评价',
      guards: [
        (c) => (c.ratingDueOn && c.ratingDueOn < today() ? { code: E.RATING_PERIOD_OVER, message: '评价期限已过，该件已按未评价办结' } : null),
      ],
      apply: (c, i: { rating: CaseRating; comment?: string | null }) => {
        c.rating = i.rating;
        c.ratingComment = text(i.comment).slice(0, 2000) || null;
        c.ratedAt = now();
      },
    },
    // Not rated within the period: closed with no rating, and counted as such.
    expireRating: {
      action: 'close',
      from: CASE_STEP_FROM.expireRating,
      to: 'UNRATED',
      label: '按未评价办结',
    },
    // 重办: a dissatisfied case goes back to the same unit, with a new deadline of the same length.
    reopen: {
      action: 'reopen',
      from: CASE_STEP_FROM.reopen,
      to: 'ASSIGNED',
      label: '重办',
      guards: [
        (c) => (c.rating === 'DISSATISFIED' ? null : { code: E.REOPEN_NOT_DISSATISFIED, message: '只有评价为“不满意”的件才能重办', field: 'rating' }),
        async (c, _i, ctx) => {
          const max = await valueOn<number>(ctx, 'complaint.maxReopens', c.receivedOn);
          return c.reopenCount < max ? null : { code: E.REOPEN_LIMIT, message: `每件最多重办${max}次`, field: 'reopen' };
        },
        reasonGuard,
      ],
      apply: async (c, i: { reason: string }, ctx) => {
        Object.assign(c, {
          reopenCount: c.reopenCount + 1,
          reopenReason: text(i.reason).slice(0, 2000),
          previousRating: c.rating ?? null,
          previousRatingComment: c.ratingComment ?? null,
          rating: null,
          ratingComment: null,
          ratedAt: null,
          closedOn: null,
          ratingDueOn: null,
          dueOn: await addWorkingDays(ctx, today(), c.replyWorkingDays ?? 15),
          // a new round of handling: the unit may ask for more time again
          extensionState: null,
          extensionDays: null,
          extensionReason: null,
          extensionRefusal: null,
          dueOnBeforeExtension: null,
        });
      },
      openTodos: (c) => replyTodos(c),
    },
    // 申请延期: once per round of handling, before the last day, up to complaint.extensionWorkingDays.
    requestExtension: {
      action: 'extend',
      from: CASE_STEP_FROM.requestExtension,
      to: 'ASSIGNED',
      label: '申请延期',
      guards: [
        (c) => (c.extensionState ? { code: E.EXTENSION_ONCE, message: '每件只能申请一次延期', field: 'days' } : null),
        (c) => (c.dueOn && c.dueOn < today() ? { code: E.EXTENSION_TOO_LATE, message: '答复期限已过，不能再申请延期', field: 'days' } : null),
        async (c, i: { days: number }, ctx) => {
          const max = await valueOn<number>(ctx, 'complaint.extensionWorkingDays', c.receivedOn);
          return Number.isInteger(i.days) && i.days >= 1 && i.days <= max
            ? null
            : { code: E.EXTENSION_DAYS, message: `延期天数应为1至${max}个工作日`, field: 'days' };
        },
        reasonGuard,
      ],
      apply: (c, i: { days: number; reason: string }) => {
        Object.assign(c, {
          extensionState: 'REQUESTED',
          extensionDays: i.days,
          extensionReason: text(i.reason).slice(0, 2000),
          extensionRefusal: null,
        });
      },
      openTodos: (c, ctx) => officeTodo(c, ctx, 'case.extension', `审批延期（${c.extensionDays}个工作日）：${c.title}`),
    },
    // The office approves: the last day moves by the working days asked for, and the unit's to-do with it.
    approveExtension: {
      action: 'approve',
      from: CASE_STEP_FROM.decideExtension,
      to: 'ASSIGNED',
      label: '批准延期',
      guards: [extensionRequested],
      apply: async (c, _i, ctx) => {
        c.dueOnBeforeExtension = c.dueOn ?? null;
        c.dueOn = await addWorkingDays(ctx, c.dueOn ?? today(), c.extensionDays ?? 0);
        c.extensionState = 'APPROVED';
      },
      closeTodos: ['case.extension', 'case.reply'],
      openTodos: (c) => replyTodos(c),
    },
    // The office refuses, with the reason the unit reads; the deadline stands.
    rejectExtension: {
      action: 'approve',
      from: CASE_STEP_FROM.decideExtension,
      to: 'ASSIGNED',
      label: '不批准延期',
      guards: [extensionRequested, reasonGuard],
      apply: (c, i: { reason: string }) => {
        c.extensionState = 'REJECTED';
        c.extensionRefusal = text(i.reason).slice(0, 2000);
      },
      closeTodos: ['case.extension'],
    },
  },
};
