// The figures of requests on application, in SQL: how often each information item is asked for
// (the yearly review converts those asked often), and table 三 of the annual report.
import { OUTCOME_ROWS, REPLY_TYPES_GIVING, APPLICANT_KINDS, type LocalDate, type OutcomeRow, type TableThreeColumn } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { AppError } from '../../common/errors.js';
import { RequestError as E } from './requests.errors.js';

export interface FrequentItem {
  /** The policy document asked for, when the items were linked to one. */
  documentId: string | null;
  description: string;
  /** Requests that asked for it in the period. */
  count: number;
}

/**
 * Information asked for at least `review.frequentRequestThreshold` times (in force on the period's
 * last day) in requests a unit received in the period: one item per linked document, else per
 * description (spaces and case ignored). Requests not registered are not counted.
 */
export async function frequentlyRequestedItems(
  ctx: Ctx,
  scope: { unitId?: string; governmentId?: string; from: LocalDate; to: LocalDate },
): Promise<FrequentItem[]> {
  const threshold = await valueOn<number>(ctx, 'review.frequentRequestThreshold', scope.to);
  const [column, id] = scope.unitId ? ['unit_id', scope.unitId] : ['government_id', scope.governmentId];
  const rows = await ctx.em.getConnection().execute<{ document_id: string | null; description: string; count: number }[]>(
    `select (array_agg(i.document_id))[1] as document_id, min(i.description) as description, count(distinct r.id)::int as count
       from disclosure_request_item i join disclosure_request r on r.id = i.request_id
      where r.${column} = ? and r.received_on between ? and ?
      group by coalesce(i.document_id::text, lower(regexp_replace(i.description, '\\s+', '', 'g')))
     having count(distinct r.id) >= ?
      order by count desc, description`,
    [id, scope.from, scope.to, threshold],
  );
  return rows.map((r) => ({ documentId: r.document_id, description: r.description, count: r.count }));
}

/** A text[] parameter (a bound JS array would be spread into a list of parameters). */
const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v}"`).join(',')}}`;

export type TableThreeRow = 'NEW' | 'CARRIED_OVER' | OutcomeRow | 'TOTAL' | 'CARRIED_FORWARD';
export interface TableThree {
  rows: Record<TableThreeRow, Record<TableThreeColumn, number>>;
  /** 信息处理费 charged on the replies of the year (yuan). */
  fees: number;
}
export const TABLE_THREE_ROWS: readonly TableThreeRow[] = ['NEW', 'CARRIED_OVER', ...OUTCOME_ROWS, 'TOTAL', 'CARRIED_FORWARD'];

/**
 * Table 三 (收到和处理政府信息公开申请情况) of a unit or of a whole level for a year, in one statement.
 * 本年新收: received in the year; 上年结转: received before it and not replied before it; 办理结果:
 * replied in the year, one row per request by the declared rule of `requestOutcome` (shared) —
 * one type: that row; some information given and some not: 部分公开; else the first in the
 * template's order; 结转下年度: received by the year's end and not replied by it.
 */
export async function requestOutcomeTable(
  ctx: Ctx,
  input: { scope: { unitId: string } | { governmentId: string }; year: number },
): Promise<TableThree> {
  const { scope, year } = input;
  if (!Number.isInteger(year) || year < 2008 || year > 2200) throw new AppError(E.YEAR_INVALID, '年度无效', { field: 'year' });
  const [column, id] = 'unitId' in scope ? ['unit_id', scope.unitId] : ['government_id', scope.governmentId];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const rows = await ctx.em.getConnection().execute<{ row: string; kind: string; n: number; fees: string | null }[]>(
    `with scoped as (
       select r.id, r.applicant_kind, r.received_on, r.replied_on, r.fee_charged
         from disclosure_request r
        where r.${column} = ? and r.received_on is not null and r.received_on <= ?::date
          and (r.replied_on is null or r.replied_on >= ?::date)
     ),
     outcome as (
       select s.id, s.applicant_kind,
              case when count(distinct k.key) = 1 then min(k.key)
                   when bool_or(i.outcome = any(?::text[])) then 'PARTLY_DISCLOSED'
                   else (array_agg(k.key order by array_position(?::text[], k.key)))[1] end as row
         from scoped s
         join disclosure_request_item i on i.request_id = s.id
         cross join lateral (select case when i.outcome in ('ALREADY_PUBLIC', 'DISCLOSED') then 'DISCLOSED'
                                         when i.outcome = 'PARTLY_DISCLOSED' then 'PARTLY_DISCLOSED'
                                         else i.outcome || '.' || coalesce(i.outcome_reason, 'OTHER') end as key) k
        where s.replied_on between ?::date and ?::date
        group by s.id, s.applicant_kind
     )
     select 'NEW' as row, applicant_kind as kind, count(*)::int as n, null as fees from scoped where received_on >= ?::date group by applicant_kind
     union all
     select 'CARRIED_OVER', applicant_kind, count(*)::int, null from scoped where received_on < ?::date group by applicant_kind
     union all
     select 'CARRIED_FORWARD', applicant_kind, count(*)::int, null from scoped where replied_on is null or replied_on > ?::date group by applicant_kind
     union all
     select row, applicant_kind, count(*)::int, null from outcome group by row, applicant_kind
     union all
     select 'FEES', '', 0, coalesce(sum(fee_charged), 0)::text from scoped where replied_on between ?::date and ?::date`,
    [id, end, start, textArray(REPLY_TYPES_GIVING), textArray(OUTCOME_ROWS), start, end, start, start, end, start, end],
  );
  const table = Object.fromEntries(
    TABLE_THREE_ROWS.map((row) => [row, Object.fromEntries([...APPLICANT_KINDS, 'TOTAL'].map((c) => [c, 0]))]),
  ) as TableThree['rows'];
  let fees = 0;
  for (const r of rows) {
    if (r.row === 'FEES') {
      fees = Number(r.fees ?? 0);
      continue;
    }
    const row = table[r.row as TableThreeRow];
    if (!row) continue;
    row[r.kind as TableThreeColumn] += r.n;
    row.TOTAL += r.n;
    if (OUTCOME_ROWS.includes(r.row as OutcomeRow)) {
      table.TOTAL[r.kind as TableThreeColumn] += r.n;
      table.TOTAL.TOTAL += r.n;
    }
  }
  return { rows: table, fees };
}
