// System 4 (利益相关方、公众代表、专家和新闻媒体等列席政府会议制度) as data. The notice, section 四:
// "对涉及重大民生事项的议题，提交部门 … 应提出是否邀请利益相关方、公众代表、专家、媒体等人员列席会议的具体意见，
//  随同会议方案一同报市政府审批 … 研究重要民生议题时，应邀请基层群众代表参加。邀请意见需列明邀请的必要性、
//  参会人员名单、参与方式及相关邀请准备情况。提交部门在会议召开前3个工作日 … 以书面形式告知参会人。"
import {
  CalendarNotCoveredError,
  PROPOSAL_STEP_FROM,
  addDays,
  shanghaiEndOfDay,
  type LocalDate,
  type ProposalState,
  type WorkingCalendar,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { loadCalendar } from '../../common/calendar/calendar.service.js';
import type { Guard, Workflow } from '../../common/workflow/workflow.js';
import { functionUnitId } from '../../common/organisation/function-units.js';
import { AgendaItem, AttendanceProposal, Invitee } from './meetings.entities.js';
import { MeetingError as E } from './meetings.errors.js';

type G<I = unknown> = Guard<AttendanceProposal, I>;

const decided: G = async (p, _i, ctx) => {
  const item = await ctx.em.findOneOrFail(AgendaItem, p.agendaItem.id);
  if (!p.invite) {
    return item.importantLivelihood ? { code: E.GRASSROOTS_REQUIRED, message: '研究重要民生议题，应邀请基层群众代表参加', field: 'invite' } : null;
  }
  if (!p.necessity?.trim()) return { code: E.NECESSITY_REQUIRED, message: '请说明邀请的必要性', field: 'necessity' };
  if (!p.participationWay?.trim()) return { code: E.NECESSITY_REQUIRED, message: '请说明参与方式', field: 'participationWay' };
  // 邀请意见需列明 … 相关邀请准备情况
  if (!p.preparations?.trim()) return { code: E.PREPARATIONS_REQUIRED, message: '请说明相关邀请准备情况', field: 'preparations' };
  const invitees = await ctx.em.find(Invitee, { proposal: p.id });
  if (!invitees.length) return { code: E.INVITEES_REQUIRED, message: '请列出参会人员名单', field: 'invitees' };
  if (item.importantLivelihood && !invitees.some((i) => i.category === 'GRASSROOTS')) {
    return { code: E.GRASSROOTS_REQUIRED, message: '研究重要民生议题，参会人员中应有基层群众代表', field: 'invitees' };
  }
  return null;
};

/**
 * 提交部门在会议召开前3个工作日 … 以书面形式告知参会人: the latest delivery day is the last day from
 * which the meeting day is still at least N working days away (delivery day not counted, meeting
 * day counted) — the same test recordNoticeDelivery applies.
 */
export function latestNoticeDay(calendar: WorkingCalendar, meetingDate: LocalDate, workingDays: number): LocalDate {
  let day = meetingDate;
  while (calendar.addWorkingDays(day, workingDays) > meetingDate) day = addDays(day, -1);
  return day;
}

/** The latest notice day of a meeting, or null while the calendar of the years it needs is not published. */
export async function noticeDueOn(ctx: Ctx, meetingDate: LocalDate, workingDays: number): Promise<LocalDate | null> {
  try {
    return latestNoticeDay(await loadCalendar(ctx.em), meetingDate, workingDays);
  } catch (e) {
    if (e instanceof CalendarNotCoveredError) return null;
    throw e;
  }
}

const link = (p: AttendanceProposal) => `/meetings/proposals/${p.id}`;

export const proposalWorkflow: Workflow<AttendanceProposal, ProposalState> = {
  subject: 'AttendanceProposal',
  entity: AttendanceProposal,
  noun: '列席意见',
  state: (p) => p.state,
  setState: (p, s) => (p.state = s),
  snapshot: (p) => ({ state: p.state, invite: p.invite, necessity: p.necessity, returnReason: p.returnReason }),
  transitions: {
    submit: {
      action: 'submit',
      from: PROPOSAL_STEP_FROM.submit,
      to: 'SUBMITTED',
      label: '报送',
      guards: [decided],
      apply: (p) => {
        p.returnReason = null;
      },
      closeTodos: ['attendance.propose', 'attendance.revise'],
      openTodos: async (p, ctx) => [
        {
          kind: 'attendance.review',
          title: '审批列席意见',
          link: link(p),
          assigneeRole: 'SECRETARIAT',
          assigneeUnitId: await functionUnitId(ctx, p.government.id, 'SECRETARIAT'),
        },
      ],
    },
    approve: {
      action: 'approve',
      from: PROPOSAL_STEP_FROM.approve,
      to: 'APPROVED',
      label: '批准',
      guards: [decided],
      closeTodos: ['attendance.review'],
      // the to-do carries the latest delivery day, in its title and as its due date
      openTodos: async (p, ctx) => {
        if (!p.invite) return [];
        const item = await ctx.em.findOneOrFail(AgendaItem, p.agendaItem.id, { populate: ['meeting'] });
        const due = item.meeting.getEntity().noticeDueOn ?? null;
        return [
          {
            kind: 'attendance.notify',
            title: due ? `向参会人送达书面通知（最迟${due}送达）` : '向参会人送达书面通知',
            link: link(p),
            assigneeRole: 'DEPARTMENT_STAFF',
            assigneeUnitId: p.submittingUnit.id,
            dueAt: due ? shanghaiEndOfDay(due) : null,
          },
        ];
      },
    },
    return: {
      action: 'return',
      from: PROPOSAL_STEP_FROM.return,
      to: 'RETURNED',
      label: '退回',
      guards: [
        (_p, i: { reason: string }) => (i.reason?.trim() ? null : { code: E.RETURN_REASON_REQUIRED, message: '退回须说明理由', field: 'reason' }),
      ],
      apply: (p, i: { reason: string }) => {
        p.returnReason = i.reason.trim().slice(0, 2000);
      },
      closeTodos: 'all',
      openTodos: (p) => [
        {
          kind: 'attendance.revise',
          title: '列席意见被退回，请修改',
          link: link(p),
          assigneeRole: 'DEPARTMENT_STAFF',
          assigneeUnitId: p.submittingUnit.id,
        },
      ],
    },
  },
};
