import { describe, expect, it } from 'vitest';
import type { AssessmentItem } from '@gongkai/shared';
import { PROVIDERS, type ItemTotals } from './assessment.items.js';
import { ranked, scorecardOf, type AssessmentParameters } from './assessment.scorecard.js';

const WEIGHTS = {
  DOCUMENT_ATTRIBUTES: 10,
  CONSULTATION_WINDOWS: 8,
  CONSULTATION_RATE: 8,
  INTERPRETATION_ON_TIME: 8,
  REVIEW_REPORT: 6,
  RECTIFICATIONS: 8,
  COMPLAINT_REPLY: 8,
  COMPLAINT_SATISFACTION: 6,
  REQUEST_ON_TIME: 10,
  EVALUATION_SCORE: 12,
  SUPERVISOR_FEEDBACK: 6,
  TRAINING_COVERAGE: 5,
  JOINT_MEETING_RESOLUTIONS: 5,
} as Record<AssessmentItem, number>;
const P: AssessmentParameters = { routineShare: 0.4, disclosureWeight: null, weights: WEIGHTS };
const totals = (rows: [AssessmentItem, string, number, number][]) => {
  const out = new Map<AssessmentItem, Map<string, ItemTotals>>();
  for (const [item, unit, earned, possible] of rows) {
    const m = out.get(item) ?? new Map<string, ItemTotals>();
    m.set(unit, { earned, possible, records: possible });
    out.set(item, m);
  }
  return out;
};
const unit = (unitId: string, routineScores: number[] = [], deductionPoints: number[] = []) => ({
  unitId,
  unitName: unitId,
  routineScores,
  deductionPoints,
});

describe('a scorecard', () => {
  it('shares the weights of the items with no work among the counted ones', () => {
    // only two items have work: 10 and 12 of the weights → 100/22 each point of weight
    const card = scorecardOf(
      unit('a'),
      totals([
        ['DOCUMENT_ATTRIBUTES', 'a', 1, 2],
        ['EVALUATION_SCORE', 'a', 80, 100],
      ]),
      P,
    );
    const by = Object.fromEntries(card.items.map((i) => [i.key, i]));
    expect([by.DOCUMENT_ATTRIBUTES!.countedWeight, by.EVALUATION_SCORE!.countedWeight]).toEqual([45.45, 54.55]);
    // (0.5 × 10 + 0.8 × 12) × 100 / 22 = 14.6 × 100 / 22 = 66.36
    expect(card.yearEnd).toBe(66.36);
    expect([by.REQUEST_ON_TIME!.status, by.REQUEST_ON_TIME!.points]).toEqual(['NO_WORK', null]);
    expect([by.TRAINING_COVERAGE!.status, by.TRAINING_COVERAGE!.rate]).toEqual(['NO_WORK', null]);
    // no routine check: the year-end alone
    expect(card.total).toBe(66.36);
  });

  it('never counts an item whose work system has no provider (未纳入), even with totals', () => {
    const provider = PROVIDERS.TRAINING_COVERAGE;
    delete PROVIDERS.TRAINING_COVERAGE;
    try {
      const card = scorecardOf(
        unit('a'),
        totals([
          ['DOCUMENT_ATTRIBUTES', 'a', 1, 2],
          ['TRAINING_COVERAGE', 'a', 0, 4],
        ]),
        P,
      );
      const by = Object.fromEntries(card.items.map((i) => [i.key, i]));
      expect([by.TRAINING_COVERAGE!.status, by.TRAINING_COVERAGE!.rate, by.TRAINING_COVERAGE!.countedWeight]).toEqual(['NOT_INCLUDED', null, 0]);
      // the documents item alone: 1 of 2
      expect(card.yearEnd).toBe(50);
    } finally {
      PROVIDERS.TRAINING_COVERAGE = provider;
    }
  });

  it('has no score when it has nothing to count, whatever its deductions; a score never falls below 0', () => {
    expect(scorecardOf(unit('a', [], [5]), totals([]), P).total).toBeNull();
    expect(scorecardOf(unit('a', [3], [5]), totals([]), P).total).toBe(0);
    // routine only: 0.4 share is not applied when the year-end has nothing (the routine score stands for both)
    expect(scorecardOf(unit('a', [80, 91]), totals([]), P).total).toBe(85.5);
  });

  it('ranks by score, equal scores sharing a rank, and leaves the unscored unranked', () => {
    const cards = ranked([
      scorecardOf(unit('a', [90]), totals([]), P),
      scorecardOf(unit('b', [95]), totals([]), P),
      scorecardOf(unit('c', [90]), totals([]), P),
      scorecardOf(unit('d'), totals([]), P),
      scorecardOf(unit('e', [70]), totals([]), P),
    ]);
    expect(cards.map((c) => [c.unitId, c.rank])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 2],
      ['d', null],
      ['e', 4],
    ]);
  });
});
