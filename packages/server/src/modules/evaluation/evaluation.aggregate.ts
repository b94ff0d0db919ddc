// The questionnaire's answers, counted in SQL, and their conversion into indicator scores by the
// questionnaire's declared rule (AGGREGATION_RULE_LABELS): a unit with fewer valid responses than the
// questionnaire's minimum is left to the evaluators.
import { linearMeanScore } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { audit } from '../../common/audit/audit.service.js';
import { EvaluationScore, Indicator, type Questionnaire } from './evaluation.entities.js';

export interface IndicatorTally {
  indicatorId: string;
  answers: number;
  sum: number;
  mean: number;
}
export interface UnitTally {
  unitId: string;
  unitName: string;
  responses: number;
  indicators: IndicatorTally[];
}

/** Per evaluated unit: the responses about it, and per questionnaire indicator the answers and their mean. */
export async function tallyQuestionnaire(ctx: Ctx, questionnaireId: string, roundId: string): Promise<UnitTally[]> {
  const rows = await ctx.em.execute<
    { unit_id: string; name: string; responses: number; indicator_id: string | null; answers: number; sum: number | null; mean: number | null }[]
  >(
    `select eu.unit_id, u.name,
            (select count(*)::int from questionnaire_response r where r.questionnaire_id = ? and r.unit_id = eu.unit_id) as responses,
            q.indicator_id, count(a.id)::int as answers, sum(a.value)::int as sum, avg(a.value)::float8 as mean
       from evaluated_unit eu join unit u on u.id = eu.unit_id
       left join questionnaire_response r on r.questionnaire_id = ? and r.unit_id = eu.unit_id
       left join questionnaire_answer a on a.response_id = r.id
       left join questionnaire_question q on q.id = a.question_id
      where eu.round_id = ?
      group by eu.unit_id, u.name, u.sort_order, eu."group", q.indicator_id
      order by eu."group", u.sort_order, u.name`,
    [questionnaireId, questionnaireId, roundId],
  );
  const byUnit = new Map<string, UnitTally>();
  for (const r of rows) {
    const t = byUnit.get(r.unit_id) ?? { unitId: r.unit_id, unitName: r.name, responses: r.responses, indicators: [] };
    if (r.indicator_id && r.mean !== null)
      t.indicators.push({ indicatorId: r.indicator_id, answers: r.answers, sum: r.sum ?? 0, mean: Math.round(r.mean * 1000) / 1000 });
    byUnit.set(r.unit_id, t);
  }
  return [...byUnit.values()];
}

/** Write the questionnaire indicators' scores of every unit with enough responses. */
export async function writeQuestionnaireScores(ctx: Ctx, q: Questionnaire, by: { userId: string; name: string }) {
  const tallies = await tallyQuestionnaire(ctx, q.id, q.round.id);
  const checkedAt = new Date(`${q.closesOn}T23:59:59+08:00`);
  const written: { unitId: string; indicatorId: string; score: number }[] = [];
  const counted = tallies.filter((t) => t.responses >= q.minResponses);
  const indicatorIds = [...new Set(counted.flatMap((t) => t.indicators.map((i) => i.indicatorId)))];
  // the indicators and the scores already there, loaded once
  const indicators = new Map((await ctx.em.find(Indicator, { id: { $in: indicatorIds } })).map((i) => [i.id, i]));
  const existing = new Map(
    (await ctx.em.find(EvaluationScore, { round: q.round.id, indicator: { $in: indicatorIds } })).map((s) => [`${s.unit.id}:${s.indicator.id}`, s]),
  );
  for (const t of counted) {
    for (const i of t.indicators) {
      const indicator = indicators.get(i.indicatorId)!;
      const score = Math.min(indicator.maxScore, Math.max(0, linearMeanScore(indicator.maxScore, i.sum, i.answers)));
      let s = existing.get(`${t.unitId}:${i.indicatorId}`);
      if (!s) {
        s = ctx.em.create(EvaluationScore, {
          round: q.round.id,
          government: q.government.id,
          unit: t.unitId,
          indicator: i.indicatorId,
        } as never) as EvaluationScore;
        ctx.em.persist(s);
      }
      Object.assign(s, {
        score,
        method: 'QUESTIONNAIRE',
        evidenceUrl: null,
        checkedAt,
        evaluatorId: by.userId,
        evaluatorName: by.name,
        note: `调查问卷有效${t.responses}份，平均满意度${i.mean.toFixed(2)}（5分制），按平均满意度线性折算`,
      });
      written.push({ unitId: t.unitId, indicatorId: i.indicatorId, score });
    }
  }
  await ctx.em.flush();
  audit(ctx, {
    action: 'Questionnaire.aggregate',
    subjectType: 'EvaluationRound',
    subjectId: q.round.id,
    after: { questionnaireId: q.id, scores: written.length, units: new Set(written.map((w) => w.unitId)).size },
  });
  return written;
}
