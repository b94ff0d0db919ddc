import { ASSESSMENT_ITEMS, isValidLocalDate, type AssessmentItem } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { today } from '../../common/clock.js';
import { Assessment, Deduction, RoutineCheck, type AssessmentParameters } from './assessment.entities.js';
import { AssessmentError as E } from './assessment.errors.js';
import { assessedUnits, computeScorecards } from './assessment.compute.js';
import { itemRecords, type ItemRecord } from './assessment.items.js';
import type { Scorecard } from './assessment.scorecard.js';
import { assessmentWorkflow } from './assessment.workflow.js';

/** The first year the platform assesses (the notice dates from 2017). */
export const FIRST_ASSESSMENT_YEAR = 2017;
const TEXT_MAX = 2000;
const isId = (s: string) => /^[0-9a-f-]{36}$/i.test(s);
const thisYear = () => Number(today().slice(0, 4));

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < FIRST_ASSESSMENT_YEAR || year > thisYear()) {
    throw new AppError(E.YEAR_INVALID, `考核年度应在${FIRST_ASSESSMENT_YEAR}年至今年之间`, { field: 'year' });
  }
}

/** The parameters in force today, stored on the year's assessment; refused while the city has not set them. */
async function parametersNow(ctx: Ctx): Promise<AssessmentParameters> {
  const routineShare = await valueOn<number | null>(ctx, 'assessment.routineShare');
  const disclosureWeight = await valueOn<number | null>(ctx, 'assessment.disclosureWeight');
  const weights = await valueOn<Record<AssessmentItem, number> | null>(ctx, 'assessment.itemWeights').catch(() => null);
  if (routineShare === null || routineShare === undefined || !weights) {
    throw new AppError(E.PARAMETERS_UNSET, '考核所需的政策参数（平时检查占比、各项指标权重）尚未设定，请先在“政策参数”中设定');
  }
  return { routineShare, disclosureWeight: disclosureWeight ?? null, weights };
}

/** The Disclosure Office opens its government's assessment of a year. */
export async function openAssessment(ctx: Ctx, year: number) {
  const { governmentId } = requireUser(ctx);
  checkYear(year);
  return transaction(ctx, async (tx) => {
    const government = await tx.em.findOne(Unit, governmentId);
    if (!government) throw notFound('本级政府');
    assertCan(tx, 'create', 'Assessment', { __typename: 'Assessment', governmentId: government.id } as never);
    if (await tx.em.count(Assessment, { government: government.id, year })) {
      throw new AppError(E.EXISTS, `${government.name}${year}年度的政务公开工作考核已建立`, { field: 'year' });
    }
    const a = tx.em.create(Assessment, {
      government,
      year,
      parameters: await parametersNow(tx),
      openedOn: today(),
      openedByName: tx.actor?.name ?? null,
    } as never) as Assessment;
    tx.em.persist(a);
    await tx.em.flush();
    audit(tx, { action: 'Assessment.open', subjectType: 'Assessment', subjectId: a.id, after: { year, parameters: a.parameters } });
    return a;
  });
}

export async function getAssessment(ctx: Ctx, id: string) {
  const a = isId(id) ? await ctx.em.findOne(Assessment, id) : null;
  if (!a) throw notFound('考核');
  assertCan(ctx, 'read', 'Assessment', a);
  return a;
}

/** The assessments the user may read (the Disclosure Office and the leaders: their government's), newest first. */
export async function listAssessments(ctx: Ctx) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'Assessment', Assessment);
  if (!visible) return [];
  return ctx.em.find(Assessment, visible as never, { orderBy: { year: 'desc' }, limit: 100 });
}

/** The year's assessment of the user's government, for a unit reading its own scorecard. */
async function assessmentOfYear(ctx: Ctx, governmentId: string, year: number) {
  if (!Number.isInteger(year)) throw new AppError(E.YEAR_INVALID, '考核年度不正确', { field: 'year' });
  const a = await ctx.em.findOne(Assessment, { government: governmentId, year });
  if (!a) throw notFound(`${year}年度的考核`);
  return a;
}

/** Every unit's scorecard: frozen once signed off by the Disclosure Office, else as the work stands. */
export async function scorecards(ctx: Ctx, a: Assessment): Promise<Scorecard[]> {
  assertCan(ctx, 'read', 'Assessment', a);
  return a.frozen ? a.frozen.scorecards : computeScorecards(ctx, a);
}

/** One unit's scorecard of a year: the unit itself, or its government's Disclosure Office and leaders. */
export async function unitScorecard(ctx: Ctx, year: number, unitId: string): Promise<{ assessment: Assessment; card: Scorecard }> {
  requireUser(ctx);
  const unit = isId(unitId) ? await ctx.em.findOne(Unit, unitId) : null;
  if (!unit) throw notFound('单位');
  assertCan(ctx, 'read', 'Scorecard', { __typename: 'Scorecard', unitId: unit.id, governmentId: unit.government.id } as never);
  const a = await assessmentOfYear(ctx, unit.government.id, year);
  const card = a.frozen ? a.frozen.scorecards.find((c) => c.unitId === unit.id) : (await computeScorecards(ctx, a, unit.id))[0];
  if (!card) throw new AppError(E.UNIT_INVALID, '该单位不在本级政府的考核范围内', { field: 'unitId' });
  return { assessment: a, card };
}

/** The records behind one item of a unit's scorecard (the drill-down), as the work stands today. */
export async function scorecardRecords(ctx: Ctx, year: number, unitId: string, item: string): Promise<ItemRecord[]> {
  if (!(ASSESSMENT_ITEMS as readonly string[]).includes(item)) throw new AppError(E.ITEM_UNKNOWN, '考核评分表中没有该项指标', { field: 'item' });
  const { assessment } = await unitScorecard(ctx, year, unitId);
  return itemRecords(ctx, item as AssessmentItem, assessment.government.id, unitId, year, today());
}

function cleanText(value: string | null | undefined, field: string, code: E, message: string): string {
  const t = (value ?? '').trim();
  if (!t) throw new AppError(code, message, { field });
  if (t.length > TEXT_MAX) throw new AppError(E.TEXT_TOO_LONG, `文字内容过长（不超过${TEXT_MAX}字）`, { field });
  return t;
}
const twoDecimals = (n: number) => Number.isFinite(n) && Math.round(n * 100) === Math.round(n * 100 * 1e6) / 1e6;

/** Load an open assessment for recording, with its version checked, and the assessed unit. */
async function forRecording(tx: Ctx, assessmentId: string, version: number, unitId: string) {
  const a = await getAssessment(tx, assessmentId);
  if (a.version !== version) throw versionConflict();
  if (a.state !== 'OPEN') {
    assertCan(tx, 'create', 'RoutineCheck', { __typename: 'RoutineCheck', governmentId: a.government.id } as never);
    throw new AppError(E.NOT_OPEN, '考核已审签，不能再记录平时检查或问责扣分');
  }
  assertCan(tx, 'update', 'Assessment', a);
  const units = await assessedUnits(tx, a.government.id);
  const unit = isId(unitId) && units.some((u) => u.id === unitId) ? await tx.em.findOne(Unit, unitId) : null;
  if (!unit) throw new AppError(E.UNIT_INVALID, '只能对本级政府的部门（单位）考核', { field: 'unitId' });
  return { a, unit };
}

export interface RoutineCheckData {
  unitId: string;
  checkedOn: string;
  findings: string;
  score: number;
}

/** 平时检查: the Disclosure Office records a check of a unit in the year, with what it found and its score. */
export async function addRoutineCheck(ctx: Ctx, assessmentId: string, version: number, data: RoutineCheckData) {
  const findings = cleanText(data.findings, 'findings', E.FINDINGS_REQUIRED, '请填写检查发现的情况');
  if (typeof data.score !== 'number' || data.score < 0 || data.score > 100 || !twoDecimals(data.score)) {
    throw new AppError(E.SCORE_INVALID, '平时检查得分应为0至100之间的数（最多两位小数）', { field: 'score' });
  }
  return transaction(ctx, async (tx) => {
    const { a, unit } = await forRecording(tx, assessmentId, version, data.unitId);
    if (!isValidLocalDate(data.checkedOn) || !data.checkedOn.startsWith(`${a.year}-`) || data.checkedOn > today()) {
      throw new AppError(E.DATE_INVALID, `检查日期应在${a.year}年内且不晚于今天`, { field: 'checkedOn' });
    }
    assertCan(tx, 'create', 'RoutineCheck', { __typename: 'RoutineCheck', governmentId: a.government.id, unitId: unit.id } as never);
    const check = tx.em.create(RoutineCheck, {
      assessment: a,
      unit,
      government: a.government.id,
      checkedOn: data.checkedOn,
      findings,
      score: data.score,
      recordedByName: tx.actor?.name ?? null,
    } as never) as RoutineCheck;
    tx.em.persist(check);
    await tx.em.flush();
    await bumpVersion(tx, a);
    audit(tx, { action: 'Assessment.routineCheck', subjectType: 'Assessment', subjectId: a.id, after: { ...data, unitId: unit.id, findings } });
    return check;
  });
}

export interface DeductionData {
  unitId: string;
  decidedOn: string;
  points: number;
  reason: string;
}

/** 问责: the Disclosure Office deducts points from a unit's score, with the reason (and the decision's document, attached after). */
export async function addDeduction(ctx: Ctx, assessmentId: string, version: number, data: DeductionData) {
  const reason = cleanText(data.reason, 'reason', E.REASON_REQUIRED, '问责扣分须写明理由');
  if (typeof data.points !== 'number' || data.points <= 0 || data.points > 100 || !twoDecimals(data.points)) {
    throw new AppError(E.POINTS_INVALID, '扣分应为大于0且不超过100的数（最多两位小数）', { field: 'points' });
  }
  return transaction(ctx, async (tx) => {
    const { a, unit } = await forRecording(tx, assessmentId, version, data.unitId);
    if (!isValidLocalDate(data.decidedOn) || data.decidedOn < `${a.year}-01-01` || data.decidedOn > today()) {
      throw new AppError(E.DATE_INVALID, `问责决定日期应不早于${a.year}年1月1日且不晚于今天`, { field: 'decidedOn' });
    }
    assertCan(tx, 'create', 'Deduction', { __typename: 'Deduction', governmentId: a.government.id, unitId: unit.id } as never);
    const d = tx.em.create(Deduction, {
      assessment: a,
      unit,
      government: a.government.id,
      decidedOn: data.decidedOn,
      points: data.points,
      reason,
      recordedByName: tx.actor?.name ?? null,
    } as never) as Deduction;
    tx.em.persist(d);
    await tx.em.flush();
    await bumpVersion(tx, a);
    audit(tx, { action: 'Assessment.deduction', subjectType: 'Assessment', subjectId: a.id, after: { ...data, unitId: unit.id, reason } });
    return d;
  });
}

/** A record added to the year changes its figures: its version moves (optimistically: of two at once, one wins). */
async function bumpVersion(tx: Ctx, a: Assessment) {
  const changed = await tx.em.execute<{ version: number }[]>(
    `update assessment set version = version + 1 where id = ? and version = ? returning version`,
    [a.id, a.version],
  );
  if (!changed.length) throw versionConflict();
  a.version = changed[0]!.version;
}

export async function routineChecks(ctx: Ctx, a: Assessment, unitId: string | null) {
  const visible = accessibleBy(ctx, 'read', 'RoutineCheck', RoutineCheck);
  if (!visible) return [];
  return ctx.em.find(RoutineCheck, { $and: [visible, { assessment: a.id }, unitId ? { unit: unitId } : {}] } as never, {
    orderBy: { checkedOn: 'asc', createdAt: 'asc' },
    populate: ['unit'],
  });
}
export async function deductions(ctx: Ctx, a: Assessment, unitId: string | null) {
  const visible = accessibleBy(ctx, 'read', 'Deduction', Deduction);
  if (!visible) return [];
  return ctx.em.find(Deduction, { $and: [visible, { assessment: a.id }, unitId ? { unit: unitId } : {}] } as never, {
    orderBy: { decidedOn: 'asc', createdAt: 'asc' },
    populate: ['unit'],
  });
}
export async function getDeduction(ctx: Ctx, id: string) {
  const d = isId(id) ? await ctx.em.findOne(Deduction, id) : null;
  if (!d) throw notFound('问责扣分');
  assertCan(ctx, 'read', 'Deduction', d);
  return d;
}
/** The decision's document is attached while the year is open, by those who record deductions. */
export async function deductionForAttachment(ctx: Ctx, id: string) {
  const d = await getDeduction(ctx, id);
  assertCan(ctx, 'create', 'Deduction', d);
  const a = await ctx.em.findOneOrFail(Assessment, d.assessment.id);
  if (a.state !== 'OPEN') throw new AppError(E.NOT_OPEN, '考核已审签，不能再修改问责扣分');
  return d;
}

export const officeSignOffAssessment = (ctx: Ctx, id: string, version: number) =>
  applyTransition(ctx, assessmentWorkflow, 'officeSignOff', id, version, {});
export const signOffAssessment = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, assessmentWorkflow, 'signOff', id, version, {});
export const returnAssessment = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, assessmentWorkflow, 'return', id, version, { reason });
export const publishAssessment = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, assessmentWorkflow, 'publish', id, version, {});

/** Published years, newest first (the portal). */
export async function publicAssessments(ctx: Ctx) {
  return ctx.em.find(Assessment, { state: 'PUBLISHED' }, { orderBy: { year: 'desc' }, populate: ['government'], limit: 200 });
}
/** A published year as the public reads it (the portal and open data): the scorecards as signed off, ranked. */
export function publishedResults(a: Assessment) {
  const cards = [...(a.frozen?.scorecards ?? [])].sort((x, y) => (x.rank ?? 1e9) - (y.rank ?? 1e9));
  return {
    id: a.id,
    year: a.year,
    governmentId: a.government.id,
    governmentName: a.government.getEntity().name,
    publishedAt: a.publishedAt ?? a.createdAt,
    routineShare: a.parameters.routineShare,
    results: cards.map((c) => ({
      rank: c.rank,
      unitName: c.unitName,
      routine: c.routine,
      yearEnd: c.yearEnd,
      deductions: c.deductions,
      total: c.total,
    })),
  };
}
export async function publicAssessment(ctx: Ctx, id: string) {
  const a = isId(id) ? await ctx.em.findOne(Assessment, { id, state: 'PUBLISHED' }, { populate: ['government'] }) : null;
  if (!a) throw notFound('考核结果');
  return a;
}
