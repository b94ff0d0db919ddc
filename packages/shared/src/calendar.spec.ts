import { describe, expect, it } from 'vitest';
import {
  CalendarNotCoveredError,
  WorkingCalendar,
  addDays,
  daysBetween,
  isValidLocalDate,
  shanghaiDate,
  shanghaiEndOfDay,
  weekday,
  type HolidayTable,
  type LocalDate,
} from './calendar.js';
import type { CalendarDayKind } from './foundation/states.js';

// The State Council's arrangements for 2024–2026 (国务院办公厅关于20xx年部分节假日安排的通知),
// transcribed by hand from the notices: [first day off, last day off, worked weekends].
const ARRANGEMENTS: Array<[LocalDate, LocalDate, LocalDate[]]> = [
  // 2024 (国办发明电〔2023〕7号)
  ['2024-01-01', '2024-01-01', []],
  ['2024-02-10', '2024-02-17', ['2024-02-04', '2024-02-18']],
  ['2024-04-04', '2024-04-06', ['2024-04-07']],
  ['2024-05-01', '2024-05-05', ['2024-04-28', '2024-05-11']],
  ['2024-06-10', '2024-06-10', []],
  ['2024-09-15', '2024-09-17', ['2024-09-14']],
  ['2024-10-01', '2024-10-07', ['2024-09-29', '2024-10-12']],
  // 2025 (国办发明电〔2024〕12号)
  ['2025-01-01', '2025-01-01', []],
  ['2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
  ['2025-04-04', '2025-04-06', []],
  ['2025-05-01', '2025-05-05', ['2025-04-27']],
  ['2025-05-31', '2025-06-02', []],
  ['2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
  // 2026
  ['2026-01-01', '2026-01-03', ['2026-01-04']],
  ['2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
  ['2026-04-04', '2026-04-06', []],
  ['2026-05-01', '2026-05-05', ['2026-05-09']],
  ['2026-06-19', '2026-06-21', []],
  ['2026-09-25', '2026-09-27', []],
  ['2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
];

function officialTable(): HolidayTable {
  const days: Array<{ date: LocalDate; kind: CalendarDayKind }> = [];
  for (const [first, last, worked] of ARRANGEMENTS) {
    for (let d = first; d <= last; d = addDays(d, 1)) days.push({ date: d, kind: 'HOLIDAY' });
    for (const w of worked) days.push({ date: w, kind: 'ADJUSTED_WORKDAY' });
  }
  return { coveredYears: [2024, 2025, 2026], days };
}

const cal = new WorkingCalendar(officialTable());

function workingDaysOf(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) out.push(d);
  return out;
}

describe('date helpers', () => {
  it('validates real YYYY-MM-DD dates only', () => {
    for (const ok of ['2026-02-28', '2024-02-29', '2000-02-29', '2025-12-31', '2026-01-01']) {
      expect(isValidLocalDate(ok), ok).toBe(true);
    }
    for (const bad of [
      '2026-02-30',
      '2025-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-2-3',
      '26-02-03',
      '2026/02/03',
      '2026-02-03T00:00',
      ' 2026-02-03',
      '2026-02-03 ',
      '',
      '２０２６-02-03',
    ]) {
      expect(isValidLocalDate(bad), bad).toBe(false);
    }
    expect(isValidLocalDate(20260203)).toBe(false);
    expect(isValidLocalDate(null)).toBe(false);
    expect(isValidLocalDate(new Date())).toBe(false);
  });

  it('adds calendar days across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-02-14', 0)).toBe('2026-02-14');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('1970-01-01', -1)).toBe('1969-12-31');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-01', 1.5)).toThrow(RangeError);
  });

  it('counts calendar days between dates', () => {
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(daysBetween('2026-02-14', '2026-02-14')).toBe(0);
    expect(() => daysBetween('2026-02-29', '2026-03-01')).toThrow(RangeError);
  });

  it('gives the weekday, 0 = Sunday … 6 = Saturday', () => {
    expect(weekday('1970-01-01')).toBe(4); // Thursday
    expect(weekday('2000-01-01')).toBe(6); // Saturday
    expect(weekday('2026-02-14')).toBe(6); // 周六, worked before the 2026 Spring Festival
    expect(weekday('2025-09-28')).toBe(0); // 周日, worked before National Day 2025
    expect(weekday('2026-01-01')).toBe(4); // 周四
    expect(weekday('1969-12-31')).toBe(3);
  });

  it('finds the Asia/Shanghai calendar day of an instant (UTC+08:00)', () => {
    expect(shanghaiDate(new Date('2025-12-31T15:59:59.999Z'))).toBe('2025-12-31');
    expect(shanghaiDate(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
    expect(shanghaiDate(new Date('2026-02-14T00:00:00+08:00'))).toBe('2026-02-14');
    expect(shanghaiDate(new Date('2026-02-14T23:59:59+08:00'))).toBe('2026-02-14');
    expect(shanghaiDate(new Date('2024-02-29T20:00:00Z'))).toBe('2024-03-01');
    expect(() => shanghaiDate(new Date('nonsense'))).toThrow(RangeError);
  });

  it('gives 23:59:59.999 Asia/Shanghai as the end of a day', () => {
    expect(shanghaiEndOfDay('2026-02-14').toISOString()).toBe('2026-02-14T15:59:59.999Z');
    expect(shanghaiEndOfDay('2026-01-01').toISOString()).toBe('2026-01-01T15:59:59.999Z');
    expect(shanghaiEndOfDay('2024-02-29').getTime()).toBe(Date.parse('2024-02-29T23:59:59.999+08:00'));
    const end = shanghaiEndOfDay('2025-12-31');
    expect(shanghaiDate(end)).toBe('2025-12-31');
    expect(shanghaiDate(new Date(end.getTime() + 1))).toBe('2026-01-01');
    expect(() => shanghaiEndOfDay('2025-02-29')).toThrow(RangeError);
  });
});

describe('WorkingCalendar: official arrangements', () => {
  it('Spring Festival 2024: 10–17 Feb off, Sun 4 and Sun 18 Feb worked', () => {
    expect(workingDaysOf('2024-02-03', '2024-02-19')).toEqual([
      '2024-02-04', // Sunday, worked
      '2024-02-05',
      '2024-02-06',
      '2024-02-07',
      '2024-02-08',
      '2024-02-09', // 除夕 was a working day in 2024
      '2024-02-18', // Sunday, worked
      '2024-02-19',
    ]);
    expect(cal.addWorkingDays('2024-02-09', 1)).toBe('2024-02-18');
    expect(cal.addWorkingDays('2024-02-08', 3)).toBe('2024-02-19');
    expect(cal.workingDaysBetween('2024-02-09', '2024-02-18')).toBe(1);
    // February 2024: 21 weekdays − 5 off (12–16) + 2 worked Sundays = 18.
    expect(cal.workingDaysBetween('2024-01-31', '2024-02-29')).toBe(18);
  });

  it('National Day 2025: 1–8 Oct off, Sun 28 Sep and Sat 11 Oct worked', () => {
    expect(cal.isWorkingDay('2025-09-27')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2025-09-28')).toBe(true); // Sunday, worked
    for (let d = '2025-10-01'; d <= '2025-10-08'; d = addDays(d, 1)) expect(cal.isWorkingDay(d), d).toBe(false);
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true); // Saturday, worked
    expect(cal.isWorkingDay('2025-10-12')).toBe(false); // Sunday
    // Tue 30 Sep + 3 working days: Thu 9, Fri 10, Sat 11 Oct.
    expect(cal.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(cal.addWorkingDays('2025-09-30', 4)).toBe('2025-10-13');
    expect(cal.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(cal.nextWorkingDay('2025-10-01')).toBe('2025-10-09');
    expect(cal.workingDaysBetween('2025-09-30', '2025-10-08')).toBe(0);
    // October 2025: 23 weekdays − 6 off (1–3, 6–8) + Sat 11 = 18.
    expect(cal.workingDaysBetween('2025-09-30', '2025-10-31')).toBe(18);
  });

  it('New Year 2026: 1–3 Jan off, Sun 4 Jan worked', () => {
    expect(cal.isWorkingDay('2025-12-31')).toBe(true);
    expect(cal.isWorkingDay('2026-01-01')).toBe(false);
    expect(cal.isWorkingDay('2026-01-02')).toBe(false); // Friday off
    expect(cal.isWorkingDay('2026-01-04')).toBe(true); // Sunday worked
    expect(cal.nextWorkingDay('2025-12-31')).toBe('2026-01-04');
    expect(cal.addWorkingDays('2025-12-30', 2)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2025-12-30', 3)).toBe('2026-01-05');
  });

  it('Spring Festival 2026: 15–23 Feb off, Sat 14 and Sat 28 Feb worked', () => {
    expect(workingDaysOf('2026-02-13', '2026-03-02')).toEqual([
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-02',
    ]);
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-14', 5)).toBe('2026-02-28');
    expect(cal.addWorkingDays('2026-02-14', 6)).toBe('2026-03-02');
    expect(cal.nextWorkingDay('2026-02-15')).toBe('2026-02-24');
    // February 2026: 20 weekdays − 6 off (16–20, 23) + 2 worked Saturdays = 16.
    expect(cal.workingDaysBetween('2026-01-31', '2026-02-28')).toBe(16);
  });

  it('counts a whole year: 251 working days in 2024, 248 in 2025, 248 in 2026', () => {
    // (from, to] leaves 1 January out; it is a holiday in 2024, so the count is the whole year's.
    expect(cal.workingDaysBetween('2024-01-01', '2024-12-31')).toBe(251);
    expect(cal.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    expect(cal.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
    expect(cal.addWorkingDays('2024-12-31', 248)).toBe('2025-12-31');
    expect(cal.addWorkingDays('2024-12-31', 249)).toBe('2026-01-04');
  });
});

describe('WorkingCalendar: counting rules', () => {
  it('addWorkingDays does not count the starting day; n = 0 returns it', () => {
    expect(cal.addWorkingDays('2025-03-10', 0)).toBe('2025-03-10'); // Monday
    expect(cal.addWorkingDays('2025-03-08', 0)).toBe('2025-03-08'); // Saturday: returned as is
    expect(cal.addWorkingDays('2025-03-10', 1)).toBe('2025-03-11');
    expect(cal.addWorkingDays('2025-03-07', 1)).toBe('2025-03-10'); // Friday → Monday
    expect(cal.addWorkingDays('2025-03-08', 1)).toBe('2025-03-10'); // Saturday → Monday
    expect(cal.addWorkingDays('2025-03-10', 5)).toBe('2025-03-17');
  });

  it('workingDaysBetween counts (from, to]', () => {
    expect(cal.workingDaysBetween('2025-03-10', '2025-03-10')).toBe(0);
    expect(cal.workingDaysBetween('2025-03-10', '2025-03-11')).toBe(1);
    expect(cal.workingDaysBetween('2025-03-07', '2025-03-10')).toBe(1); // Fri → Mon
    expect(cal.workingDaysBetween('2025-03-07', '2025-03-09')).toBe(0); // Fri → Sun
    expect(cal.workingDaysBetween('2025-03-08', '2025-03-14')).toBe(5);
    expect(cal.workingDaysBetween('2025-03-14', '2025-03-10')).toBe(0); // to before from
  });

  it('workingDaysBetween undoes addWorkingDays', () => {
    const starts = ['2024-01-01', '2024-09-13', '2025-01-25', '2025-09-27', '2026-02-14', '2026-09-19'];
    for (const start of starts) {
      // 2026-09-19 + 200 working days would run into 2027, which is not covered.
      for (const n of start < '2026-06-01' ? [1, 2, 3, 7, 10, 20, 60, 200] : [1, 2, 3, 7, 10, 20, 60]) {
        const end = cal.addWorkingDays(start, n);
        expect(cal.isWorkingDay(end)).toBe(true);
        expect(cal.workingDaysBetween(start, end)).toBe(n);
        expect(cal.workingDaysBetween(start, addDays(end, -1))).toBe(n - 1);
      }
    }
  });

  it('an adjusted working day wins over a holiday entry for the same date', () => {
    const c = new WorkingCalendar({
      coveredYears: [2025],
      days: [
        { date: '2025-03-08', kind: 'ADJUSTED_WORKDAY' },
        { date: '2025-03-08', kind: 'HOLIDAY' },
        { date: '2025-03-10', kind: 'HOLIDAY' },
      ],
    });
    expect(c.isWorkingDay('2025-03-08')).toBe(true);
    expect(c.isWorkingDay('2025-03-10')).toBe(false);
    expect(c.isWorkingDay('2025-03-09')).toBe(false);
    expect(c.isWorkingDay('2025-03-11')).toBe(true);
  });

  it('rejects a negative or fractional number of working days', () => {
    expect(() => cal.addWorkingDays('2025-03-10', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-03-10', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-03-10', Number.NaN)).toThrow(RangeError);
  });

  it('rejects invalid dates', () => {
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => cal.workingDaysBetween('2025-01-01', '2025-1-2')).toThrow(RangeError);
    expect(() => new WorkingCalendar({ coveredYears: [2025], days: [{ date: '2025-13-01', kind: 'HOLIDAY' }] })).toThrow(RangeError);
  });
});

describe('WorkingCalendar: uncovered years', () => {
  function notCovered(fn: () => unknown): CalendarNotCoveredError {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarNotCoveredError);
      return e as CalendarNotCoveredError;
    }
    throw new Error('expected CalendarNotCoveredError');
  }

  it('refuses dates in an uncovered year instead of guessing Monday to Friday', () => {
    expect(notCovered(() => cal.isWorkingDay('2027-01-04')).year).toBe(2027);
    expect(notCovered(() => cal.isWorkingDay('2023-12-29')).year).toBe(2023);
    expect(notCovered(() => cal.nextWorkingDay('2027-03-01')).year).toBe(2027);
    expect(notCovered(() => cal.addWorkingDays('2027-03-01', 0)).year).toBe(2027);
    expect(notCovered(() => cal.workingDaysBetween('2027-03-01', '2027-03-05')).year).toBe(2027);
    expect(notCovered(() => cal.workingDaysBetween('2026-03-01', '2027-03-05')).year).toBe(2027);
    expect(notCovered(() => cal.workingDaysBetween('2027-03-05', '2026-03-01')).year).toBe(2027);
    const e = notCovered(() => cal.isWorkingDay('2027-01-04'));
    expect(e.message).toContain('2027');
    expect(e.name).toBe('CalendarNotCoveredError');
  });

  it('refuses when the arithmetic walks into an uncovered year', () => {
    expect(cal.addWorkingDays('2026-12-30', 1)).toBe('2026-12-31'); // Thursday, still 2026
    expect(notCovered(() => cal.addWorkingDays('2026-12-30', 2)).year).toBe(2027);
    expect(notCovered(() => cal.nextWorkingDay('2026-12-31')).year).toBe(2027);
    expect(notCovered(() => cal.addWorkingDays('2024-01-02', 100_000)).year).toBe(2027);
  });

  it('refuses to cross a gap between covered years', () => {
    const gap = new WorkingCalendar({ coveredYears: [2024, 2026], days: [] });
    expect(gap.coveredYears).toEqual([2024, 2026]);
    expect(gap.covers(2025)).toBe(false);
    expect(gap.addWorkingDays('2024-12-30', 1)).toBe('2024-12-31');
    expect(notCovered(() => gap.addWorkingDays('2024-12-30', 2)).year).toBe(2025);
    expect(notCovered(() => gap.addWorkingDays('2024-12-30', 400)).year).toBe(2025);
    expect(notCovered(() => gap.workingDaysBetween('2024-06-01', '2026-06-01')).year).toBe(2025);
    expect(notCovered(() => gap.isWorkingDay('2025-06-02')).year).toBe(2025);
  });

  it('an empty table covers nothing', () => {
    const none = new WorkingCalendar({ coveredYears: [], days: [] });
    expect(notCovered(() => none.isWorkingDay('2026-03-02')).year).toBe(2026);
  });
});
