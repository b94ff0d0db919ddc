import { describe, expect, it } from 'vitest';
import { gradeOf, linearMeanScore } from './states.js';

describe('the questionnaire rule', () => {
  it('maps the mean answer linearly onto the indicator: 5 → full, 1 → nothing, 4 → three quarters', () => {
    expect(linearMeanScore(15, 5 * 9, 9)).toBe(15);
    expect(linearMeanScore(15, 1 * 9, 9)).toBe(0);
    expect(linearMeanScore(15, 36, 9)).toBe(11.25);
  });
  it('rounds half up on the exact value, not on a binary fraction', () => {
    // 2 × (25/21 − 1) ÷ 4 = 0.095238… → 0.10
    expect(linearMeanScore(2, 25, 21)).toBe(0.1);
    // 4 × (3.5 − 1) ÷ 4 = 2.5 exactly
    expect(linearMeanScore(4, 7, 2)).toBe(2.5);
    // 1.5 × (13/4 − 1) ÷ 4 = 0.84375 → 0.84
    expect(linearMeanScore(1.5, 13, 4)).toBe(0.84);
    // 0.3 × (2 − 1) ÷ 4 = 0.075 → 0.08 (half up)
    expect(linearMeanScore(0.3, 2, 1)).toBe(0.08);
    expect(linearMeanScore(3, 0, 0)).toBe(0);
  });
});

describe('grades', () => {
  it('take the band the share reaches, the boundary included', () => {
    const bands = { excellent: 0.9, good: 0.8, pass: 0.6 };
    expect([90, 89.99, 80, 79.5, 60, 59.99].map((t) => gradeOf(t, 100, bands))).toEqual(['EXCELLENT', 'GOOD', 'GOOD', 'PASS', 'PASS', 'FAIL']);
    expect(gradeOf(135, 150, bands)).toBe('EXCELLENT');
  });
});
