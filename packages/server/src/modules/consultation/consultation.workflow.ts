// System 3 (重要会议议题会前向社会征集意见制度) as data. The notice, section 三:
// "属重大行政决策的草案征求时限不少于15日，其他类不少于5日 … 意见征集由承办部门提出，市政府办公室秘书科
//  负责审查把关，并将议题内容转电子政务管理中心 … 公布合理意见的采纳率、采纳情况回复率和汇总情况。"
import {
  TOPIC_PUBLISHED_STATES,
  TOPIC_STEP_FROM,
  daysBetween,
  isMajorDecision,
  shanghaiDate,
  type LocalDate,
  type TopicState,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { now, today } from '../../common/clock.js';
import type { Guard, Workflow } from '../../common/workflow/workflow.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { functionUnitId } from '../../common/organisation/function-units.js';
import { ConsultationTopic } from './consultation.entities.js';
import { ConsultationError as E } from './consultation.errors.js';

type G<I = unknown> = Guard<ConsultationTopic, I>;

const notExempt: G = (t) => (t.exempt ? { code: E.TOPIC_EXEMPT, message: '依法应当保密的议题不向社会征求意见' } : null);

/** The draft, the decision basis and the drafting explanation go out together. */
const materials: G = (t) => {
  if (!t.draft?.trim()) return { code: E.MATERIALS_REQUIRED, message: '请提供议题草案', field: 'draft' };
  if (!t.decisionBasis?.trim()) return { code: E.MATERIALS_REQUIRED, message: '请提供决策依据', field: 'decisionBasis' };
  if (!t.draftingExplanation?.trim()) return { code: E.MATERIALS_REQUIRED, message: '请提供起草说明', field: 'draftingExplanation' };
  return null;
};

/**
 * The window: at least the days in force when the topic was created (15, or 30 from 2019-09-01, for
 * a major administrative decision; 5 otherwise). A major decision may be shorter only with a reason
 * published with the draft (重大行政决策程序暂行条例 Art. 15) — and only under the rules that allow
 * it: the exception is itself a dated parameter (the 2017 notice has no shortening).
 */
export const windowRule: G = async (t, _i, ctx) => {
  if (!t.windowStart || !t.windowEnd) return { code: E.WINDOW_REQUIRED, message: '请填写征集起止日期', field: 'windowStart' };
  if (t.windowEnd < t.windowStart) return { code: E.WINDOW_INVALID, message: '征集结束日期不能早于开始日期', field: 'windowEnd' };
  const days = t.windowDays!;
  if (days >= t.minDays) return null;
  if (!isMajorDecision(t.category)) {
    return { code: E.WINDOW_TOO_SHORT, message: `征求意见时限不少于${t.minDays}日（本次${days}日）`, field: 'windowEnd' };
  }
  const rulesOf = shanghaiDate(t.createdAt);
  if (!(await shorteningAllowed(ctx, rulesOf))) {
    return {
      code: E.WINDOW_TOO_SHORT,
      message: `重大行政决策草案征求意见时限不少于${t.minDays}日（本次${days}日）；${rulesOf}施行的规定不允许缩短`,
      field: 'windowEnd',
    };
  }
  if (t.shortWindowReason?.trim()) return null;
  return {
    code: E.WINDOW_TOO_SHORT,
    message: `重大行政决策草案征求意见时限不少于${t.minDays}日（本次${days}日）；确需缩短的，须说明理由并随草案公布`,
    field: 'windowEnd',
  };
};

/** Whether the rules in force on `date` let a major decision's window be shortened with a stated reason. */
export const shorteningAllowed = (ctx: Ctx, date: LocalDate) => valueOn<boolean>(ctx, 'consultation.majorDecision.shorteningAllowed', date);

/**
 * The days the public actually has: from publication or the window's start, whichever is later, to
 * its end (both counted). A topic approved for 12-04→12-13 and published on 12-11 leaves 3 days.
 */
export function publicDays(t: Pick<ConsultationTopic, 'windowStart' | 'windowEnd'>, publishedOn: LocalDate): number {
  if (!t.windowStart || !t.windowEnd) return 0;
  const from = publishedOn > t.windowStart ? publishedOn : t.windowStart;
  return Math.max(0, daysBetween(from, t.windowEnd) + 1);
}

/**
 * Publication leaves the public at least the minimum; a window lawfully shortened (approved with its
 * reason) must be given in full.
 */
const publicWindow: G = (t) => {
  const day = today();
  if (t.windowEnd && t.windowEnd < day) return { code: E.WINDOW_PASSED, message: '征集期限已过，请退回承办单位调整' };
  const left = publicDays(t, day);
  const required = Math.min(t.minDays, t.windowDays ?? t.minDays);
  return left < required
    ? { code: E.PUBLIC_WINDOW_TOO_SHORT, message: `今日发布，公众仅有${left}日提出意见，少于应有的${required}日；请退回承办单位调整征集时间` }
    : null;
};

const notStarted: G = (t) =>
  t.windowStart && t.windowStart < today() ? { code: E.WINDOW_IN_PAST, message: '征集开始日期已过，请调整征集时间', field: 'windowStart' } : null;

export interface ReturnInput {
  reason: string;
}
const link = (t: ConsultationTopic) => `/consultations/${t.id}`;

export const topicWorkflow: Workflow<ConsultationTopic, TopicState> = {
  subject: 'ConsultationTopic',
  entity: ConsultationTopic,
  noun: '议题',
  state: (t) => t.state,
  setState: (t, s) => (t.state = s),
  snapshot: (t) => ({
    state: t.state,
    title: t.title,
    category: t.category,
    windowStart: t.windowStart,
    windowEnd: t.windowEnd,
    returnReason: t.returnReason,
  }),
  // "published": put to the public, its window running or run, results out or not
  publishedStates: TOPIC_PUBLISHED_STATES,
  transitions: {
    submit: {
      action: 'submit',
      from: TOPIC_STEP_FROM.submit,
      to: 'SUBMITTED',
      label: '提交审查',
      guards: [notExempt, materials, windowRule, notStarted],
      apply: (t) => {
        t.submittedAt = now();
        t.returnReason = null;
      },
      closeTodos: ['consultation.revise'],
      openTodos: async (t, ctx) => [
        {
          kind: 'consultation.review',
          title: `审查征求意见议题：${t.title}`,
          link: link(t),
          assigneeRole: 'SECRETARIAT',
          assigneeUnitId: await functionUnitId(ctx, t.government.id, 'SECRETARIAT'),
        },
      ],
    },
    approve: {
      action: 'approve',
      from: TOPIC_STEP_FROM.approve,
      to: 'APPROVED',
      label: '审查通过',
      guards: [notExempt, materials, windowRule, notStarted],
      apply: (t) => {
        t.approvedAt = now();
      },
      closeTodos: ['consultation.review'],
      openTodos: async (t, ctx) => [
        {
          kind: 'consultation.publish',
          title: `发布意见征集：${t.title}`,
          link: link(t),
          assigneeRole: 'EGOV_CENTER',
          assigneeUnitId: await functionUnitId(ctx, t.government.id, 'EGOV_CENTER'),
        },
      ],
    },
    return: {
      action: 'return',
      from: TOPIC_STEP_FROM.return,
      to: 'RETURNED',
      label: '退回',
      guards: [(_t, i: ReturnInput) => (i.reason?.trim() ? null : { code: E.RETURN_REASON_REQUIRED, message: '退回须说明理由', field: 'reason' })],
      apply: (t, i: ReturnInput) => {
        t.returnReason = i.reason.trim().slice(0, 2000);
      },
      closeTodos: 'all',
      openTodos: (t) => [
        {
          kind: 'consultation.revise',
          title: `议题被退回，请修改：${t.title}`,
          link: link(t),
          assigneeRole: 'DEPARTMENT_STAFF',
          assigneeUnitId: t.undertakingUnit.id,
        },
      ],
      notify: (t) => [{ userIds: [t.createdById], title: `议题被退回：${t.title}`, body: t.returnReason ?? undefined, link: link(t) }],
    },
    // the E-Government Center puts it in the 意见征集 column; it opens and closes with its window
    publish: {
      action: 'issue',
      from: TOPIC_STEP_FROM.publish,
      to: 'PUBLISHED',
      label: '发布',
      guards: [publicWindow],
      apply: (t) => {
        t.publishedAt = now();
      },
      closeTodos: ['consultation.publish'],
      openTodos: (t) => [
        {
          kind: 'consultation.summarise',
          title: `汇总处理意见：${t.title}`,
          link: link(t),
          assigneeRole: 'DEPARTMENT_STAFF',
          assigneeUnitId: t.undertakingUnit.id,
          dueAt: t.windowEnd ? new Date(`${t.windowEnd}T23:59:59.999+08:00`) : null,
        },
      ],
    },
    // after the window: every opinion answered, the summary written; the rates are computed
    publishResults: {
      action: 'publish',
      from: TOPIC_STEP_FROM.publishResults,
      to: 'RESULTS_PUBLISHED',
      label: '公布征集结果',
      guards: [
        (t) => (t.phase !== 'CLOSED' ? { code: E.WINDOW_NOT_CLOSED, message: '征集期结束后才能公布结果' } : null),
        (t) => (t.summary?.trim() ? null : { code: E.SUMMARY_REQUIRED, message: '请填写征集情况汇总', field: 'summary' }),
        async (t, _i, ctx) => {
          const [{ n }] = await ctx.em.execute<{ n: number }[]>(
            `select count(*)::int as n from opinion where topic_id = ? and not hidden
               and (reasonable is null or reply is null or (reasonable and adoption is null))`,
            [t.id],
          );
          return n ? { code: E.OPINIONS_UNANSWERED, message: `还有${n}条意见未作处理（合理与否、采纳情况和答复）` } : null;
        },
      ],
      apply: (t) => {
        t.resultsPublishedAt = now();
      },
      closeTodos: 'all',
    },
  },
};
