// What PostGraphile reads: a schema of its own, `bench_pg`, of views and functions over the app's
// tables (created by the benchmark in its own database; the app's schema is not changed). It
// exposes what the portal may see — issued public documents, published topics with the opinions
// not hidden — and, for the staff's list, every document (PostGraphile applies no ability).
// Smart comments give the views their keys and relations, as PostGraphile's documentation shows.
// With the Amber preset a row's `id` is its global node id and the column is `rowId`: the queries
// ask for `id: rowId`, so that both answers carry the same ids.
export const POSTGRAPHILE_SCHEMA = 'bench_pg';

export const POSTGRAPHILE_SQL = /* SQL */ `
drop schema if exists bench_pg cascade;
create schema bench_pg;

-- 政府信息公开: issued, not classified, proactive (in full) or on application (title only)
create view bench_pg.public_document as
  select d.id, d.kind, d.title, d.document_number, d.issuing_authority, d.issue_date, d.disclosure_attribute,
         case when d.disclosure_attribute = 'PROACTIVE' then d.body end as body,
         case when d.disclosure_attribute = 'PROACTIVE' then d.addressees end as addressees,
         d.lead_unit_id, d.number_seq
    from public.policy_document d
   where d.state = 'ISSUED' and not d.classified and d.disclosure_attribute in ('PROACTIVE', 'ON_APPLICATION');
comment on view bench_pg.public_document is '@primaryKey id';

create view bench_pg.public_interpretation as
  select i.id, i.document_id, i.title, i.stage, i.published_at
    from public.interpretation i join bench_pg.public_document d on d.id = i.document_id
   where i.state = 'PUBLISHED';
comment on view bench_pg.public_interpretation is E'@primaryKey id\\n@foreignKey (document_id) references bench_pg.public_document (id)|@fieldName document|@foreignFieldName interpretations';

-- the staff's list: every document, as the table has it (the ability is the app's alone)
create view bench_pg.policy_document as
  select d.*, (d.state = 'ISSUED' and not d.classified and d.disclosure_attribute in ('PROACTIVE', 'ON_APPLICATION')) as published
    from public.policy_document d;
comment on view bench_pg.policy_document is '@primaryKey id';

-- a unit's documents: those it leads and those it co-drafts (what the ability lets its staff read)
create function bench_pg.unit_documents(unit uuid) returns setof bench_pg.policy_document
  language sql stable as $$
    select * from bench_pg.policy_document d where d.lead_unit_id = unit or unit = any(d.co_unit_ids)
  $$;
comment on function bench_pg.unit_documents(uuid) is '@behavior +order +filter';

-- 意见征集: published topics, their phase by the Asia/Shanghai day, the undertaking unit's name
create view bench_pg.public_topic as
  select t.id, t.title, t.category, t.draft, t.decision_basis, t.drafting_explanation, t.window_start, t.window_end,
         t.short_window_reason,
         case when t.window_start is null or t.window_end is null then null
              when (now() at time zone 'Asia/Shanghai')::date < t.window_start then 'UPCOMING'
              when (now() at time zone 'Asia/Shanghai')::date > t.window_end then 'CLOSED'
              else 'OPEN' end as phase,
         u.name as undertaking_unit_name,
         t.state = 'RESULTS_PUBLISHED' as results_published,
         case when t.state = 'RESULTS_PUBLISHED' then t.summary end as summary
    from public.consultation_topic t join public.unit u on u.id = t.undertaking_unit_id
   where t.state in ('PUBLISHED', 'RESULTS_PUBLISHED');
comment on view bench_pg.public_topic is '@primaryKey id';

create view bench_pg.public_opinion as
  select o.id, o.topic_id, o.content, o.author_name, o.channel, o.submitted_at,
         case when t.state = 'RESULTS_PUBLISHED' then o.reasonable end as reasonable,
         case when t.state = 'RESULTS_PUBLISHED' then o.adoption end as adoption,
         case when t.state = 'RESULTS_PUBLISHED' then o.reply end as reply
    from public.opinion o join public.consultation_topic t on t.id = o.topic_id
   where not o.hidden and t.state in ('PUBLISHED', 'RESULTS_PUBLISHED');
comment on view bench_pg.public_opinion is E'@primaryKey id\\n@foreignKey (topic_id) references bench_pg.public_topic (id)|@fieldName topic|@foreignFieldName opinions';

create view bench_pg.public_event as
  select e.id, e.topic_id, e.form, e.date, e.place, e.participants
    from public.consultation_event e join public.consultation_topic t on t.id = e.topic_id
   where t.state in ('PUBLISHED', 'RESULTS_PUBLISHED');
comment on view bench_pg.public_event is E'@primaryKey id\\n@foreignKey (topic_id) references bench_pg.public_topic (id)|@fieldName topic|@foreignFieldName events';

create view bench_pg.public_attachment as
  select a.id, a.owner_id as topic_id, a.file_name, a.mime_type, a.size, '/files/' || a.id as url, a.created_at
    from public.attachment a
   where a.owner_type = 'ConsultationTopic';
comment on view bench_pg.public_attachment is E'@primaryKey id\\n@foreignKey (topic_id) references bench_pg.public_topic (id)|@fieldName topic|@foreignFieldName attachments';

-- the topic's figures, published with its results (the app's topicRates)
create type bench_pg.topic_rates as (
  opinion_count int, reasonable_count int, adopted_count int, replied_count int, adoption_rate float8, reply_rate float8
);
create function bench_pg.public_topic_rates(t bench_pg.public_topic) returns bench_pg.topic_rates
  language sql stable as $$
    select c.total, c.reasonable, c.adopted, c.replied,
           case when c.reasonable > 0 then c.adopted::float8 / c.reasonable end,
           case when c.total > 0 then c.replied::float8 / c.total end
      from (select count(o.id)::int as total,
                   count(o.id) filter (where o.reasonable)::int as reasonable,
                   count(o.id) filter (where o.reasonable and o.adoption in ('ADOPTED', 'PARTLY_ADOPTED'))::int as adopted,
                   count(o.id) filter (where o.reply is not null)::int as replied
              from public.opinion o where not o.hidden and o.topic_id = t.id) c
     where t.results_published
  $$;
`;
