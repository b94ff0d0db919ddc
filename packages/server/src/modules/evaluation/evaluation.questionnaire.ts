// The round's public questionnaire (调查问卷): the academy sets its questions (each counted into a
// questionnaire indicator), publishes it for a window; the public answers on the portal, once per
// respondent and unit; after the window the answers become the indicators' scores.
import { createHmac } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import {
  inStep,
  isValidLocalDate,
  QUESTIONNAIRE_EDITABLE_STATES,
  QUESTIONNAIRE_PUBLISHED_STATES,
  QUESTIONNAIRE_STEP_FROM,
  ROUND_STEP_FROM,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError, notFound, versionConflict } from '../../common/errors.js';
import { assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { today } from '../../common/clock.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { EvaluatedUnit, EvaluationRound, Indicator, Question, QuestionAnswer, Questionnaire, QuestionnaireResponse } from './evaluation.entities.js';
import { EvaluationError as E } from './evaluation.errors.js';
import { questionnaireWorkflow } from './evaluation.workflow.js';
import { tallyQuestionnaire } from './evaluation.aggregate.js';
import { getRound } from './evaluation.service.js';

export const RESPONSE_LIMITS = { perAddress: 30, windowMinutes: 10 } as const;
const MAX_QUESTIONS = 30;

export interface QuestionnaireData {
  title: string;
  intro?: string | null;
  opensOn: string;
  closesOn: string;
  minResponses: number;
  questions: { text: string; indicatorId: string }[];
}

/** Create or rewrite the round's questionnaire while it is a draft. */
export async function saveQuestionnaire(ctx: Ctx, roundId: string, version: number | null, data: QuestionnaireData) {
  requireUser(ctx);
  const title = data.title?.trim();
  if (!title) throw new AppError(E.TITLE_REQUIRED, '请填写问卷标题', { field: 'title' });
  if (!isValidLocalDate(data.opensOn) || !isValidLocalDate(data.closesOn) || data.closesOn < data.opensOn) {
    throw new AppError(E.QUESTIONNAIRE_WINDOW_INVALID, '问卷期限应为有效日期，且截止不早于开始', { field: 'closesOn' });
  }
  if (!Number.isInteger(data.minResponses) || data.minResponses < 1 || data.minResponses > 100000) {
    throw new AppError(E.QUESTION_INVALID, '最低有效问卷份数应为正整数', { field: 'minResponses' });
  }
  if (!data.questions.length || data.questions.length > MAX_QUESTIONS)
    throw new AppError(E.QUESTION_INVALID, `问题应为1至${MAX_QUESTIONS}个`, { field: 'questions' });
  return transaction(ctx, async (tx) => {
    // the round locked: the first save of its questionnaire happens once, and not during a release
    const r = await tx.em.findOne(EvaluationRound, roundId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!r) throw notFound('评估轮次');
    assertCan(tx, 'read', 'EvaluationRound', r);
    if (!inStep(ROUND_STEP_FROM.arrange, r.state)) throw new AppError(E.ROUND_NOT_SCORING, '评分结束后不能再设置调查问卷');
    let q = await tx.em.findOne(Questionnaire, { round: r.id });
    if (q) {
      if (version !== null && q.version !== version) throw versionConflict();
      if (!QUESTIONNAIRE_EDITABLE_STATES.includes(q.state)) throw new AppError(E.QUESTIONNAIRE_NOT_DRAFT, '问卷已发布，不能再修改');
    } else {
      q = tx.em.create(Questionnaire, {
        round: r,
        government: r.government.id,
        title,
        opensOn: data.opensOn,
        closesOn: data.closesOn,
        minResponses: data.minResponses,
      } as never) as Questionnaire;
      tx.em.persist(q);
    }
    Object.assign(q, {
      title: title.slice(0, 200),
      intro: data.intro?.trim().slice(0, 2000) || null,
      opensOn: data.opensOn,
      closesOn: data.closesOn,
      minResponses: data.minResponses,
    });
    assertCan(tx, 'update', 'Questionnaire', q);
    const indicators = await tx.em.find(Indicator, { id: { $in: data.questions.map((x) => x.indicatorId) }, system: r.system.id });
    for (const [i, x] of data.questions.entries()) {
      if (!x.text?.trim()) throw new AppError(E.QUESTION_INVALID, `第${i + 1}个问题的内容不能为空`, { field: 'questions' });
      const ind = indicators.find((n) => n.id === x.indicatorId);
      if (!ind || !ind.leaf || !ind.methods.includes('QUESTIONNAIRE')) {
        throw new AppError(E.QUESTION_INVALID, `第${i + 1}个问题应对应本轮指标体系中采用“调查问卷”方法的末级指标`, { field: 'questions' });
      }
    }
    await tx.em.flush();
    await tx.em.nativeDelete(Question, { questionnaire: q.id });
    data.questions.forEach((x, i) =>
      tx.em.persist(
        tx.em.create(Question, { questionnaire: q, position: i + 1, text: x.text.trim().slice(0, 500), indicator: x.indicatorId } as never),
      ),
    );
    await tx.em.flush();
    audit(tx, {
      action: 'Questionnaire.save',
      subjectType: 'EvaluationRound',
      subjectId: r.id,
      after: { questionnaireId: q.id, title: q.title, opensOn: q.opensOn, closesOn: q.closesOn, questions: data.questions.length },
    });
    return q;
  });
}

export async function roundQuestionnaire(ctx: Ctx, roundId: string) {
  const r = await getRound(ctx, roundId);
  const q = await ctx.em.findOne(Questionnaire, { round: r.id }, { populate: ['round'] });
  if (q) assertCan(ctx, 'read', 'Questionnaire', q);
  return q;
}

export const questionsOf = (ctx: Ctx, questionnaireId: string) =>
  ctx.em.find(Question, { questionnaire: questionnaireId }, { orderBy: { position: 'asc' } });

export const publishQuestionnaire = (ctx: Ctx, id: string, version: number) =>
  applyTransition(ctx, questionnaireWorkflow, 'publish', id, version, {});
export const aggregateQuestionnaire = (ctx: Ctx, id: string, version: number) =>
  applyTransition(ctx, questionnaireWorkflow, 'aggregate', id, version, { by: { userId: requireUser(ctx).userId, name: requireUser(ctx).name } });

/** The tally for staff: responses per unit, and per questionnaire indicator the mean answer. */
export async function questionnaireTally(ctx: Ctx, id: string) {
  const q = await ctx.em.findOne(Questionnaire, id);
  if (!q) throw notFound('调查问卷');
  assertCan(ctx, 'read', 'Questionnaire', q);
  return tallyQuestionnaire(ctx, q.id, q.round.id);
}

// ——— the portal ———

export type QuestionnairePhase = 'UPCOMING' | 'OPEN' | 'CLOSED';
/** A questionnaire is answered while its round is still being scored. */
const SCORING_STATES = ROUND_STEP_FROM.arrange;
/** Where the questionnaire stands: by its window, and closed once its round has left scoring (the round is loaded). */
export const phaseOf = (q: Questionnaire): QuestionnairePhase => {
  const roundState = q.round.isInitialized() ? q.round.getEntity().state : 'SCORING';
  if (!(SCORING_STATES as readonly string[]).includes(roundState) || today() > q.closesOn) return 'CLOSED';
  return today() < q.opensOn ? 'UPCOMING' : 'OPEN';
};

/** Published questionnaires that are open or about to open, newest first. */
export async function publicQuestionnaires(ctx: Ctx) {
  return ctx.em.find(
    Questionnaire,
    { state: { $in: [...QUESTIONNAIRE_STEP_FROM.aggregate] }, closesOn: { $gte: today() }, round: { state: { $in: [...SCORING_STATES] } } },
    { populate: ['round'], orderBy: { opensOn: 'desc' }, limit: 10 },
  );
}

export async function publicQuestionnaire(ctx: Ctx, id: string) {
  const q = await ctx.em.findOne(Questionnaire, { id, state: { $in: [...QUESTIONNAIRE_PUBLISHED_STATES] } }, { populate: ['round'] });
  if (!q) throw notFound('调查问卷');
  return q;
}

export const questionnaireUnits = (ctx: Ctx, q: Questionnaire) =>
  ctx.em.find(EvaluatedUnit, { round: q.round.id }, { populate: ['unit'], orderBy: { group: 'asc', unit: { sortOrder: 'asc', name: 'asc' } } });

export interface ResponseData {
  questionnaireId: string;
  unitId: string;
  phone: string;
  answers: { questionId: string; value: number }[];
  idempotencyKey: string;
}

const respondentHash = (q: Questionnaire, phone: string) => createHmac('sha256', q.respondentKey).update(phone).digest('hex');

/**
 * One respondent's answers about one unit, while the questionnaire is open. The phone number is
 * kept only as a keyed hash: it makes "one response per respondent and unit" checkable and is
 * never shown. A retried submit with the same key returns the first response.
 */
export async function submitResponse(ctx: Ctx, data: ResponseData) {
  const key = data.idempotencyKey?.trim() ?? '';
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(key))
    throw new AppError(E.IDEMPOTENCY_KEY_REQUIRED, '提交标识无效，请刷新页面后重试', { field: 'idempotencyKey' });
  const phone = data.phone?.replace(/[\s-]/g, '') ?? '';
  if (!/^1[3-9]\d{9}$/.test(phone))
    throw new AppError(E.PHONE_INVALID, '请填写11位手机号码（仅用于确认每人对每个单位只填一次，不会公开）', { field: 'phone' });
  return transaction(ctx, async (tx) => {
    const q = await tx.em.findOne(
      Questionnaire,
      { id: data.questionnaireId, state: { $in: [...QUESTIONNAIRE_STEP_FROM.aggregate] } },
      { populate: ['round'] },
    );
    if (!q) throw notFound('调查问卷');
    await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`questionnaire:${q.id}:${key}`]);
    const existing = await tx.em.findOne(QuestionnaireResponse, { questionnaire: q.id, idempotencyKey: key });
    if (existing) return existing;
    const phase = phaseOf(q);
    if (phase !== 'OPEN') throw new AppError(E.QUESTIONNAIRE_NOT_OPEN, phase === 'UPCOMING' ? `问卷调查将于${q.opensOn}开始` : '本次问卷调查已结束');
    if (!(await tx.em.count(EvaluatedUnit, { round: q.round.id, unit: data.unitId })))
      throw new AppError(E.QUESTION_INVALID, '请选择本次评估的单位', { field: 'unitId' });
    const questions = await tx.em.find(Question, { questionnaire: q.id });
    const answered = new Map(data.answers.map((a) => [a.questionId, a.value]));
    if (answered.size !== data.answers.length || questions.length !== answered.size || questions.some((x) => !answered.has(x.id))) {
      throw new AppError(E.ANSWERS_INCOMPLETE, '请回答每一个问题', { field: 'answers' });
    }
    if ([...answered.values()].some((v) => !Number.isInteger(v) || v < 1 || v > 5))
      throw new AppError(E.ANSWERS_INCOMPLETE, '答案应为1至5之间的选项', { field: 'answers' });
    const hash = respondentHash(q, phone);
    // one respondent at a time: the check and the insert cannot interleave
    await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`questionnaire-respondent:${q.id}:${hash}`]);
    if (await tx.em.count(QuestionnaireResponse, { questionnaire: q.id, unit: data.unitId, respondentHash: hash })) {
      throw new AppError(E.RESPONSE_EXISTS, '您已对该单位填写过本问卷，每人对每个单位只能填写一次', { field: 'unitId' });
    }
    if (tx.address) {
      await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`questionnaire-address:${tx.address}`]);
      const [{ n }] = await tx.em.execute<{ n: number }[]>(
        `select count(*)::int as n from questionnaire_response where address = ? and submitted_at > now() - make_interval(mins => ?)`,
        [tx.address, RESPONSE_LIMITS.windowMinutes],
      );
      if (n >= RESPONSE_LIMITS.perAddress) throw new AppError(E.TOO_MANY_RESPONSES, `提交过于频繁，请${RESPONSE_LIMITS.windowMinutes}分钟后再试`);
    }
    const r = tx.em.create(QuestionnaireResponse, {
      questionnaire: q,
      unit: data.unitId,
      respondentHash: hash,
      idempotencyKey: key,
      address: tx.address,
    } as never) as QuestionnaireResponse;
    tx.em.persist(r);
    for (const x of questions) tx.em.persist(tx.em.create(QuestionAnswer, { response: r, question: x, value: answered.get(x.id)! } as never));
    await tx.em.flush();
    audit(tx, {
      action: 'Questionnaire.respond',
      subjectType: 'EvaluationRound',
      subjectId: q.round.id,
      after: { questionnaireId: q.id, unitId: data.unitId },
    });
    return r;
  });
}
