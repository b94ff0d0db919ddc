// China's statutory holidays and adjusted working days (调休), taken from the `chinese-days`
// package, which transcribes the State Council's yearly arrangement (国务院办公厅关于…部分节假日安排的通知).
import { createRequire } from 'node:module';
import type { CalendarDayKind, LocalDate } from '@gongkai/shared';

export interface HolidayRow {
  date: LocalDate;
  kind: CalendarDayKind;
  /** The festival the day belongs to, e.g. 春节, 国庆节 (for an adjusted working day: the festival it compensates). */
  name: string;
}

/**
 * Shape of chinese-days/dist/chinese-days.json. Values read 'English,中文,statutory days', e.g.
 * 'Spring Festival,春节,4'.
 * - holidays: every day off of each arrangement (weekdays and the weekends inside the break);
 * - workdays: weekends that are worked (调休上班);
 * - inLieuDays: the weekdays among `holidays` that are off only because a weekend is worked in
 *   exchange (调休日). A marker over days already in `holidays`, not extra days off.
 */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

/** The package says 清明/端午/中秋; the State Council's notices say 清明节/端午节/中秋节. */
const OFFICIAL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

const SPRING_FESTIVAL = '春节';

let cached: { rows: HolidayRow[]; coveredYears: number[] } | undefined;

function festivalName(description: string): string {
  const parts = description.split(',');
  const chinese = (parts.length >= 3 ? parts[parts.length - 2]! : description).trim();
  return OFFICIAL_NAMES[chinese] ?? chinese;
}

function load(): { rows: HolidayRow[]; coveredYears: number[] } {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  if (!data || typeof data.holidays !== 'object' || typeof data.workdays !== 'object') {
    throw new Error('chinese-days 数据格式无法识别');
  }

  const byDate = new Map<string, HolidayRow>();
  const add = (date: string, kind: CalendarDayKind, description: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`chinese-days 数据中的日期无法识别：${date}`);
    const existing = byDate.get(date);
    if (existing) {
      if (existing.kind !== kind) throw new Error(`chinese-days 数据自相矛盾：${date} 既放假又上班`);
      return;
    }
    byDate.set(date, { date, kind, name: festivalName(description) });
  };
  for (const [date, description] of Object.entries(data.holidays)) add(date, 'HOLIDAY', description);
  // Every in-lieu day is a day off and already among the holidays; should a later release list one
  // only there, it is still a day off.
  for (const [date, description] of Object.entries(data.inLieuDays ?? {})) add(date, 'HOLIDAY', description);
  for (const [date, description] of Object.entries(data.workdays)) add(date, 'ADJUSTED_WORKDAY', description);

  const rows = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // A year is covered when its arrangement is in the data. Every yearly arrangement schedules the
  // Spring Festival; a year holding only New Year days of the next year's arrangement (e.g. 30–31
  // December off or a worked Saturday 29 December) is not thereby covered.
  const years = new Set<number>();
  for (const row of rows) {
    if (row.kind === 'HOLIDAY' && row.name === SPRING_FESTIVAL) years.add(Number(row.date.slice(0, 4)));
  }
  cached = { rows, coveredYears: [...years].sort((a, b) => a - b) };
  return cached;
}

/** Every holiday and adjusted working day in the data, sorted by date. */
export function chineseDaysRows(): HolidayRow[] {
  return load().rows.map((row) => ({ ...row }));
}

/** The years whose arrangement the data holds, ascending. */
export function chineseDaysCoveredYears(): number[] {
  return [...load().coveredYears];
}
