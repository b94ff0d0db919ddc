// Cases of the past, made in SQL with realistic proportions: the demo's history (a few hundred) and
// the benchmark's five years (a million). Deterministic for a given seed. Only handled cases that
// need nothing more are made by default (not accepted, rated, closed unrated): open work belongs to
// the real flow, with its to-dos.
import type { EntityManager } from '@mikro-orm/postgresql';

export interface GenerateCasesOptions {
  governmentId: string;
  /** The units cases are assigned to; the first ones get more (as the busiest bureaus do). */
  unitIds: string[];
  /** First and last day of receipt (YYYY-MM-DD), both included. */
  from: string;
  to: string;
  count: number;
  /** For the same seed, the same cases. */
  seed?: number;
  /** Also cases still open (received, assigned, replied, closed awaiting a rating): the benchmark's load. */
  includeOpen?: boolean;
  /** Numbers the cases from here (several runs into one database). */
  offset?: number;
}

const TITLES = [
  '小区周边道路破损积水',
  '工地夜间作业噪声大',
  '供暖温度不达标',
  '培训机构退费难',
  '农贸市场占道经营',
  '建议增设公交线路',
  '医保报销手续繁琐',
  '餐馆油烟扰民',
  '物业服务收费不透明',
  '建议延长图书馆开放时间',
  '出租车拒载',
  '政务服务窗口办事排队时间长',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];

/** Inserts the cases in one statement; returns how many were made. */
export async function generateCases(em: EntityManager, o: GenerateCasesOptions): Promise<number> {
  const seed = o.seed ?? 1;
  const offset = o.offset ?? 0;
  // the unit of each case: weights 1/(k+1), so the first units get the most
  const weights = o.unitIds.map((_, k) => 1 / (k + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  const bounds = weights.map((w) => (acc += w / sum));
  const unitCase = `case ${bounds.map((b, k) => `when u < ${b.toFixed(6)} then '${o.unitIds[k]}'::uuid`).join(' ')} else '${o.unitIds[o.unitIds.length - 1]}'::uuid end`;
  const titles = `(array[${TITLES.map((t) => `'${t}'`).join(',')}])`;
  const surnames = `(array[${SURNAMES.map((t) => `'${t}'`).join(',')}])`;
  const sql = `
    with r as (
      select i, random() as k, random() as ch, random() as d, random() as st, random() as ra, random() as late, random() as re,
             random() as u, random() as ti, random() as cs
        from generate_series(${offset + 1}, ${offset + o.count}) as i
    ),
    c as (
      select r.*, ('${o.from}'::date + floor(r.d * (('${o.to}'::date - '${o.from}'::date) + 1))::int) as received_on,
             case when r.k < 0.6 then 'COMPLAINT' when r.k < 0.85 then 'REPORT' else 'SUGGESTION' end as kind,
             case when r.ch < 0.35 then 'HOTLINE' when r.ch < 0.65 then 'MINXIN' when r.ch < 0.85 then 'PORTAL' when r.ch < 0.95 then 'LETTER' else 'VISIT' end as channel,
             case
               when r.st < 0.05 then 'NOT_ACCEPTED'
               ${
                 o.includeOpen
                   ? `when r.st < 0.08 then 'RECEIVED' when r.st < 0.12 then 'ASSIGNED' when r.st < 0.15 then 'REPLIED' when r.st < 0.18 then 'CLOSED'`
                   : ''
               }
               when r.st < 0.80 then 'RATED'
               else 'UNRATED'
             end as state,
             case when r.ra < 0.70 then 'SATISFIED' when r.ra < 0.88 then 'BASICALLY_SATISFIED' else 'DISSATISFIED' end as rating_if
        from r
    )
    insert into complaint_case (id, case_number, check_code, kind, channel, source_case_id, government_id, assigned_unit_id, title, content,
      complainant_name, complainant_phone, consent_to_publish, state, received_at, received_on, accepted_on, not_accepted_reason,
      reply_working_days, due_on, reply, replied_at, replied_on, replied_by_name, closed_on, rating_due_on, rating, rated_at, reopen_count,
      replied_late, version)
    select gen_random_uuid(),
           'TS' || to_char(received_on, 'YYYYMMDD') || '-H' || upper(lpad(to_hex(i), 6, '0')),
           upper(substr(md5(i::text || '${seed}'), 1, 8)),
           kind, channel,
           case when channel in ('MINXIN', 'HOTLINE') then channel || '-' || lpad(i::text, 9, '0') end,
           '${o.governmentId}'::uuid,
           case when state not in ('RECEIVED', 'NOT_ACCEPTED') then ${unitCase} end,
           ${titles}[1 + floor(ti * ${TITLES.length})::int],
           ${titles}[1 + floor(ti * ${TITLES.length})::int] || '，请有关部门核实处理。',
           ${surnames}[1 + floor(cs * ${SURNAMES.length})::int] || '先生',
           '139' || lpad((i % 100000000)::text, 8, '0'),
           cs < 0.6,
           state,
           received_on::timestamp + interval '9 hours',
           received_on,
           case when state not in ('RECEIVED', 'NOT_ACCEPTED') then received_on + 1 end,
           case when state = 'NOT_ACCEPTED' then '不属于本办受理范围，已告知反映人向有关机关反映。' end,
           case when state not in ('RECEIVED', 'NOT_ACCEPTED') then 15 end,
           case when state not in ('RECEIVED', 'NOT_ACCEPTED') then received_on + 22 end,
           case when state in ('REPLIED', 'CLOSED', 'RATED', 'UNRATED') then '经核查，已责成有关单位整改，并将结果告知反映人。' end,
           case when state in ('REPLIED', 'CLOSED', 'RATED', 'UNRATED') then (received_on + case when late < 0.08 then 26 else 4 + floor(late * 14)::int end)::timestamp + interval '15 hours' end,
           case when state in ('REPLIED', 'CLOSED', 'RATED', 'UNRATED') then received_on + case when late < 0.08 then 26 else 4 + floor(late * 14)::int end end,
           case when state in ('REPLIED', 'CLOSED', 'RATED', 'UNRATED') then '承办人' end,
           case when state in ('CLOSED', 'RATED', 'UNRATED') then received_on + 30 end,
           case when state in ('CLOSED', 'RATED', 'UNRATED') then received_on + 40 end,
           case when state = 'RATED' then rating_if end,
           case when state = 'RATED' then (received_on + 33)::timestamp + interval '10 hours' end,
           case when state in ('RATED', 'UNRATED') and re < 0.04 then 1 else 0 end,
           state in ('REPLIED', 'CLOSED', 'RATED', 'UNRATED') and late < 0.08,
           1
      from c`;
  return em.transactional(async (tx) => {
    // random() follows the seed within this connection
    await tx.execute(`select setseed(${(seed % 1000) / 1000})`);
    const res = await tx.execute(sql, [], 'run');
    return (res as { affectedRows?: number }).affectedRows ?? o.count;
  });
}
