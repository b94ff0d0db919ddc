import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CalendarNotCoveredError, WorkingCalendar, addDays, weekday } from '@gongkai/shared';
import { chineseDaysCoveredYears, chineseDaysRows, type HolidayRow } from './holiday-source.js';

const rows = chineseDaysRows();
const years = chineseDaysCoveredYears();
const calendar = new WorkingCalendar({ coveredYears: years, days: rows });

function rowsOf(prefix: string): Array<[string, HolidayRow['kind'], string]> {
  return rows.filter((r) => r.date.startsWith(prefix)).map((r) => [r.date, r.kind, r.name]);
}
function datesOf(prefix: string, kind: HolidayRow['kind']): string[] {
  return rows.filter((r) => r.date.startsWith(prefix) && r.kind === kind).map((r) => r.date);
}
function range(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('chinese-days holiday source', () => {
  it('covers every year of the data, 2004 to 2026, and not 2027', () => {
    expect(years).toEqual(Array.from({ length: 2026 - 2004 + 1 }, (_, i) => 2004 + i));
    expect(years).not.toContain(2027);
  });

  it('yields unique, sorted, valid rows with Chinese festival names', () => {
    const dates = rows.map((r) => r.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const r of rows) expect(addDays(r.date, 0)).toBe(r.date); // throws on an invalid date
    const names = new Set(rows.map((r) => r.name));
    expect([...names].sort()).toEqual(
      ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节', '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日'].sort(),
    );
  });

  it('marks only weekends as adjusted working days', () => {
    for (const r of rows.filter((x) => x.kind === 'ADJUSTED_WORKDAY')) expect([0, 6], r.date).toContain(weekday(r.date));
  });

  it('in-lieu entries are weekdays already among the holidays (no extra days off)', () => {
    const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
      holidays: Record<string, string>;
      inLieuDays: Record<string, string>;
    };
    const inLieu = Object.keys(data.inLieuDays);
    expect(inLieu.length).toBeGreaterThan(100);
    for (const d of inLieu) {
      expect(d in data.holidays, d).toBe(true);
      expect([1, 2, 3, 4, 5], d).toContain(weekday(d));
    }
    expect(rows.filter((r) => r.kind === 'HOLIDAY')).toHaveLength(Object.keys(data.holidays).length);
  });

  it('Spring Festival 2024: 10–17 Feb off, Sun 4 and Sun 18 Feb worked', () => {
    expect(rowsOf('2024-02')).toEqual([
      ['2024-02-04', 'ADJUSTED_WORKDAY', '春节'],
      ...range('2024-02-10', '2024-02-17').map((d) => [d, 'HOLIDAY', '春节']),
      ['2024-02-18', 'ADJUSTED_WORKDAY', '春节'],
    ]);
  });

  it('National Day 2025: 1–8 Oct off (6 Oct is 中秋节), Sun 28 Sep and Sat 11 Oct worked', () => {
    expect([...rowsOf('2025-09'), ...rowsOf('2025-10')]).toEqual([
      ['2025-09-28', 'ADJUSTED_WORKDAY', '国庆节'],
      ...range('2025-10-01', '2025-10-08').map((d) => [d, 'HOLIDAY', d === '2025-10-06' ? '中秋节' : '国庆节']),
      ['2025-10-11', 'ADJUSTED_WORKDAY', '国庆节'],
    ]);
  });

  it('2025 matches the State Council notice (国办发明电〔2024〕12号) exactly', () => {
    expect(datesOf('2025', 'HOLIDAY')).toEqual([
      '2025-01-01',
      ...range('2025-01-28', '2025-02-04'),
      ...range('2025-04-04', '2025-04-06'),
      ...range('2025-05-01', '2025-05-05'),
      ...range('2025-05-31', '2025-06-02'),
      ...range('2025-10-01', '2025-10-08'),
    ]);
    expect(datesOf('2025', 'ADJUSTED_WORKDAY')).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
  });

  it('2026 matches the State Council notice exactly (New Year, Spring Festival 15–23 Feb, …)', () => {
    expect(datesOf('2026', 'HOLIDAY')).toEqual([
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ]);
    expect(datesOf('2026', 'ADJUSTED_WORKDAY')).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(rowsOf('2026-01')).toEqual([
      ['2026-01-01', 'HOLIDAY', '元旦'],
      ['2026-01-02', 'HOLIDAY', '元旦'],
      ['2026-01-03', 'HOLIDAY', '元旦'],
      ['2026-01-04', 'ADJUSTED_WORKDAY', '元旦'],
    ]);
  });

  it('keeps the 2020 Spring Festival extension: off to 2 Feb, Sat 1 Feb no longer worked', () => {
    // Original notice: 24–30 Jan off, Sun 19 Jan and Sat 1 Feb worked; extended to 2 Feb on 27 Jan 2020.
    expect(datesOf('2020-01', 'ADJUSTED_WORKDAY')).toEqual(['2020-01-19']);
    expect(datesOf('2020-02', 'ADJUSTED_WORKDAY')).toEqual([]);
    expect(calendar.isWorkingDay('2020-01-31')).toBe(false);
    expect(calendar.isWorkingDay('2020-02-01')).toBe(false);
    expect(calendar.nextWorkingDay('2020-01-23')).toBe('2020-02-03');
  });

  it('drives the working calendar: official annual counts and deadlines', () => {
    expect(calendar.workingDaysBetween('2023-12-31', '2024-12-31')).toBe(251);
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
    expect(calendar.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(calendar.nextWorkingDay('2024-02-09')).toBe('2024-02-18');
    expect(calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(calendar.nextWorkingDay('2025-12-31')).toBe('2026-01-04');
    expect(() => calendar.isWorkingDay('2027-01-04')).toThrow(CalendarNotCoveredError);
    expect(() => calendar.addWorkingDays('2026-12-30', 2)).toThrow(CalendarNotCoveredError);
    expect(() => calendar.isWorkingDay('2003-12-31')).toThrow(CalendarNotCoveredError);
  });

  it('returns copies, so callers cannot corrupt the source', () => {
    const mine = chineseDaysRows();
    mine[0]!.kind = 'ADJUSTED_WORKDAY';
    mine.length = 0;
    chineseDaysCoveredYears().push(2099);
    expect(chineseDaysRows()).toEqual(rows);
    expect(chineseDaysCoveredYears()).toEqual(years);
  });
});
