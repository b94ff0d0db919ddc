// The assessment of disclosure work (考核, the notice's closing part) as data: "政务公开工作纳入绩效考核
// ……考核采取平时检查和年终考核相结合的方式". The Disclosure Office opens a government's year, records its
// routine checks (平时检查) and the accountability deductions (问责, each with its reason and document),
// and, once the year has ended, signs the results off: the scorecards are frozen as they stand. The
// leaders (LEADER) then sign them off, or return them with a reason (the figures are unfrozen); the
// Disclosure Office publishes the signed-off results on the portal.
import { ASSESSMENT_STEP_FROM, type AssessmentState } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import type { TodoSpec } from '../../common/todo/todo.service.js';
import type { GuardRefusal, Workflow } from '../../common/workflow/workflow.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { now, today } from '../../common/clock.js';
import { Assessment } from './assessment.entities.js';
import { AssessmentError as E } from './assessment.errors.js';
import { computeScorecards } from './assessment.compute.js';

const link = (a: Assessment) => `/assessment/${a.year}`;
const text = (s: string | null | undefined) => s?.trim() ?? '';

async function officeUnitId(ctx: Ctx, a: Assessment): Promise<string | null> {
  const office = await ctx.em.findOne(Unit, { government: a.government.id, function: 'DISCLOSURE_OFFICE', active: true }, { fields: ['id'] });
  return office?.id ?? null;
}
const signOffTodo = (a: Assessment): TodoSpec[] => [
  {
    kind: 'assessment.signOff',
    title: `审签${a.year}年度政务公开工作考核结果`,
    link: link(a),
    assigneeRole: 'LEADER',
    assigneeUnitId: a.government.id,
  },
];
async function publishTodo(a: Assessment, ctx: Ctx): Promise<TodoSpec[]> {
  return [
    {
      kind: 'assessment.publish',
      title: `发布${a.year}年度政务公开工作考核结果`,
      link: link(a),
      assigneeRole: 'DISCLOSURE_OFFICE',
      assigneeUnitId: await officeUnitId(ctx, a),
    },
  ];
}

// 审签 only once the year has ended: the year-end assessment counts the whole year's work.
const yearEnded = (a: Assessment): GuardRefusal | null =>
  Number(today().slice(0, 4)) > a.year ? null : { code: E.YEAR_NOT_ENDED, message: `${a.year}年度尚未结束，不能审签考核结果` };
const reasonGiven = (_a: Assessment, i: { reason: string }): GuardRefusal | null =>
  text(i.reason) ? null : { code: E.RETURN_REASON_REQUIRED, message: '请填写退回理由', field: 'reason' };

export const assessmentWorkflow: Workflow<Assessment, AssessmentState> = {
  subject: 'Assessment',
  entity: Assessment,
  noun: '考核',
  state: (a) => a.state,
  setState: (a, s) => (a.state = s),
  snapshot: (a) => ({ state: a.state, year: a.year, returnReason: a.returnReason ?? null, frozen: !!a.frozen }),
  publishedStates: ['PUBLISHED'],
  transitions: {
    // 政务公开办公室审签: the scorecards are frozen as they stand.
    officeSignOff: {
      action: 'submit',
      from: ASSESSMENT_STEP_FROM.officeSignOff,
      to: 'OFFICE_SIGNED',
      label: '政务公开办公室审签',
      guards: [yearEnded],
      apply: async (a, _i, ctx) => {
        a.frozen = { scorecards: await computeScorecards(ctx, a), computedAt: now().toISOString() };
        a.officeSignedAt = now();
        a.officeSignedByName = ctx.actor?.name ?? null;
        a.returnReason = null;
      },
      openTodos: (a) => signOffTodo(a),
    },
    // 领导审签 of the frozen results.
    signOff: {
      action: 'signOff',
      from: ASSESSMENT_STEP_FROM.signOff,
      to: 'SIGNED_OFF',
      label: '领导审签',
      apply: (a, _i, ctx) => {
        a.signedOffAt = now();
        a.signedOffByName = ctx.actor?.name ?? null;
      },
      closeTodos: ['assessment.signOff'],
      openTodos: (a, ctx) => publishTodo(a, ctx),
    },
    // 退回 to the Disclosure Office with the reason: the figures are computed live again.
    return: {
      action: 'return',
      from: ASSESSMENT_STEP_FROM.return,
      to: 'OPEN',
      label: '退回',
      guards: [reasonGiven],
      apply: (a, i: { reason: string }) => {
        a.returnReason = text(i.reason).slice(0, 2000);
        a.frozen = null;
        a.officeSignedAt = null;
        a.officeSignedByName = null;
      },
      closeTodos: ['assessment.signOff'],
    },
    // 发布 on the portal, as frozen.
    publish: {
      action: 'publish',
      from: ASSESSMENT_STEP_FROM.publish,
      to: 'PUBLISHED',
      label: '发布',
      apply: (a) => {
        a.publishedAt = now();
      },
      closeTodos: 'all',
    },
  },
};
