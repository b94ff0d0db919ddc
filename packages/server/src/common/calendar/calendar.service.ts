import {
  CalendarNotCoveredError,
  WorkingCalendar,
  isValidLocalDate,
  shanghaiDate,
  shanghaiEndOfDay,
  type CalendarDayKind,
  type LocalDate,
} from '@gongkai/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../context.js';
import { AppError, CommonError } from '../errors.js';
import { audit } from '../audit/audit.service.js';
import { transaction } from '../tx.js';
import { CalendarDay, CalendarYear } from './calendar.entities.js';
import { chineseDaysCoveredYears, chineseDaysRows } from './holiday-source.js';

export enum CalendarError {
  CALENDAR_DATE_INVALID = 'CALENDAR_DATE_INVALID',
  CALENDAR_YEAR_INVALID = 'CALENDAR_YEAR_INVALID',
}

/** The working-day calendar as stored (the holiday package's years plus the administrator's edits). */
export async function loadCalendar(em: EntityManager): Promise<WorkingCalendar> {
  const [days, years] = await Promise.all([
    em.getConnection().execute<{ date: string; kind: CalendarDayKind }[]>(`select to_char(date, 'YYYY-MM-DD') as date, kind from calendar_day`),
    em.getConnection().execute<{ year: number }[]>('select year from calendar_year where covered'),
  ]);
  return new WorkingCalendar({ coveredYears: years.map((y) => y.year), days });
}

/** Working-day arithmetic for a rule; a date in a year not yet published is refused clearly. */
export async function addWorkingDays(ctx: Ctx, date: LocalDate, days: number): Promise<LocalDate> {
  if (!isValidLocalDate(date)) throw new AppError(CalendarError.CALENDAR_DATE_INVALID, '日期格式应为 YYYY-MM-DD', { field: 'date' });
  if (!Number.isInteger(days) || days < 0 || days > 3650)
    throw new AppError(CommonError.BAD_USER_INPUT, '工作日数应为0至3650之间的整数', { field: 'days' });
  const calendar = await loadCalendar(ctx.em);
  try {
    return calendar.addWorkingDays(date, days);
  } catch (e) {
    if (e instanceof CalendarNotCoveredError) throw new AppError(CommonError.CALENDAR_NOT_COVERED, e.message, { year: e.year });
    throw e;
  }
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export async function workingDaysBetween(ctx: Ctx, from: LocalDate, to: LocalDate): Promise<number> {
  const calendar = await loadCalendar(ctx.em);
  try {
    return calendar.workingDaysBetween(from, to);
  } catch (e) {
    if (e instanceof CalendarNotCoveredError) throw new AppError(CommonError.CALENDAR_NOT_COVERED, e.message, { year: e.year });
    throw e;
  }
}

/** A due time: the end (Asia/Shanghai) of the n-th working day after the instant's day. */
export async function dueAfterWorkingDays(ctx: Ctx, from: Date, days: number): Promise<Date> {
  return shanghaiEndOfDay(await addWorkingDays(ctx, shanghaiDate(from), days));
}

export async function calendarYear(ctx: Ctx, year: number) {
  if (!Number.isInteger(year) || year < 1949 || year > 2200) throw new AppError(CalendarError.CALENDAR_YEAR_INVALID, '年份不正确', { field: 'year' });
  const y = (await ctx.em.findOne(CalendarYear, { year })) ?? Object.assign(new CalendarYear(), { year, covered: false, source: null });
  y.days = await ctx.em.find(CalendarDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } });
  return y;
}

export async function coveredYears(ctx: Ctx) {
  const rows = await ctx.em.find(CalendarYear, { covered: true }, { orderBy: { year: 'asc' } });
  return rows.map((r) => r.year);
}

/** The administrator sets a day's kind (null: back to the Monday-to-Friday rule), e.g. for a newly published year. */
export async function setCalendarDay(ctx: Ctx, date: string, kind: CalendarDayKind | null, name: string | null) {
  if (!isValidLocalDate(date)) throw new AppError(CalendarError.CALENDAR_DATE_INVALID, '日期格式应为 YYYY-MM-DD', { field: 'date' });
  return transaction(ctx, async (tx) => {
    const existing = await tx.em.findOne(CalendarDay, { date });
    const before = existing ? { kind: existing.kind, name: existing.name } : null;
    let result: CalendarDay | null = null;
    if (kind === null) {
      if (existing) tx.em.remove(existing);
    } else {
      result = existing ?? tx.em.create(CalendarDay, { date, kind, name: null, source: 'admin' });
      Object.assign(result, { kind, name: name?.trim().slice(0, 50) || null, source: 'admin' });
      tx.em.persist(result);
    }
    audit(tx, { action: 'CalendarDay.set', subjectType: 'CalendarDay', subjectId: date, before, after: kind ? { kind, name } : null });
    return result;
  });
}

export async function setYearCovered(ctx: Ctx, year: number, covered: boolean) {
  if (!Number.isInteger(year) || year < 1949 || year > 2200) throw new AppError(CalendarError.CALENDAR_YEAR_INVALID, '年份不正确', { field: 'year' });
  await transaction(ctx, async (tx) => {
    const y = (await tx.em.findOne(CalendarYear, { year })) ?? tx.em.create(CalendarYear, { year, covered, source: 'admin' });
    const before = { covered: y.covered };
    Object.assign(y, { covered, source: y.source ?? 'admin' });
    tx.em.persist(y);
    audit(tx, { action: 'CalendarYear.setCovered', subjectType: 'CalendarDay', subjectId: String(year), before, after: { covered } });
  });
  return calendarYear(ctx, year);
}

/** Seed the table from the holiday package (first start, and years the package adds later). */
export async function seedCalendar(em: EntityManager) {
  const known = new Set((await em.getConnection().execute<{ year: number }[]>('select year from calendar_year')).map((r) => r.year));
  const years = chineseDaysCoveredYears().filter((y) => !known.has(y));
  if (years.length === 0) return 0;
  const rows = chineseDaysRows().filter((r) => years.includes(Number(r.date.slice(0, 4))));
  await em.transactional(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await tx.getConnection().execute(
        `insert into calendar_day (date, kind, name, source) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')} on conflict (date) do nothing`,
        chunk.flatMap((r) => [r.date, r.kind, r.name, 'chinese-days']),
        'run',
        tx.getTransactionContext(),
      );
    }
    await tx.getConnection().execute(
      `insert into calendar_year (year, covered, source) values ${years.map(() => '(?, true, ?)').join(', ')}`,
      years.flatMap((y) => [y, 'chinese-days']),
      'run',
      tx.getTransactionContext(),
    );
  });
  return years.length;
}
