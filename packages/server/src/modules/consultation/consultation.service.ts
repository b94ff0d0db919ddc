import { randomBytes } from 'node:crypto';
import {
  FACE_TO_FACE_FORMS,
  EVENT_FORM_LABELS,
  TOPIC_PUBLISHED_STATES,
  addDays,
  isMajorDecision,
  isValidLocalDate,
  shanghaiDate,
  type Adoption,
  type EventForm,
  type OpinionChannel,
  type TopicCategory,
  type TopicState,
  type WindowPhase,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError, notFound, versionConflict } from '../../common/errors.js';
import { now, today } from '../../common/clock.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { recordSensitiveRead } from '../../common/audit/sensitive-read.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { escapeLike, pageWindow } from '../../common/paging.js';
import { matchingIds } from '../../common/search/search.service.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { ConsultationEvent, ConsultationTopic, MaterialDelivery, Opinion, windowPhase } from './consultation.entities.js';
import { ConsultationError as E, OPINION_LIMITS } from './consultation.errors.js';
import { topicWorkflow } from './consultation.workflow.js';
import { OPINION_COUNTS, PUBLIC_OPINIONS_LIMIT, readPublicTopic, type OpinionCounts, type PublicTopicAsks } from './consultation.public-sql.js';

/** The workflow's "published" states, for queries (and, quoted from the fixed list, for SQL). */
const PUBLISHED = [...TOPIC_PUBLISHED_STATES];
const PUBLISHED_SQL = PUBLISHED.map((st) => `'${st}'`).join(', ');

export interface TopicData {
  title: string;
  category: TopicCategory;
  exempt?: boolean | null;
  exemptReason?: string | null;
  draft?: string | null;
  decisionBasis?: string | null;
  draftingExplanation?: string | null;
  windowStart?: string | null;
  windowEnd?: string | null;
  shortWindowReason?: string | null;
  meetingNote?: string | null;
}

function clean(data: TopicData) {
  const title = data.title.trim();
  if (!title || title.length > 200) throw new AppError(E.TITLE_REQUIRED, '请填写议题名称（不超过200字）', { field: 'title' });
  for (const f of ['windowStart', 'windowEnd'] as const) {
    if (data[f] && !isValidLocalDate(data[f])) throw new AppError(E.WINDOW_INVALID, '日期格式应为 YYYY-MM-DD', { field: f });
  }
  if (data.exempt && !data.exemptReason?.trim()) {
    throw new AppError(E.EXEMPT_REASON_REQUIRED, '依法应当保密而不征求意见的，须说明理由', { field: 'exemptReason' });
  }
  const text = (v?: string | null) => v?.trim() || null;
  return {
    title,
    category: data.category,
    exempt: !!data.exempt,
    exemptReason: data.exempt ? text(data.exemptReason) : null,
    draft: text(data.draft),
    decisionBasis: text(data.decisionBasis),
    draftingExplanation: text(data.draftingExplanation),
    windowStart: data.windowStart || null,
    windowEnd: data.windowEnd || null,
    shortWindowReason: text(data.shortWindowReason),
    meetingNote: text(data.meetingNote),
  };
}

/** The minimum window in force today for the category (stored on the topic when it is created). */
const minDaysFor = (ctx: Ctx, category: TopicCategory) =>
  valueOn<number>(ctx, isMajorDecision(category) ? 'consultation.minDays.majorDecision' : 'consultation.minDays.other');

export async function createTopic(ctx: Ctx, data: TopicData) {
  const actor = requireUser(ctx);
  const fields = clean(data);
  return transaction(ctx, async (tx) => {
    const unit = await tx.em.findOneOrFail(Unit, actor.unitId);
    const t = tx.em.create(ConsultationTopic, {
      ...fields,
      undertakingUnit: unit,
      government: unit.government.id,
      minDays: await minDaysFor(tx, fields.category),
      createdById: actor.userId,
    } as never) as ConsultationTopic;
    assertCan(tx, 'create', 'ConsultationTopic', t);
    tx.em.persist(t);
    await tx.em.flush();
    audit(tx, { action: 'ConsultationTopic.create', subjectType: 'ConsultationTopic', subjectId: t.id, after: topicWorkflow.snapshot(t) });
    return t;
  });
}

/** A topic undertaken by a unit, for another system that links to it (a meeting's agenda item); null when there is none. */
export const topicOfUnit = (ctx: Ctx, id: string, unitId: string) => ctx.em.findOne(ConsultationTopic, { id, undertakingUnit: unitId });

/** A topic by its title (the demo data links to its own topics). */
export const topicByTitle = (ctx: Ctx, title: string) => ctx.em.findOne(ConsultationTopic, { title });

/** The topic whose files are asked for: anyone's once published (its files are public, like its draft), otherwise as the user may read it. */
export async function topicForFiles(ctx: Ctx, id: string) {
  return (await ctx.em.findOne(ConsultationTopic, { id, state: { $in: PUBLISHED } })) ?? getTopic(ctx, id);
}

export async function getTopic(ctx: Ctx, id: string) {
  const t = await ctx.em.findOne(ConsultationTopic, id);
  if (!t) throw notFound('议题');
  assertCan(ctx, 'read', 'ConsultationTopic', t);
  return t;
}

export async function updateTopic(ctx: Ctx, id: string, version: number, data: TopicData) {
  const fields = clean(data);
  return transaction(ctx, async (tx) => {
    const t = await getTopic(tx, id);
    assertCan(tx, 'update', 'ConsultationTopic', t);
    if (t.version !== version) throw versionConflict();
    const before = topicWorkflow.snapshot(t);
    // the minimum window is that of the day the topic was created, unless its category changes
    if (fields.category !== t.category && isMajorDecision(fields.category) !== isMajorDecision(t.category)) {
      t.minDays = await valueOn<number>(
        tx,
        isMajorDecision(fields.category) ? 'consultation.minDays.majorDecision' : 'consultation.minDays.other',
        shanghaiDate(t.createdAt),
      );
    }
    Object.assign(t, fields);
    audit(tx, { action: 'ConsultationTopic.update', subjectType: 'ConsultationTopic', subjectId: t.id, before, after: topicWorkflow.snapshot(t) });
    return t;
  });
}

export const submitTopic = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, topicWorkflow, 'submit', id, version, {});
export const approveTopic = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, topicWorkflow, 'approve', id, version, {});
export const returnTopic = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, topicWorkflow, 'return', id, version, { reason });
export const publishTopic = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, topicWorkflow, 'publish', id, version, {});

/** Save the summary (汇总情况) while the results are not yet published. */
export async function saveSummary(ctx: Ctx, id: string, version: number, summary: string) {
  return transaction(ctx, async (tx) => {
    const t = await getTopic(tx, id);
    assertCan(tx, 'publish', 'ConsultationTopic', t);
    if (t.version !== version) throw versionConflict();
    t.summary = summary.trim().slice(0, 10000) || null;
    audit(tx, { action: 'ConsultationTopic.summary', subjectType: 'ConsultationTopic', subjectId: t.id, after: { summary: t.summary } });
    return t;
  });
}

export const publishResults = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, topicWorkflow, 'publishResults', id, version, {});

export interface TopicFilterData {
  state?: TopicState | null;
  search?: string | null;
}

export async function listTopics(ctx: Ctx, filter: TopicFilterData, page: number, pageSize: number) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'ConsultationTopic', ConsultationTopic);
  if (!visible) return { items: [], total: 0 };
  const where: Record<string, unknown>[] = [visible as Record<string, unknown>];
  if (filter.state) where.push({ state: filter.state });
  // words of the title, draft, basis, explanation or summary (the search index), or a part of the title as typed
  const text = filter.search?.trim();
  if (text) where.push({ $or: [matchingIds('topic.staff', text), { title: { $ilike: `%${escapeLike(text)}%` } }] });
  // the undertaking unit comes with its topic (a join), not in a statement of its own
  const [items, total] = await ctx.em.findAndCount(ConsultationTopic, { $and: where } as never, {
    orderBy: { createdAt: 'desc' },
    populate: ['undertakingUnit'],
    ...pageWindow(page, pageSize),
  });
  return { items, total };
}

// ——— opinions ———

/** A receipt code such as YJ20261127-7K3QH9, to find the reply later. */
function receiptCode() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(6);
  return `YJ${today().replaceAll('-', '')}-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`;
}

function cleanOpinion(content: string, name?: string | null, contact?: string | null) {
  const text = content.trim();
  if (text.length < OPINION_LIMITS.minLength || text.length > OPINION_LIMITS.maxLength) {
    throw new AppError(E.OPINION_LENGTH, `意见内容应为${OPINION_LIMITS.minLength}至${OPINION_LIMITS.maxLength}字`, { field: 'content' });
  }
  if ((name?.trim().length ?? 0) > 50) throw new AppError(E.OPINION_LENGTH, '姓名不超过50字', { field: 'name' });
  if ((contact?.trim().length ?? 0) > 100) throw new AppError(E.OPINION_LENGTH, '联系方式不超过100字', { field: 'contact' });
  return { content: text, authorName: name?.trim() || null, contact: contact?.trim() || null };
}

export interface PublicOpinionData {
  topicId: string;
  content: string;
  name?: string | null;
  contact?: string | null;
  idempotencyKey: string;
}

/**
 * A citizen's opinion from the portal, while the window is open (Asia/Shanghai). A retried submit
 * with the same idempotency key returns the first receipt and never stores the opinion twice.
 */
export async function submitOpinion(ctx: Ctx, data: PublicOpinionData) {
  const key = data.idempotencyKey?.trim() ?? '';
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(key))
    throw new AppError(E.IDEMPOTENCY_KEY_REQUIRED, '提交标识无效，请刷新页面后重试', { field: 'idempotencyKey' });
  const fields = cleanOpinion(data.content, data.name, data.contact);
  return transaction(ctx, async (tx) => {
    const t = await tx.em.findOne(ConsultationTopic, { id: data.topicId, state: { $in: PUBLISHED } });
    if (!t) throw notFound('议题');
    // serialise submissions with the same key, so that a retry racing the first one finds it
    await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`opinion:${t.id}:${key}`]);
    const existing = await tx.em.findOne(Opinion, { topic: t.id, idempotencyKey: key });
    if (existing) return existing;
    if (t.phase !== 'OPEN') {
      throw new AppError(E.CONSULTATION_NOT_OPEN, t.phase === 'UPCOMING' ? `意见征集将于${t.windowStart}开始` : `意见征集已于${t.windowEnd}结束`);
    }
    if (tx.address) {
      // one address counts and inserts at a time, so that simultaneous sends cannot pass the limit together
      await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`opinion-address:${tx.address}`]);
      const [{ n }] = await tx.em.execute<{ n: number }[]>(
        `select count(*)::int as n from opinion where address = ? and submitted_at > now() - make_interval(mins => ?)`,
        [tx.address, OPINION_LIMITS.windowMinutes],
      );
      if (n >= OPINION_LIMITS.perAddress) throw new AppError(E.TOO_MANY_OPINIONS, `提交过于频繁，请${OPINION_LIMITS.windowMinutes}分钟后再试`);
    }
    const o = tx.em.create(Opinion, {
      ...fields,
      topic: t,
      undertakingUnit: t.undertakingUnit.id,
      government: t.government.id,
      channel: 'PORTAL',
      receiptCode: receiptCode(),
      idempotencyKey: key,
      address: tx.address,
    } as never) as Opinion;
    tx.em.persist(o);
    await tx.em.flush();
    audit(tx, {
      action: 'Opinion.submit',
      subjectType: 'ConsultationTopic',
      subjectId: t.id,
      after: { opinionId: o.id, receiptCode: o.receiptCode, channel: 'PORTAL' },
    });
    return o;
  });
}

export interface StaffOpinionData {
  topicId: string;
  content: string;
  name?: string | null;
  contact?: string | null;
  channel: OpinionChannel;
}

/** Opinions received by e-mail, letter or at a hearing, entered by the undertaking unit with their channel. */
export async function recordOpinion(ctx: Ctx, data: StaffOpinionData) {
  requireUser(ctx);
  if (data.channel === 'PORTAL') throw new AppError(E.CHANNEL_INVALID, '网站提交的意见由公众自行提交', { field: 'channel' });
  const fields = cleanOpinion(data.content, data.name, data.contact);
  return transaction(ctx, async (tx) => {
    const t = await getTopic(tx, data.topicId);
    if (t.state !== 'PUBLISHED') throw new AppError(E.NOT_YET_PUBLISHED, '议题发布征集后才能登记意见');
    const o = tx.em.create(Opinion, {
      ...fields,
      topic: t,
      undertakingUnit: t.undertakingUnit.id,
      government: t.government.id,
      channel: data.channel,
      receiptCode: receiptCode(),
    } as never) as Opinion;
    assertCan(tx, 'create', 'Opinion', o);
    tx.em.persist(o);
    await tx.em.flush();
    audit(tx, { action: 'Opinion.record', subjectType: 'ConsultationTopic', subjectId: t.id, after: { opinionId: o.id, channel: data.channel } });
    return o;
  });
}

export interface AnswerData {
  reasonable: boolean;
  adoption?: Adoption | null;
  reply: string;
}

/** After the window: reasonable or not, adopted or not, and the reply. The answer shows the citizen's contact: the read is recorded. */
export async function answerOpinion(ctx: Ctx, id: string, data: AnswerData) {
  const o = await transaction(ctx, async (tx) => {
    const o = await tx.em.findOne(Opinion, id, { populate: ['topic'] });
    if (!o) throw notFound('意见');
    assertCan(tx, 'answer', 'Opinion', o);
    const t = o.topic.getEntity();
    if (t.state !== 'PUBLISHED' || t.phase !== 'CLOSED') throw new AppError(E.WINDOW_NOT_CLOSED, '征集期结束后、公布结果前处理意见');
    if (data.reasonable && !data.adoption) throw new AppError(E.ADOPTION_REQUIRED, '合理意见须说明采纳情况', { field: 'adoption' });
    const reply = data.reply.trim();
    if (!reply) throw new AppError(E.REPLY_REQUIRED, '请填写答复', { field: 'reply' });
    const before = { reasonable: o.reasonable, adoption: o.adoption, reply: o.reply };
    Object.assign(o, {
      reasonable: data.reasonable,
      adoption: data.reasonable ? data.adoption : 'NOT_ADOPTED',
      reply: reply.slice(0, 5000),
      repliedAt: now(),
    });
    audit(tx, {
      action: 'Opinion.answer',
      subjectType: 'ConsultationTopic',
      subjectId: t.id,
      before: { opinionId: o.id, ...before },
      after: { opinionId: o.id, reasonable: o.reasonable, adoption: o.adoption, reply: o.reply },
    });
    return o;
  });
  await recordSensitiveRead(ctx, 'Opinion.readContacts', 'ConsultationTopic', o.topic.id, o.contact && visibleContact(ctx, o) ? 1 : 0);
  return o;
}

/** Moderation hides abusive content from the public page; nothing is deleted. */
export async function moderateOpinion(ctx: Ctx, id: string, hidden: boolean, reason: string | null) {
  return transaction(ctx, async (tx) => {
    const o = await tx.em.findOne(Opinion, id);
    if (!o) throw notFound('意见');
    assertCan(tx, 'moderate', 'Opinion', o);
    if (hidden && !reason?.trim()) throw new AppError(E.RETURN_REASON_REQUIRED, '屏蔽须说明理由', { field: 'reason' });
    o.hidden = hidden;
    o.hiddenReason = hidden ? reason!.trim().slice(0, 500) : null;
    audit(tx, {
      action: hidden ? 'Opinion.hide' : 'Opinion.show',
      subjectType: 'ConsultationTopic',
      subjectId: o.topic.id,
      after: { opinionId: o.id, reason: o.hiddenReason },
    });
    return o;
  });
}

export async function listOpinions(ctx: Ctx, topicId: string) {
  const t = await getTopic(ctx, topicId);
  const visible = accessibleBy(ctx, 'read', 'Opinion', Opinion);
  if (!visible) return [];
  const opinions = await ctx.em.find(Opinion, { $and: [visible, { topic: topicId }] } as never, { orderBy: { submittedAt: 'asc' }, limit: 2000 });
  // citizens' contact details are personal data: reading them is recorded
  await recordSensitiveRead(
    ctx,
    'Opinion.readContacts',
    'ConsultationTopic',
    t.id,
    opinions.filter((o) => o.contact && visibleContact(ctx, o)).length,
  );
  return opinions;
}

/** Contact details are personal data: only the undertaking unit handling the opinions sees them. */
export function visibleContact(ctx: Ctx, o: Opinion): string | null {
  return ctx.actor?.unitId === o.undertakingUnit.id ? (o.contact ?? null) : null;
}

// ——— figures, computed from the opinions themselves ———

export interface TopicRates {
  opinionCount: number;
  reasonableCount: number;
  adoptedCount: number;
  repliedCount: number;
  /** 合理意见采纳率: adopted or partly adopted ÷ reasonable (null when there is no reasonable opinion). */
  adoptionRate: number | null;
  /** 采纳情况回复率: replied ÷ opinions (null when there is none). */
  replyRate: number | null;
}

const NO_OPINIONS: OpinionCounts = { total: 0, reasonable: 0, adopted: 0, replied: 0 };
/** The counts of one aggregate row, and the two rates computed from them. */
const ratesOf = (r: OpinionCounts): TopicRates => ({
  opinionCount: r.total,
  reasonableCount: r.reasonable,
  adoptedCount: r.adopted,
  repliedCount: r.replied,
  adoptionRate: r.reasonable ? r.adopted / r.reasonable : null,
  replyRate: r.total ? r.replied / r.total : null,
});

export async function topicRates(ctx: Ctx, topicIds: string[]): Promise<Map<string, TopicRates>> {
  const rows = topicIds.length
    ? await ctx.em.execute<(OpinionCounts & { topic_id: string })[]>(
        `select o.topic_id, ${OPINION_COUNTS} from opinion o
        where not o.hidden and o.topic_id in (${topicIds.map(() => '?').join(', ')}) group by o.topic_id`,
        topicIds,
      )
    : [];
  const out = new Map<string, TopicRates>();
  for (const id of topicIds) out.set(id, ratesOf(rows.find((x) => x.topic_id === id) ?? NO_OPINIONS));
  return out;
}

export interface TopicFigure {
  id: string;
  title: string;
  state: TopicState;
  windowEnd: string | null;
  rates: TopicRates;
}
export interface ConsultationFigures {
  byState: { state: TopicState; count: number }[];
  mostOpinions: TopicFigure[];
  closedTopics: TopicFigure[];
  closedRates: TopicRates;
}

/**
 * The dashboard's figures over the topics the user may read, aggregated in SQL: topics by state,
 * the topics with the most opinions, and the rates of the topics whose window has closed (those
 * whose opinions are due an answer), each and together.
 */
export async function consultationFigures(ctx: Ctx, limit = 10): Promise<ConsultationFigures> {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'ConsultationTopic', ConsultationTopic);
  if (!visible) return { byState: [], mostOpinions: [], closedTopics: [], closedRates: ratesOf(NO_OPINIONS) };
  // the ability's filter, as a subquery with `?` placeholders like the rest of the statement
  const sub = ctx.em
    .createQueryBuilder(ConsultationTopic, 'vt')
    .select('vt.id')
    .where(visible as never)
    .getKnexQuery()
    .toSQL();
  const inVisible = `t.id in (${sub.sql})`;
  const params = [...sub.bindings];
  const closed = `t.state in (${PUBLISHED_SQL}) and t.window_end < ?`;
  const day = today();
  const byState = await ctx.em.execute<{ state: TopicState; count: number }[]>(
    `select t.state, count(*)::int as count from consultation_topic t where ${inVisible} group by t.state`,
    params,
  );
  const perTopic = (where: string, having: string, order: string, extra: unknown[]) =>
    ctx.em.execute<(OpinionCounts & { id: string; title: string; state: TopicState; window_end: string | null })[]>(
      `select t.id, t.title, t.state, to_char(t.window_end, 'YYYY-MM-DD') as window_end, ${OPINION_COUNTS}
         from consultation_topic t left join opinion o on o.topic_id = t.id and not o.hidden
        where ${inVisible} and ${where}
        group by t.id having ${having} order by ${order}, t.id limit ?`,
      [...params, ...extra, limit],
    );
  const figure = (r: OpinionCounts & { id: string; title: string; state: TopicState; window_end: string | null }): TopicFigure => ({
    id: r.id,
    title: r.title,
    state: r.state,
    windowEnd: r.window_end,
    rates: ratesOf(r),
  });
  const most = await perTopic(`t.state in (${PUBLISHED_SQL})`, 'count(o.id) > 0', 'count(o.id) desc', []);
  const closedTopics = await perTopic(closed, 'true', 't.window_end desc', [day]);
  const [total] = await ctx.em.execute<OpinionCounts[]>(
    `select ${OPINION_COUNTS} from consultation_topic t join opinion o on o.topic_id = t.id and not o.hidden where ${inVisible} and ${closed}`,
    [...params, day],
  );
  return {
    byState,
    mostOpinions: most.map(figure),
    closedTopics: closedTopics.map(figure),
    closedRates: ratesOf(total),
  };
}

// ——— the portal: 意见征集 ———

const phaseFilter = (phase: WindowPhase | null | undefined) => {
  const day = today();
  if (phase === 'UPCOMING') return { windowStart: { $gt: day } };
  if (phase === 'OPEN') return { windowStart: { $lte: day }, windowEnd: { $gte: day } };
  if (phase === 'CLOSED') return { windowEnd: { $lt: day } };
  return {};
};

/** 意见征集's list of a phase, or its topics with the words of `search` (the site's search index). */
export async function publicTopics(ctx: Ctx, phase: WindowPhase | null, page: number, pageSize: number, search?: string | null) {
  const where: Record<string, unknown>[] = [{ state: { $in: PUBLISHED }, ...phaseFilter(phase) }];
  if (search?.trim()) where.push(matchingIds('topic', search));
  const [items, total] = await ctx.em.findAndCount(
    ConsultationTopic,
    { $and: where } as never,
    // open ones closing soonest first; upcoming ones opening soonest first; closed ones newest first
    {
      orderBy: phase === 'OPEN' ? { windowEnd: 'asc' } : phase === 'UPCOMING' ? { windowStart: 'asc' } : { windowEnd: 'desc' },
      ...pageWindow(page, pageSize),
      populate: ['undertakingUnit'],
    },
  );
  return { items, total };
}

/**
 * The portal's topic in one prepared statement: the topic and what `asks` names of its files, events,
 * opinions and rates, with the rules of publicTopic, publicEvents, publicOpinions and topicRates.
 */
export async function publicTopicView(ctx: Ctx, id: string, asks: PublicTopicAsks) {
  const t = await readPublicTopic(ctx.em, id, asks);
  if (!t) throw notFound('议题');
  const resultsPublished = t.state === 'RESULTS_PUBLISHED';
  return {
    id: t.id,
    title: t.title,
    category: t.category,
    draft: t.draft,
    decisionBasis: t.decision_basis,
    draftingExplanation: t.drafting_explanation,
    windowStart: t.window_start,
    windowEnd: t.window_end,
    shortWindowReason: t.short_window_reason,
    phase: windowPhase(t.state, t.window_start, t.window_end),
    undertakingUnitId: t.undertaking_unit_id,
    undertakingUnitName: t.undertaking_unit_name,
    resultsPublished,
    summary: t.summary,
    read: {
      // type-graphql makes each an Attachment (with its url)
      attachments: t.attachments?.map((a) => ({ ...a, createdAt: new Date(a.createdAt) })),
      events: t.events ?? undefined,
      opinions: t.opinions?.map((o) => ({ ...o, submittedAt: new Date(o.submittedAt) })),
      rates: asks.rates ? (t.counts ? ratesOf(t.counts) : null) : undefined,
    },
  };
}

export async function publicOpinions(ctx: Ctx, topicId: string) {
  return ctx.em.find(Opinion, { topic: topicId, hidden: false }, { orderBy: { submittedAt: 'asc' }, limit: PUBLIC_OPINIONS_LIMIT });
}

export async function opinionByReceipt(ctx: Ctx, code: string) {
  const o = await ctx.em.findOne(Opinion, { receiptCode: code.trim().toUpperCase() }, { populate: ['topic'] });
  if (!o) throw notFound('意见');
  return o;
}

// ——— hearings, polls and symposiums ———

export interface EventData {
  form: EventForm;
  date: string;
  place?: string | null;
  participants?: string | null;
}

/**
 * The materials must reach the representatives of a face-to-face event a number of days before it:
 * 5 (the notice), 7 for hearings from 2019-09-01 (重大行政决策程序暂行条例 Art. 16) — the value in
 * force when the event is set is stored on it.
 */
async function leadDaysFor(ctx: Ctx, form: EventForm) {
  if (form === 'HEARING') {
    const hearing = await valueOn<number>(ctx, 'hearing.materialLeadDays').catch(() => null);
    if (hearing !== null) return hearing;
  }
  return valueOn<number>(ctx, 'consultation.materialLeadDays');
}

export async function addEvent(ctx: Ctx, topicId: string, data: EventData) {
  requireUser(ctx);
  if (!isValidLocalDate(data.date)) throw new AppError(E.EVENT_DATE_INVALID, '日期格式应为 YYYY-MM-DD', { field: 'date' });
  return transaction(ctx, async (tx) => {
    const t = await getTopic(tx, topicId);
    const e = tx.em.create(ConsultationEvent, {
      topic: t,
      undertakingUnit: t.undertakingUnit.id,
      government: t.government.id,
      form: data.form,
      date: data.date,
      place: data.place?.trim() || null,
      participants: data.participants?.trim() || null,
      leadDays: await leadDaysFor(tx, data.form),
    } as never) as ConsultationEvent;
    assertCan(tx, 'create', 'ConsultationEvent', e);
    tx.em.persist(e);
    await tx.em.flush();
    audit(tx, {
      action: 'ConsultationEvent.create',
      subjectType: 'ConsultationTopic',
      subjectId: t.id,
      after: { eventId: e.id, form: e.form, date: e.date, leadDays: e.leadDays },
    });
    return e;
  });
}

export interface DeliveryData {
  representative: string;
  organisation?: string | null;
  deliveredOn: string;
  lateReason?: string | null;
}

/** Record the delivery of the materials to one representative; a late one is refused unless its reason is given (then flagged). */
export async function recordDelivery(ctx: Ctx, eventId: string, data: DeliveryData) {
  return transaction(ctx, async (tx) => {
    const e = await tx.em.findOne(ConsultationEvent, eventId);
    if (!e) throw notFound('活动');
    assertCan(tx, 'update', 'ConsultationEvent', e);
    if (!FACE_TO_FACE_FORMS.includes(e.form)) throw new AppError(E.DELIVERY_NOT_NEEDED, `${EVENT_FORM_LABELS[e.form]}不需要提前送达材料`);
    const representative = data.representative.trim();
    if (!representative) throw new AppError(E.REPRESENTATIVE_REQUIRED, '请填写代表姓名', { field: 'representative' });
    if (!isValidLocalDate(data.deliveredOn)) throw new AppError(E.EVENT_DATE_INVALID, '日期格式应为 YYYY-MM-DD', { field: 'deliveredOn' });
    const latest = addDays(e.date, -e.leadDays);
    const late = data.deliveredOn > latest;
    if (late && !data.lateReason?.trim()) {
      throw new AppError(
        E.MATERIALS_LATE,
        `决策草案、决策依据和起草说明应于${EVENT_FORM_LABELS[e.form]}${e.leadDays}日前（${latest}前）送达；逾期送达须说明理由`,
        { field: 'deliveredOn' },
      );
    }
    const d = tx.em.create(MaterialDelivery, {
      event: e,
      representative,
      organisation: data.organisation?.trim() || null,
      deliveredOn: data.deliveredOn,
      late,
      lateReason: late ? data.lateReason!.trim() : null,
    } as never) as MaterialDelivery;
    tx.em.persist(d);
    await tx.em.flush();
    audit(tx, {
      action: 'ConsultationEvent.delivery',
      subjectType: 'ConsultationTopic',
      subjectId: e.topic.id,
      after: { eventId: e.id, representative, deliveredOn: d.deliveredOn, late },
    });
    return d;
  });
}

export async function listEvents(ctx: Ctx, topicId: string) {
  await getTopic(ctx, topicId);
  const visible = accessibleBy(ctx, 'read', 'ConsultationEvent', ConsultationEvent);
  if (!visible) return [];
  return ctx.em.find(ConsultationEvent, { $and: [visible, { topic: topicId }] } as never, { orderBy: { date: 'asc' } });
}

export const deliveriesOf = (ctx: Ctx, eventId: string) => ctx.em.find(MaterialDelivery, { event: eventId }, { orderBy: { deliveredOn: 'asc' } });

export const publicEvents = (ctx: Ctx, topicId: string) => ctx.em.find(ConsultationEvent, { topic: topicId }, { orderBy: { date: 'asc' } });
