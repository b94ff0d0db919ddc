// Policy documents for the benchmarks, generated in SQL: `count` documents of routine wording, three
// in five issued and public (proactive, with a date, a number and its sequence, so that the portal's
// order — date, then number — is total), the others drafts; one in ten also carries one of
// `sentences`, each in turn (the search benchmark passes the sentences of its hand-labelled corpus). Each was
// last changed a second before the one before it, so that the staff's order (last changed first)
// is total too.
import { demoUnitId, demoUserId } from '../../packages/server/src/modules/organisation/organisation.seed.js';

interface Connection {
  execute(sql: string, params: unknown[]): Promise<unknown>;
}

const FILLER = [
  '各单位要高度重视，加强组织领导，明确责任分工，确保各项工作落到实处。',
  '请各地区、各部门结合实际认真贯彻执行，执行中遇到的问题及时报告。',
  '本通知自印发之日起施行，此前有关规定与本通知不一致的，以本通知为准。',
  '要加强宣传引导，及时回应社会关切，营造良好的舆论氛围。',
  '对工作推进不力、造成不良影响的，依规依纪严肃追究责任。',
  '各县（市）区要于每季度末将工作进展情况报送市政府办公室。',
];
const TITLES = [
  '关于做好年度重点工作任务分解落实的通知',
  '关于印发工作要点的通知',
  '关于开展专项检查的通知',
  '关于加强和改进有关工作的意见',
  '关于进一步规范工作程序的通知',
];
/** The lead units, in turn: seven departments of the demo city. */
export const GENERATED_UNITS = ['housing', 'civil', 'education', 'health', 'market', 'transport', 'agriculture'].map(demoUnitId);

const textArray = (xs: string[]) => `{${xs.map((t) => `"${t}"`).join(',')}}`;

export async function generateDocuments(conn: Connection, count: number, sentences: string[] = []) {
  const extra = sentences.length ? sentences : [''];
  await conn.execute(
    `insert into policy_document (id, kind, title, body, lead_unit_id, government_id, co_unit_ids, interpretation_forms, state,
        disclosure_attribute, created_by_id, created_by_name, issue_date, document_number, number_year, number_seq, classified,
        created_at, updated_at)
     select gen_random_uuid(), 'DEPARTMENT',
            (?::text[])[1 + (i * 7) % ?] || '（第' || i || '号）',
            (?::text[])[1 + (i * 13) % ?] || (?::text[])[1 + (i * 31) % ?] || case when i % 10 = 0 then (?::text[])[1 + ((i / 10) * 37) % ?] else '' end,
            (?::uuid[])[1 + i % ?], ?, '{}', '{}',
            case when i % 5 < 3 then 'ISSUED' else 'DRAFT' end,
            case when i % 5 < 3 then 'PROACTIVE' else null end,
            ?, '基准', case when i % 5 < 3 then date '2017-01-01' + (i % 3500) else null end,
            case when i % 5 < 3 then '基准发〔' || (2017 + (i % 3500) / 365) || '〕' || i || '号' else null end,
            case when i % 5 < 3 then 2017 + (i % 3500) / 365 else null end,
            case when i % 5 < 3 then i else null end,
            false,
            now() - make_interval(secs => i), now() - make_interval(secs => i)
       from generate_series(1, ?) as i`,
    [
      textArray(TITLES),
      TITLES.length,
      textArray(FILLER),
      FILLER.length,
      textArray(FILLER),
      FILLER.length,
      textArray(extra),
      extra.length,
      `{${GENERATED_UNITS.join(',')}}`,
      GENERATED_UNITS.length,
      demoUnitId('city'),
      demoUserId('jiaoyu.staff'),
      count,
    ],
  );
}
