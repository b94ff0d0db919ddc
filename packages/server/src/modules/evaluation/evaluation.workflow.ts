// System 7 (政务公开第三方评估制度) as data. The notice, section 七:
// "每年由市行政学院对市政府各部门、市直各单位、各县（市）区政府及其部门政务公开工作进行评估 … 评估内容包括行政权力信息公开、
//  政务服务公开、互联网+政务服务、政务参与、回应社会关切、政务公开能力建设等方面 … 评估标准和方法由市行政学院会同市政务公开办公室制定 …
//  评估结果向社会公开。"
import { LockMode } from '@mikro-orm/core';
import type { AppealState, IndicatorSystemState, QuestionnaireState, RoundState } from '@gongkai/shared';
import {
  APPEAL_OPEN_STATES,
  APPEAL_STEP_FROM,
  INDICATOR_SYSTEM_STEP_FROM,
  QUESTIONNAIRE_STEP_FROM,
  ROUND_STEP_FROM,
  shanghaiDate,
} from '@gongkai/shared';
import { now, today } from '../../common/clock.js';
import type { Guard, Workflow } from '../../common/workflow/workflow.js';
import { addWorkingDays } from '../../common/calendar/calendar.service.js';
import { functionUnitId } from '../../common/organisation/function-units.js';
import {
  Appeal,
  EvaluatedUnit,
  EvaluationRound,
  EvaluationScore,
  EvaluatorAssignment,
  Indicator,
  IndicatorSystem,
  Question,
  Questionnaire,
} from './evaluation.entities.js';
import { writeQuestionnaireScores } from './evaluation.aggregate.js';
import { EvaluationError as E } from './evaluation.errors.js';
import { treeRefusal } from './evaluation.tree.js';

// ——— indicator systems: "由市行政学院会同市政务公开办公室制定" — both sign it off before it is used ———

export type SignSide = 'ACADEMY' | 'OFFICE';
type SG<I = unknown> = Guard<IndicatorSystem, I>;

const treeAddsUp: SG = async (s, _i, ctx) => {
  const nodes = await ctx.em.find(Indicator, { system: s.id }, { orderBy: { position: 'asc' } });
  return treeRefusal(
    s.fullScore,
    nodes.map((n) => ({
      key: n.id,
      parentKey: n.parent?.id ?? null,
      dimension: n.dimension,
      name: n.name,
      maxScore: n.maxScore,
      methods: n.methods,
    })),
  );
};
const notSignedYet: SG<{ side: SignSide }> = (s, i) =>
  (i.side === 'ACADEMY' ? s.academySignedAt : s.officeSignedAt) ? { code: E.ALREADY_SIGNED, message: '本方已会签，请勿重复会签' } : null;
const notFrozen: SG = (s) => (s.frozen ? { code: E.SYSTEM_FROZEN, message: '该指标体系已用于评估轮次，已冻结；如需修改请复制为新版本' } : null);

const systemLink = (s: IndicatorSystem) => `/evaluation/systems/${s.id}`;

export const indicatorSystemWorkflow: Workflow<IndicatorSystem, IndicatorSystemState> = {
  subject: 'IndicatorSystem',
  entity: IndicatorSystem,
  noun: '评估指标体系',
  state: (s) => s.state,
  setState: (s, v) => (s.state = v),
  snapshot: (s) => ({ state: s.state, academySignedAt: s.academySignedAt, officeSignedAt: s.officeSignedAt, frozen: s.frozen }),
  transitions: {
    signOff: {
      action: 'signOff',
      from: INDICATOR_SYSTEM_STEP_FROM.signOff,
      // approved once the other side has signed too
      to: (s, i: { side: SignSide }) => ((i.side === 'ACADEMY' ? s.officeSignedAt : s.academySignedAt) ? 'APPROVED' : 'DRAFT'),
      label: '会签',
      guards: [notSignedYet, treeAddsUp],
      apply: (s, i: { side: SignSide; by: string }) => {
        if (i.side === 'ACADEMY') Object.assign(s, { academySignedAt: now(), academySignedBy: i.by });
        else Object.assign(s, { officeSignedAt: now(), officeSignedBy: i.by });
      },
      closeTodos: ['evaluation.signOff'],
      openTodos: async (s, ctx) =>
        s.state === 'APPROVED'
          ? []
          : [
              s.officeSignedAt
                ? {
                    kind: 'evaluation.signOff',
                    title: `会签评估指标体系：${s.title}`,
                    link: systemLink(s),
                    assigneeRole: 'ACADEMY_ADMIN',
                    assigneeUnitId: await functionUnitId(ctx, s.government.id, 'ACADEMY'),
                  }
                : {
                    kind: 'evaluation.signOff',
                    title: `会签评估指标体系：${s.title}`,
                    link: systemLink(s),
                    assigneeRole: 'DISCLOSURE_OFFICE',
                    assigneeUnitId: await functionUnitId(ctx, s.government.id, 'DISCLOSURE_OFFICE'),
                  },
            ],
    },
    reopen: {
      action: 'update',
      from: INDICATOR_SYSTEM_STEP_FROM.reopen,
      to: 'DRAFT',
      label: '撤销定稿',
      guards: [notFrozen],
      apply: (s) => {
        Object.assign(s, { academySignedAt: null, academySignedBy: null, officeSignedAt: null, officeSignedBy: null });
      },
    },
  },
};

// ——— evaluation rounds ———

type RG<I = unknown> = Guard<EvaluationRound, I>;

const hasUnitsAndEvaluators: RG = async (r, _i, ctx) => {
  if (!(await ctx.em.count(EvaluatedUnit, { round: r.id }))) return { code: E.NO_UNITS, message: '请先确定评估对象' };
  if (!(await ctx.em.count(EvaluatorAssignment, { round: r.id }))) return { code: E.NO_EVALUATORS, message: '请先分配评估员' };
  return null;
};
/** Every evaluated unit has a score on every leaf indicator. */
const scoresComplete: RG = async (r, _i, ctx) => {
  const [{ missing }] = await ctx.em.execute<{ missing: number }[]>(
    `select count(*)::int as missing from evaluated_unit eu join indicator i on i.system_id = ? and i.leaf
       left join evaluation_score s on s.round_id = eu.round_id and s.unit_id = eu.unit_id and s.indicator_id = i.id
     where eu.round_id = ? and s.id is null`,
    [r.system.id, r.id],
  );
  return missing ? { code: E.SCORES_INCOMPLETE, message: `尚有${missing}项指标未评分，评分完成后才能向被评估单位反馈` } : null;
};
const noOpenAppeals: RG = async (r, _i, ctx) => {
  const open = await ctx.em.count(Appeal, { round: r.id, state: { $in: [...APPEAL_OPEN_STATES] } });
  return open ? { code: E.APPEALS_OPEN, message: `尚有${open}件申诉未答复` } : null;
};
const appealWindowPassed: RG = (r) =>
  r.appealDeadline && today() <= r.appealDeadline
    ? { code: E.APPEAL_WINDOW_OPEN, message: `申诉期至${r.appealDeadline}，申诉期结束后才能公布结果` }
    : null;

export const roundWorkflow: Workflow<EvaluationRound, RoundState> = {
  subject: 'EvaluationRound',
  entity: EvaluationRound,
  noun: '评估轮次',
  state: (r) => r.state,
  setState: (r, v) => (r.state = v),
  snapshot: (r) => ({ state: r.state, appealDeadline: r.appealDeadline, releasedAt: r.releasedAt, publishedAt: r.publishedAt }),
  transitions: {
    start: {
      action: 'update',
      from: ROUND_STEP_FROM.start,
      to: 'SCORING',
      label: '开始评分',
      guards: [hasUnitsAndEvaluators],
      openTodos: async (r, ctx) => {
        const evaluators = await ctx.em.find(EvaluatorAssignment, { round: r.id });
        return [...new Set(evaluators.map((a) => a.evaluator.id))].map((id) => ({
          kind: 'evaluation.score',
          title: `评估打分：${r.title}`,
          link: `/evaluation/scoring/${r.id}`,
          assigneeUserId: id,
        }));
      },
    },
    /** The scores go to the evaluated units, who may appeal within the window. */
    release: {
      action: 'issue',
      from: ROUND_STEP_FROM.release,
      to: 'REVIEW',
      label: '向被评估单位反馈',
      guards: [scoresComplete],
      apply: async (r, _i, ctx) => {
        r.releasedAt = now();
        r.appealDeadline = await addWorkingDays(ctx, shanghaiDate(r.releasedAt), r.appealWorkingDays);
        await ctx.em.nativeUpdate(EvaluationScore, { round: r.id }, { released: true });
      },
      closeTodos: ['evaluation.score'],
      openTodos: async (r, ctx) => {
        const units = await ctx.em.find(EvaluatedUnit, { round: r.id });
        return units.map((u) => ({
          kind: 'evaluation.review',
          title: `查看评估得分，如有异议请于${r.appealDeadline}前申诉：${r.title}`,
          link: `/evaluation/my/${r.id}`,
          assigneeRole: 'DISCLOSURE_OFFICER' as const,
          assigneeUnitId: u.unit.id,
          dueAt: new Date(`${r.appealDeadline}T23:59:59+08:00`),
        }));
      },
    },
    publish: {
      action: 'publish',
      from: ROUND_STEP_FROM.publish,
      to: 'PUBLISHED',
      label: '公布评估结果',
      guards: [appealWindowPassed, noOpenAppeals],
      apply: (r) => {
        r.publishedAt = now();
      },
      closeTodos: 'all',
    },
  },
};

// ——— appeals: the academy re-scores (accepts) or rejects, with a reply ———

type AG<I = unknown> = Guard<Appeal, I>;
const replied: AG<{ reply: string }> = (_a, i) =>
  i.reply?.trim() ? null : { code: E.APPEAL_REPLY_REQUIRED, message: '请填写答复意见', field: 'reply' };
const newScoreInRange: AG<{ newScore: number }> = async (a, i, ctx) => {
  const s = await ctx.em.findOneOrFail(EvaluationScore, a.score.id, { populate: ['indicator'] });
  const max = s.indicator.getEntity().maxScore;
  return Number.isFinite(i.newScore) && i.newScore >= 0 && i.newScore <= max
    ? null
    : { code: E.SCORE_OUT_OF_RANGE, message: `得分应在0至${max}分之间`, field: 'newScore' };
};

export const appealWorkflow: Workflow<Appeal, AppealState> = {
  subject: 'Appeal',
  entity: Appeal,
  noun: '申诉',
  state: (a) => a.state,
  setState: (a, v) => (a.state = v),
  snapshot: (a) => ({ state: a.state, newScore: a.newScore, reply: a.reply }),
  transitions: {
    accept: {
      action: 'answer',
      from: APPEAL_STEP_FROM.accept,
      to: 'ACCEPTED',
      label: '采纳申诉',
      guards: [replied, newScoreInRange],
      apply: async (a, i: { newScore: number; reply: string }, ctx) => {
        Object.assign(a, { newScore: Math.round(i.newScore * 100) / 100, reply: i.reply.trim().slice(0, 5000), answeredAt: now() });
        const s = await ctx.em.findOneOrFail(EvaluationScore, a.score.id);
        s.score = a.newScore!;
      },
      closeTodos: ['evaluation.appeal'],
    },
    reject: {
      action: 'answer',
      from: APPEAL_STEP_FROM.reject,
      to: 'REJECTED',
      label: '驳回申诉',
      guards: [replied],
      apply: (a, i: { reply: string }) => {
        Object.assign(a, { reply: i.reply.trim().slice(0, 5000), answeredAt: now() });
      },
      closeTodos: ['evaluation.appeal'],
    },
  },
};

// ——— the public questionnaire: published for its window, then aggregated into the indicators' scores ———

type QG<I = unknown> = Guard<Questionnaire, I>;
const hasQuestions: QG = async (q, _i, ctx) =>
  (await ctx.em.count(Question, { questionnaire: q.id })) ? null : { code: E.QUESTION_INVALID, message: '请至少设置一个问题', field: 'questions' };
const notEndedYet: QG = (q) =>
  q.closesOn < today()
    ? { code: E.QUESTIONNAIRE_WINDOW_INVALID, message: `问卷截止日期${q.closesOn}已过，请先修改问卷期限`, field: 'closesOn' }
    : null;
const windowClosed: QG = (q) =>
  today() <= q.closesOn ? { code: E.QUESTIONNAIRE_STILL_OPEN, message: `问卷调查至${q.closesOn}结束，结束后才能折算计分` } : null;
const roundScoring: QG = async (q, _i, ctx) => {
  // under a share lock, as scores are: the round cannot be released while the answers are scored
  const r = await ctx.em.findOneOrFail(EvaluationRound, q.round.id, { lockMode: LockMode.PESSIMISTIC_READ, refresh: true });
  return (ROUND_STEP_FROM.score as readonly RoundState[]).includes(r.state)
    ? null
    : { code: E.ROUND_NOT_SCORING, message: '评估轮次不在评分阶段，不能折算问卷得分' };
};

export const questionnaireWorkflow: Workflow<Questionnaire, QuestionnaireState> = {
  subject: 'Questionnaire',
  entity: Questionnaire,
  noun: '调查问卷',
  state: (q) => q.state,
  setState: (q, v) => (q.state = v),
  snapshot: (q) => ({ state: q.state, opensOn: q.opensOn, closesOn: q.closesOn, aggregatedAt: q.aggregatedAt }),
  transitions: {
    publish: {
      action: 'publish',
      from: QUESTIONNAIRE_STEP_FROM.publish,
      to: 'PUBLISHED',
      label: '发布',
      guards: [hasQuestions, notEndedYet],
      apply: (q) => {
        q.publishedAt = now();
      },
    },
    /** The answers become the scores of the questionnaire indicators, by the declared rule. */
    aggregate: {
      action: 'update',
      from: QUESTIONNAIRE_STEP_FROM.aggregate,
      to: 'AGGREGATED',
      label: '折算计分',
      guards: [windowClosed, roundScoring],
      apply: async (q, i: { by: { userId: string; name: string } }, ctx) => {
        q.aggregatedAt = now();
        await writeQuestionnaireScores(ctx, q, i.by);
      },
    },
  },
};
