import { subject as tagSubject } from '@casl/ability';
import {
  APPEAL_OPEN_STATES,
  DEFAULT_GRADE_BANDS,
  INDICATOR_SYSTEM_EDITABLE_STATES,
  INDICATOR_SYSTEM_STEP_FROM,
  inStep,
  ROUND_PUBLISHED_STATES,
  ROUND_RELEASED_STATES,
  ROUND_STEP_FROM,
  EVALUATION_DIMENSIONS,
  EVALUATION_DIMENSION_LABELS,
  gradeOf,
  isValidLocalDate,
  type EvaluationDimension,
  type EvaluationGroup,
  type EvaluationMethod,
  type Grade,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { now, today } from '../../common/clock.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { openTodo } from '../../common/todo/todo.service.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';
import { functionUnitId } from '../../common/organisation/function-units.js';
import { LockMode } from '@mikro-orm/core';
import { Appeal, EvaluatedUnit, EvaluationRound, EvaluationScore, EvaluatorAssignment, Indicator, IndicatorSystem } from './evaluation.entities.js';
import { EvaluationError as E } from './evaluation.errors.js';
import { MAX_NODES, placeTree, type TreeNode } from './evaluation.tree.js';
import { appealWorkflow, indicatorSystemWorkflow, roundWorkflow, type SignSide } from './evaluation.workflow.js';
import { governmentsUnder } from '../../common/organisation/governments.js';

const title = (t: string | undefined | null) => {
  const v = t?.trim();
  if (!v) throw new AppError(E.TITLE_REQUIRED, '请填写名称', { field: 'title' });
  return v.slice(0, 200);
};
const checkYear = (year: number) => {
  if (!Number.isInteger(year) || year < 2017 || year > 2100) throw new AppError(E.YEAR_INVALID, '年度应为2017年以后的整数', { field: 'year' });
  return year;
};

// ——— indicator systems ———

/** Serialise what counts and then inserts per government and year (revisions, the rounds of a year). */
const lockYear = (tx: Ctx, what: string, governmentId: string, year: number) =>
  tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`evaluation-${what}:${governmentId}:${year}`]);

export interface GradeBands {
  excellent: number;
  good: number;
  pass: number;
}
function checkBands(b: GradeBands) {
  const shares = [b.excellent, b.good, b.pass];
  // kept to four decimals (0.9 = 90%, 0.875 = 87.5%): what is stored is what was checked
  if (
    !shares.every((v) => Number.isFinite(v) && v > 0 && v <= 1 && Math.abs(v * 10000 - Math.round(v * 10000)) < 1e-6) ||
    !(b.excellent > b.good && b.good > b.pass)
  ) {
    throw new AppError(E.GRADE_BANDS_INVALID, '等次线应为0至1之间的比例，且优秀线 > 良好线 > 合格线', { field: 'bands' });
  }
}

/** The six dimensions as a starting tree, their scores shared out of the full score. */
function startingTree(fullScore: number): TreeNode[] {
  const shares = [20, 20, 15, 15, 15, 15];
  const cents = shares.map((s) => Math.floor((fullScore * 100 * s) / 100));
  cents[0] += Math.round(fullScore * 100) - cents.reduce((a, c) => a + c, 0);
  return EVALUATION_DIMENSIONS.map((d, i) => ({
    key: d,
    parentKey: null,
    dimension: d,
    name: EVALUATION_DIMENSION_LABELS[d],
    maxScore: cents[i] / 100,
    methods: ['DOCUMENT_REVIEW'],
  }));
}

async function writeTree(tx: Ctx, system: IndicatorSystem, nodes: TreeNode[]) {
  const result = placeTree(system.fullScore, nodes);
  if ('refusal' in result) throw new AppError(result.refusal.code, result.refusal.message, { field: result.refusal.field });
  await tx.em.nativeDelete(Indicator, { system: system.id });
  const ids = new Map<string, string>();
  for (const n of result.placed) {
    const row = tx.em.create(Indicator, {
      system,
      parent: n.parentKey ? ids.get(n.parentKey)! : null,
      dimension: n.dimension,
      position: n.position,
      code: n.code,
      name: n.name,
      maxScore: n.maxScore,
      guide: n.guide ?? null,
      methods: n.leaf ? [...new Set(n.methods)] : [],
      leaf: n.leaf,
    } as never) as Indicator;
    ids.set(n.key, row.id);
    tx.em.persist(row);
  }
  // one flush: the ids are made here, and the rows are placed parents first
  await tx.em.flush();
  return result.placed.length;
}

export interface SystemData {
  year: number;
  title: string;
  fullScore?: number | null;
}

export async function createIndicatorSystem(ctx: Ctx, data: SystemData) {
  const actor = requireUser(ctx);
  const year = checkYear(data.year);
  const fullScore = data.fullScore ?? 100;
  if (!(fullScore > 0 && fullScore <= 1000)) throw new AppError(E.INDICATOR_INVALID, '满分应在0至1000之间', { field: 'fullScore' });
  return transaction(ctx, async (tx) => {
    await lockYear(tx, 'system', actor.governmentId, year);
    const revision = (await tx.em.count(IndicatorSystem, { government: actor.governmentId, year })) + 1;
    const s = tx.em.create(IndicatorSystem, {
      government: actor.governmentId,
      year,
      revision,
      title: title(data.title),
      fullScore,
      createdById: actor.userId,
      excellentShare: DEFAULT_GRADE_BANDS.excellent,
      goodShare: DEFAULT_GRADE_BANDS.good,
      passShare: DEFAULT_GRADE_BANDS.pass,
    } as never) as IndicatorSystem;
    assertCan(tx, 'create', 'IndicatorSystem', s);
    tx.em.persist(s);
    await tx.em.flush();
    await writeTree(tx, s, startingTree(fullScore));
    audit(tx, {
      action: 'IndicatorSystem.create',
      subjectType: 'IndicatorSystem',
      subjectId: s.id,
      after: { year, revision, title: s.title, fullScore },
    });
    return s;
  });
}

/** Copy a system (last year's, or a frozen one) into a new draft: one action. */
export async function copyIndicatorSystem(ctx: Ctx, id: string, year: number | null) {
  const actor = requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const source = await getIndicatorSystem(tx, id);
    const targetYear = checkYear(year ?? source.year);
    await lockYear(tx, 'system', source.government.id, targetYear);
    const revision = (await tx.em.count(IndicatorSystem, { government: source.government.id, year: targetYear })) + 1;
    const s = tx.em.create(IndicatorSystem, {
      government: source.government.id,
      year: targetYear,
      revision,
      createdById: actor.userId,
      copiedFromId: source.id,
      title: targetYear === source.year ? `${source.title}（第${revision}版）` : source.title.replace(String(source.year), String(targetYear)),
      fullScore: source.fullScore,
      excellentShare: source.excellentShare,
      goodShare: source.goodShare,
      passShare: source.passShare,
    } as never) as IndicatorSystem;
    assertCan(tx, 'create', 'IndicatorSystem', s);
    tx.em.persist(s);
    await tx.em.flush();
    const nodes = await tx.em.find(Indicator, { system: source.id }, { orderBy: { position: 'asc' } });
    await writeTree(tx, s, nodes.map(toTreeNode));
    audit(tx, {
      action: 'IndicatorSystem.copy',
      subjectType: 'IndicatorSystem',
      subjectId: s.id,
      after: { from: source.id, year: targetYear, revision },
    });
    return s;
  });
}

const toTreeNode = (n: Indicator): TreeNode => ({
  key: n.id,
  parentKey: n.parent?.id ?? null,
  dimension: n.dimension,
  name: n.name,
  maxScore: n.maxScore,
  guide: n.guide,
  methods: n.methods,
});

export interface TreeData {
  title: string;
  fullScore: number;
  bands: GradeBands;
  indicators: TreeNode[];
}

/** Save the whole tree of a draft; the scores must add up at every level. Any sign-off is withdrawn. */
export async function saveIndicatorTree(ctx: Ctx, id: string, version: number, data: TreeData) {
  if (data.indicators.length > MAX_NODES) throw new AppError(E.INDICATOR_INVALID, `指标不得超过${MAX_NODES}项`, { field: 'indicators' });
  checkBands(data.bands);
  return transaction(ctx, async (tx) => {
    // locked: two saves (or a save and a sign-off) of one system never interleave
    const s = await tx.em.findOne(IndicatorSystem, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!s) throw notFound('评估指标体系');
    assertCan(tx, 'read', 'IndicatorSystem', s);
    if (s.version !== version) throw versionConflict();
    if (s.frozen) throw new AppError(E.SYSTEM_FROZEN, '该指标体系已用于评估轮次，已冻结；如需修改请复制为新版本');
    if (!INDICATOR_SYSTEM_EDITABLE_STATES.includes(s.state)) throw new AppError(E.SYSTEM_NOT_DRAFT, '已会签定稿的指标体系不能修改，请先撤销定稿');
    assertCan(tx, 'update', 'IndicatorSystem', s);
    const before = indicatorSystemWorkflow.snapshot(s);
    if (!(data.fullScore > 0 && data.fullScore <= 1000)) throw new AppError(E.INDICATOR_INVALID, '满分应在0至1000之间', { field: 'fullScore' });
    Object.assign(s, {
      title: title(data.title),
      fullScore: data.fullScore,
      excellentShare: data.bands.excellent,
      goodShare: data.bands.good,
      passShare: data.bands.pass,
      academySignedAt: null,
      academySignedBy: null,
      officeSignedAt: null,
      officeSignedBy: null,
    });
    const count = await writeTree(tx, s, data.indicators);
    // a new tree is a new version, even when the header did not change
    await tx.em.flush();
    await tx.em.nativeUpdate(IndicatorSystem, { id: s.id }, { version: s.version + 1 });
    s.version += 1;
    audit(tx, {
      action: 'IndicatorSystem.saveTree',
      subjectType: 'IndicatorSystem',
      subjectId: s.id,
      before,
      after: { ...indicatorSystemWorkflow.snapshot(s), indicators: count },
    });
    return s;
  });
}

export async function getIndicatorSystem(ctx: Ctx, id: string) {
  const s = await ctx.em.findOne(IndicatorSystem, id);
  if (!s) throw notFound('评估指标体系');
  assertCan(ctx, 'read', 'IndicatorSystem', s);
  return s;
}

export async function listIndicatorSystems(ctx: Ctx, year: number | null) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'IndicatorSystem', IndicatorSystem);
  if (!visible) return [];
  return ctx.em.find(IndicatorSystem, { $and: [visible, year ? { year } : {}] } as never, {
    orderBy: { year: 'desc', revision: 'desc' },
    limit: 200,
  });
}

export const indicatorsOf = (ctx: Ctx, systemId: string) => ctx.em.find(Indicator, { system: systemId }, { orderBy: { position: 'asc' } });

function signSide(ctx: Ctx): SignSide {
  const actor = requireUser(ctx);
  if (actor.roles.includes('ACADEMY_ADMIN')) return 'ACADEMY';
  return 'OFFICE';
}

export const signOffIndicatorSystem = (ctx: Ctx, id: string, version: number) =>
  applyTransition(ctx, indicatorSystemWorkflow, 'signOff', id, version, { side: signSide(ctx), by: requireUser(ctx).name });
export const reopenIndicatorSystem = (ctx: Ctx, id: string, version: number) =>
  applyTransition(ctx, indicatorSystemWorkflow, 'reopen', id, version, {});

// ——— rounds ———

export interface RoundData {
  year: number;
  title: string;
  systemId: string;
  periodStart: string;
  periodEnd: string;
}

export async function createRound(ctx: Ctx, data: RoundData) {
  const actor = requireUser(ctx);
  const year = checkYear(data.year);
  if (!isValidLocalDate(data.periodStart) || !isValidLocalDate(data.periodEnd) || data.periodEnd < data.periodStart) {
    throw new AppError(E.PERIOD_INVALID, '评估期间应为有效日期，且结束不早于开始', { field: 'periodEnd' });
  }
  return transaction(ctx, async (tx) => {
    const system = await getIndicatorSystem(tx, data.systemId);
    if (!inStep(INDICATOR_SYSTEM_STEP_FROM.useInRound, system.state))
      throw new AppError(E.SYSTEM_NOT_APPROVED, '指标体系须经市行政学院和市政务公开办公室会签定稿后才能使用', { field: 'systemId' });
    if (system.year !== year)
      throw new AppError(E.SYSTEM_YEAR_MISMATCH, `该指标体系是${system.year}年度的，请使用${year}年度的指标体系（可复制上一年度的）`, {
        field: 'systemId',
      });
    await lockYear(tx, 'round', actor.governmentId, year);
    const perYear = await valueOn<number>(tx, 'evaluation.perYear');
    const existing = await tx.em.count(EvaluationRound, { government: actor.governmentId, year });
    if (existing >= perYear) throw new AppError(E.ROUND_LIMIT_REACHED, `${year}年度已有${existing}轮评估（每年${perYear}次）`, { field: 'year' });
    const r = tx.em.create(EvaluationRound, {
      government: actor.governmentId,
      year,
      title: title(data.title),
      system,
      periodStart: data.periodStart,
      periodEnd: data.periodEnd,
      appealWorkingDays: await valueOn<number>(tx, 'evaluation.appealWorkingDays'),
      createdById: actor.userId,
    } as never) as EvaluationRound;
    assertCan(tx, 'create', 'EvaluationRound', r);
    tx.em.persist(r);
    // once a round uses it, the system is frozen
    system.frozen = true;
    await tx.em.flush();
    audit(tx, {
      action: 'EvaluationRound.create',
      subjectType: 'EvaluationRound',
      subjectId: r.id,
      after: { year, title: r.title, systemId: system.id },
    });
    return r;
  });
}

/** The round, locked for the rest of the transaction: changes to its units and evaluators are serialised. */
async function lockedRound(tx: Ctx, id: string) {
  const r = await tx.em.findOne(EvaluationRound, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!r) throw notFound('评估轮次');
  assertCan(tx, 'read', 'EvaluationRound', r);
  assertCan(tx, 'update', 'EvaluationRound', r);
  return r;
}

/**
 * The round, read under a share lock for the rest of the transaction: work that depends on its
 * state (a score, an appeal) cannot interleave with a step that changes it (release, publication).
 */
async function sharedRound(tx: Ctx, id: string) {
  const r = await tx.em.findOne(EvaluationRound, id, { lockMode: LockMode.PESSIMISTIC_READ, refresh: true });
  if (!r) throw notFound('评估轮次');
  assertCan(tx, 'read', 'EvaluationRound', r);
  return r;
}

/** A round the user may read; `withSystem`: its indicator system read with it (a join). */
export async function getRound(ctx: Ctx, id: string, withSystem = false) {
  const r = await ctx.em.findOne(EvaluationRound, id, withSystem ? { populate: ['system'] } : {});
  if (!r) throw notFound('评估轮次');
  assertCan(ctx, 'read', 'EvaluationRound', r);
  return r;
}

export async function listRounds(ctx: Ctx) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'EvaluationRound', EvaluationRound);
  if (!visible) return [];
  return ctx.em.find(EvaluationRound, visible, { orderBy: { year: 'desc', createdAt: 'desc' }, limit: 100 });
}

/** The group a unit is ranked in, or null when it is not a unit the notice evaluates. */
export function groupOf(u: Unit): EvaluationGroup | null {
  if (u.function || u.kind === 'SECTION' || u.kind === 'EXTERNAL') return null;
  if (u.level === 'COUNTY') return u.kind === 'GOVERNMENT' ? 'COUNTY_GOVERNMENT' : 'COUNTY_DEPARTMENT';
  if (u.level === 'CITY' && u.kind !== 'GOVERNMENT') return 'CITY_UNIT';
  return null;
}

/** Fix the evaluated units of a round (while preparing). */
export async function setRoundUnits(ctx: Ctx, roundId: string, unitIds: string[]) {
  return transaction(ctx, async (tx) => {
    const r = await lockedRound(tx, roundId);
    if (!inStep(ROUND_STEP_FROM.setUnits, r.state)) throw new AppError(E.ROUND_NOT_PREPARING, '评估已开始，评估对象不能再调整');
    const ids = [...new Set(unitIds)];
    if (!ids.length) throw new AppError(E.NO_UNITS, '请至少选择一个评估对象', { field: 'unitIds' });
    const levels = await governmentsUnder(tx, r.government.id);
    const units = await tx.em.find(Unit, { id: { $in: ids }, active: true, government: { $in: levels } });
    const groups = new Map(units.map((u) => [u.id, groupOf(u)]));
    const bad = ids.filter((id) => !groups.get(id));
    if (bad.length) {
      const names = units.filter((u) => bad.includes(u.id)).map((u) => u.name);
      throw new AppError(E.UNIT_NOT_EVALUABLE, `以下单位不属于本级评估范围：${names.join('、') || '单位不存在或不在本级'}`, { field: 'unitIds' });
    }
    await tx.em.nativeDelete(EvaluatedUnit, { round: r.id, unit: { $nin: ids } });
    const present = new Set((await tx.em.find(EvaluatedUnit, { round: r.id })).map((e) => e.unit.id));
    for (const id of ids) if (!present.has(id)) tx.em.persist(tx.em.create(EvaluatedUnit, { round: r, unit: id, group: groups.get(id)! } as never));
    await tx.em.nativeDelete(EvaluatorAssignment, { round: r.id, unit: { $nin: ids, $ne: null } } as never);
    await tx.em.flush();
    r.evaluatorIds = await assignedEvaluatorIds(tx, r.id);
    r.evaluatedUnitIds = ids;
    await tx.em.flush();
    audit(tx, { action: 'EvaluationRound.setUnits', subjectType: 'EvaluationRound', subjectId: r.id, after: { units: ids.length } });
    return r;
  });
}

const assignedEvaluatorIds = async (ctx: Ctx, roundId: string) => [
  ...new Set((await ctx.em.find(EvaluatorAssignment, { round: roundId })).map((a) => a.evaluator.id)),
];

export const roundUnits = (ctx: Ctx, roundId: string) =>
  ctx.em.find(EvaluatedUnit, { round: roundId }, { populate: ['unit'], orderBy: { group: 'asc', unit: { sortOrder: 'asc', name: 'asc' } } });
export const roundAssignments = (ctx: Ctx, roundId: string) =>
  ctx.em.find(EvaluatorAssignment, { round: roundId }, { populate: ['evaluator', 'unit'], orderBy: { evaluator: { displayName: 'asc' } } });

export interface AssignmentData {
  evaluatorId: string;
  unitId?: string | null;
  dimension?: EvaluationDimension | null;
}

export async function assignEvaluator(ctx: Ctx, roundId: string, data: AssignmentData) {
  return transaction(ctx, async (tx) => {
    const r = await lockedRound(tx, roundId);
    if (!inStep(ROUND_STEP_FROM.arrange, r.state)) throw new AppError(E.ROUND_NOT_SCORING, '评分已结束，不能再分配评估员');
    if (!data.unitId && !data.dimension) throw new AppError(E.ASSIGNMENT_INVALID, '请指定评估对象或评估方面', { field: 'unitId' });
    const evaluator = await tx.em.findOne(User, { id: data.evaluatorId, active: true }, { populate: ['unit'] });
    if (!evaluator || !evaluator.roles.includes('ACADEMY_EVALUATOR'))
      throw new AppError(E.ASSIGNMENT_INVALID, '只能分配具有评估员角色的账号', { field: 'evaluatorId' });
    if (evaluator.unit.getEntity().government.id !== r.government.id)
      throw new AppError(E.ASSIGNMENT_INVALID, '只能分配本级评估机构的评估员', { field: 'evaluatorId' });
    if (data.unitId && !(await tx.em.count(EvaluatedUnit, { round: r.id, unit: data.unitId }))) {
      throw new AppError(E.ASSIGNMENT_INVALID, '该单位不在本轮评估对象中', { field: 'unitId' });
    }
    const dup = await tx.em.count(EvaluatorAssignment, {
      round: r.id,
      evaluator: evaluator.id,
      unit: data.unitId ?? null,
      dimension: data.dimension ?? null,
    });
    if (dup) throw new AppError(E.ASSIGNMENT_INVALID, '该分配已存在', { field: 'evaluatorId' });
    const a = tx.em.create(EvaluatorAssignment, {
      round: r,
      evaluator,
      unit: data.unitId ? tx.em.getReference(Unit, data.unitId) : null,
      dimension: data.dimension ?? null,
    } as never) as EvaluatorAssignment;
    tx.em.persist(a);
    if (!r.evaluatorIds.includes(evaluator.id)) r.evaluatorIds = [...r.evaluatorIds, evaluator.id];
    await tx.em.flush();
    if (r.state === 'SCORING') {
      openTodo(tx, {
        kind: 'evaluation.score',
        title: `评估打分：${r.title}`,
        link: `/evaluation/scoring/${r.id}`,
        assigneeUserId: evaluator.id,
        subjectType: 'EvaluationRound',
        subjectId: r.id,
      });
    }
    audit(tx, {
      action: 'EvaluationRound.assign',
      subjectType: 'EvaluationRound',
      subjectId: r.id,
      after: { evaluator: evaluator.displayName, unitId: data.unitId ?? null, dimension: data.dimension ?? null },
    });
    return a;
  });
}

export async function removeAssignment(ctx: Ctx, id: string) {
  return transaction(ctx, async (tx) => {
    const a = await tx.em.findOne(EvaluatorAssignment, id);
    if (!a) throw notFound('分配');
    const r = await lockedRound(tx, a.round.id);
    if (!inStep(ROUND_STEP_FROM.arrange, r.state)) throw new AppError(E.ROUND_NOT_SCORING, '评分已结束，分配不能再调整');
    tx.em.remove(a);
    await tx.em.flush();
    r.evaluatorIds = await assignedEvaluatorIds(tx, r.id);
    await tx.em.flush();
    audit(tx, { action: 'EvaluationRound.unassign', subjectType: 'EvaluationRound', subjectId: r.id, after: { assignmentId: id } });
    return r;
  });
}

export const startRound = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, roundWorkflow, 'start', id, version, {});
export const releaseRound = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, roundWorkflow, 'release', id, version, {});
export const publishRound = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, roundWorkflow, 'publish', id, version, {});

// ——— who sees what of a round ———

/** Whether the user runs the round (the academy of its level). */
export const managesRound = (ctx: Ctx, r: EvaluationRound) => ctx.ability.can('update', tagSubject('EvaluationRound', r as never) as never);
/** Whether the user reads every unit's released scores of a level (the academy, the Disclosure Office, leaders). */
export const readsWholeLevel = (ctx: Ctx, governmentId: string) =>
  ctx.ability.can('read', tagSubject('EvaluationScore', { governmentId, unitId: '-', evaluatorId: '-', released: true }) as never);

export type RoundView = 'MANAGER' | 'LEVEL' | 'EVALUATOR' | 'UNIT';
/**
 * How the caller stands to a round: the academy that runs it, the level's readers (Disclosure
 * Office, leaders), one of its evaluators, or an evaluated unit. Fields of the round follow it.
 */
export function roundView(ctx: Ctx, r: EvaluationRound): RoundView {
  if (managesRound(ctx, r)) return 'MANAGER';
  if (readsWholeLevel(ctx, r.government.id)) return 'LEVEL';
  if (ctx.actor && r.evaluatorIds.includes(ctx.actor.userId)) return 'EVALUATOR';
  return 'UNIT';
}

/** The evaluated units: all of them, but an evaluated unit sees only its own entry. */
export async function visibleRoundUnits(ctx: Ctx, r: EvaluationRound) {
  const all = await roundUnits(ctx, r.id);
  return roundView(ctx, r) === 'UNIT' ? all.filter((u) => u.unit.id === ctx.actor?.unitId) : all;
}

/** Who scores what: the academy and the level's readers see all, an evaluator their own, a unit nothing. */
export async function visibleAssignments(ctx: Ctx, r: EvaluationRound) {
  const view = roundView(ctx, r);
  if (view === 'UNIT') return [];
  const all = await roundAssignments(ctx, r.id);
  return view === 'EVALUATOR' ? all.filter((a) => a.evaluator.id === ctx.actor?.userId) : all;
}

/** An evaluator's name on a score: not for the unit evaluated (the evaluation is made by the academy, not by a person). */
export function scoreEvaluatorName(ctx: Ctx, s: EvaluationScore): string | null {
  if (ctx.actor?.userId === s.evaluatorId) return s.evaluatorName;
  return readsWholeLevel(ctx, s.government.id) ? s.evaluatorName : null;
}

// ——— scoring ———

/** Whether the evaluator's assignments cover this unit and dimension. */
async function assignedTo(ctx: Ctx, roundId: string, evaluatorId: string, unitId: string, dimension: EvaluationDimension) {
  const n = await ctx.em.count(EvaluatorAssignment, {
    round: roundId,
    evaluator: evaluatorId,
    $and: [{ $or: [{ unit: unitId }, { unit: null }] }, { $or: [{ dimension }, { dimension: null }] }],
  } as never);
  return n > 0;
}

export interface ScoreData {
  unitId: string;
  indicatorId: string;
  score: number;
  method: EvaluationMethod;
  evidenceUrl?: string | null;
  note?: string | null;
  checkedAt: Date;
  version?: number | null;
}

export async function scoreIndicator(ctx: Ctx, roundId: string, data: ScoreData) {
  const actor = requireUser(ctx);
  const url = data.evidenceUrl?.trim() || null;
  if (url && (url.length > 2000 || !/^https?:\/\/\S+$/i.test(url)))
    throw new AppError(E.EVIDENCE_REQUIRED, '核查链接应以 http:// 或 https:// 开头', { field: 'evidenceUrl' });
  if (!(data.checkedAt instanceof Date) || Number.isNaN(data.checkedAt.getTime()) || data.checkedAt.getTime() > now().getTime() + 60_000) {
    throw new AppError(E.CHECK_TIME_INVALID, '核查时间不能晚于当前时间', { field: 'checkedAt' });
  }
  return transaction(ctx, async (tx) => {
    const r = await sharedRound(tx, roundId);
    if (!inStep(ROUND_STEP_FROM.score, r.state)) throw new AppError(E.ROUND_NOT_SCORING, '本轮评估不在评分阶段');
    assertCan(tx, 'score', 'EvaluationRound', r);
    const indicator = await tx.em.findOne(Indicator, { id: data.indicatorId, system: r.system.id });
    if (!indicator) throw new AppError(E.NOT_A_LEAF, '该指标不属于本轮评估的指标体系', { field: 'indicatorId' });
    if (!indicator.leaf) throw new AppError(E.NOT_A_LEAF, '只对末级指标评分', { field: 'indicatorId' });
    if (!(await tx.em.count(EvaluatedUnit, { round: r.id, unit: data.unitId })))
      throw new AppError(E.NOT_ASSIGNED, '该单位不在本轮评估对象中', { field: 'unitId' });
    if (!(await assignedTo(tx, r.id, actor.userId, data.unitId, indicator.dimension))) {
      throw new AppError(E.NOT_ASSIGNED, '未分配您评估该单位的这一方面', { field: 'unitId' });
    }
    if (
      !Number.isFinite(data.score) ||
      data.score < 0 ||
      data.score > indicator.maxScore ||
      Math.abs(data.score * 100 - Math.round(data.score * 100)) > 1e-6
    ) {
      throw new AppError(E.SCORE_OUT_OF_RANGE, `得分应在0至${indicator.maxScore}分之间（至多两位小数）`, { field: 'score' });
    }
    if (!indicator.methods.includes(data.method)) throw new AppError(E.METHOD_NOT_ALLOWED, '该指标不采用此评估方法', { field: 'method' });
    const note = data.note?.trim().slice(0, 5000) || null;
    let s = await tx.em.findOne(EvaluationScore, { round: r.id, unit: data.unitId, indicator: indicator.id });
    const before = s ? { score: s.score, method: s.method, evaluator: s.evaluatorName } : null;
    if (!url && !note && !(s && (await hasAttachments(tx, s.id)))) {
      throw new AppError(E.EVIDENCE_REQUIRED, '请提供评分依据：核查链接、截图或说明', { field: 'evidenceUrl' });
    }
    if (s) {
      // changing a score needs the version seen: another evaluator's score is never overwritten unseen
      if (data.version == null || s.version !== data.version) throw versionConflict();
    } else {
      s = tx.em.create(EvaluationScore, { round: r, government: r.government.id, unit: data.unitId, indicator } as never) as EvaluationScore;
      tx.em.persist(s);
    }
    Object.assign(s, {
      score: Math.round(data.score * 100) / 100,
      method: data.method,
      evidenceUrl: url,
      note,
      checkedAt: data.checkedAt,
      evaluatorId: actor.userId,
      evaluatorName: actor.name,
    });
    await tx.em.flush();
    audit(tx, {
      action: before ? 'EvaluationScore.update' : 'EvaluationScore.create',
      subjectType: 'EvaluationRound',
      subjectId: r.id,
      before,
      after: { unitId: data.unitId, indicator: indicator.code, score: s.score, method: s.method, checkedAt: s.checkedAt },
    });
    return s;
  });
}

async function hasAttachments(ctx: Ctx, scoreId: string) {
  const [{ n }] = await ctx.em.execute<{ n: number }[]>(
    `select count(*)::int as n from attachment where owner_type = 'EvaluationScore' and owner_id = ?`,
    [scoreId],
  );
  return n > 0;
}

/** The scores of one unit in a round that the user may read; a unit reading them before release is refused. */
export async function unitScores(ctx: Ctx, roundId: string, unitId: string) {
  const actor = requireUser(ctx);
  const r = await getRound(ctx, roundId);
  const released = ROUND_RELEASED_STATES.includes(r.state);
  const seesUnreleased = ctx.ability.can(
    'read',
    tagSubject('EvaluationScore', { unitId, governmentId: r.government.id, released: false, evaluatorId: actor.userId }) as never,
  );
  if (!released && !seesUnreleased) throw new AppError(E.SCORES_NOT_RELEASED, '评估结果反馈前，被评估单位不能查看得分');
  const visible = accessibleBy(ctx, 'read', 'EvaluationScore', EvaluationScore);
  if (!visible) return [];
  return ctx.em.find(EvaluationScore, { $and: [visible, { round: r.id, unit: unitId }] } as never, {
    populate: ['indicator'],
    orderBy: { indicator: { position: 'asc' } },
  });
}

export interface UnitProgress {
  unitId: string;
  unitName: string;
  group: EvaluationGroup;
  scored: number;
  total: number;
}

/** Per evaluated unit: leaf indicators scored out of those to score (for an evaluator, those assigned to them). */
export async function roundProgress(ctx: Ctx, roundId: string): Promise<UnitProgress[]> {
  const actor = requireUser(ctx);
  const r = await getRound(ctx, roundId);
  const onlyMine = !managesRound(ctx, r);
  const rows = await ctx.em.execute<{ unit_id: string; name: string; group: EvaluationGroup; scored: number; total: number }[]>(
    `select eu.unit_id, u.name, eu."group", count(s.id)::int as scored, count(i.id)::int as total
       from evaluated_unit eu join unit u on u.id = eu.unit_id
       join indicator i on i.system_id = ? and i.leaf
       left join evaluation_score s on s.round_id = eu.round_id and s.unit_id = eu.unit_id and s.indicator_id = i.id
      where eu.round_id = ?
        and (not ? or exists (select 1 from evaluator_assignment a where a.round_id = eu.round_id and a.evaluator_id = ?
              and (a.unit_id is null or a.unit_id = eu.unit_id) and (a.dimension is null or a.dimension = i.dimension)))
      group by eu.unit_id, u.name, eu."group", u.sort_order order by eu."group", u.sort_order, u.name`,
    [r.system.id, r.id, onlyMine, actor.userId],
  );
  return rows.filter((x) => x.total > 0).map((x) => ({ unitId: x.unit_id, unitName: x.name, group: x.group, scored: x.scored, total: x.total }));
}

/** Leaf indicators of the round this evaluator may score for the unit. */
export async function scorableIndicatorIds(ctx: Ctx, roundId: string, unitId: string): Promise<string[]> {
  const actor = ctx.actor;
  if (!actor) return [];
  const rows = await ctx.em.execute<{ id: string }[]>(
    `select i.id from evaluation_round r join indicator i on i.system_id = r.system_id and i.leaf
      where r.id = ? and exists (select 1 from evaluator_assignment a where a.round_id = r.id and a.evaluator_id = ?
        and (a.unit_id is null or a.unit_id = ?) and (a.dimension is null or a.dimension = i.dimension))`,
    [roundId, actor.userId, unitId],
  );
  return rows.map((x) => x.id);
}

/** One score, if the user may read it (evidence files follow it). */
export async function getScore(ctx: Ctx, id: string) {
  const s = await ctx.em.findOne(EvaluationScore, id, { populate: ['round'] });
  if (!s) throw notFound('得分');
  assertCan(ctx, 'read', 'EvaluationScore', s);
  return s;
}

/** Evidence (screenshots) is attached by the evaluator who may still score the cell. */
export async function scoreForEvidence(ctx: Ctx, id: string) {
  const actor = requireUser(ctx);
  const s = await getScore(ctx, id);
  const r = s.round.getEntity();
  if (!inStep(ROUND_STEP_FROM.score, r.state)) throw new AppError(E.ROUND_NOT_SCORING, '本轮评估不在评分阶段，不能再补充依据');
  assertCan(ctx, 'score', 'EvaluationRound', r);
  const indicator = await ctx.em.findOneOrFail(Indicator, s.indicator.id);
  if (!(await assignedTo(ctx, r.id, actor.userId, s.unit.id, indicator.dimension)))
    throw new AppError(E.NOT_ASSIGNED, '未分配您评估该单位的这一方面');
  return s;
}

// ——— totals, ranks, grades: computed in SQL ———

export interface DimensionScore {
  dimension: EvaluationDimension;
  score: number;
  max: number;
}
export interface UnitResult {
  unitId: string;
  unitName: string;
  group: EvaluationGroup;
  total: number;
  rank: number;
  grade: Grade;
  dimensions: DimensionScore[];
  previousTotal: number | null;
  change: number | null;
}

interface TotalRow {
  round_id: string;
  unit_id: string;
  name: string;
  group: EvaluationGroup;
  total: string;
  rank: number;
  dims: Record<string, string>;
  /** The full score of the row's round's indicator system. */
  full_score: string;
}

/**
 * Totals per unit and per dimension, and ranks within each group (ties share a rank; then by the
 * unit's order and name), of a round and of its government's latest published round of an earlier
 * year (last year's, to compare with), in one statement.
 */
async function totals(ctx: Ctx, roundId: string): Promise<TotalRow[]> {
  return ctx.em.execute<TotalRow[]>(
    `with rounds as (
       select r.id, r.system_id from evaluation_round r where r.id = ?
       union all
       (select p.id, p.system_id from evaluation_round p join evaluation_round r on r.id = ?
         where p.government_id = r.government_id and p.year < r.year and p.state = any(?::text[])
         order by p.year desc limit 1)
     ), cells as (
       select eu.round_id, eu.unit_id, eu."group", i.dimension, coalesce(sum(s.score), 0) as pts
         from evaluated_unit eu join rounds r on r.id = eu.round_id
         join indicator i on i.system_id = r.system_id and i.leaf
         left join evaluation_score s on s.round_id = eu.round_id and s.unit_id = eu.unit_id and s.indicator_id = i.id
        group by eu.round_id, eu.unit_id, eu."group", i.dimension
     )
     select c.round_id, c.unit_id, u.name, c."group", sum(c.pts)::text as total,
            rank() over (partition by c.round_id, c."group" order by sum(c.pts) desc)::int as rank,
            jsonb_object_agg(c.dimension, c.pts::text) as dims, sys.full_score::text as full_score
       from cells c join unit u on u.id = c.unit_id
       join rounds r on r.id = c.round_id join indicator_system sys on sys.id = r.system_id
      group by c.round_id, c.unit_id, u.name, u.sort_order, c."group", sys.full_score
      order by c."group", rank, u.sort_order, u.name`,
    [roundId, roundId, `{${ROUND_PUBLISHED_STATES.join(',')}}`],
  );
}

export async function roundResults(ctx: Ctx, r: EvaluationRound): Promise<UnitResult[]> {
  // no statement when the round came with its system (getRound's withSystem)
  const system = await ctx.em.findOneOrFail(IndicatorSystem, r.system.id);
  const tops = await ctx.em.find(Indicator, { system: system.id, parent: null });
  const maxOf = new Map(tops.map((t) => [t.dimension, t.maxScore]));
  const rows = await totals(ctx, r.id);
  const previous = rows.filter((x) => x.round_id !== r.id);
  const prevTotal = new Map(previous.map((x) => [x.unit_id, Number(x.total)]));
  // totals on different full scores are not comparable: last year's is shown, no change is computed
  const comparable = previous.every((x) => Number(x.full_score) === system.fullScore);
  const bands = { excellent: system.excellentShare, good: system.goodShare, pass: system.passShare };
  return rows
    .filter((x) => x.round_id === r.id)
    .map((x) => {
      const total = Number(x.total);
      const prev = prevTotal.get(x.unit_id) ?? null;
      return {
        unitId: x.unit_id,
        unitName: x.name,
        group: x.group,
        total,
        rank: x.rank,
        grade: gradeOf(total, system.fullScore, bands),
        dimensions: EVALUATION_DIMENSIONS.map((d) => ({ dimension: d, score: Number(x.dims[d] ?? 0), max: maxOf.get(d) ?? 0 })),
        previousTotal: prev,
        change: prev === null || !comparable ? null : Math.round((total - prev) * 100) / 100,
      };
    });
}

/** Results of a round for staff: the academy and the Disclosure Office at any time, the others once released. */
export async function staffRoundResults(ctx: Ctx, roundId: string) {
  const r = await getRound(ctx, roundId, true);
  const released = ROUND_RELEASED_STATES.includes(r.state);
  if (!released && !managesRound(ctx, r)) {
    throw new AppError(E.SCORES_NOT_RELEASED, '评估结果反馈前不能查看');
  }
  const all = await roundResults(ctx, r);
  // a unit sees its own line; the level's function units and leaders see all
  if (readsWholeLevel(ctx, r.government.id)) return all;
  return all.filter((x) => x.unitId === ctx.actor?.unitId);
}

// ——— appeals ———

export async function submitAppeal(ctx: Ctx, scoreId: string, reason: string) {
  const actor = requireUser(ctx);
  const text = reason?.trim();
  return transaction(ctx, async (tx) => {
    const s = await tx.em.findOne(EvaluationScore, scoreId, { populate: ['indicator'] });
    if (!s) throw notFound('得分');
    assertCan(tx, 'read', 'EvaluationScore', s);
    const r = await sharedRound(tx, s.round.id);
    if (!inStep(ROUND_STEP_FROM.appeal, r.state) || !r.appealDeadline || today() > r.appealDeadline) {
      throw new AppError(E.APPEAL_WINDOW_CLOSED, r.appealDeadline ? `申诉期已于${r.appealDeadline}结束` : '评估结果尚未反馈，不能申诉');
    }
    if (!text) throw new AppError(E.APPEAL_REASON_REQUIRED, '请写明申诉理由', { field: 'reason' });
    if (await tx.em.count(Appeal, { score: s.id, state: { $in: [...APPEAL_OPEN_STATES] } }))
      throw new AppError(E.APPEAL_PENDING, '该项得分已有待答复的申诉');
    const a = tx.em.create(Appeal, {
      round: r,
      government: r.government.id,
      unit: s.unit.id,
      score: s,
      reason: text.slice(0, 5000),
      originalScore: s.score,
      createdById: actor.userId,
      createdByName: actor.name,
    } as never) as Appeal;
    assertCan(tx, 'create', 'Appeal', a);
    tx.em.persist(a);
    await tx.em.flush();
    openTodo(tx, {
      kind: 'evaluation.appeal',
      title: `答复评估申诉：${s.indicator.getEntity().name}`,
      link: `/evaluation/rounds/${r.id}`,
      assigneeRole: 'ACADEMY_ADMIN',
      assigneeUnitId: await functionUnitId(tx, r.government.id, 'ACADEMY'),
      subjectType: 'Appeal',
      subjectId: a.id,
    });
    audit(tx, { action: 'Appeal.submit', subjectType: 'Appeal', subjectId: a.id, after: { scoreId: s.id, reason: a.reason } });
    return a;
  });
}

export const acceptAppeal = (ctx: Ctx, id: string, version: number, newScore: number, reply: string) =>
  applyTransition(ctx, appealWorkflow, 'accept', id, version, { newScore, reply });
export const rejectAppeal = (ctx: Ctx, id: string, version: number, reply: string) =>
  applyTransition(ctx, appealWorkflow, 'reject', id, version, { reply });

export async function listAppeals(ctx: Ctx, roundId: string) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'Appeal', Appeal);
  if (!visible) return [];
  return ctx.em.find(Appeal, { $and: [visible, { round: roundId }] } as never, {
    populate: ['score', 'score.indicator', 'unit'],
    orderBy: { createdAt: 'desc' },
  });
}

// ——— the portal's 评估结果 ———

/** The government whose results the portal shows: the one asked for, or the top of the tree (this deployment's city or province). */
async function portalGovernment(ctx: Ctx, governmentId: string | null) {
  if (governmentId) return governmentId;
  const top = await ctx.em.findOne(Unit, { kind: 'GOVERNMENT', parent: null, active: true }, { orderBy: { sortOrder: 'asc', name: 'asc' } });
  return top?.id ?? null;
}

export async function publicRound(ctx: Ctx, year: number | null, governmentId: string | null = null) {
  const government = await portalGovernment(ctx, governmentId);
  if (!government) return null;
  return ctx.em.findOne(
    EvaluationRound,
    { state: { $in: [...ROUND_PUBLISHED_STATES] }, government, ...(year ? { year } : {}) },
    { orderBy: { year: 'desc' } },
  );
}

/** The published results of a year (the latest by default) as the portal shows them and open data serves them; null when none. */
export async function publicResults(ctx: Ctx, year: number | null, governmentId: string | null = null) {
  const r = await publicRound(ctx, year, governmentId);
  if (!r) return null;
  const system = await ctx.em.findOneOrFail(IndicatorSystem, r.system.id);
  const tops = await indicatorsOf(ctx, system.id);
  return {
    year: r.year,
    title: r.title,
    fullScore: system.fullScore,
    publishedAt: r.publishedAt!,
    dimensions: tops.filter((t) => !t.parent).map((t) => ({ dimension: t.dimension, score: t.maxScore, max: t.maxScore })),
    rows: await roundResults(ctx, r),
  };
}

export async function publicYears(ctx: Ctx, governmentId: string | null = null) {
  const government = await portalGovernment(ctx, governmentId);
  if (!government) return [];
  const rows = await ctx.em.find(
    EvaluationRound,
    { state: { $in: [...ROUND_PUBLISHED_STATES] }, government },
    { orderBy: { year: 'desc' }, fields: ['year'] },
  );
  return [...new Set(rows.map((r) => r.year))];
}
