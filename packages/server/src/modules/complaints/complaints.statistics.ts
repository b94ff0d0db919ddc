// 自动统计 and 办结自动评价 of system 8, computed in SQL from the cases themselves (no entity is loaded):
// by unit, type or channel over a month or a quarter, with the definitions of shared/complaints/figures.
// A period's figures, once published, are frozen as they were: the portal and the open-data files read
// the stored release, never a recomputation.
import { subject as tagSubject } from '@casl/ability';
import {
  CASE_CHANNEL_LABELS,
  CASE_CLOSED_STATES,
  CASE_EVALUATED_STATES,
  CASE_EVALUATION_RULES,
  CASE_FIGURES,
  CASE_KIND_LABELS,
  CASE_OPEN_STATES,
  CASE_REPLIED_STATES,
  casePeriodKey,
  casePeriodLabel,
  casePeriodRange,
  caseEvaluationRuleOn,
  type CaseChannel,
  type CaseEvaluationRule,
  type CaseKind,
  type CasePeriodKind,
  type CaseStatDimension,
} from '@gongkai/shared';
import { type GovernmentScope, scopedReader } from '../../common/organisation/governments.js';
import type { Ctx } from '../../common/context.js';
import { AppError, CommonError } from '../../common/errors.js';
import { requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { today } from '../../common/clock.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { ComplaintError as E } from './complaints.errors.js';
import { CaseStatisticsRelease } from './complaints.entities.js';
import type { CaseStatRow, ReleaseData } from './complaints.figures.js';

export type { CaseStatRow, ReleaseData };

export interface CaseStatistics {
  periodKind: CasePeriodKind;
  year: number;
  period: number;
  periodKey: string;
  periodLabel: string;
  /** The day the figures were counted on (what was due is counted up to it). */
  asOf: string;
  dimension: CaseStatDimension;
  rows: CaseStatRow[];
}

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/** One rule's score as SQL over a complaint_case row (the same sum as evaluateCase). */
function scoreSql(r: CaseEvaluationRule): string {
  const s = r.satisfaction;
  return `greatest(0, (case when replied_late then ${r.timeliness.late} else ${r.timeliness.onTime} end)
    + (case rating when 'SATISFIED' then ${s.SATISFIED} when 'BASICALLY_SATISFIED' then ${s.BASICALLY_SATISFIED}
       when 'DISSATISFIED' then ${s.DISSATISFIED} else ${s.unrated} end)
    - ${r.perReopen} * reopen_count)`;
}
/** The score by the rule in force on the day each case was closed. */
function versionedScoreSql(): string {
  const rules = [...CASE_EVALUATION_RULES].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  if (rules.length === 1) return scoreSql(rules[0]);
  return `case ${rules
    .slice(0, -1)
    .map((r) => `when closed_on >= '${r.effectiveFrom}' then ${scoreSql(r)}`)
    .join(' ')} else ${scoreSql(rules[rules.length - 1])} end`;
}

const DIMENSION_COLUMN: Record<CaseStatDimension, string> = { UNIT: 'assigned_unit_id', KIND: 'kind', CHANNEL: 'channel' };
const rate = (n: number, d: number) => (d ? n / d : null);

interface RawRow {
  key: string | null;
  is_total: number;
  received: number;
  accepted: number;
  due: number;
  replied: number;
  on_time: number;
  closed: number;
  rated: number;
  unrated: number;
  satisfied: number;
  reopened: number;
  average_score: string | null;
}

/**
 * The one statement behind the figures, grouped by one dimension with the total row (rollup); the
 * benchmark runs this very text raw through pg as its baseline.
 */
export function statisticsQuery(o: {
  /** The governments counted (one, or a level and the governments below it) */
  governmentIds: readonly string[];
  from: string;
  to: string;
  dimension: CaseStatDimension;
  unitId?: string | null;
  asOf: string;
}): { sql: string; params: unknown[] } {
  const column = DIMENSION_COLUMN[o.dimension];
  const replied = list(CASE_REPLIED_STATES);
  const closed = list(CASE_CLOSED_STATES);
  const sql = `select ${column}::text as key, grouping(${column})::int as is_total,
            count(*)::int as received,
            count(*) filter (where accepted_on is not null)::int as accepted,
            count(*) filter (where accepted_on is not null and (state in (${replied}) or due_on < ?))::int as due,
            count(*) filter (where state in (${replied}))::int as replied,
            count(*) filter (where state in (${replied}) and not replied_late)::int as on_time,
            count(*) filter (where state in (${closed}))::int as closed,
            count(*) filter (where state = 'RATED')::int as rated,
            count(*) filter (where state = 'UNRATED')::int as unrated,
            count(*) filter (where state = 'RATED' and rating in ('SATISFIED', 'BASICALLY_SATISFIED'))::int as satisfied,
            count(*) filter (where state in (${closed}) and reopen_count > 0)::int as reopened,
            round(avg(${versionedScoreSql()}) filter (where state in (${list(CASE_EVALUATED_STATES)})), 2)::text as average_score
       from complaint_case
      where government_id in (${o.governmentIds.map(() => '?').join(', ')}) and received_on >= ? and received_on < ? ${o.unitId ? 'and assigned_unit_id = ?' : ''}
      group by rollup (${column})`;
  return { sql, params: [o.asOf, ...o.governmentIds, o.from, o.to, ...(o.unitId ? [o.unitId] : [])] };
}

/**
 * The figures of the cases of a government received in a period, by one dimension, with the total
 * row last. `unitId` narrows them to the cases assigned to one unit (a unit's own dashboard).
 */
export async function computeCaseStatistics(
  ctx: Ctx,
  governmentIds: string | readonly string[],
  periodKind: CasePeriodKind,
  year: number,
  period: number,
  dimension: CaseStatDimension,
  unitId: string | null = null,
): Promise<CaseStatistics> {
  const range = casePeriodRange(periodKind, year, period);
  if (!range) throw new AppError(E.PERIOD_INVALID, '统计期不正确', { field: 'period' });
  const asOf = today();
  const q = statisticsQuery({
    governmentIds: typeof governmentIds === 'string' ? [governmentIds] : governmentIds,
    ...range,
    dimension,
    unitId,
    asOf,
  });
  const rows = await ctx.em.execute<RawRow[]>(q.sql, q.params);
  const unitIds = dimension === 'UNIT' ? rows.filter((r) => !r.is_total && r.key).map((r) => r.key!) : [];
  // the units' names and order, as rows (no entity is loaded on this path)
  const units = unitIds.length
    ? await ctx.em.execute<{ id: string; name: string; sortOrder: number }[]>(
        `select id, name, sort_order as "sortOrder" from unit where id in (${unitIds.map(() => '?').join(', ')})`,
        unitIds,
      )
    : [];
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const label = (r: RawRow) => {
    if (r.is_total) return '合计';
    if (dimension === 'UNIT') return r.key ? (unitOf.get(r.key)?.name ?? '') : '尚未交办';
    return dimension === 'KIND' ? CASE_KIND_LABELS[r.key as CaseKind] : CASE_CHANNEL_LABELS[r.key as CaseChannel];
  };
  const order = (r: RawRow) =>
    r.is_total ? Number.MAX_SAFE_INTEGER : dimension === 'UNIT' ? (r.key ? (unitOf.get(r.key)?.sortOrder ?? 0) : Number.MAX_SAFE_INTEGER - 1) : 0;
  const out = rows
    .map((r) => ({ r, o: order(r) }))
    .sort((a, b) => a.o - b.o || String(a.r.key).localeCompare(String(b.r.key)))
    .map(({ r }) => ({
      key: r.is_total ? null : r.key,
      label: label(r),
      total: !!r.is_total,
      received: r.received,
      accepted: r.accepted,
      due: r.due,
      replied: r.replied,
      onTime: r.on_time,
      closed: r.closed,
      rated: r.rated,
      unrated: r.unrated,
      satisfied: r.satisfied,
      reopened: r.reopened,
      replyRate: rate(r.replied, r.due),
      onTimeRate: rate(r.on_time, r.replied),
      satisfactionRate: rate(r.satisfied, r.rated),
      reopenRate: rate(r.reopened, r.closed),
      averageScore: r.average_score === null ? null : Number(r.average_score),
    }));
  // no case at all: still a total row of zeros, so that a page shows "0", not nothing
  if (!out.length) out.push(emptyTotal());
  return {
    periodKind,
    year,
    period,
    periodKey: casePeriodKey(periodKind, year, period),
    periodLabel: casePeriodLabel(periodKind, year, period),
    asOf,
    dimension,
    rows: out,
  };
}

function emptyTotal(): CaseStatRow {
  return {
    key: null,
    label: '合计',
    total: true,
    received: 0,
    accepted: 0,
    due: 0,
    replied: 0,
    onTime: 0,
    closed: 0,
    rated: 0,
    unrated: 0,
    satisfied: 0,
    reopened: 0,
    replyRate: null,
    onTimeRate: null,
    satisfactionRate: null,
    reopenRate: null,
    averageScore: null,
  };
}

/**
 * The figures a user may see: the Complaint Office and the leaders those of their whole level; a unit
 * handling cases those of the cases assigned to it.
 */
export async function caseStatistics(
  ctx: Ctx,
  periodKind: CasePeriodKind,
  year: number,
  period: number,
  dimension: CaseStatDimension,
  scope: GovernmentScope | null = null,
) {
  const user = requireUser(ctx);
  const reader = await scopedReader(ctx, scope);
  // a government below, or a level with its children: as their leaders count them
  if (reader.scoped) return computeCaseStatistics(reader.ctx, reader.governmentIds, periodKind, year, period, dimension);
  if (ctx.ability.can('read', tagSubject('Case', { governmentId: user.governmentId }) as never)) {
    return computeCaseStatistics(ctx, user.governmentId, periodKind, year, period, dimension);
  }
  if (ctx.ability.can('read', tagSubject('Case', { assignedUnitId: user.unitId }) as never)) {
    return computeCaseStatistics(ctx, user.governmentId, periodKind, year, period, dimension, user.unitId);
  }
  throw new AppError(CommonError.FORBIDDEN, '无权查看举报投诉统计');
}

/** The cases in each quick view of the case list, for its counts (no personal data read, so none recorded). */
export interface CaseCounts {
  received: number;
  accepted: number;
  assigned: number;
  replied: number;
  overdue: number;
  extensionRequested: number;
}
export async function caseCounts(ctx: Ctx): Promise<CaseCounts> {
  const user = requireUser(ctx);
  const level = ctx.ability.can('read', tagSubject('Case', { governmentId: user.governmentId }) as never);
  if (!level && !ctx.ability.can('read', tagSubject('Case', { assignedUnitId: user.unitId }) as never)) {
    throw new AppError(CommonError.FORBIDDEN, '无权查看举报投诉件');
  }
  const [r] = await ctx.em.execute<CaseCounts[]>(
    `select count(*) filter (where state = 'RECEIVED')::int as received,
            count(*) filter (where state = 'ACCEPTED')::int as accepted,
            count(*) filter (where state = 'ASSIGNED')::int as assigned,
            count(*) filter (where state = 'REPLIED')::int as replied,
            count(*) filter (where state in (${list(CASE_OPEN_STATES)}) and due_on < ?)::int as overdue,
            count(*) filter (where state = 'ASSIGNED' and extension_state = 'REQUESTED')::int as "extensionRequested"
       from complaint_case where ${level ? 'government_id' : 'assigned_unit_id'} = ?`,
    [today(), level ? user.governmentId : user.unitId],
  );
  return r;
}

/** The Complaint Office publishes a period that has ended: frozen from then on (a second publication is refused). */
export async function publishCaseStatistics(ctx: Ctx, periodKind: CasePeriodKind, year: number, period: number) {
  const user = requireUser(ctx);
  if (!ctx.ability.can('publish', tagSubject('Case', { governmentId: user.governmentId }) as never)) {
    throw new AppError(CommonError.FORBIDDEN, '只有举报投诉受理办公室可以发布统计');
  }
  const range = casePeriodRange(periodKind, year, period);
  if (!range) throw new AppError(E.PERIOD_INVALID, '统计期不正确', { field: 'period' });
  if (range.to > today()) throw new AppError(E.PERIOD_OPEN, '统计期尚未结束，不能发布', { field: 'period' });
  return transaction(ctx, async (tx) => {
    await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`case-stats:${user.governmentId}:${periodKind}:${year}:${period}`]);
    const existing = await tx.em.findOne(CaseStatisticsRelease, { government: user.governmentId, periodKind, year, period });
    if (existing) throw new AppError(E.STATS_PUBLISHED, '该统计期已发布，发布后不再更改');
    const [byUnit, byKind, byChannel] = [
      await computeCaseStatistics(tx, user.governmentId, periodKind, year, period, 'UNIT'),
      await computeCaseStatistics(tx, user.governmentId, periodKind, year, period, 'KIND'),
      await computeCaseStatistics(tx, user.governmentId, periodKind, year, period, 'CHANNEL'),
    ];
    const data: ReleaseData = {
      periodLabel: byUnit.periodLabel,
      asOf: byUnit.asOf,
      definitions: CASE_FIGURES,
      rule: caseEvaluationRuleOn(byUnit.asOf),
      byUnit: byUnit.rows,
      byKind: byKind.rows,
      byChannel: byChannel.rows,
    };
    const release = tx.em.create(CaseStatisticsRelease, {
      government: user.governmentId,
      periodKind,
      year,
      period,
      periodKey: casePeriodKey(periodKind, year, period),
      data,
      publishedByName: user.name,
    } as never) as CaseStatisticsRelease;
    tx.em.persist(release);
    audit(tx, { action: 'CaseStatistics.publish', subjectType: 'Case', subjectId: release.id, after: { period: release.periodKey } });
    return release;
  });
}

/** The published periods of the city (newest first), for the portal. */
export async function publicCaseStatisticsReleases(ctx: Ctx) {
  const government = await cityGovernment(ctx);
  return government ? ctx.em.find(CaseStatisticsRelease, { government }, { orderBy: { year: 'desc', periodKind: 'asc', period: 'desc' } }) : [];
}
export async function publicCaseStatisticsRelease(ctx: Ctx, periodKey: string) {
  const government = await cityGovernment(ctx);
  const r = government ? await ctx.em.findOne(CaseStatisticsRelease, { government, periodKey: periodKey.slice(0, 10) }) : null;
  if (!r) throw new AppError(CommonError.NOT_FOUND, '该统计期尚未发布');
  return r;
}
/** The portal is the city's: its figures are those of the city level. */
async function cityGovernment(ctx: Ctx): Promise<string | null> {
  const office = await ctx.em.findOne(Unit, { function: 'COMPLAINT_OFFICE', active: true, level: 'CITY' }, { orderBy: { sortOrder: 'asc' } });
  return office?.government.id ?? null;
}

/** The stable addresses of a published period's figures. */
export const openDataUrl = (periodKey: string, format: 'csv' | 'json') => `/open/complaints/statistics/${periodKey}.${format}`;
