// The items of the year-end scorecard (年终考核) as data: each names its work system, how its rate is
// computed, and a provider that lists the records the rate is computed from. A provider is one SQL
// query over the work system's tables giving one row per record (the unit it counts for, what it is,
// its day, the points earned out of the points possible, a note); the rates of every unit of a
// government are one aggregate over that query, and a unit's drill-down is the same query narrowed
// to the unit. An item whose work system is not in the platform yet has no provider: it is shown as
// 未纳入 (not included), never as zero, and its weight is shared by the other items. Adding the
// provider of such a system later is one entry in PROVIDERS.
import {
  ASSESSMENT_ITEMS,
  ASSESSMENT_ITEM_LABELS,
  RESOLUTION_ISSUED_STATES,
  TOPIC_PUBLISHED_STATES,
  TRAINING_TRAINEE_ROLES,
  type AssessmentItem,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';

/** One record behind an item: the points it earned out of the points it could (1 of 1 for a deadline met). */
export interface ItemRecord {
  unitId: string;
  id: string;
  title: string;
  on: string | null;
  earned: number;
  possible: number;
  note: string;
}

export interface ItemProvider {
  /**
   * SQL giving the item's records of a government's year, with the columns unit_id, id, title, "on"
   * (text date), earned, possible, note; `:gov` and `:year` are bound to the government and the year.
   */
  records: string;
}

export interface ItemDefinition {
  key: AssessmentItem;
  label: string;
  /** The work system the records come from (the admin links the drill-down there). */
  source: string;
  /** How the rate is computed, in the words shown next to it. */
  method: string;
}

/** The declared list: every item of the scorecard, in the order it is shown. */
export const ITEM_DEFINITIONS: readonly ItemDefinition[] = (
  [
    ['DOCUMENT_ATTRIBUTES', 'documents', '本年印发的政策性文件中，公开属性经本单位政务公开工作机构源头认定的件数 ÷ 印发件数'],
    ['CONSULTATION_WINDOWS', 'consultation', '本年结束征集的意见征集中，公众实际可提意见天数不少于规定期限（或依法缩短并说明理由）的件数 ÷ 结束件数'],
    ['CONSULTATION_RATE', 'meetings', '本年政府会议议题中，应当征求意见且已公开征集的件数 ÷ 应当征求意见的件数'],
    ['INTERPRETATION_ON_TIME', 'interpretation', '解读期限在本年的政策解读中，在期限内发布的件数 ÷ 应发布件数'],
    ['REVIEW_REPORT', 'review', '本年定期审查报告在报送期限内报送得1，否则得0'],
    ['RECTIFICATIONS', 'review', '本年审查抽查要求的整改中，在整改期限内报告并经核实的件数 ÷ 整改件数'],
    ['COMPLAINT_REPLY', 'complaints', '本年受理并交办本单位的举报投诉中，按期答复的件数 ÷ 应答复件数'],
    ['COMPLAINT_SATISFACTION', 'complaints', '本年交办本单位并经群众评价的举报投诉中，满意和基本满意的件数 ÷ 评价件数'],
    ['REQUEST_ON_TIME', 'requests', '本年答复期限届满或已答复的依申请公开申请中，按期答复的件数 ÷ 应答复件数'],
    ['EVALUATION_SCORE', 'evaluation', '本年已发布的第三方评估中本单位得分 ÷ 指标体系总分'],
    ['SUPERVISOR_FEEDBACK', 'supervisors', '本年答复期限届满或已答复的监督员意见建议中，按期答复的件数 ÷ 应答复件数'],
    [
      'TRAINING_COVERAGE',
      'training',
      '本级本年举办培训的，本单位政务公开工作人员中本年至少参加一次培训的人数 ÷ 工作人员人数（本级本年未举办培训的不计）',
    ],
    [
      'JOINT_MEETING_RESOLUTIONS',
      'joint-meetings',
      '联席会议纪要印发、由本单位落实且办理期限在本年的议定事项中，在期限内办结的件数 ÷ 期限已到或已办结的件数',
    ],
  ] as const
).map(([key, source, method]) => ({ key, label: ASSESSMENT_ITEM_LABELS[key], source, method }));

const PUBLISHED_TOPIC = TOPIC_PUBLISHED_STATES.map((s) => `'${s}'`).join(', ');
const ISSUED_RESOLUTION = RESOLUTION_ISSUED_STATES.map((s) => `'${s}'`).join(', ');
const TRAINEE_ROLES = `'{${TRAINING_TRAINEE_ROLES.join(',')}}'::text[]`;
const SHANGHAI = (column: string) => `(${column} at time zone 'Asia/Shanghai')::date`;
const IN_YEAR = (column: string) => `${column} >= make_date(:year, 1, 1) and ${column} < make_date(:year + 1, 1, 1)`;
/** Deadline met: 1 of 1, with the note saying how. */
const MET = (condition: string, yes: string, no: string) =>
  `case when ${condition} then 1 else 0 end as earned, 1 as possible, case when ${condition} then '${yes}' else '${no}' end as note`;

/** The providers of the items whose work systems are in the platform. */
export const PROVIDERS: Partial<Record<AssessmentItem, ItemProvider>> = {
  // documents: "文件起草时即明确公开属性", confirmed by the unit's disclosure body (officer approval)
  DOCUMENT_ATTRIBUTES: {
    records: `select d.lead_unit_id as unit_id, d.id, coalesce(d.document_number || ' ', '') || d.title as title, d.issue_date::text as "on",
                     ${MET('d.disclosure_attribute is not null and d.officer_approved_at is not null', '公开属性已源头认定', '公开属性未经源头认定')}
                from policy_document d
               where d.government_id = :gov and d.state = 'ISSUED' and d.issue_date is not null and ${IN_YEAR('d.issue_date')}`,
  },
  // consultation: the public had at least the minimum days, or the window was lawfully shortened with its reason
  CONSULTATION_WINDOWS: {
    records: `select t.undertaking_unit_id as unit_id, t.id, t.title, t.window_end::text as "on",
                     ${MET(
                       `(t.window_end - greatest(${SHANGHAI('t.published_at')}, t.window_start) + 1 >= t.min_days or coalesce(btrim(t.short_window_reason), '') <> '')`,
                       '征集期限符合规定',
                       '征集期限短于规定',
                     )}
                from consultation_topic t
               where t.government_id = :gov and not t.exempt and t.state in (${PUBLISHED_TOPIC})
                 and t.published_at is not null and t.window_start is not null and t.window_end is not null and ${IN_YEAR('t.window_end')}`,
  },
  // meetings: the topics on the agendas that had to be put to the public first (议题意见征集率)
  CONSULTATION_RATE: {
    records: `select a.submitting_unit_id as unit_id, a.id, a.title, m.date::text as "on",
                     ${MET(`t.state in (${PUBLISHED_TOPIC})`, '已公开征求意见', '未公开征求意见')}
                from agenda_item a
                join government_meeting m on m.id = a.meeting_id
                left join consultation_topic t on t.id = a.consultation_topic_id
               where m.government_id = :gov and ${IN_YEAR('m.date')} and not a.exempt
                 and a.category in ('MAJOR_DECISION_POLICY', 'MAJOR_DECISION_PLAN', 'MAJOR_DECISION_RESOURCES', 'MAJOR_DECISION_PROJECT',
                                    'MAJOR_DECISION_OTHER', 'LIVELIHOOD', 'POLICY_DOCUMENT')`,
  },
  // interpretation: published by its deadline (3 working days after issuance); one not yet published counts once its deadline has passed
  INTERPRETATION_ON_TIME: {
    records: `select i.owner_unit_id as unit_id, i.id, i.title, i.deadline::text as "on",
                     ${MET(`i.state = 'PUBLISHED' and ${SHANGHAI('i.published_at')} <= i.deadline`, '按时发布', '未按时发布')}
                from interpretation i
               where i.government_id = :gov and i.deadline is not null and ${IN_YEAR('i.deadline')}
                 and (i.state = 'PUBLISHED' or i.deadline < :today)`,
  },
  // review: the yearly report submitted by its due date
  REVIEW_REPORT: {
    records: `select r.unit_id, r.id, r.year || '年度定期审查报告' as title, r.due_on::text as "on",
                     ${MET(`r.state = 'SUBMITTED' and r.submitted_on <= r.due_on`, '按期报送', '未按期报送')}
                from review_report r
               where r.government_id = :gov and r.year = :year and (r.state = 'SUBMITTED' or r.due_on < :today)`,
  },
  // review: the rectifications ordered by the spot checks of the year, reported by their due date and verified
  RECTIFICATIONS: {
    records: `select c.unit_id, c.id, c.finding as title, c.due_on::text as "on",
                     ${MET(`c.state = 'VERIFIED' and c.reported_on <= c.due_on`, '按期整改并经核实', '未按期完成整改')}
                from review_rectification c
               where c.government_id = :gov and c.year = :year and (c.state = 'VERIFIED' or c.due_on < :today)`,
  },
  // complaints: the cases assigned to the unit that were due (or replied), replied on time
  COMPLAINT_REPLY: {
    records: `select c.assigned_unit_id as unit_id, c.id, c.case_number || ' ' || c.title as title, c.due_on::text as "on",
                     ${MET(`c.state in ('REPLIED', 'CLOSED', 'RATED', 'UNRATED') and not c.replied_late`, '按期答复', '未按期答复')}
                from complaint_case c
               where c.government_id = :gov and c.assigned_unit_id is not null and c.accepted_on is not null and ${IN_YEAR('c.received_on')}
                 and (c.state in ('REPLIED', 'CLOSED', 'RATED', 'UNRATED') or c.due_on < :today)`,
  },
  // complaints: the rated cases, satisfied or basically satisfied
  COMPLAINT_SATISFACTION: {
    records: `select c.assigned_unit_id as unit_id, c.id, c.case_number || ' ' || c.title as title, ${SHANGHAI('c.rated_at')}::text as "on",
                     ${MET(`c.rating in ('SATISFIED', 'BASICALLY_SATISFIED')`, '满意或基本满意', '不满意')}
                from complaint_case c
               where c.government_id = :gov and c.assigned_unit_id is not null and c.state = 'RATED' and ${IN_YEAR('c.received_on')}`,
  },
  // requests: the registered requests that were due (or replied), replied by the (possibly extended) deadline
  REQUEST_ON_TIME: {
    records: `select r.unit_id, r.id, r.request_number as title, r.due_on::text as "on",
                     ${MET(`r.state in ('REPLIED', 'DELIVERED') and not r.replied_late`, '按期答复', '未按期答复')}
                from disclosure_request r
               where r.government_id = :gov and r.due_on is not null and ${IN_YEAR('r.clock_start_on')}
                 and (r.state in ('REPLIED', 'DELIVERED') or r.due_on < :today)`,
  },
  // evaluation: the released score of the year's published rounds, out of the indicator system's full score
  EVALUATION_SCORE: {
    records: `select ev.unit_text::uuid as unit_id, e.id, e.title, ${SHANGHAI('e.published_at')}::text as "on",
                     coalesce(sc.total, 0) as earned, y.full_score as possible,
                     '得分' || coalesce(sc.total, 0)::text || '，总分' || y.full_score::text as note
                from evaluation_round e
                join indicator_system y on y.id = e.system_id
                cross join lateral unnest(e.evaluated_unit_ids) as ev(unit_text)
                left join lateral (select sum(s.score) as total from evaluation_score s
                                    where s.round_id = e.id and s.unit_id = ev.unit_text::uuid and s.released) sc on true
               where e.government_id = :gov and e.year = :year and e.state = 'PUBLISHED'`,
  },
  // supervisors: the feedback addressed to the unit that was due (or answered), answered by its due date
  SUPERVISOR_FEEDBACK: {
    records: `select f.target_unit_id as unit_id, f.id, f.title, f.due_on::text as "on",
                     ${MET(`f.answered_on is not null and f.answered_on <= f.due_on`, '按期答复', '未按期答复')}
                from supervisor_feedback f
               where f.government_id = :gov and ${IN_YEAR('f.filed_on')} and (f.answered_on is not null or f.due_on < :today)`,
  },
  // training: the unit's staff as the coverage page counts them (active, of the trainee roles, in an active unit of the level),
  // trained when they attended at least one of the level's sessions of the year (the page's coverage of the year); a year in
  // which the level held no session attended by anyone is no work of the units
  TRAINING_COVERAGE: {
    records: `select u.unit_id, u.id, u.display_name as title, a.last_day::text as "on",
                     ${MET('a.user_id is not null', '本年已参加培训', '本年未参加培训')}
                from app_user u
                join unit un on un.id = u.unit_id
                left join (select e.user_id, max(s.day) as last_day
                             from training_enrolment e join training_session s on s.id = e.session_id
                            where e.attended_at is not null and e.government_id = :gov and ${IN_YEAR('s.day')}
                            group by e.user_id) a on a.user_id = u.id
               where u.active and un.active and un.government_id = :gov and un.kind <> 'EXTERNAL' and u.roles && ${TRAINEE_ROLES}
                 and exists (select 1 from training_enrolment e join training_session s on s.id = e.session_id
                              where e.attended_at is not null and e.government_id = :gov and ${IN_YEAR('s.day')})`,
  },
  // joint meetings: each issued resolution due in the year, once for every unit responsible for it, closed by its due date;
  // an open one counts once its due date has passed (the figures' overdue resolutions), a draft (minutes not issued) never
  JOINT_MEETING_RESOLUTIONS: {
    records: `select ru.unit_id, r.id, m.title || ' 第' || r.position || '项：' || r.content as title, r.due_on::text as "on",
                     ${MET(`r.state = 'CLOSED' and r.closed_on <= r.due_on`, '按期办结', '未按期办结')}
                from joint_resolution r
                join joint_meeting m on m.id = r.meeting_id
                cross join lateral unnest(r.responsible_unit_ids) as ru(unit_id)
               where r.government_id = :gov and r.state in (${ISSUED_RESOLUTION}) and ${IN_YEAR('r.due_on')}
                 and (r.state = 'CLOSED' or r.due_on < :today)`,
  },
};

/** Bind the named parameters of a provider's SQL, in order. */
function bind(sql: string, values: Record<string, string | number>): [string, (string | number)[]] {
  const params: (string | number)[] = [];
  const out = sql.replace(/:(gov|year|today|unit)\b/g, (_m, name: string) => {
    params.push(values[name]!);
    return name === 'year' ? '?::int' : name === 'gov' || name === 'unit' ? '?::uuid' : '?::date';
  });
  return [out, params];
}

export interface ItemTotals {
  earned: number;
  possible: number;
  records: number;
}

/**
 * The sums of every item with a provider, per unit, for a government's year: one aggregate query
 * per item. `today` bounds what was due (work not yet due is not counted).
 */
export async function itemTotals(ctx: Ctx, governmentId: string, year: number, today: string): Promise<Map<AssessmentItem, Map<string, ItemTotals>>> {
  const out = new Map<AssessmentItem, Map<string, ItemTotals>>();
  for (const key of ASSESSMENT_ITEMS) {
    const provider = PROVIDERS[key];
    if (!provider) continue;
    const [sql, params] = bind(provider.records, { gov: governmentId, year, today });
    const rows = await ctx.em.execute<{ unit_id: string; earned: string; possible: string; records: number }[]>(
      `select r.unit_id, sum(r.earned)::text as earned, sum(r.possible)::text as possible, count(*)::int as records
         from (${sql}) r group by r.unit_id`,
      params,
    );
    out.set(key, new Map(rows.map((r) => [r.unit_id, { earned: Number(r.earned), possible: Number(r.possible), records: r.records }])));
  }
  return out;
}

/** The records behind one item for one unit (the drill-down), oldest first. */
export async function itemRecords(
  ctx: Ctx,
  key: AssessmentItem,
  governmentId: string,
  unitId: string,
  year: number,
  today: string,
): Promise<ItemRecord[]> {
  const provider = PROVIDERS[key];
  if (!provider) return [];
  const [sql, params] = bind(`select * from (${provider.records}) r where r.unit_id = :unit order by r."on" nulls last, r.title`, {
    gov: governmentId,
    year,
    today,
    unit: unitId,
  });
  const rows = await ctx.em.execute<
    { unit_id: string; id: string; title: string; on: string | null; earned: string; possible: string; note: string }[]
  >(sql, params);
  return rows.map((r) => ({
    unitId: r.unit_id,
    id: r.id,
    title: r.title,
    on: r.on,
    earned: Number(r.earned),
    possible: Number(r.possible),
    note: r.note,
  }));
}
