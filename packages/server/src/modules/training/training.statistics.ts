// Coverage of the training (培训覆盖率): how many of a unit's staff attended at least one session in a
// period, and their hours. SQL aggregates over the rosters; no permission check here — callers
// (the training pages, the assessment scorecard) decide who may read what.
import type { EntityManager } from '@mikro-orm/postgresql';
import { TRAINING_TRAINEE_ROLES } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { valueOn } from '../../common/parameters/parameters.service.js';

export interface CoveragePeriod {
  /** First and last day, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** The rotation cycle in years in force (training.rotationCycleYears), when the period is a cycle. */
  cycleYears: number | null;
}

export interface UnitCoverage {
  unitId: string;
  unitName: string;
  /** Active staff of the unit counted for training. */
  staff: number;
  /** Of them, those who attended at least one session in the period. */
  trained: number;
  hours: number;
  /** trained ÷ staff (null for a unit without staff). */
  ratio: number | null;
}

export interface PersonCoverage {
  userId: string;
  name: string;
  unitId: string;
  unitName: string;
  sessions: number;
  hours: number;
  lastAttendedOn: string | null;
  trained: boolean;
}

/**
 * The period of a year, or of the rotation cycle that ends with that year: the parameter in force on
 * the first day of the year gives its length (a 3-year cycle ending 2026 runs 2024-01-01 … 2026-12-31).
 */
export async function coveragePeriod(ctx: Ctx, year: number, cycle: boolean): Promise<CoveragePeriod> {
  if (!cycle) return { from: `${year}-01-01`, to: `${year}-12-31`, cycleYears: null };
  const n = await valueOn<number>(ctx, 'training.rotationCycleYears', `${year}-01-01`);
  return { from: `${year - n + 1}-01-01`, to: `${year}-12-31`, cycleYears: n };
}

const STAFF = `select u.id, u.display_name, u.unit_id from app_user u join unit un on un.id = u.unit_id
  where u.active and un.active and un.government_id = any(?::uuid[]) and un.kind <> 'EXTERNAL' and u.roles && ?::text[]`;
const ATTENDED = `select e.user_id, count(*)::int as sessions, sum(e.hours_credited) as hours, max(s.day) as last_day
  from training_enrolment e join training_session s on s.id = e.session_id
  where e.attended_at is not null and e.government_id = any(?::uuid[]) and s.day between ? and ? group by e.user_id`;
const roles = `{${TRAINING_TRAINEE_ROLES.join(',')}}`;
/** One government, or a level and the governments below it, as a PostgreSQL array literal. */
const governments = (ids: string | readonly string[]) => `{${(typeof ids === 'string' ? [ids] : ids).join(',')}}`;
const round1 = (n: number | string | null) => Math.round(Number(n ?? 0) * 10) / 10;

/** Coverage per unit of a government's level (or of one unit) in a period, in the units' order. */
export async function coverageByUnit(
  em: EntityManager,
  governmentIds: string | readonly string[],
  period: CoveragePeriod,
  unitId?: string | null,
): Promise<UnitCoverage[]> {
  const rows = await em.getConnection().execute<{ unit_id: string; unit_name: string; staff: number; trained: number; hours: string | null }[]>(
    `with staff as (${STAFF}${unitId ? ' and u.unit_id = ?' : ''}), attended as (${ATTENDED})
     select un.id as unit_id, un.name as unit_name, count(st.id)::int as staff, count(a.user_id)::int as trained, coalesce(sum(a.hours), 0) as hours
       from unit un join staff st on st.unit_id = un.id left join attended a on a.user_id = st.id
      group by un.id, un.name, un.sort_order order by un.sort_order, un.name`,
    [governments(governmentIds), roles, ...(unitId ? [unitId] : []), governments(governmentIds), period.from, period.to],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => ({
    unitId: r.unit_id,
    unitName: r.unit_name,
    staff: r.staff,
    trained: r.trained,
    hours: round1(r.hours),
    ratio: r.staff ? r.trained / r.staff : null,
  }));
}

/** Each member of staff of a level (or of one unit) with their sessions and hours in the period; the untrained first. */
export async function coverageByPerson(
  em: EntityManager,
  governmentIds: string | readonly string[],
  period: CoveragePeriod,
  unitId?: string | null,
): Promise<PersonCoverage[]> {
  const rows = await em.getConnection().execute<
    {
      id: string;
      display_name: string;
      unit_id: string;
      unit_name: string;
      sessions: number | null;
      hours: string | null;
      last_day: string | null;
    }[]
  >(
    `with staff as (${STAFF}${unitId ? ' and u.unit_id = ?' : ''}), attended as (${ATTENDED})
     select st.id, st.display_name, st.unit_id, un.name as unit_name, a.sessions, a.hours, to_char(a.last_day, 'YYYY-MM-DD') as last_day
       from staff st join unit un on un.id = st.unit_id left join attended a on a.user_id = st.id
      order by (a.user_id is not null), un.sort_order, un.name, st.display_name`,
    [governments(governmentIds), roles, ...(unitId ? [unitId] : []), governments(governmentIds), period.from, period.to],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => ({
    userId: r.id,
    name: r.display_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    sessions: r.sessions ?? 0,
    hours: round1(r.hours),
    lastAttendedOn: r.last_day,
    trained: !!r.sessions,
  }));
}

/**
 * For other systems (the assessment scorecard): each unit's coverage ratio of a government's level for
 * a year, or for the rotation cycle ending with it. Units without staff are left out.
 */
export async function coverageRatioByUnit(ctx: Ctx, governmentId: string, year: number, cycle = true): Promise<Map<string, number>> {
  const period = await coveragePeriod(ctx, year, cycle);
  const rows = await coverageByUnit(ctx.em as EntityManager, governmentId, period);
  return new Map(rows.filter((r) => r.ratio !== null).map((r) => [r.unitId, r.ratio!]));
}
