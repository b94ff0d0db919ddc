// The portal's read of a topic (意见征集) as one prepared statement on `pg` (see common/db/prepared.ts):
// the topic, and what the request selects of its files, events, opinions and figures as JSON built by
// PostgreSQL, instead of five statements through the ORM.
import type { EntityManager } from '@mikro-orm/postgresql';
import { TOPIC_PUBLISHED_STATES, type Adoption, type EventForm, type OpinionChannel, type TopicCategory, type TopicState } from '@gongkai/shared';
import { prepared, queryPrepared, sqlConstants } from '../../common/db/prepared.js';

/** The counts behind the rates, over the opinions `o` (not hidden) of a query. */
export const OPINION_COUNTS = `count(o.id)::int as total,
  count(o.id) filter (where o.reasonable)::int as reasonable,
  count(o.id) filter (where o.reasonable and o.adoption in ('ADOPTED', 'PARTLY_ADOPTED'))::int as adopted,
  count(o.id) filter (where o.reply is not null)::int as replied`;

export interface OpinionCounts {
  total: number;
  reasonable: number;
  adopted: number;
  replied: number;
}

/** The most opinions the portal lists for a topic (publicOpinions). */
export const PUBLIC_OPINIONS_LIMIT = 2000;

export interface PublicAttachmentJson {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: string;
}
export interface PublicEventJson {
  id: string;
  form: EventForm;
  date: string;
  place: string | null;
  participants: string | null;
}
/** Its answer (reasonable, adoption, reply) is null until the results are published. */
export interface PublicOpinionJson {
  id: string;
  content: string;
  authorName: string | null;
  channel: OpinionChannel;
  submittedAt: string;
  reasonable: boolean | null;
  adoption: Adoption | null;
  reply: string | null;
}

export interface PublicTopicRow {
  id: string;
  title: string;
  category: TopicCategory;
  draft: string | null;
  decision_basis: string | null;
  drafting_explanation: string | null;
  window_start: string | null;
  window_end: string | null;
  short_window_reason: string | null;
  state: TopicState;
  summary: string | null;
  undertaking_unit_id: string;
  undertaking_unit_name: string;
  /** Null unless asked ($2 … $5). */
  attachments: PublicAttachmentJson[] | null;
  events: PublicEventJson[] | null;
  opinions: PublicOpinionJson[] | null;
  /** Only once the results are published. */
  counts: OpinionCounts | null;
}

const RESULTS = `t.state = 'RESULTS_PUBLISHED'`;

/**
 * A published topic by id ($1) with its unit's name; its files ($2), events ($3), opinions not hidden
 * ($4) and their counts ($5) when asked; the same rules as publicTopic, publicEvents, publicOpinions,
 * topicRates and the attachments' list.
 */
const PUBLIC_TOPIC = prepared<PublicTopicRow>(
  'public_topic',
  `select t.id, t.title, t.category, t.draft, t.decision_basis, t.drafting_explanation,
  to_char(t.window_start, 'YYYY-MM-DD') as window_start, to_char(t.window_end, 'YYYY-MM-DD') as window_end,
  t.short_window_reason, t.state, case when ${RESULTS} then t.summary end as summary,
  t.undertaking_unit_id, u.name as undertaking_unit_name,
  case when $2::boolean then (
    select coalesce(json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'mimeType', a.mime_type, 'size', a.size,
      'sha256', a.sha256, 'createdAt', a.created_at) order by a.created_at), '[]')
    from attachment a where a.owner_type = 'ConsultationTopic' and a.owner_id = t.id
  ) end as attachments,
  case when $3::boolean then (
    select coalesce(json_agg(json_build_object('id', e.id, 'form', e.form, 'date', e.date, 'place', e.place,
      'participants', e.participants) order by e.date), '[]')
    from consultation_event e where e.topic_id = t.id
  ) end as events,
  case when $4::boolean then (
    select coalesce(json_agg(json_build_object('id', o.id, 'content', o.content, 'authorName', o.author_name, 'channel', o.channel,
      'submittedAt', o.submitted_at,
      'reasonable', case when ${RESULTS} then o.reasonable end,
      'adoption', case when ${RESULTS} then o.adoption end,
      'reply', case when ${RESULTS} then o.reply end) order by o.submitted_at), '[]')
    from (select * from opinion o where o.topic_id = t.id and not o.hidden order by o.submitted_at limit ${PUBLIC_OPINIONS_LIMIT}) o
  ) end as opinions,
  case when $5::boolean and ${RESULTS} then (
    select row_to_json(c) from (select ${OPINION_COUNTS} from opinion o where o.topic_id = t.id and not o.hidden) c
  ) end as counts
from consultation_topic t join unit u on u.id = t.undertaking_unit_id
where t.id = $1 and t.state in (${sqlConstants(TOPIC_PUBLISHED_STATES)})`,
);

export interface PublicTopicAsks {
  attachments: boolean;
  events: boolean;
  opinions: boolean;
  rates: boolean;
}

/** The published topic `id` with what `asks` names, or null when there is no such published topic. */
export async function readPublicTopic(em: EntityManager, id: string, asks: PublicTopicAsks): Promise<PublicTopicRow | null> {
  const [row] = await queryPrepared(em, PUBLIC_TOPIC, [id, asks.attachments, asks.events, asks.opinions, asks.rates]);
  return row ?? null;
}
