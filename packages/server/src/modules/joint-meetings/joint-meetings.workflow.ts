// Joint meetings of the disclosure leading group (system 1, 政务公开小组联席会议制度) as data. The notice, 一:
// "市政府每年原则上召开一次由政务公开领导小组全体成员参加的联席会议，会议由组长、副组长召集，也可由组长委托小组成员召集，
//  必要时邀请其他有关人员参加。联席会议主要是听取政务公开工作汇报，研究推动重点工作，解决个别疑难问题。会议以纪要形式
//  明确会议议定事项并印发有关部门、单位（责任部门：市政府办公室秘书科、政务公开办公室）"
// A meeting: convened (by the leader, a deputy, or a member the leader delegated — checked in the service
// against the group), held, its minutes issued. A resolution: drafted with the minutes, opened by the issue,
// reported on by its responsible units, closed by the Disclosure Office after a report, or sent back.
import {
  JOINT_MEETING_STEP_FROM,
  RESOLUTION_OPEN_STATES,
  RESOLUTION_STEP_FROM,
  isValidLocalDate,
  shanghaiEndOfDay,
  type JointMeetingState,
  type ResolutionState,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import type { TodoSpec } from '../../common/todo/todo.service.js';
import { closeTodos } from '../../common/todo/todo.service.js';
import type { Workflow } from '../../common/workflow/workflow.js';
import { functionUnitId } from '../../common/organisation/function-units.js';
import { now, today } from '../../common/clock.js';
import { AppError } from '../../common/errors.js';
import { openTodo } from '../../common/todo/todo.service.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { JointMeeting, MinutesReceipt, Resolution, ResolutionProgress } from './joint-meetings.entities.js';
import { JointMeetingError as E } from './joint-meetings.errors.js';

const text = (s: string | null | undefined) => s?.trim() ?? '';
const UNIT_ROLES = ['DEPARTMENT_STAFF', 'DISCLOSURE_OFFICER'] as const;

/** The to-do of the year's minimum, kept on the government and year (not on a meeting): held or not. */
export const YEAR_SUBJECT = 'JointMeetingYear';
export const yearSubjectId = (governmentId: string, year: number) => `${governmentId}:${year}`;

/** A unit's to-do to acknowledge receipt of the minutes. */
export function acknowledgeTodos(m: JointMeeting, unitId: string): TodoSpec[] {
  return UNIT_ROLES.map((role) => ({
    kind: 'jointMeeting.acknowledge',
    title: `确认收到会议纪要：${m.title}`,
    link: `/joint-meetings/mine`,
    assigneeRole: role,
    assigneeUnitId: unitId,
  }));
}
/** A responsible unit's to-do to carry out a resolution and report on it, due at the end of its due date. */
export function resolutionTodos(r: Resolution): TodoSpec[] {
  return r.responsibleUnitIds.flatMap((unitId) =>
    UNIT_ROLES.map((role) => ({
      kind: 'jointMeeting.resolution',
      title: `落实联席会议议定事项：${r.content}`,
      link: `/joint-meetings/mine`,
      dueAt: shanghaiEndOfDay(r.dueOn),
      assigneeRole: role,
      assigneeUnitId: unitId,
    })),
  );
}

/** Units of the level, active, among `ids` (each given once); refuses any other. */
export async function unitsOfLevel(ctx: Ctx, governmentId: string, ids: readonly string[], field: string) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const units = await ctx.em.find(
    Unit,
    { id: { $in: unique }, government: governmentId, active: true },
    { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
  );
  if (units.length !== unique.length) throw new AppError(E.UNIT_INVALID, '单位不属于本级政府或已停用', { field });
  return units;
}

/**
 * 印发: the minutes go to the units concerned — the invited units, every unit responsible for a
 * resolution and any other named — each gets a receipt to acknowledge; the resolutions open with
 * their units' to-dos.
 */
async function distribute(ctx: Ctx, m: JointMeeting, otherUnitIds: string[]) {
  const resolutions = await ctx.em.find(Resolution, { meeting: m.id }, { orderBy: { position: 'asc' } });
  const ids = [...m.inviteeUnitIds, ...resolutions.flatMap((r) => r.responsibleUnitIds), ...otherUnitIds];
  const units = await unitsOfLevel(ctx, m.government.id, ids, 'unitIds');
  m.issuedUnitIds = units.map((u) => u.id);
  for (const u of units) {
    const receipt = ctx.em.create(MinutesReceipt, { meeting: m, unit: u, government: m.government, unitName: u.name } as never) as MinutesReceipt;
    ctx.em.persist(receipt);
    for (const spec of acknowledgeTodos(m, u.id)) openTodo(ctx, { ...spec, subjectType: 'MinutesReceipt', subjectId: receipt.id });
  }
  for (const r of resolutions) {
    r.state = 'OPEN';
    for (const spec of resolutionTodos(r)) openTodo(ctx, { ...spec, subjectType: 'Resolution', subjectId: r.id });
  }
}

// ——— the meeting ———

export const meetingWorkflow: Workflow<JointMeeting, JointMeetingState> = {
  subject: 'JointMeeting',
  entity: JointMeeting,
  noun: '联席会议',
  state: (m) => m.state,
  setState: (m, s) => (m.state = s),
  snapshot: (m) => ({
    state: m.state,
    title: m.title,
    plannedOn: m.plannedOn,
    heldOn: m.heldOn ?? null,
    cancelReason: m.cancelReason ?? null,
    minutesNumber: m.minutesNumber ?? null,
    issuedOn: m.issuedOn ?? null,
    issuedUnitIds: m.issuedUnitIds,
  }),
  transitions: {
    // 召开: recorded once held, on a day not after today; the year's to-do of the office is done.
    hold: {
      action: 'update',
      from: JOINT_MEETING_STEP_FROM.hold,
      to: 'HELD',
      label: '登记召开',
      guards: [
        (_m, i: { heldOn: string }) =>
          isValidLocalDate(i.heldOn) && i.heldOn <= today() ? null : { code: E.HELD_DATE_INVALID, message: '召开日期不能晚于今天', field: 'heldOn' },
      ],
      apply: async (m, i: { heldOn: string; attendance?: string | null }, ctx) => {
        m.heldOn = i.heldOn;
        m.attendance = text(i.attendance).slice(0, 4000) || null;
        await closeTodos(ctx, YEAR_SUBJECT, yearSubjectId(m.government.id, Number(i.heldOn.slice(0, 4))));
      },
    },
    // 取消: called off before it is held, with the reason; it does not count towards the year's minimum.
    cancel: {
      action: 'update',
      from: JOINT_MEETING_STEP_FROM.cancel,
      to: 'CANCELLED',
      label: '取消会议',
      guards: [
        (_m, i: { reason: string }) => (text(i.reason) ? null : { code: E.CANCEL_REASON_REQUIRED, message: '取消会议须说明原因', field: 'reason' }),
      ],
      apply: async (m, i: { reason: string }) => {
        m.cancelReason = text(i.reason).slice(0, 2000);
      },
    },
    // 印发: the minutes written; the receipts, the resolutions and their to-dos are made by the service.
    issue: {
      action: 'issue',
      from: JOINT_MEETING_STEP_FROM.issue,
      to: 'MINUTES_ISSUED',
      label: '印发纪要',
      guards: [(m) => (text(m.minutesText) ? null : { code: E.MINUTES_REQUIRED, message: '请先填写会议纪要正文', field: 'minutesText' })],
      apply: async (m, i: { otherUnitIds?: string[] }, ctx) => {
        m.issuedOn = today();
        m.issuedByName = ctx.actor?.name ?? null;
        await distribute(ctx, m, i.otherUnitIds ?? []);
      },
    },
  },
};

// ——— the resolution ———

export const resolutionWorkflow: Workflow<Resolution, ResolutionState> = {
  subject: 'Resolution',
  entity: Resolution,
  noun: '议定事项',
  state: (r) => r.state,
  setState: (r, s) => (r.state = s),
  snapshot: (r) => ({ state: r.state, dueOn: r.dueOn, returnReason: r.returnReason ?? null, closedOn: r.closedOn ?? null }),
  isOverdue: (r) => RESOLUTION_OPEN_STATES.includes(r.state) && r.dueOn < today(),
  transitions: {
    // 报告进展: by a responsible unit (the ability names them), as often as there is progress.
    report: {
      action: 'answer',
      from: RESOLUTION_STEP_FROM.report,
      to: 'REPORTED',
      label: '报告进展',
      guards: [
        (_r, i: { progress: string }) => (text(i.progress) ? null : { code: E.PROGRESS_REQUIRED, message: '请填写落实进展', field: 'progress' }),
      ],
      apply: async (r, i: { progress: string }, ctx) => {
        const unitId = ctx.actor!.unitId;
        const unitName = (await ctx.em.getConnection().execute<{ name: string }[]>('select name from unit where id = ?', [unitId]))[0]!.name;
        ctx.em.persist(
          ctx.em.create(ResolutionProgress, {
            resolution: r,
            unit: unitId,
            unitName,
            text: text(i.progress).slice(0, 8000),
            reportedAt: now(),
            reportedByName: ctx.actor?.name ?? null,
          } as never),
        );
        r.returnReason = null;
      },
      closeTodos: ['jointMeeting.resolution', 'jointMeeting.verify'],
      openTodos: async (r, ctx) => [
        {
          kind: 'jointMeeting.verify',
          title: `核实议定事项办结情况：${r.content}`,
          link: `/joint-meetings/${r.meeting.id}`,
          assigneeRole: 'DISCLOSURE_OFFICE',
          assigneeUnitId: await functionUnitId(ctx, r.government.id, 'DISCLOSURE_OFFICE'),
        },
      ],
    },
    // 办结 by the Disclosure Office, only once a responsible unit has reported.
    close: {
      action: 'verify',
      from: RESOLUTION_STEP_FROM.close,
      to: 'CLOSED',
      label: '核实办结',
      guards: [(r) => (r.state === 'REPORTED' ? null : { code: E.NOT_REPORTED, message: '责任单位报告落实进展后，方可核实办结' })],
      apply: (r, _i, ctx) => {
        r.closedOn = today();
        r.closedByName = ctx.actor?.name ?? null;
      },
      closeTodos: 'all',
    },
    // 退回: the report does not show the resolution carried out; back to the units with the reason.
    return: {
      action: 'return',
      from: RESOLUTION_STEP_FROM.return,
      to: 'OPEN',
      label: '退回',
      guards: [(_r, i: { reason: string }) => (text(i.reason) ? null : { code: E.REASON_REQUIRED, message: '请填写退回理由', field: 'reason' })],
      apply: (r, i: { reason: string }) => {
        r.returnReason = text(i.reason).slice(0, 2000);
        r.returnCount += 1;
      },
      closeTodos: ['jointMeeting.verify'],
      openTodos: (r) => resolutionTodos(r),
    },
  },
};
