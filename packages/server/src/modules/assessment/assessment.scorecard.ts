// A unit's scorecard of a year, from the item totals, its routine checks and its deductions:
//
// - each year-end item (年终考核) with records has its rate = points earned ÷ points possible; an item
//   without records (本年无此项工作) or without a work system in the platform (未纳入) is left out and
//   the weights of the counted items are scaled up to 100; the year-end score is Σ rate × scaled weight;
// - the routine score (平时检查) is the mean of the year's routine check scores;
// - the score is routineShare × routine + (1 − routineShare) × year-end (one part alone when the other
//   has nothing to count), less the deductions (问责), never below 0; all to two decimals;
// - units are ranked by score, equal scores sharing a rank (1, 1, 3).
import { ASSESSMENT_ITEM_LABELS, type AssessmentItem, type AssessmentItemStatus } from '@gongkai/shared';
import { ITEM_DEFINITIONS, PROVIDERS, type ItemTotals } from './assessment.items.js';

/** The parameters in force on the day the year's assessment was opened (stored, never re-read). */
export interface AssessmentParameters {
  /** 平时检查's share of the score (assessment.routineShare); 年终考核 has the rest. */
  routineShare: number;
  /** The weight of disclosure work in the units' performance assessment (assessment.disclosureWeight), shown with the results. */
  disclosureWeight: number | null;
  /** The year-end items' weights (assessment.itemWeights), adding up to 100. */
  weights: Record<AssessmentItem, number>;
}

export interface ItemScore {
  key: AssessmentItem;
  label: string;
  source: string;
  method: string;
  status: AssessmentItemStatus;
  /** The weight of the parameter. */
  weight: number;
  /** The weight it counts with, the weights of the counted items scaled to add up to 100 (0 when not counted). */
  countedWeight: number;
  records: number;
  earned: number;
  possible: number;
  rate: number | null;
  points: number | null;
}

export interface Scorecard {
  unitId: string;
  unitName: string;
  items: ItemScore[];
  yearEnd: number | null;
  routine: number | null;
  routineChecks: number;
  deductions: number;
  deductionCount: number;
  total: number | null;
  rank: number | null;
}

export interface UnitInput {
  unitId: string;
  unitName: string;
  routineScores: number[];
  deductionPoints: number[];
}

export const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

export function scorecardOf(unit: UnitInput, totals: Map<AssessmentItem, Map<string, ItemTotals>>, parameters: AssessmentParameters): Scorecard {
  const raw = ITEM_DEFINITIONS.map((d) => {
    const weight = parameters.weights[d.key] ?? 0;
    const t = totals.get(d.key)?.get(unit.unitId);
    const status: AssessmentItemStatus = !PROVIDERS[d.key] ? 'NOT_INCLUDED' : t && t.possible > 0 ? 'COUNTED' : 'NO_WORK';
    return { d, weight, t, status };
  });
  const countedSum = raw.filter((r) => r.status === 'COUNTED').reduce((s, r) => s + r.weight, 0);
  const items: ItemScore[] = raw.map(({ d, weight, t, status }) => {
    const counted = status === 'COUNTED' && countedSum > 0;
    const rate = status === 'COUNTED' ? Math.min(1, t!.earned / t!.possible) : null;
    const countedWeight = counted ? (weight * 100) / countedSum : 0;
    return {
      key: d.key,
      label: ASSESSMENT_ITEM_LABELS[d.key],
      source: d.source,
      method: d.method,
      status,
      weight,
      countedWeight: round2(countedWeight),
      records: t?.records ?? 0,
      earned: round2(t?.earned ?? 0),
      possible: round2(t?.possible ?? 0),
      rate: rate === null ? null : Math.round(rate * 10000) / 10000,
      points: counted ? round2(rate! * countedWeight) : null,
    };
  });
  const yearEnd =
    countedSum > 0 ? round2(items.reduce((s, i) => s + (i.points === null ? 0 : (i.rate ?? 0) * ((i.weight * 100) / countedSum)), 0)) : null;
  const routine = unit.routineScores.length ? round2(unit.routineScores.reduce((a, b) => a + b, 0) / unit.routineScores.length) : null;
  const deductions = round2(unit.deductionPoints.reduce((a, b) => a + b, 0));
  const share = parameters.routineShare;
  const before =
    routine !== null && yearEnd !== null ? share * routine + (1 - share) * yearEnd : routine !== null ? routine : yearEnd !== null ? yearEnd : null;
  const total = before === null ? null : round2(Math.max(0, before - deductions));
  return {
    unitId: unit.unitId,
    unitName: unit.unitName,
    items,
    yearEnd,
    routine,
    routineChecks: unit.routineScores.length,
    deductions,
    deductionCount: unit.deductionPoints.length,
    total,
    rank: null,
  };
}

/** Rank by score, highest first; equal scores share a rank; a unit with nothing to score has none. */
export function ranked(cards: Scorecard[]): Scorecard[] {
  const scored = cards.filter((c) => c.total !== null).sort((a, b) => b.total! - a.total!);
  const rankOf = new Map<string, number>();
  scored.forEach((c, i) => rankOf.set(c.unitId, i > 0 && scored[i - 1]!.total === c.total ? rankOf.get(scored[i - 1]!.unitId)! : i + 1));
  return cards.map((c) => ({ ...c, rank: rankOf.get(c.unitId) ?? null }));
}
