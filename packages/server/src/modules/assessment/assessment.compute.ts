// The scorecards of a government's year as they stand: the item totals (one SQL per item), the routine
// checks and the deductions (one SQL each), put together by scorecardOf and ranked.
import type { Ctx } from '../../common/context.js';
import { today } from '../../common/clock.js';
import type { Assessment } from './assessment.entities.js';
import { itemTotals } from './assessment.items.js';
import { ranked, scorecardOf, type Scorecard } from './assessment.scorecard.js';

/** The units a government assesses: its active departments and park committees (not its offices' sections, affiliated bodies or outside bodies). */
export async function assessedUnits(ctx: Ctx, governmentId: string): Promise<{ id: string; name: string }[]> {
  return ctx.em.execute<{ id: string; name: string }[]>(
    `select id, name from unit where government_id = ? and active and kind in ('DEPARTMENT', 'PARK') order by sort_order, name`,
    [governmentId],
  );
}

export async function computeScorecards(ctx: Ctx, a: Assessment, onlyUnitId: string | null = null): Promise<Scorecard[]> {
  const governmentId = a.government.id;
  const units = await assessedUnits(ctx, governmentId);
  const totals = await itemTotals(ctx, governmentId, a.year, today());
  const checks = await ctx.em.execute<{ unit_id: string; scores: string[] }[]>(
    `select unit_id, array_agg(score::text) as scores from assessment_routine_check where assessment_id = ? group by unit_id`,
    [a.id],
  );
  const deductions = await ctx.em.execute<{ unit_id: string; points: string[] }[]>(
    `select unit_id, array_agg(points::text) as points from assessment_deduction where assessment_id = ? group by unit_id`,
    [a.id],
  );
  const checksOf = new Map(checks.map((c) => [c.unit_id, c.scores.map(Number)]));
  const deductionsOf = new Map(deductions.map((d) => [d.unit_id, d.points.map(Number)]));
  // ranks are among all the government's units, even when one unit's card is asked for
  const all = units.map((u) =>
    scorecardOf(
      { unitId: u.id, unitName: u.name, routineScores: checksOf.get(u.id) ?? [], deductionPoints: deductionsOf.get(u.id) ?? [] },
      totals,
      a.parameters,
    ),
  );
  const out = ranked(all);
  return onlyUnitId ? out.filter((c) => c.unitId === onlyUnitId) : out;
}
