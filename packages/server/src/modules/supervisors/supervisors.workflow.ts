// Supervisors' feedback (system 7) as data. The notice, section 七:
// "市政府建立政务公开监督员队伍 … 监督全市政务公开工作推进落实情况，并及时向各级、各类政务公开机构反馈工作建议。"
// Each item is answered by the unit addressed within the deadline (supervisor.answerWorkingDays,
// in force when filed), then rated by the supervisor who filed it; a dissatisfied supervisor may
// ask once for a new answer.
import { FEEDBACK_MAX_REOPENS, FEEDBACK_STEP_FROM, type FeedbackRating, type FeedbackState } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import type { TodoSpec } from '../../common/todo/todo.service.js';
import type { Workflow } from '../../common/workflow/workflow.js';
import { addWorkingDays } from '../../common/calendar/calendar.service.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { now, today } from '../../common/clock.js';
import { shanghaiEndOfDay } from '@gongkai/shared';
import { SupervisorFeedback } from './supervisors.entities.js';
import { SupervisorError as E } from './supervisors.errors.js';

const link = (f: SupervisorFeedback) => `/supervisors/feedback/${f.id}`;

/** The unit's to-do: its disclosure officer and its staff (and the Disclosure Office when it is the one addressed). */
export async function answerTodos(f: SupervisorFeedback, ctx: Ctx): Promise<TodoSpec[]> {
  const unit = await ctx.em.findOneOrFail(Unit, f.targetUnit.id);
  const roles = [
    'DISCLOSURE_OFFICER',
    'DEPARTMENT_STAFF',
    ...(unit.function === 'DISCLOSURE_OFFICE' ? (['DISCLOSURE_OFFICE'] as const) : []),
  ] as const;
  const title = `${f.reopenCount ? '重新答复' : '答复'}监督员${f.kind === 'SUGGESTION' ? '建议' : '意见'}：${f.title}`;
  return roles.map((role) => ({
    kind: 'supervisor.answer',
    title,
    link: link(f),
    dueAt: shanghaiEndOfDay(f.dueOn),
    assigneeRole: role,
    assigneeUnitId: unit.id,
  }));
}

const text = (s: string | null | undefined) => s?.trim() ?? '';

export const feedbackWorkflow: Workflow<SupervisorFeedback, FeedbackState> = {
  subject: 'SupervisorFeedback',
  entity: SupervisorFeedback,
  noun: '监督意见',
  state: (f) => f.state,
  setState: (f, s) => (f.state = s),
  snapshot: (f) => ({ state: f.state, dueOn: f.dueOn, answer: f.answer ?? null, rating: f.rating ?? null, reopenCount: f.reopenCount }),
  transitions: {
    // "及时…反馈": the unit addressed answers; the answer is required.
    answer: {
      action: 'answer',
      from: FEEDBACK_STEP_FROM.answer,
      to: 'ANSWERED',
      label: '答复',
      guards: [(_f, i: { answer: string }) => (text(i.answer) ? null : { code: E.ANSWER_REQUIRED, message: '请填写答复内容', field: 'answer' })],
      apply: (f, i: { answer: string }, ctx) => {
        const at = now();
        Object.assign(f, {
          answer: text(i.answer).slice(0, 10000),
          answeredAt: at,
          answeredOn: today(),
          answeredById: ctx.actor!.userId,
          answeredByName: ctx.actor!.name,
        });
      },
      closeTodos: ['supervisor.answer'],
      openTodos: (f) => [{ kind: 'supervisor.rate', title: `评价答复：${f.title}`, link: link(f), assigneeUserId: f.supervisorUserId }],
    },
    // The supervisor who filed it rates the answer: 满意 / 基本满意 / 不满意.
    rate: {
      action: 'rate',
      from: FEEDBACK_STEP_FROM.rate,
      to: 'RATED',
      label: '评价',
      apply: (f, i: { rating: FeedbackRating; comment?: string | null }) => {
        Object.assign(f, { rating: i.rating, ratingComment: text(i.comment).slice(0, 2000) || null, ratedAt: now() });
      },
      closeTodos: ['supervisor.rate'],
    },
    // Dissatisfied with the answer: back to the unit once, with a new deadline of the same length.
    reopen: {
      action: 'return',
      from: FEEDBACK_STEP_FROM.reopen,
      to: 'REOPENED',
      label: '要求重新答复',
      guards: [
        (f) =>
          f.rating === 'DISSATISFIED'
            ? null
            : { code: E.REOPEN_NOT_DISSATISFIED, message: '只有评价为“不满意”的答复才能要求重新答复', field: 'rating' },
        (f) =>
          f.reopenCount < FEEDBACK_MAX_REOPENS
            ? null
            : { code: E.REOPEN_LIMIT, message: `每条监督意见最多可要求重新答复${FEEDBACK_MAX_REOPENS}次`, field: 'reopen' },
        (_f, i: { reason: string }) => (text(i.reason) ? null : { code: E.REOPEN_REASON_REQUIRED, message: '请说明不满意的理由', field: 'reason' }),
      ],
      apply: async (f, i: { reason: string }, ctx) => {
        Object.assign(f, {
          // the earlier answer stays for reference; it no longer counts as answered
          reopenCount: f.reopenCount + 1,
          reopenReason: text(i.reason).slice(0, 2000),
          answeredAt: null,
          answeredOn: null,
          dueOn: await addWorkingDays(ctx, today(), f.answerWorkingDays),
        });
      },
      openTodos: answerTodos,
    },
  },
};
