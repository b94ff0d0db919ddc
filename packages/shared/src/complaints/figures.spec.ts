import { describe, expect, it } from 'vitest';
import { casePeriodKey, casePeriodRange, evaluateCase, parseCasePeriodKey, redactPersonalData } from './figures.js';

describe('redactPersonalData', () => {
  it('masks mobile and fixed phone numbers, ID numbers and e-mail addresses', () => {
    expect(redactPersonalData('请联系13912345678')).toBe('请联系139****5678');
    expect(redactPersonalData('电话0421-2856123或024 ')).toBe('电话****或024 ');
    expect(redactPersonalData('身份证21130219800101123X')).toBe('身份证******************');
    expect(redactPersonalData('邮箱 zhang.san@example.com 联系')).toBe('邮箱 **** 联系');
  });
  it('leaves numbers that are not whole phone numbers: part of a longer number, a date, a case number', () => {
    for (const text of ['编号600416779012345', '2026-11-03', 'TS20261203-M1000042', '金额120000元', '6004167790123']) {
      expect(redactPersonalData(text)).toBe(text);
    }
  });
});

describe('办结自动评价', () => {
  it('adds timeliness and satisfaction, takes off for each reopening, and grades by the bands', () => {
    const c = { state: 'RATED', closedOn: '2026-11-01', repliedLate: false, reopenCount: 0 };
    expect(evaluateCase({ ...c, rating: 'SATISFIED' })).toEqual({ score: 100, grade: '优秀', ruleVersion: 1 });
    expect(evaluateCase({ ...c, rating: 'DISSATISFIED', repliedLate: true })).toEqual({ score: 20, grade: '不合格', ruleVersion: 1 });
    expect(evaluateCase({ ...c, state: 'UNRATED', rating: null, reopenCount: 1 })).toEqual({ score: 70, grade: '合格', ruleVersion: 1 });
    // not final before the rating or the end of its period
    expect(evaluateCase({ ...c, state: 'CLOSED', rating: null })).toBeNull();
  });
});

describe('statistics periods', () => {
  it('months, quarters and years, with their keys', () => {
    expect(casePeriodRange('MONTH', 2026, 12)).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(casePeriodRange('QUARTER', 2026, 2)).toEqual({ from: '2026-04-01', to: '2026-07-01' });
    expect(casePeriodRange('YEAR', 2025, 1)).toEqual({ from: '2025-01-01', to: '2026-01-01' });
    expect(casePeriodRange('MONTH', 2026, 13)).toBeNull();
    expect(casePeriodRange('YEAR', 2026, 2)).toBeNull();
    for (const [kind, period] of [
      ['MONTH', 3],
      ['QUARTER', 4],
      ['YEAR', 1],
    ] as const) {
      expect(parseCasePeriodKey(casePeriodKey(kind, 2026, period))).toEqual({ kind, year: 2026, period });
    }
    expect(parseCasePeriodKey('2026-13')).toBeNull();
    expect(parseCasePeriodKey('2026-Q5')).toBeNull();
  });
});
