import {
  ANNUAL_REPORT_STEP_FROM,
  DECIMAL_FIGURES,
  MANUAL_FIGURES,
  MANUAL_SOURCES,
  checkSums,
  manualFigureLabel,
  type AnnualReportFigures,
  type AnnualReportManual,
  type ManualFigure,
  type ManualSource,
} from '@gongkai/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import type { AppConfig } from '../../config.js';
import { contextAs } from '../../common/seed-context.js';
import { AppError, CommonError, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { openTodo } from '../../common/todo/todo.service.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { today } from '../../common/clock.js';
import { AnnualReport } from './annual-report.entities.js';
import { AnnualReportError as E } from './annual-report.errors.js';
import { computeFigures } from './annual-report.figures.js';
import { annualReportWorkflow, draftTodo, figuresOf } from './annual-report.workflow.js';

/** The first year a report may be made for (the Regulations took effect in 2008). */
export const FIRST_REPORT_YEAR = 2008;
const TEXT_MAX = 20000;
const SOURCE_MAX = 500;
const FIGURE_MAX = 1e9;

/** The last day of a year's report: the unit due date, or the government's, in the next year. */
export async function dueOnFor(ctx: Ctx, scope: 'UNIT' | 'GOVERNMENT', year: number): Promise<string> {
  const key = scope === 'UNIT' ? 'annualReport.unitDue' : 'annualReport.governmentDue';
  const monthDay = await valueOn<string>(ctx, key, `${year + 1}-01-01`);
  return `${year + 1}-${monthDay}`;
}

async function makeReport(tx: Ctx, unit: Unit, year: number): Promise<AnnualReport> {
  const scope = unit.kind === 'GOVERNMENT' ? 'GOVERNMENT' : 'UNIT';
  const r = tx.em.create(AnnualReport, {
    year,
    scope,
    unit,
    government: unit.government.id,
    dueOn: await dueOnFor(tx, scope, year),
    computed: { tableTwo: {}, tableThree: null, requestFees: null, at: new Date(0).toISOString() },
  } as never) as AnnualReport;
  r.computed = await computeFigures(tx, r);
  return r;
}

/**
 * A unit's disclosure body generates its unit's report of a year (the Disclosure Office the
 * government's): the figures Gongkai holds are computed at once.
 */
export async function createAnnualReport(ctx: Ctx, year: number, unitId: string) {
  requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const unit = /^[0-9a-f-]{36}$/i.test(unitId) ? await tx.em.findOne(Unit, unitId) : null;
    if (!unit) throw new AppError(E.UNIT_INVALID, '只能为本单位或本级人民政府编制年度报告', { field: 'unitId' });
    const scope = unit.kind === 'GOVERNMENT' ? 'GOVERNMENT' : 'UNIT';
    assertCan(tx, 'create', 'AnnualReport', { __typename: 'AnnualReport', unitId: unit.id, scope, governmentId: unit.government.id } as never);
    if (!unit.active || unit.kind === 'EXTERNAL') throw new AppError(E.UNIT_INVALID, '只能为本单位或本级人民政府编制年度报告', { field: 'unitId' });
    if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > Number(today().slice(0, 4))) {
      throw new AppError(E.YEAR_INVALID, `年度应在${FIRST_REPORT_YEAR}年至今年之间`, { field: 'year' });
    }
    if (await tx.em.count(AnnualReport, { unit: unit.id, year }))
      throw new AppError(E.EXISTS, `${unit.name}${year}年度的年度报告已存在`, { field: 'year' });
    const r = await makeReport(tx, unit, year);
    tx.em.persist(r);
    await tx.em.flush();
    for (const spec of await draftTodo(r, tx)) openTodo(tx, { ...spec, subjectType: 'AnnualReport', subjectId: r.id });
    audit(tx, { action: 'AnnualReport.create', subjectType: 'AnnualReport', subjectId: r.id, after: { year, scope, unitId: unit.id } });
    return r;
  });
}

export async function getAnnualReport(ctx: Ctx, id: string) {
  const r = await ctx.em.findOne(AnnualReport, id);
  if (!r) throw notFound('年度报告');
  assertCan(ctx, 'read', 'AnnualReport', r);
  return r;
}

export async function listAnnualReports(ctx: Ctx, year: number | null) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'AnnualReport', AnnualReport);
  if (!visible) return [];
  return ctx.em.find(AnnualReport, { $and: [visible, year ? { year } : {}] } as never, {
    orderBy: [{ year: 'desc' }, { scope: 'desc' }, { unit: { sortOrder: 'asc', name: 'asc' } }],
    populate: ['unit'],
    limit: 500,
  });
}

export interface AnnualReportData {
  overview?: string | null;
  problems?: string | null;
  otherMatters?: string | null;
  figures?: { figure: string; value?: number | null }[] | null;
  sources?: { source: string; text?: string | null }[] | null;
}

function cleanText(value: string | null | undefined, field: string, max = TEXT_MAX): string {
  const t = (value ?? '').trim();
  if (t.length > max) throw new AppError(E.TEXT_TOO_LONG, `文字内容过长（不超过${max}字）`, { field });
  return t;
}
function cleanFigure(figure: string, value: number | null | undefined): [ManualFigure, number | null] {
  if (!(MANUAL_FIGURES as readonly string[]).includes(figure)) {
    throw new AppError(E.FIGURE_UNKNOWN, '年度报告模板中没有该项人工填报数据', { field: 'figures' });
  }
  const f = figure as ManualFigure;
  if (value === null || value === undefined) return [f, null];
  const decimal = DECIMAL_FIGURES.includes(f);
  const ok =
    Number.isFinite(value) && value >= 0 && value <= FIGURE_MAX && (decimal ? Math.round(value * 10000) === value * 10000 : Number.isInteger(value));
  if (!ok) {
    throw new AppError(E.FIGURE_INVALID, `“${manualFigureLabel(f)}”应为不小于0的${decimal ? '金额（最多四位小数）' : '整数'}`, { field: f });
  }
  return [f, value];
}

/** The drafter writes the texts and enters the figures Gongkai does not hold, each with its source. */
export async function updateAnnualReport(ctx: Ctx, id: string, version: number, data: AnnualReportData) {
  const texts = {
    ...(data.overview !== undefined && data.overview !== null ? { overview: cleanText(data.overview, 'overview') } : {}),
    ...(data.problems !== undefined && data.problems !== null ? { problems: cleanText(data.problems, 'problems') } : {}),
    ...(data.otherMatters !== undefined && data.otherMatters !== null ? { otherMatters: cleanText(data.otherMatters, 'otherMatters') } : {}),
  };
  const figures = (data.figures ?? []).map((x) => cleanFigure(x.figure, x.value));
  const sources = (data.sources ?? []).map((x): [ManualSource, string | null] => {
    if (!(MANUAL_SOURCES as readonly string[]).includes(x.source))
      throw new AppError(E.FIGURE_UNKNOWN, '年度报告模板中没有该项数据来源', { field: 'sources' });
    return [x.source as ManualSource, cleanText(x.text, x.source, SOURCE_MAX) || null];
  });
  return transaction(ctx, async (tx) => {
    const r = await getAnnualReport(tx, id);
    if (r.version !== version) throw versionConflict();
    assertEditable(tx, r);
    const before = { ...r.manual, overview: r.overview.length };
    const manual: AnnualReportManual = { values: { ...r.manual.values }, sources: { ...r.manual.sources } };
    for (const [f, v] of figures) manual.values[f] = v;
    for (const [s, t] of sources) manual.sources[s] = t;
    Object.assign(r, texts);
    r.manual = manual;
    await tx.em.flush();
    audit(tx, {
      action: 'AnnualReport.update',
      subjectType: 'AnnualReport',
      subjectId: r.id,
      before,
      after: { ...manual, overview: r.overview.length },
    });
    return r;
  });
}

function assertEditable(ctx: Ctx, r: AnnualReport) {
  if (!(ANNUAL_REPORT_STEP_FROM.edit as readonly string[]).includes(r.state)) {
    // the drafter of a report no longer in draft is told why; others are refused by the ability
    assertCan(ctx, 'read', 'AnnualReport', r);
    if (ctx.ability.can('create', { __typename: 'AnnualReport', unitId: r.unitId, scope: r.scope } as never)) {
      throw new AppError(CommonError.TRANSITION_NOT_ALLOWED, '年度报告已报送审签，不能再修改');
    }
  }
  assertCan(ctx, 'update', 'AnnualReport', r);
}

/** While a draft, the figures Gongkai holds are computed again from the work as it stands. */
export async function refreshAnnualReport(ctx: Ctx, id: string, version: number) {
  return transaction(ctx, async (tx) => {
    const r = await getAnnualReport(tx, id);
    if (r.version !== version) throw versionConflict();
    assertEditable(tx, r);
    const before = r.computed;
    r.computed = await computeFigures(tx, r);
    // a refresh that changes nothing still moves the version: the drafter's view is now this one
    r.computed = { ...r.computed };
    await tx.em.flush();
    audit(tx, { action: 'AnnualReport.refresh', subjectType: 'AnnualReport', subjectId: r.id, before, after: r.computed });
    return r;
  });
}

export const submitAnnualReport = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, annualReportWorkflow, 'submit', id, version, {});
export const returnAnnualReport = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, annualReportWorkflow, 'return', id, version, { reason });
export const signOffAnnualReport = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, annualReportWorkflow, 'signOff', id, version, {});
export const publishAnnualReport = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, annualReportWorkflow, 'publish', id, version, {});

/** What a report shows: as frozen once signed off, else as it stands (computed figures with the entered ones). */
export interface ReportContent {
  unitName: string;
  figures: AnnualReportFigures;
  sources: AnnualReportManual['sources'];
  overview: string;
  problems: string;
  /** Section 五's rectifications of the year, computed from the yearly review (frozen at sign-off). */
  rectifications: string[];
  otherMatters: string;
  computedAt: string;
  frozen: boolean;
}
export async function contentOf(ctx: Ctx, r: AnnualReport): Promise<ReportContent> {
  if (r.frozen) return { ...r.frozen, rectifications: r.frozen.rectifications ?? [], frozen: true };
  const unit = await r.unit.load();
  return {
    unitName: unit?.name ?? '',
    figures: figuresOf(r),
    sources: r.manual.sources,
    overview: r.overview,
    problems: r.problems,
    rectifications: r.computed.rectifications ?? [],
    otherMatters: r.otherMatters,
    computedAt: r.computed.at,
    frozen: false,
  };
}
export const sumsOf = (c: ReportContent) => checkSums(c.figures);

/** Published reports, newest year first, the government's before its units'; for the portal. */
export async function publicAnnualReports(ctx: Ctx, year: number | null) {
  return ctx.em.find(
    AnnualReport,
    { state: 'PUBLISHED', ...(year ? { year } : {}) },
    {
      orderBy: [{ year: 'desc' }, { scope: 'desc' }, { unit: { sortOrder: 'asc', name: 'asc' } }],
      populate: ['unit'],
      limit: 500,
    },
  );
}
export async function publicAnnualReport(ctx: Ctx, id: string) {
  const r = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.em.findOne(AnnualReport, { id, state: 'PUBLISHED' }) : null;
  if (!r) throw notFound('年度报告');
  return r;
}
/** A report's files: anyone once published; before, those who may read it. */
export async function reportForDownload(ctx: Ctx, id: string) {
  const r = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.em.findOne(AnnualReport, id) : null;
  if (!r) throw notFound('年度报告');
  if (r.state !== 'PUBLISHED') assertCan(ctx, 'read', 'AnnualReport', r);
  return r;
}

/**
 * When a year has ended, each unit's disclosure body has its report to draft by the unit due date,
 * and each level's Disclosure Office the government's by the government due date: the drafts are
 * generated with their to-dos, during the reporting season (until the government due date). A unit
 * counts when it has an active user with the DISCLOSURE_OFFICER role; a government when its level has
 * a Disclosure Office. Safe with two processes: the unique (unit, year) keeps one report.
 */
export const openAnnualReports = (em: EntityManager, config: AppConfig) => openAnnualReportsOn(em, config, today());
/** The same, as on a given day (the job passes today of the one clock). */
export async function openAnnualReportsOn(em: EntityManager, config: AppConfig, day: string): Promise<number> {
  const ctx = await contextAs(em, config, null);
  const year = Number(day.slice(0, 4)) - 1;
  if (day > (await dueOnFor(ctx, 'GOVERNMENT', year))) return 0;
  const units = await em.execute<{ id: string }[]>(
    `select u.id from unit u
      where u.active and u.kind <> 'EXTERNAL' and u.kind <> 'GOVERNMENT'
        and exists (select 1 from app_user a where a.unit_id = u.id and a.active and 'DISCLOSURE_OFFICER' = any(a.roles))
        and not exists (select 1 from annual_report r where r.unit_id = u.id and r.year = ?)
     union
     select g.id from unit g
      where g.active and g.kind = 'GOVERNMENT'
        and exists (select 1 from unit o where o.government_id = g.id and o.function = 'DISCLOSURE_OFFICE' and o.active)
        and not exists (select 1 from annual_report r where r.unit_id = g.id and r.year = ?)`,
    [year, year],
  );
  let made = 0;
  for (const { id } of units) {
    try {
      await transaction(ctx, async (tx) => {
        const unit = await tx.em.findOneOrFail(Unit, id);
        const r = await makeReport(tx, unit, year);
        tx.em.persist(r);
        await tx.em.flush();
        for (const spec of await draftTodo(r, tx)) openTodo(tx, { ...spec, subjectType: 'AnnualReport', subjectId: r.id });
        audit(tx, { action: 'AnnualReport.generate', subjectType: 'AnnualReport', subjectId: r.id, after: { year, scope: r.scope, unitId: id } });
      });
      made++;
    } catch (e) {
      // another process generated this one first
      if (!(e instanceof AppError)) throw e;
    }
  }
  return made;
}
