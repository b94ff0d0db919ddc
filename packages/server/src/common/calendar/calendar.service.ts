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
import { parseHolidayNotice, type ParsedNotice } from './notice.js';
import { closeTodos, openTodo } from '../todo/todo.service.js';
import { valueOn } from '../parameters/parameters.service.js';
import { contextAs } from '../seed-context.js';
import type { AppConfig } from '../../config.js';

export enum CalendarError {
  CALENDAR_DATE_INVALID = 'CALENDAR_DATE_INVALID',
  CALENDAR_YEAR_INVALID = 'CALENDAR_YEAR_INVALID',
  CALENDAR_NOTICE_INVALID = 'CALENDAR_NOTICE_INVALID',
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
  checkYear(year);
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
  checkYear(year);
  await transaction(ctx, async (tx) => {
    const y = (await tx.em.findOne(CalendarYear, { year })) ?? tx.em.create(CalendarYear, { year, covered, source: 'admin' });
    const before = { covered: y.covered };
    Object.assign(y, { covered, source: y.source ?? 'admin' });
    tx.em.persist(y);
    audit(tx, { action: 'CalendarYear.setCovered', subjectType: 'CalendarDay', subjectId: String(year), before, after: { covered } });
    // a year marked entered needs no reminder to enter it
    if (covered) await closeTodos(tx, 'CalendarYear', String(year));
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

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 1949 || year > 2200) throw new AppError(CalendarError.CALENDAR_YEAR_INVALID, '年份不正确', { field: 'year' });
}
const NOTICE_MAX = 20_000;

/** What the pasted notice reads as, before anything is entered: the holidays, the days, the problems. */
export function previewCalendarNotice(year: number, text: string): ParsedNotice {
  checkYear(year);
  if (text.length > NOTICE_MAX) throw new AppError(CommonError.BAD_USER_INPUT, `通知全文不应超过${NOTICE_MAX}字`, { field: 'text' });
  return parseHolidayNotice(year, text);
}

/**
 * The administrator enters a year's arrangement from the State Council's notice: refused while the
 * reading has a problem; otherwise the year's days become the notice's (replacing what was entered
 * by hand or from the data), the year is marked entered with the notice as its source, and the
 * reminder to enter it is done.
 */
export async function applyCalendarNotice(ctx: Ctx, year: number, text: string) {
  const parsed = previewCalendarNotice(year, text);
  if (parsed.problems.length)
    throw new AppError(CalendarError.CALENDAR_NOTICE_INVALID, `通知无法识别，未录入：${parsed.problems[0]}`, {
      field: 'text',
      problems: parsed.problems,
    });
  await transaction(ctx, async (tx) => {
    const conn = tx.em.getConnection();
    const context = tx.em.getTransactionContext();
    const before = await conn.execute<{ n: string }[]>(
      `select count(*) as n from calendar_day where date between ? and ?`,
      [`${year}-01-01`, `${year}-12-31`],
      'all',
      context,
    );
    await conn.execute(`delete from calendar_day where date between ? and ?`, [`${year}-01-01`, `${year}-12-31`], 'run', context);
    await conn.execute(
      `insert into calendar_day (date, kind, name, source) values ${parsed.days.map(() => '(?, ?, ?, ?)').join(', ')}
       on conflict (date) do update set kind = excluded.kind, name = excluded.name, source = excluded.source`,
      parsed.days.flatMap((d) => [d.date, d.kind, d.name, 'notice']),
      'run',
      context,
    );
    await conn.execute(
      `insert into calendar_year (year, covered, source) values (?, true, 'notice') on conflict (year) do update set covered = true, source = 'notice'`,
      [year],
      'run',
      context,
    );
    audit(tx, {
      action: 'CalendarYear.applyNotice',
      subjectType: 'CalendarDay',
      subjectId: String(year),
      before: { days: Number(before[0]!.n) },
      after: { holidays: parsed.holidays.map((h) => `${h.name} ${h.from}—${h.to}`), days: parsed.days.length },
    });
    await closeTodos(tx, 'CalendarYear', String(year));
  });
  return calendarYear(ctx, year);
}

/** The year ahead when its arrangement is not entered and the warning's day (calendar.warnFrom) has come; else null. */
export async function calendarWarning(ctx: Ctx, day = shanghaiDate(new Date())): Promise<{ year: number; warnFrom: LocalDate } | null> {
  const year = Number(day.slice(0, 4)) + 1;
  const warnFrom = `${year - 1}-${await valueOn<string>(ctx, 'calendar.warnFrom', day)}`;
  if (day < warnFrom) return null;
  const covered = await ctx.em.getConnection().execute<{ n: string }[]>('select count(*) as n from calendar_year where year = ? and covered', [year]);
  return Number(covered[0]!.n) ? null : { year, warnFrom };
}

/**
 * From calendar.warnFrom on, while next year's arrangement is not entered, the administrators get a
 * to-do to enter it (once: looked for under a lock before it is opened, safe with two processes).
 */
export const remindCalendarYear = (em: EntityManager, config: AppConfig) => remindCalendarYearOn(em, config, shanghaiDate(new Date()));
export async function remindCalendarYearOn(em: EntityManager, config: AppConfig, day: LocalDate): Promise<number> {
  const ctx = await contextAs(em.fork(), config, null);
  const warning = await calendarWarning(ctx, day);
  if (!warning) return 0;
  return transaction(ctx, async (tx) => {
    const subjectId = String(warning.year);
    await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`calendar-year:${subjectId}`]);
    const [{ n }] = await tx.em.execute<{ n: string }[]>(`select count(*) as n from todo where subject_type = 'CalendarYear' and subject_id = ?`, [
      subjectId,
    ]);
    if (Number(n)) return 0;
    openTodo(tx, {
      kind: 'calendar.enterYear',
      title: `${warning.year}年节假日安排尚未录入：国务院办公厅通知发布后请录入，否则${warning.year}年的工作日期限将无法计算`,
      link: `/calendar?year=${warning.year}`,
      dueAt: new Date(`${warning.year - 1}-12-31T23:59:59.999+08:00`),
      assigneeRole: 'ADMIN',
      subjectType: 'CalendarYear',
      subjectId,
    });
    return 1;
  });
}
