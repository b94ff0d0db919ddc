// The figures of the annual report that Gongkai holds, computed in SQL from the work of the year.
import type { TableThree } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { requestOutcomeTable } from '../requests/requests.service.js';
import { rectificationLines } from '../review/review.service.js';
import { now } from '../../common/clock.js';
import type { AnnualReport, ComputedFigures } from './annual-report.entities.js';

/** Whose work a report counts: one unit's (as lead unit), or its whole level's for a government's report. */
export type ReportScope = { unitId: string } | { governmentId: string };
export const scopeOf = (r: AnnualReport): ReportScope => (r.scope === 'GOVERNMENT' ? { governmentId: r.government.id } : { unitId: r.unit.id });

/**
 * Table 二, 第二十条第（一）项, from the policy documents: 规章 are documents of kind REGULATION, the other
 * kinds 行政规范性文件. Issued in the year = issued (印发) with an issue date in the year; in force =
 * issued by the year's end (Gongkai records no repeal: 本年废止件数 is entered by hand).
 */
async function tableTwo(ctx: Ctx, scope: ReportScope, year: number): Promise<ComputedFigures['tableTwo']> {
  const [column, id] = 'unitId' in scope ? ['lead_unit_id', scope.unitId] : ['government_id', scope.governmentId];
  const rows = await ctx.em.execute<{ regulation: boolean; issued: number; in_force: number }[]>(
    `select kind = 'REGULATION' as regulation,
            count(*) filter (where issue_date >= make_date(?, 1, 1))::int as issued,
            count(*)::int as in_force
       from policy_document
      where ${column} = ? and state = 'ISSUED' and issue_date is not null and issue_date <= make_date(?, 12, 31)
      group by 1`,
    [year, id, year],
  );
  const of = (regulation: boolean) => rows.find((r) => r.regulation === regulation) ?? { issued: 0, in_force: 0 };
  return {
    REGULATION_ISSUED: of(true).issued,
    REGULATION_IN_FORCE: of(true).in_force,
    NORMATIVE_ISSUED: of(false).issued,
    NORMATIVE_IN_FORCE: of(false).in_force,
  };
}

/**
 * Table 三 and the fees of section 六 (信息处理费), from the requests on application: the requests module
 * counts them in SQL (new, carried over, the outcome rows by applicant kind, total, carried forward).
 */
async function tableThree(ctx: Ctx, scope: ReportScope, year: number): Promise<Pick<ComputedFigures, 'tableThree' | 'requestFees'>> {
  const { rows, fees } = await requestOutcomeTable(ctx, { scope, year });
  return { tableThree: rows as TableThree, requestFees: fees };
}

export async function computeFigures(ctx: Ctx, r: AnnualReport): Promise<ComputedFigures> {
  const scope = scopeOf(r);
  return {
    tableTwo: await tableTwo(ctx, scope, r.year),
    ...(await tableThree(ctx, scope, r.year)),
    rectifications: await rectificationLines(ctx, scope, r.year),
    at: now().toISOString(),
  };
}
