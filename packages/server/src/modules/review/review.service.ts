import { randomBytes } from 'node:crypto';
import {
  drawSample,
  isValidLocalDate,
  RECTIFICATION_OPEN_STATES,
  RECTIFICATION_STATE_LABELS,
  REVIEW_REPORT_OPEN_STATES,
  REVIEW_REPORT_STEP_FROM,
  type RectificationState,
  type ReviewOutcome,
  type ReviewReportState,
  type SpotCheckMethod,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { openTodo } from '../../common/todo/todo.service.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { now, today } from '../../common/clock.js';
import { documentFacts, reviewableDocuments, type ReviewableDocument } from '../documents/documents.service.js';
import { frequentlyRequestedItems } from '../requests/requests.service.js';
import { Rectification, ReviewCampaign, ReviewItem, ReviewReport, SpotCheck } from './review.entities.js';
import { ReviewError as E } from './review.errors.js';
import { campaignWorkflow, rectificationWorkflow, rectifyTodos, reportTodos, reportWorkflow } from './review.workflow.js';

const text = (s: string | null | undefined) => s?.trim() ?? '';
/** The kinds of unit that review their own information: departments, affiliated units, parks. */
export const REVIEWING_UNIT_KINDS = ['DEPARTMENT', 'AFFILIATED', 'PARK'] as const;

// ——— the campaign ———

/** The Disclosure Office opens its level's review of a year: a report for every unit, with its items and its to-do. */
export async function openCampaign(ctx: Ctx, year: number) {
  const actor = requireUser(ctx);
  const thisYear = Number(today().slice(0, 4));
  if (!Number.isInteger(year) || year < thisYear - 1 || year > thisYear) {
    throw new AppError(E.YEAR_INVALID, '只能组织本年度或上一年度的公开内容审查', { field: 'year' });
  }
  return transaction(ctx, async (tx) => {
    const governmentId = actor.governmentId;
    assertCan(tx, 'create', 'ReviewCampaign', { governmentId });
    await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`review:${governmentId}:${year}`]);
    if (await tx.em.count(ReviewCampaign, { government: governmentId, year })) {
      throw new AppError(E.CAMPAIGN_EXISTS, `本级${year}年度的公开内容审查已经启动`, { field: 'year' });
    }
    const units = await tx.em.find(
      Unit,
      { government: governmentId, active: true, kind: { $in: [...REVIEWING_UNIT_KINDS] } },
      { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
    );
    if (!units.length) throw new AppError(E.NO_UNITS, '本级没有需要开展审查的单位');
    // the report day in force on the day the campaign opens (review.reportDue, a month-day of the year)
    const monthDay = await valueOn<string>(tx, 'review.reportDue', today());
    const reportDueOn = `${year}-${monthDay}`;
    const campaign = tx.em.create(ReviewCampaign, {
      government: governmentId,
      year,
      reportDueOn,
      openedOn: today(),
      openedByName: actor.name,
    } as never) as ReviewCampaign;
    tx.em.persist(campaign);
    const reports = units.map(
      (unit) => tx.em.create(ReviewReport, { campaign, unit, government: governmentId, year, dueOn: reportDueOn } as never) as ReviewReport,
    );
    tx.em.persist(reports);
    await tx.em.flush();
    for (const r of reports) {
      await collect(tx, r);
      for (const spec of reportTodos(r)) openTodo(tx, { ...spec, subjectType: 'ReviewReport', subjectId: r.id });
    }
    audit(tx, {
      action: 'ReviewCampaign.open',
      subjectType: 'ReviewCampaign',
      subjectId: campaign.id,
      after: { year, reportDueOn, units: units.length },
    });
    return campaign;
  });
}

export async function listCampaigns(ctx: Ctx) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'ReviewCampaign', ReviewCampaign);
  if (!visible) return [];
  return ctx.em.find(ReviewCampaign, visible, { orderBy: [{ year: 'desc' }, { id: 'asc' }] });
}

export async function getCampaign(ctx: Ctx, id: string) {
  const c = await ctx.em.findOne(ReviewCampaign, id);
  if (!c) throw notFound('公开内容审查');
  assertCan(ctx, 'read', 'ReviewCampaign', c);
  return c;
}

export const closeCampaign = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, campaignWorkflow, 'close', id, version, {});

/** Each unit's progress in a campaign: its report's state, items decided, overdue (one statement). */
export async function campaignProgress(ctx: Ctx, campaignId: string) {
  const visible = accessibleBy(ctx, 'read', 'ReviewReport', ReviewReport);
  if (!visible) return [];
  return ctx.em.find(ReviewReport, { $and: [visible, { campaign: campaignId }] } as never, {
    orderBy: [{ unit: { sortOrder: 'asc' } }, { id: 'asc' }],
    populate: ['unit'],
  });
}

/** How many items of each report are listed and decided (for the progress table), by report id. */
export async function itemCounts(ctx: Ctx, reportIds: string[]) {
  if (!reportIds.length) return new Map<string, { items: number; decided: number; converted: number }>();
  const rows = await ctx.em.execute<{ report_id: string; items: number; decided: number; converted: number }[]>(
    `select report_id, count(*)::int as items, count(outcome)::int as decided,
            count(*) filter (where outcome = 'CONVERT_TO_PROACTIVE')::int as converted
       from review_item where report_id in (${reportIds.map(() => '?').join(', ')}) group by report_id`,
    reportIds,
  );
  return new Map(rows.map((r) => [r.report_id, { items: r.items, decided: r.decided, converted: r.converted }]));
}

// ——— the unit's report ———

export interface ReportFilterData {
  year?: number | null;
  campaignId?: string | null;
  state?: ReviewReportState | null;
  overdue?: boolean | null;
}
export async function listReports(ctx: Ctx, filter: ReportFilterData) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'ReviewReport', ReviewReport);
  if (!visible) return [];
  const where = [
    visible,
    filter.year ? { year: filter.year } : {},
    filter.campaignId ? { campaign: filter.campaignId } : {},
    filter.state ? { state: filter.state } : {},
    filter.overdue ? { state: { $in: [...REVIEW_REPORT_OPEN_STATES] }, dueOn: { $lt: today() } } : {},
  ];
  return ctx.em.find(ReviewReport, { $and: where } as never, {
    orderBy: [{ year: 'desc' }, { unit: { sortOrder: 'asc' } }, { id: 'asc' }],
    populate: ['unit'],
    limit: 500,
  });
}

export async function getReport(ctx: Ctx, id: string) {
  const r = await ctx.em.findOne(ReviewReport, id);
  if (!r) throw notFound('审查情况');
  assertCan(ctx, 'read', 'ReviewReport', r);
  return r;
}

export async function reportItems(ctx: Ctx, reportId: string) {
  const visible = accessibleBy(ctx, 'read', 'ReviewItem', ReviewItem);
  if (!visible) return [];
  return ctx.em.find(ReviewItem, { $and: [visible, { report: reportId }] } as never, {
    orderBy: [{ source: 'asc' }, { issueDate: 'asc' }, { title: 'asc' }, { id: 'asc' }],
  });
}

/** An item's key for an information asked for without a document: its words, spaces and case ignored (as the requests count them). */
const requestKey = (description: string) => `req:${description.replace(/\s+/g, '').toLowerCase()}`;

/**
 * The items of a report: the unit's issued documents not disclosed proactively (up to the end of the
 * year), and the information the unit was asked for at least review.frequentRequestThreshold times in
 * the year (依申请公开频次较多, counted by the requests module): a document asked for is its item (one
 * already disclosed proactively needs no review); information asked for without a document is an item
 * of its own. Items already listed keep their outcome (their request count is brought up to date); new
 * ones are added.
 */
async function collect(tx: Ctx, r: ReviewReport): Promise<number> {
  const existing = new Map((await tx.em.find(ReviewItem, { report: r.id })).map((i) => [i.itemKey, i]));
  const fresh: ReviewItem[] = [];
  const add = (fields: Partial<ReviewItem> & { itemKey: string; source: ReviewItem['source']; title: string }) => {
    const item = tx.em.create(ReviewItem, { report: r, unit: r.unit, government: r.government, ...fields } as never) as ReviewItem;
    existing.set(fields.itemKey, item);
    fresh.push(item);
  };
  const fromDocument = (d: ReviewableDocument) => ({
    documentId: d.id,
    title: d.title,
    documentNumber: d.documentNumber,
    issueDate: d.issueDate,
    attributeBefore: d.disclosureAttribute,
    classified: d.classified,
    ownDocument: d.leadUnitId === r.unit.id,
  });
  for (const d of await reviewableDocuments(tx, r.unit.id, `${r.year}-12-31`)) {
    const itemKey = `doc:${d.id}`;
    if (!existing.has(itemKey)) add({ itemKey, source: 'DOCUMENT', ...fromDocument(d) });
  }
  const frequent = await frequentlyRequestedItems(tx, { unitId: r.unit.id, from: `${r.year}-01-01`, to: `${r.year}-12-31` });
  const facts = new Map(
    (
      await documentFacts(
        tx,
        frequent.flatMap((f) => (f.documentId ? [f.documentId] : [])),
      )
    ).map((d) => [d.id, d]),
  );
  for (const f of frequent) {
    const d = f.documentId ? facts.get(f.documentId) : undefined;
    if (d && d.disclosureAttribute === 'PROACTIVE') continue;
    const itemKey = d ? `doc:${d.id}` : requestKey(f.description);
    const listed = existing.get(itemKey);
    if (listed) listed.requestCount = f.count;
    else if (d) add({ itemKey, source: 'FREQUENT_REQUEST', requestCount: f.count, ...fromDocument(d) });
    else add({ itemKey, source: 'FREQUENT_REQUEST', title: f.description.slice(0, 2000), requestCount: f.count });
  }
  tx.em.persist(fresh);
  await tx.em.flush();
  return fresh.length;
}

/** The unit lists its items again (documents issued since the campaign opened), while it drafts. */
export async function collectItems(ctx: Ctx, reportId: string, version: number) {
  return transaction(ctx, async (tx) => {
    const r = await editableReport(tx, reportId, version);
    const added = await collect(tx, r);
    if (added) audit(tx, { action: 'ReviewReport.collect', subjectType: 'ReviewReport', subjectId: r.id, after: { added } });
    return r;
  });
}

async function editableReport(tx: Ctx, id: string, version: number | null) {
  const r = await getReport(tx, id);
  if (version !== null && r.version !== version) throw versionConflict();
  // permission before state: who may never change the unit's report is refused as such, whatever its state
  assertCan(tx, 'update', 'ReviewReport', { unitId: r.unitId, governmentId: r.governmentId, state: REVIEW_REPORT_STEP_FROM.edit[0] });
  if (!(REVIEW_REPORT_STEP_FROM.edit as readonly string[]).includes(r.state)) {
    throw new AppError(E.REPORT_LOCKED, '审查情况已提交审签或已报送，不能再修改');
  }
  assertCan(tx, 'update', 'ReviewReport', r);
  const campaign = await tx.em.findOneOrFail(ReviewCampaign, r.campaign.id);
  if (campaign.state !== 'OPEN') throw new AppError(E.CAMPAIGN_CLOSED, '该年度的公开内容审查已结束');
  return r;
}

/** The outcomes an item may take (the same rule the admin offers). */
export function outcomeRefusal(item: ReviewItem, outcome: ReviewOutcome): { code: string; message: string } | null {
  if (outcome === 'KEEP') return null;
  if (item.documentId && !item.ownDocument) {
    return { code: E.OUTCOME_NOT_APPLICABLE, message: '该文件由其他单位牵头制发，其公开属性由制发单位审查，本单位只能维持' };
  }
  if (item.classified) return { code: E.CLASSIFIED_KEEP_ONLY, message: '涉密文件须依法解密后方可公开，审查中只能维持不予公开' };
  if (outcome === 'REDACT_TO_ON_APPLICATION' && item.attributeBefore !== 'NOT_DISCLOSED') {
    return {
      code: E.OUTCOME_NOT_APPLICABLE,
      message: item.documentId ? '该文件已是依申请公开，不适用“剔除秘密内容转为依申请公开”' : '依申请公开的信息不适用“剔除秘密内容转为依申请公开”',
    };
  }
  return null;
}

/** The unit decides an item: its outcome and the reason. Changed while the report is with the unit. */
export async function decideItem(ctx: Ctx, itemId: string, version: number, outcome: ReviewOutcome, reason: string) {
  return transaction(ctx, async (tx) => {
    const item = await tx.em.findOne(ReviewItem, itemId);
    if (!item) throw notFound('审查事项');
    assertCan(tx, 'read', 'ReviewItem', item);
    if (item.version !== version) throw versionConflict();
    await editableReport(tx, item.report.id, null);
    const refusal = outcomeRefusal(item, outcome);
    if (refusal) throw new AppError(refusal.code, refusal.message, { field: 'outcome' });
    const why = text(reason);
    if (!why) throw new AppError(E.REASON_REQUIRED, '请填写审查理由', { field: 'reason' });
    const before = { outcome: item.outcome ?? null, reason: item.reason ?? null };
    Object.assign(item, { outcome, reason: why.slice(0, 2000), decidedAt: now(), decidedByName: requireUser(tx).name });
    await tx.em.flush();
    audit(tx, { action: 'ReviewItem.decide', subjectType: 'ReviewItem', subjectId: item.id, before, after: { outcome, reason: item.reason } });
    return item;
  });
}

export interface ReportTexts {
  situation?: string | null;
  workSummary?: string | null;
}
/** 审查情况 and 工作总结, written while the report is with the unit. */
export async function updateReport(ctx: Ctx, id: string, version: number, texts: ReportTexts) {
  return transaction(ctx, async (tx) => {
    const r = await editableReport(tx, id, version);
    const before = reportWorkflow.snapshot(r);
    if (texts.situation !== undefined) r.situation = text(texts.situation).slice(0, 20000) || null;
    if (texts.workSummary !== undefined) r.workSummary = text(texts.workSummary).slice(0, 20000) || null;
    r.draftedByName = requireUser(tx).name;
    await tx.em.flush();
    audit(tx, { action: 'ReviewReport.update', subjectType: 'ReviewReport', subjectId: r.id, before, after: reportWorkflow.snapshot(r) });
    return r;
  });
}

export const submitReport = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, reportWorkflow, 'submit', id, version, {});
export const signOffReport = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, reportWorkflow, 'signOff', id, version, {});
export const returnReport = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, reportWorkflow, 'return', id, version, { reason });

// ——— spot checks ———

export interface SpotCheckData {
  method: SpotCheckMethod;
  sampleSize: number;
  seed?: string | null;
  note?: string | null;
}

/**
 * 抽查: the office draws a sample of the campaign's units (every unit of the level) or of the items the
 * units decided in their submitted reports. The population is stored sorted with the seed: the same
 * draw can be made again by anyone (drawSample), and the check records who drew it and when.
 */
export async function drawSpotCheck(ctx: Ctx, campaignId: string, data: SpotCheckData) {
  const actor = requireUser(ctx);
  const seed = data.seed?.trim() || randomBytes(8).toString('hex');
  if (seed.length > 64) throw new AppError(E.SEED_INVALID, '随机种子应为1至64个字符', { field: 'seed' });
  return transaction(ctx, async (tx) => {
    const campaign = await getCampaign(tx, campaignId);
    assertCan(tx, 'create', 'SpotCheck', { governmentId: campaign.governmentId });
    let population: { id: string; unitId: string }[];
    if (data.method === 'UNITS') {
      const rows = await tx.em.find(ReviewReport, { campaign: campaign.id }, { fields: ['unit'] });
      population = rows.map((r) => ({ id: r.unit.id, unitId: r.unit.id }));
    } else {
      const rows = await tx.em.execute<{ id: string; unit_id: string }[]>(
        `select i.id, i.unit_id from review_item i join review_report r on r.id = i.report_id
          where r.campaign_id = ? and r.state = 'SUBMITTED' and i.outcome is not null`,
        [campaign.id],
      );
      population = rows.map((r) => ({ id: r.id, unitId: r.unit_id }));
    }
    if (!population.length) {
      throw new AppError(E.SAMPLE_EMPTY, data.method === 'UNITS' ? '本次审查没有可供抽查的单位' : '尚无单位报送已作出结论的审查事项，无法抽查事项');
    }
    const size = data.sampleSize;
    if (!Number.isInteger(size) || size < 1 || size > population.length) {
      throw new AppError(E.SAMPLE_SIZE, `抽取数量应在1至${population.length}之间`, { field: 'sampleSize' });
    }
    const populationIds = [...new Set(population.map((p) => p.id))].sort();
    const sampledIds = drawSample(populationIds, seed, size);
    const unitOf = new Map(population.map((p) => [p.id, p.unitId]));
    const sampledUnitIds = [...new Set(sampledIds.map((id) => unitOf.get(id)!))].sort();
    const check = tx.em.create(SpotCheck, {
      campaign,
      government: campaign.government,
      method: data.method,
      sampleSize: size,
      seed,
      populationIds,
      sampledIds,
      sampledUnitIds,
      drawnAt: now(),
      drawnById: actor.userId,
      drawnByName: actor.name,
      note: text(data.note).slice(0, 2000) || null,
    } as never) as SpotCheck;
    tx.em.persist(check);
    await tx.em.flush();
    audit(tx, {
      action: 'SpotCheck.draw',
      subjectType: 'SpotCheck',
      subjectId: check.id,
      after: { method: data.method, sampleSize: size, seed, population: populationIds.length, sampledIds },
    });
    return check;
  });
}

export async function listSpotChecks(ctx: Ctx, campaignId: string) {
  const visible = accessibleBy(ctx, 'read', 'SpotCheck', SpotCheck);
  if (!visible) return [];
  return ctx.em.find(SpotCheck, { $and: [visible, { campaign: campaignId }] } as never, { orderBy: [{ drawnAt: 'desc' }, { id: 'asc' }] });
}

export async function getSpotCheck(ctx: Ctx, id: string) {
  const c = await ctx.em.findOne(SpotCheck, id);
  if (!c) throw notFound('抽查');
  assertCan(ctx, 'read', 'SpotCheck', c);
  return c;
}

/** The office records what the spot check found (抽查情况). */
export async function recordFindings(ctx: Ctx, id: string, version: number, findings: string) {
  return transaction(ctx, async (tx) => {
    const c = await getSpotCheck(tx, id);
    if (c.version !== version) throw versionConflict();
    assertCan(tx, 'update', 'SpotCheck', c);
    const t = text(findings);
    if (!t) throw new AppError(E.FINDINGS_REQUIRED, '请填写抽查发现的问题或抽查结论', { field: 'findings' });
    const before = { findings: c.findings ?? null };
    c.findings = t.slice(0, 20000);
    await tx.em.flush();
    audit(tx, { action: 'SpotCheck.findings', subjectType: 'SpotCheck', subjectId: c.id, before, after: { findings: c.findings } });
    return c;
  });
}

/** The units a spot check drew (for the admin's choice of a rectification's unit). */
export async function sampledUnits(ctx: Ctx, c: SpotCheck) {
  if (!c.sampledUnitIds.length) return [];
  return ctx.em.find(Unit, { id: { $in: c.sampledUnitIds } }, { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
}

// ——— rectification ———

export interface RectificationData {
  unitId: string;
  finding: string;
  requirement?: string | null;
  dueOn: string;
}

/** 整改: ordered to a unit the spot check drew, with the finding and a due date after today. */
export async function orderRectification(ctx: Ctx, spotCheckId: string, data: RectificationData) {
  const actor = requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const check = await getSpotCheck(tx, spotCheckId);
    assertCan(tx, 'create', 'Rectification', { governmentId: check.governmentId });
    const campaign = await tx.em.findOneOrFail(ReviewCampaign, check.campaign.id);
    if (!check.sampledUnitIds.includes(data.unitId)) throw new AppError(E.UNIT_NOT_SAMPLED, '只能对本次抽中的单位下达整改', { field: 'unitId' });
    const finding = text(data.finding);
    if (!finding) throw new AppError(E.FINDING_REQUIRED, '请填写发现的问题', { field: 'finding' });
    if (!isValidLocalDate(data.dueOn) || data.dueOn <= today()) {
      throw new AppError(E.DUE_INVALID, '整改期限应为今天以后的日期', { field: 'dueOn' });
    }
    const r = tx.em.create(Rectification, {
      spotCheck: check,
      campaign,
      unit: data.unitId,
      government: check.government,
      year: campaign.year,
      finding: finding.slice(0, 2000),
      requirement: text(data.requirement).slice(0, 2000) || null,
      dueOn: data.dueOn,
      orderedOn: today(),
      orderedByName: actor.name,
    } as never) as Rectification;
    tx.em.persist(r);
    await tx.em.flush();
    for (const spec of rectifyTodos(r)) openTodo(tx, { ...spec, subjectType: 'Rectification', subjectId: r.id });
    audit(tx, { action: 'Rectification.order', subjectType: 'Rectification', subjectId: r.id, after: rectificationWorkflow.snapshot(r) });
    return r;
  });
}

export interface RectificationFilterData {
  campaignId?: string | null;
  year?: number | null;
  state?: RectificationState | null;
  overdue?: boolean | null;
}
export async function listRectifications(ctx: Ctx, filter: RectificationFilterData) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'Rectification', Rectification);
  if (!visible) return [];
  const where = [
    visible,
    filter.campaignId ? { campaign: filter.campaignId } : {},
    filter.year ? { year: filter.year } : {},
    filter.state ? { state: filter.state } : {},
    filter.overdue ? { state: { $in: [...RECTIFICATION_OPEN_STATES] }, dueOn: { $lt: today() } } : {},
  ];
  return ctx.em.find(Rectification, { $and: where } as never, {
    orderBy: [{ year: 'desc' }, { dueOn: 'asc' }, { id: 'asc' }],
    populate: ['unit'],
    limit: 500,
  });
}

export async function getRectification(ctx: Ctx, id: string) {
  const r = await ctx.em.findOne(Rectification, id);
  if (!r) throw notFound('整改');
  assertCan(ctx, 'read', 'Rectification', r);
  return r;
}

export const reportRectification = (ctx: Ctx, id: string, version: number, report: string) =>
  applyTransition(ctx, rectificationWorkflow, 'report', id, version, { report });
export const verifyRectification = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, rectificationWorkflow, 'verify', id, version, {});
export const returnRectification = (ctx: Ctx, id: string, version: number, reason: string, dueOn: string | null) =>
  applyTransition(ctx, rectificationWorkflow, 'return', id, version, { reason, dueOn });

/** A rectification as the annual report prints it (五、存在的主要问题及改进情况). */
export interface RectificationRow {
  id: string;
  unitId: string;
  unitName: string;
  finding: string;
  requirement: string | null;
  dueOn: string;
  state: RectificationState;
  stateLabel: string;
  overdue: boolean;
  reportedOn: string | null;
  verifiedOn: string | null;
}

/**
 * The rectifications of a level's review of a year, for the annual report on government information
 * disclosure: those the caller may read (the Disclosure Office and leaders read their whole level),
 * by unit order then due date.
 */
export async function rectificationsOf(ctx: Ctx, { governmentId, year }: { governmentId: string; year: number }): Promise<RectificationRow[]> {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'Rectification', Rectification);
  if (!visible) return [];
  const rows = await ctx.em.find(Rectification, { $and: [visible, { government: governmentId, year }] } as never, {
    orderBy: [{ unit: { sortOrder: 'asc' } }, { dueOn: 'asc' }, { id: 'asc' }],
    populate: ['unit'],
  });
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit.id,
    unitName: r.unit.getEntity().name,
    finding: r.finding,
    requirement: r.requirement ?? null,
    dueOn: r.dueOn,
    state: r.state,
    stateLabel: RECTIFICATION_STATE_LABELS[r.state],
    overdue: r.overdue,
    reportedOn: r.reportedOn ?? null,
    verifiedOn: r.verifiedOn ?? null,
  }));
}

/**
 * The rectifications of a year as the annual report lists them in its section 五 (the notice, 六:
 * "整改情况列入政府信息公开工作报告内容"): one sentence each, in SQL, for a unit or a whole level. The
 * report reading them is itself permission-checked, so this reads without the user's ability.
 */
export async function rectificationLines(ctx: Ctx, scope: { unitId: string } | { governmentId: string }, year: number): Promise<string[]> {
  const [column, id] = 'unitId' in scope ? ['r.unit_id', scope.unitId] : ['r.government_id', scope.governmentId];
  const rows = await ctx.em
    .getConnection()
    .execute<
      { unit_name: string; finding: string; requirement: string | null; due_on: string; state: RectificationState; verified_on: string | null }[]
    >(
      `select u.name as unit_name, r.finding, r.requirement, r.due_on::text as due_on, r.state, r.verified_on::text as verified_on
       from review_rectification r join unit u on u.id = r.unit_id
      where ${column} = ? and r.year = ?
      order by u.sort_order, r.due_on, r.id`,
      [id, year],
    );
  return rows.map(
    (r, n) =>
      `${n + 1}. ${'governmentId' in scope ? `${r.unit_name}：` : ''}${r.finding}${r.requirement ? `（整改要求：${r.requirement.replace(/[。；;，,\s]+$/, '')}）` : ''}——` +
      (r.state === 'VERIFIED' && r.verified_on
        ? `已于${r.verified_on}整改到位并通过核查。`
        : `${RECTIFICATION_STATE_LABELS[r.state]}，整改期限${r.due_on}。`),
  );
}
