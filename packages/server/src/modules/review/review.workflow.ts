// The yearly review (system 6, 公开内容定期审查制度) as data. The notice, section 六:
// "各单位每年对不予公开的信息以及依申请公开频次较多的信息进行审查，对可以公开的转为主动公开，
//  对剔除秘密内容后可以公开的转为依申请公开 … 年底前将审查情况和工作总结报送市政务公开办公室；
//  市政务公开办公室进行抽查，对发现的问题督促整改。"
// A unit's report: drafted by its staff or disclosure officer (every item decided, with a reason),
// signed off (审签) by its head — which applies the conversions and submits it — or sent back.
// A rectification: ordered with a due date, reported by the unit, verified or sent back by the office.
import {
  RECTIFICATION_STEP_FROM,
  REVIEW_CAMPAIGN_STEP_FROM,
  REVIEW_REPORT_OPEN_STATES,
  REVIEW_REPORT_STEP_FROM,
  isValidLocalDate,
  shanghaiEndOfDay,
  type RectificationState,
  type ReviewCampaignState,
  type ReviewReportState,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import type { TodoSpec } from '../../common/todo/todo.service.js';
import type { Guard, Workflow } from '../../common/workflow/workflow.js';
import { functionUnitId } from '../../common/organisation/function-units.js';
import { now, today } from '../../common/clock.js';
import { convertToOnApplication, convertToProactive, documentFacts } from '../documents/documents.service.js';
import { Rectification, ReviewCampaign, ReviewItem, ReviewReport } from './review.entities.js';
import { ReviewError as E } from './review.errors.js';

const text = (s: string | null | undefined) => s?.trim() ?? '';
const reasonGuard =
  <T>(): Guard<T, { reason: string }> =>
  (_e, i) =>
    text(i.reason) ? null : { code: E.REASON_REQUIRED, message: '请填写理由', field: 'reason' };

const DRAFTERS = ['DEPARTMENT_STAFF', 'DISCLOSURE_OFFICER'] as const;

/** The unit's to-do to review its items and submit its report, due at the end of the report's last day. */
export function reportTodos(r: ReviewReport): TodoSpec[] {
  return DRAFTERS.map((role) => ({
    kind: 'review.report',
    title: `报送${r.year}年度公开内容审查情况${r.returnReason ? '（负责人已退回）' : ''}`,
    link: `/review/reports/${r.id}`,
    dueAt: shanghaiEndOfDay(r.dueOn),
    assigneeRole: role,
    assigneeUnitId: r.unit.id,
  }));
}
/** The unit's to-do to carry out a rectification and report it, due at the end of its due date. */
export function rectifyTodos(r: Rectification): TodoSpec[] {
  return DRAFTERS.map((role) => ({
    kind: 'review.rectify',
    title: `落实整改：${r.finding}`,
    link: `/review/rectifications/${r.id}`,
    dueAt: shanghaiEndOfDay(r.dueOn),
    assigneeRole: role,
    assigneeUnitId: r.unit.id,
  }));
}

// ——— the unit's report ———

/** Every item has an outcome with its reason. */
const itemsDecided: Guard<ReviewReport, unknown> = async (r, _i, ctx) => {
  const open = await ctx.em.count(ReviewItem, { report: r.id, $or: [{ outcome: null }, { reason: null }] });
  return open ? { code: E.ITEMS_UNDECIDED, message: `尚有${open}项未作出审查结论` } : null;
};
const textsWritten: Guard<ReviewReport, unknown> = (r) => {
  if (!text(r.situation)) return { code: E.SITUATION_REQUIRED, message: '请填写审查情况', field: 'situation' };
  if (!text(r.workSummary)) return { code: E.SUMMARY_REQUIRED, message: '请填写工作总结', field: 'workSummary' };
  return null;
};
const campaignOpen: Guard<ReviewReport, unknown> = async (r, _i, ctx) => {
  const c = await ctx.em.findOneOrFail(ReviewCampaign, r.campaign.id);
  return c.state === 'OPEN' ? null : { code: E.CAMPAIGN_CLOSED, message: '该年度的公开内容审查已结束' };
};

/**
 * The head's sign-off carries out the outcomes: each document to convert is changed through the
 * documents module (audited there); one already converted meanwhile is left as it is.
 */
async function applyOutcomes(r: ReviewReport, ctx: Ctx) {
  const items = await ctx.em.find(ReviewItem, {
    report: r.id,
    documentId: { $ne: null },
    outcome: { $in: ['CONVERT_TO_PROACTIVE', 'REDACT_TO_ON_APPLICATION'] },
    appliedAt: null,
  });
  const facts = new Map(
    (
      await documentFacts(
        ctx,
        items.map((i) => i.documentId!),
      )
    ).map((d) => [d.id, d]),
  );
  for (const item of items) {
    const d = facts.get(item.documentId!);
    const reason = `${r.year}年度公开内容审查：${text(item.reason)}`;
    if (item.outcome === 'CONVERT_TO_PROACTIVE' && d && d.disclosureAttribute !== 'PROACTIVE') {
      await convertToProactive(ctx, item.documentId!, reason);
    } else if (item.outcome === 'REDACT_TO_ON_APPLICATION' && d && d.disclosureAttribute === 'NOT_DISCLOSED') {
      await convertToOnApplication(ctx, item.documentId!, reason);
    }
    item.appliedAt = now();
  }
}

export const reportWorkflow: Workflow<ReviewReport, ReviewReportState> = {
  subject: 'ReviewReport',
  entity: ReviewReport,
  noun: '审查情况',
  state: (r) => r.state,
  setState: (r, s) => (r.state = s),
  snapshot: (r) => ({
    state: r.state,
    situation: r.situation ?? null,
    workSummary: r.workSummary ?? null,
    submittedOn: r.submittedOn ?? null,
    returnReason: r.returnReason ?? null,
  }),
  isOverdue: (r) => REVIEW_REPORT_OPEN_STATES.includes(r.state) && r.dueOn < today(),
  transitions: {
    // 提交审签: every item decided, the situation and the work summary written.
    submit: {
      action: 'submit',
      from: REVIEW_REPORT_STEP_FROM.submit,
      to: 'HEAD_SIGNOFF',
      label: '提交审签',
      guards: [campaignOpen, itemsDecided, textsWritten],
      apply: (r, _i, ctx) => {
        r.sentForSignOffAt = now();
        r.draftedByName = ctx.actor?.name ?? null;
      },
      closeTodos: ['review.report'],
      openTodos: (r) => [
        {
          kind: 'review.signOff',
          title: `审签${r.year}年度公开内容审查情况`,
          link: `/review/reports/${r.id}`,
          dueAt: shanghaiEndOfDay(r.dueOn),
          assigneeRole: 'DEPARTMENT_HEAD',
          assigneeUnitId: r.unit.id,
        },
      ],
    },
    // 审签 by the head: the conversions are carried out and the report reaches the Disclosure Office.
    signOff: {
      action: 'signOff',
      from: REVIEW_REPORT_STEP_FROM.signOff,
      to: 'SUBMITTED',
      label: '审签报送',
      guards: [campaignOpen, itemsDecided],
      apply: async (r, _i, ctx) => {
        await applyOutcomes(r, ctx);
        r.signedOffAt = now();
        r.signedOffByName = ctx.actor?.name ?? null;
        r.submittedOn = today();
        r.returnReason = null;
      },
      closeTodos: 'all',
    },
    // 退回 by the head, with the reason: back to the drafters.
    return: {
      action: 'return',
      from: REVIEW_REPORT_STEP_FROM.return,
      to: 'DRAFT',
      label: '退回',
      guards: [reasonGuard<ReviewReport>()],
      apply: (r, i: { reason: string }) => {
        r.returnReason = text(i.reason).slice(0, 2000);
      },
      closeTodos: ['review.signOff'],
      openTodos: (r) => reportTodos(r),
    },
  },
};

// ——— the campaign ———

export const campaignWorkflow: Workflow<ReviewCampaign, ReviewCampaignState> = {
  subject: 'ReviewCampaign',
  entity: ReviewCampaign,
  noun: '公开内容审查',
  state: (c) => c.state,
  setState: (c, s) => (c.state = s),
  snapshot: (c) => ({ state: c.state, year: c.year, reportDueOn: c.reportDueOn, closedOn: c.closedOn ?? null }),
  transitions: {
    // 结束: every unit has submitted, or the last day has passed (what is missing stays overdue).
    close: {
      action: 'close',
      from: REVIEW_CAMPAIGN_STEP_FROM.close,
      to: 'CLOSED',
      label: '结束',
      guards: [
        async (c, _i, ctx) => {
          if (c.reportDueOn < today()) return null;
          const open = await ctx.em.count(ReviewReport, { campaign: c.id, state: { $in: [...REVIEW_REPORT_OPEN_STATES] } });
          return open ? { code: E.CAMPAIGN_NOT_DONE, message: `尚有${open}个单位未报送审查情况，且报送期限未到，不能结束审查` } : null;
        },
      ],
      apply: (c) => {
        c.closedOn = today();
      },
    },
  },
};

// ——— rectification ———

export const rectificationWorkflow: Workflow<Rectification, RectificationState> = {
  subject: 'Rectification',
  entity: Rectification,
  noun: '整改',
  state: (r) => r.state,
  setState: (r, s) => (r.state = s),
  snapshot: (r) => ({
    state: r.state,
    dueOn: r.dueOn,
    report: r.report ?? null,
    returnReason: r.returnReason ?? null,
    verifiedOn: r.verifiedOn ?? null,
  }),
  isOverdue: (r) => r.overdue,
  transitions: {
    // The unit reports what it did (整改情况).
    report: {
      action: 'answer',
      from: RECTIFICATION_STEP_FROM.report,
      to: 'REPORTED',
      label: '报告整改情况',
      guards: [
        (_r, i: { report: string }) =>
          text(i.report) ? null : { code: E.RECTIFICATION_REPORT_REQUIRED, message: '请填写整改情况', field: 'report' },
      ],
      apply: (r, i: { report: string }, ctx) => {
        r.report = text(i.report).slice(0, 20000);
        r.reportedOn = today();
        r.reportedByName = ctx.actor?.name ?? null;
      },
      closeTodos: ['review.rectify'],
      openTodos: async (r, ctx) => [
        {
          kind: 'review.verify',
          title: `核查整改情况：${r.finding}`,
          link: `/review/rectifications/${r.id}`,
          assigneeRole: 'DISCLOSURE_OFFICE',
          assigneeUnitId: await functionUnitId(ctx, r.government.id, 'DISCLOSURE_OFFICE'),
        },
      ],
    },
    // The office verifies it (核查通过).
    verify: {
      action: 'verify',
      from: RECTIFICATION_STEP_FROM.verify,
      to: 'VERIFIED',
      label: '核查通过',
      apply: (r, _i, ctx) => {
        r.verifiedOn = today();
        r.verifiedByName = ctx.actor?.name ?? null;
      },
      closeTodos: 'all',
    },
    // Or sends it back with the reason, and a new due date if it gives one.
    return: {
      action: 'return',
      from: RECTIFICATION_STEP_FROM.return,
      to: 'ORDERED',
      label: '退回整改',
      guards: [
        reasonGuard<Rectification>(),
        (_r, i: { reason: string; dueOn?: string | null }) =>
          i.dueOn && (!isValidLocalDate(i.dueOn) || i.dueOn <= today())
            ? { code: E.DUE_INVALID, message: '整改期限应为今天以后的日期', field: 'dueOn' }
            : null,
      ],
      apply: (r, i: { reason: string; dueOn?: string | null }) => {
        r.returnReason = text(i.reason).slice(0, 2000);
        r.returnCount += 1;
        if (i.dueOn) r.dueOn = i.dueOn;
      },
      closeTodos: ['review.verify'],
      openTodos: (r) => rectifyTodos(r),
    },
  },
};
