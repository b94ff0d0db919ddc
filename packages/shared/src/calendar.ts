// Working-day arithmetic over a holiday table, plus the plain date helpers it is built on.
//
// Dates are 'YYYY-MM-DD' strings (LocalDate) meaning a calendar day in Asia/Shanghai. Internally a
// date is an integer day number (days since 1970-01-01, proleptic Gregorian), computed by pure
// arithmetic: no Date object is involved, so the host time zone can never shift a day.
import type { CalendarDayKind } from './foundation/states.js';

/** A local date in Asia/Shanghai, as 'YYYY-MM-DD'. */
export type LocalDate = string;

export interface HolidayTable {
  /** Years whose holidays and adjusted working days are published and loaded. */
  coveredYears: Iterable<number>;
  /** Days that differ from the Monday-to-Friday rule. */
  days: Iterable<{ date: LocalDate; kind: CalendarDayKind }>;
}

export class CalendarNotCoveredError extends Error {
  constructor(public readonly year: number) {
    super(`${year}年的节假日安排尚未录入，无法计算工作日`);
    this.name = 'CalendarNotCoveredError';
  }
}

// ---------------------------------------------------------------------------------------------
// Plain date helpers
// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai is UTC+08:00 all year round (no daylight saving time since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Inverse of daysFromCivil. */
function civilFromDays(n: number): [year: number, month: number, day: number] {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function yearOfDay(n: number): number {
  return civilFromDays(n)[0];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDay(n: number): LocalDate {
  const [y, m, d] = civilFromDays(n);
  if (y < 0 || y > 9999) throw new RangeError(`日期超出可表示范围（0000–9999年）`);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Parses a LocalDate into a day number; RangeError when it is not a real 'YYYY-MM-DD' date. */
function toDay(date: LocalDate): number {
  const match = typeof date === 'string' ? LOCAL_DATE_RE.exec(date) : null;
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return daysFromCivil(y, m, d);
  }
  throw new RangeError(`无效日期：${String(date)}（应为 YYYY-MM-DD 格式的真实日期）`);
}

function assertInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what}必须是整数：${String(n)}`);
}

/** Whether `s` is a real calendar date written 'YYYY-MM-DD' (so '2026-02-30' and '2026-2-3' are not). */
export function isValidLocalDate(s: unknown): s is LocalDate {
  if (typeof s !== 'string') return false;
  try {
    toDay(s);
    return true;
  } catch {
    return false;
  }
}

/** The date `n` calendar days after `date` (before it when n is negative). */
export function addDays(date: LocalDate, n: number): LocalDate {
  assertInteger(n, '天数');
  return formatDay(toDay(date) + n);
}

/** Calendar days from `a` to `b`: positive when b is later, 0 on the same day. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDay(b) - toDay(a);
}

/** Day of the week, as Date#getDay: 0 = Sunday, 1 = Monday, …, 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return weekdayOfDay(toDay(date));
}

function weekdayOfDay(n: number): number {
  // 1970-01-01 was a Thursday.
  return (((n + 4) % 7) + 7) % 7;
}

/** The calendar day in Asia/Shanghai (UTC+08:00) of an instant. */
export function shanghaiDate(instant: Date): LocalDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('无效时间');
  return formatDay(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** The instant 23:59:59.999 of `date` in Asia/Shanghai (i.e. 15:59:59.999Z that day). */
export function shanghaiEndOfDay(date: LocalDate): Date {
  return new Date((toDay(date) + 1) * MS_PER_DAY - SHANGHAI_OFFSET_MS - 1);
}

// ---------------------------------------------------------------------------------------------
// Working calendar
// ---------------------------------------------------------------------------------------------

/**
 * Working-day arithmetic under China's statutory arrangement: a date is a working day if it is an
 * ADJUSTED_WORKDAY (调休上班), else not if it is a HOLIDAY, else if it falls Monday to Friday.
 *
 * Every date given, and every date the arithmetic walks over, must lie in a covered year;
 * otherwise CalendarNotCoveredError is thrown (there is no Monday-to-Friday guess). Malformed
 * dates throw RangeError.
 *
 * Built once from the table: a cumulative count of working days over the span of covered years
 * makes isWorkingDay and workingDaysBetween O(1) and addWorkingDays O(log days), allocation-free.
 */
export class WorkingCalendar {
  private readonly covered: ReadonlySet<number>;
  private readonly sortedYears: readonly number[];
  /** Day number of 1 January of the first covered year. */
  private readonly start: number;
  /** Number of days from `start` to 31 December of the last covered year. */
  private readonly length: number;
  /** cumulative[i] = working days among the first i days of the span (cumulative[0] = 0). */
  private readonly cumulative: Int32Array;

  constructor(table: HolidayTable) {
    const years = new Set<number>();
    for (const y of table.coveredYears) {
      if (!Number.isSafeInteger(y) || y < 0 || y > 9999) throw new RangeError(`无效年份：${String(y)}`);
      years.add(y);
    }
    this.covered = years;
    this.sortedYears = [...years].sort((a, b) => a - b);

    const holidays = new Set<number>();
    const workdays = new Set<number>();
    for (const { date, kind } of table.days) {
      const day = toDay(date);
      if (kind === 'HOLIDAY') holidays.add(day);
      else if (kind === 'ADJUSTED_WORKDAY') workdays.add(day);
      else throw new RangeError(`未知的日历类型：${String(kind)}（${date}）`);
    }

    if (this.sortedYears.length === 0) {
      this.start = 0;
      this.length = 0;
      this.cumulative = new Int32Array(1);
      return;
    }
    const first = this.sortedYears[0]!;
    const last = this.sortedYears[this.sortedYears.length - 1]!;
    this.start = daysFromCivil(first, 1, 1);
    this.length = daysFromCivil(last + 1, 1, 1) - this.start;
    const cumulative = new Int32Array(this.length + 1);
    let count = 0;
    for (let i = 0; i < this.length; i++) {
      const day = this.start + i;
      const dow = weekdayOfDay(day);
      const working = workdays.has(day) || (!holidays.has(day) && dow !== 0 && dow !== 6);
      if (working) count++;
      cumulative[i + 1] = count;
    }
    this.cumulative = cumulative;
  }

  /** The covered years, ascending. */
  get coveredYears(): readonly number[] {
    return this.sortedYears;
  }

  /** Whether the holiday arrangement of `year` is loaded. */
  covers(year: number): boolean {
    return this.covered.has(year);
  }

  isWorkingDay(date: LocalDate): boolean {
    const i = this.index(date);
    return this.cumulative[i + 1]! > this.cumulative[i]!;
  }

  /**
   * The n-th working day after `date` (n ≥ 0), `date` itself not counted; n = 0 returns `date`.
   * E.g. with n = 1 this is the next working day, whatever `date` is.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`工作日数必须是非负整数：${String(n)}`);
    const i = this.index(date);
    if (n === 0) return date;
    const wanted = this.cumulative[i + 1]! + n;
    if (wanted > this.cumulative[this.length]!) {
      // The walk runs past the last covered year; report the first uncovered year it meets.
      this.assertSpanCovered(this.start + i, this.start + this.length);
    }
    // Smallest j with cumulative[j] >= wanted; the result is day j - 1 of the span.
    let lo = i + 2;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! >= wanted) hi = mid;
      else lo = mid + 1;
    }
    const result = this.start + lo - 1;
    this.assertSpanCovered(this.start + i, result);
    return formatDay(result);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate {
    return this.addWorkingDays(date, 1);
  }

  /** Working days in (from, to]: `from` not counted, `to` counted; 0 when to ≤ from. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    const i = this.index(from);
    const j = this.index(to);
    if (j <= i) return 0;
    this.assertSpanCovered(this.start + i, this.start + j);
    return this.cumulative[j + 1]! - this.cumulative[i + 1]!;
  }

  /** Index of `date` within the span; throws unless its year is covered. */
  private index(date: LocalDate): number {
    const day = toDay(date);
    const year = yearOfDay(day);
    if (!this.covered.has(year)) throw new CalendarNotCoveredError(year);
    return day - this.start;
  }

  /** Throws for the first uncovered year among the years of days a..b (a ≤ b). */
  private assertSpanCovered(a: number, b: number): void {
    const last = yearOfDay(b);
    for (let y = yearOfDay(a); y <= last; y++) {
      if (!this.covered.has(y)) throw new CalendarNotCoveredError(y);
    }
  }
}
