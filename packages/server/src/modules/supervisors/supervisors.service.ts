import { subject as tagSubject } from '@casl/ability';
import { raw } from '@mikro-orm/core';
import {
  FEEDBACK_OPEN_STATES,
  FEEDBACK_RATED_STATES,
  SUPERVISOR_CATEGORIES,
  isValidLocalDate,
  type FeedbackKind,
  type FeedbackRating,
  type FeedbackState,
  type SupervisorCategory,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { recordSensitiveRead } from '../../common/audit/sensitive-read.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { pageWindow } from '../../common/paging.js';
import { openTodo } from '../../common/todo/todo.service.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { addWorkingDays } from '../../common/calendar/calendar.service.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';
import { now, today } from '../../common/clock.js';
import { Supervisor, SupervisorFeedback } from './supervisors.entities.js';
import { SupervisorError as E } from './supervisors.errors.js';
import { answerTodos, feedbackWorkflow } from './supervisors.workflow.js';

// ——— the registry (监督员名册), kept by the Disclosure Office of each level ———

export interface SupervisorData {
  name: string;
  organisation: string;
  category: SupervisorCategory;
  termStart: string;
  termEnd: string;
  contact?: string | null;
  userId?: string | null;
  note?: string | null;
}

function cleanSupervisor(data: SupervisorData) {
  const name = data.name.trim();
  if (!name) throw new AppError(E.NAME_REQUIRED, '请填写监督员姓名', { field: 'name' });
  const organisation = data.organisation.trim();
  if (!organisation) throw new AppError(E.ORGANISATION_REQUIRED, '请填写监督员所在单位', { field: 'organisation' });
  for (const field of ['termStart', 'termEnd'] as const) {
    if (!isValidLocalDate(data[field])) throw new AppError(E.TERM_DATE_INVALID, '日期格式应为 YYYY-MM-DD', { field });
  }
  if (data.termEnd < data.termStart) throw new AppError(E.TERM_END_BEFORE_START, '任期结束日期不能早于开始日期', { field: 'termEnd' });
  return {
    name: name.slice(0, 100),
    organisation: organisation.slice(0, 200),
    category: data.category,
    termStart: data.termStart,
    termEnd: data.termEnd,
    contact: data.contact?.trim().slice(0, 200) || null,
    note: data.note?.trim().slice(0, 2000) || null,
  };
}

/** The account to link: an active user with the SUPERVISOR role, not linked to another record. */
async function linkableUser(ctx: Ctx, userId: string | null | undefined, supervisorId: string | null): Promise<User | null> {
  if (!userId) return null;
  const user = await ctx.em.findOne(User, userId, { populate: ['unit'] });
  // the registry of a level links the accounts of that level only
  if (!user || !user.active || !user.roles.includes('SUPERVISOR') || user.unit.getEntity().government.id !== requireUser(ctx).governmentId) {
    throw new AppError(E.ACCOUNT_NOT_SUPERVISOR, '只能关联具有“政务公开监督员”角色的有效账号', { field: 'userId' });
  }
  const other = await ctx.em.findOne(Supervisor, { user: userId, ...(supervisorId ? { id: { $ne: supervisorId } } : {}) });
  if (other) throw new AppError(E.ACCOUNT_TAKEN, `该账号已关联监督员“${other.name}”`, { field: 'userId' });
  return user;
}

const supervisorSnapshot = (s: Supervisor) => ({
  name: s.name,
  organisation: s.organisation,
  category: s.category,
  termStart: s.termStart,
  termEnd: s.termEnd,
  userId: s.userId,
  hasContact: !!s.contact,
});

export async function createSupervisor(ctx: Ctx, data: SupervisorData) {
  const actor = requireUser(ctx);
  const fields = cleanSupervisor(data);
  return transaction(ctx, async (tx) => {
    const s = tx.em.create(Supervisor, {
      ...fields,
      government: actor.governmentId,
      user: await linkableUser(tx, data.userId, null),
    } as never) as Supervisor;
    assertCan(tx, 'create', 'Supervisor', s);
    tx.em.persist(s);
    await tx.em.flush();
    audit(tx, { action: 'Supervisor.create', subjectType: 'Supervisor', subjectId: s.id, after: supervisorSnapshot(s) });
    return s;
  });
}

export async function updateSupervisor(ctx: Ctx, id: string, version: number, data: SupervisorData) {
  const fields = cleanSupervisor(data);
  return transaction(ctx, async (tx) => {
    const s = await getSupervisor(tx, id);
    assertCan(tx, 'update', 'Supervisor', s);
    if (s.version !== version) throw versionConflict();
    const before = supervisorSnapshot(s);
    Object.assign(s, fields, { user: await linkableUser(tx, data.userId, s.id) });
    assertCan(tx, 'update', 'Supervisor', s);
    await tx.em.flush();
    audit(tx, { action: 'Supervisor.update', subjectType: 'Supervisor', subjectId: s.id, before, after: supervisorSnapshot(s) });
    return s;
  });
}

export async function getSupervisor(ctx: Ctx, id: string) {
  const s = await ctx.em.findOne(Supervisor, id);
  if (!s) throw notFound('监督员');
  assertCan(ctx, 'read', 'Supervisor', s);
  await recordSensitiveRead(ctx, 'Supervisor.readContacts', 'Supervisor', s.id, s.contact && visibleContact(ctx, s) ? 1 : 0);
  return s;
}

/** Contact details: the Disclosure Office that keeps the registry only (those who may edit it). */
const keepsRegistry = (ctx: Ctx, s: Supervisor) => ctx.ability.can('update', tagSubject('Supervisor', s) as never);
export const visibleContact = (ctx: Ctx, s: Supervisor): string | null => (keepsRegistry(ctx, s) ? (s.contact ?? null) : null);
/** The registry's remarks on a supervisor: for those who keep it, as the contact. */
export const visibleNote = (ctx: Ctx, s: Supervisor): string | null => (keepsRegistry(ctx, s) ? (s.note ?? null) : null);

/** The registry, with how many are in term today against the target number in force. */
export async function supervisorRoster(ctx: Ctx) {
  requireUser(ctx);
  const target = await valueOn<number>(ctx, 'supervisors.count', today());
  const visible = accessibleBy(ctx, 'read', 'Supervisor', Supervisor);
  if (!visible) return { items: [], total: 0, inTerm: 0, target };
  const items = await ctx.em.find(Supervisor, visible, { orderBy: [{ termEnd: 'desc' }, { name: 'asc' }], limit: 500 });
  // in term first, then in the notice's order of categories (编办, 法制办 … 社区)
  const order = (s: Supervisor) => [s.inTerm ? 0 : 1, SUPERVISOR_CATEGORIES.indexOf(s.category)];
  items.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1];
  });
  // the government's registry as a whole is the subject of the read
  await recordSensitiveRead(
    ctx,
    'Supervisor.readContacts',
    'Supervisor',
    requireUser(ctx).governmentId,
    items.filter((s) => s.contact && visibleContact(ctx, s)).length,
  );
  return { items, total: items.length, inTerm: items.filter((s) => s.inTerm).length, target };
}

/** The signed-in user's own record on a registry, if any. */
export const mySupervisor = (ctx: Ctx) => ctx.em.findOne(Supervisor, { user: requireUser(ctx).userId });

/** Accounts with the SUPERVISOR role of the user's level, that can be linked to a record. */
export async function supervisorAccounts(ctx: Ctx) {
  const actor = requireUser(ctx);
  const rows = await ctx.em.execute<{ id: string; username: string; display_name: string; unit_name: string; supervisor_id: string | null }[]>(
    `select u.id, u.username, u.display_name, un.name as unit_name, s.id as supervisor_id
       from app_user u join unit un on un.id = u.unit_id left join supervisor s on s.user_id = u.id
      where u.active and 'SUPERVISOR' = any(u.roles) and un.government_id = ? order by u.display_name limit 500`,
    [actor.governmentId],
  );
  return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, unitName: r.unit_name, supervisorId: r.supervisor_id }));
}

// ——— feedback and suggestions ———

export interface FeedbackData {
  targetUnitId: string;
  kind: FeedbackKind;
  title: string;
  content: string;
}

/** A supervisor, while in term, sends feedback or a suggestion to a unit of any level; the deadline is fixed now. */
export async function fileFeedback(ctx: Ctx, data: FeedbackData) {
  const actor = requireUser(ctx);
  const title = data.title.trim();
  if (!title) throw new AppError(E.TITLE_REQUIRED, '请填写标题', { field: 'title' });
  const content = data.content.trim();
  if (!content) throw new AppError(E.CONTENT_REQUIRED, '请填写意见建议内容', { field: 'content' });
  return transaction(ctx, async (tx) => {
    const supervisor = await tx.em.findOne(Supervisor, { user: actor.userId });
    if (!supervisor) throw new AppError(E.NOT_REGISTERED, '您的账号尚未登记为政务公开监督员，请联系政务公开办公室');
    const filedOn = today();
    if (filedOn < supervisor.termStart || filedOn > supervisor.termEnd) {
      throw new AppError(E.OUT_OF_TERM, `不在监督员任期内（${supervisor.termStart} 至 ${supervisor.termEnd}），不能提出意见建议`);
    }
    const unit = await tx.em.findOne(Unit, data.targetUnitId);
    if (!unit || !unit.active || unit.kind === 'EXTERNAL') {
      throw new AppError(E.TARGET_UNIT_INVALID, '请选择各级行政机关或单位的政务公开工作机构', { field: 'targetUnitId' });
    }
    const answerWorkingDays = await valueOn<number>(tx, 'supervisor.answerWorkingDays', filedOn);
    const f = tx.em.create(SupervisorFeedback, {
      supervisor,
      supervisorUserId: actor.userId,
      supervisorGovernment: supervisor.government.id,
      supervisorName: supervisor.name,
      supervisorOrganisation: supervisor.organisation,
      targetUnit: unit,
      government: unit.government.id,
      kind: data.kind,
      title: title.slice(0, 200),
      content: content.slice(0, 10000),
      filedAt: now(),
      filedOn,
      answerWorkingDays,
      dueOn: await addWorkingDays(tx, filedOn, answerWorkingDays),
    } as never) as SupervisorFeedback;
    assertCan(tx, 'create', 'SupervisorFeedback', f);
    tx.em.persist(f);
    await tx.em.flush();
    for (const spec of await answerTodos(f, tx)) openTodo(tx, { ...spec, subjectType: 'SupervisorFeedback', subjectId: f.id });
    audit(tx, {
      action: 'SupervisorFeedback.file',
      subjectType: 'SupervisorFeedback',
      subjectId: f.id,
      after: { ...feedbackWorkflow.snapshot(f), targetUnit: unit.name, kind: f.kind, title: f.title },
    });
    return f;
  });
}

export async function getFeedback(ctx: Ctx, id: string) {
  const f = await ctx.em.findOne(SupervisorFeedback, id);
  if (!f) throw notFound('监督意见');
  assertCan(ctx, 'read', 'SupervisorFeedback', f);
  return f;
}

export interface FeedbackFilterData {
  state?: FeedbackState | null;
  overdue?: boolean | null;
  targetUnitId?: string | null;
  supervisorId?: string | null;
  /** Only what the signed-in supervisor filed (others may see more than their own). */
  mine?: boolean | null;
}

export async function listFeedback(ctx: Ctx, filter: FeedbackFilterData, page: number, pageSize: number) {
  const actor = requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'SupervisorFeedback', SupervisorFeedback);
  if (!visible) return { items: [], total: 0 };
  const where = [
    visible,
    filter.state ? { state: filter.state } : {},
    filter.overdue ? { state: { $in: [...FEEDBACK_OPEN_STATES] }, dueOn: { $lt: today() } } : {},
    filter.targetUnitId ? { targetUnit: filter.targetUnitId } : {},
    filter.supervisorId ? { supervisor: filter.supervisorId } : {},
    filter.mine ? { supervisorUserId: actor.userId } : {},
  ];
  const [items, total] = await ctx.em.findAndCount(SupervisorFeedback, { $and: where } as never, {
    orderBy: [{ filedAt: 'desc' }],
    ...pageWindow(page, pageSize),
  });
  return { items, total };
}

export const answerFeedback = (ctx: Ctx, id: string, version: number, answer: string) =>
  applyTransition(ctx, feedbackWorkflow, 'answer', id, version, { answer });
export const rateFeedback = (ctx: Ctx, id: string, version: number, rating: FeedbackRating, comment: string | null) =>
  applyTransition(ctx, feedbackWorkflow, 'rate', id, version, { rating, comment });
export const reopenFeedback = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, feedbackWorkflow, 'reopen', id, version, { reason });

// ——— statistics, per unit addressed and per supervisor, over what the user may read ———

export interface FeedbackStatRow {
  key: string | null;
  name: string;
  filed: number;
  answered: number;
  answeredOnTime: number;
  overdueOpen: number;
  rated: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  onTimeRate: number | null;
  satisfactionRate: number | null;
}

/** States as SQL literals, for the aggregates (the shared vocabulary's own words, never input). */
const sqlStates = (states: readonly string[]) => states.map((st) => `'${st}'`).join(', ');
const RATED = sqlStates(FEEDBACK_RATED_STATES);

export async function feedbackStats(ctx: Ctx, year: number | null) {
  requireUser(ctx);
  if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2200)) throw new AppError(E.YEAR_INVALID, '年份不正确', { field: 'year' });
  const visible = accessibleBy(ctx, 'read', 'SupervisorFeedback', SupervisorFeedback);
  if (!visible) return { total: emptyRow(), byUnit: [], bySupervisor: [] };
  const d = today();
  const aggregate = async (group: 'target_unit_id' | 'supervisor_id' | null) => {
    const qb = ctx.em
      .createQueryBuilder(SupervisorFeedback, 'f')
      .select([
        ...(group ? [raw(`f.${group} as key`)] : []),
        raw('count(*)::int as filed'),
        raw('count(f.answered_on)::int as answered'),
        raw('count(*) filter (where f.answered_on <= f.due_on)::int as answered_on_time'),
        raw(`count(*) filter (where f.state in (${sqlStates(FEEDBACK_OPEN_STATES)}) and f.due_on < ?)::int as overdue_open`, [d]),
        raw(`count(*) filter (where f.state in (${RATED}))::int as rated`),
        raw(`count(*) filter (where f.state in (${RATED}) and f.rating = 'SATISFIED')::int as satisfied`),
        raw(`count(*) filter (where f.state in (${RATED}) and f.rating = 'BASICALLY_SATISFIED')::int as basically_satisfied`),
        raw(`count(*) filter (where f.state in (${RATED}) and f.rating = 'DISSATISFIED')::int as dissatisfied`),
      ])
      .where(visible as never);
    if (year !== null) qb.andWhere({ filedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } });
    if (group) qb.groupBy(raw(`f.${group}`));
    return qb.execute<RawStat[]>('all', false);
  };
  const [[total], byUnit, bySupervisor] = await Promise.all([aggregate(null), aggregate('target_unit_id'), aggregate('supervisor_id')]);
  const unitNames = await namesOf(
    ctx,
    Unit,
    byUnit.map((r) => r.key!),
  );
  const supervisorNames = await namesOf(
    ctx,
    Supervisor,
    bySupervisor.map((r) => r.key!),
  );
  const byName = (a: FeedbackStatRow, b: FeedbackStatRow) => b.filed - a.filed || a.name.localeCompare(b.name, 'zh-CN');
  return {
    total: toRow(total, null, '合计'),
    byUnit: byUnit.map((r) => toRow(r, r.key ?? null, unitNames.get(r.key!) ?? '')).sort(byName),
    bySupervisor: bySupervisor.map((r) => toRow(r, r.key ?? null, supervisorNames.get(r.key!) ?? '')).sort(byName),
  };
}

interface RawStat {
  key?: string;
  filed: number;
  answered: number;
  answered_on_time: number;
  overdue_open: number;
  rated: number;
  satisfied: number;
  basically_satisfied: number;
  dissatisfied: number;
}

async function namesOf(ctx: Ctx, entity: typeof Unit | typeof Supervisor, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows: { id: string; name: string }[] = await ctx.em.find(entity as typeof Unit, { id: { $in: ids } }, { fields: ['id', 'name'] });
  return new Map(rows.map((r) => [r.id, r.name]));
}

const ratio = (n: number, d: number) => (d ? n / d : null);
function toRow(r: RawStat | undefined, key: string | null, name: string): FeedbackStatRow {
  const v = r ?? { filed: 0, answered: 0, answered_on_time: 0, overdue_open: 0, rated: 0, satisfied: 0, basically_satisfied: 0, dissatisfied: 0 };
  return {
    key,
    name,
    filed: v.filed,
    answered: v.answered,
    answeredOnTime: v.answered_on_time,
    overdueOpen: v.overdue_open,
    rated: v.rated,
    satisfied: v.satisfied,
    basicallySatisfied: v.basically_satisfied,
    dissatisfied: v.dissatisfied,
    // an item past its due day and still unanswered is already late: it counts as not on time, so the
    // rate never reads 100% beside an overdue item
    onTimeRate: ratio(v.answered_on_time, v.answered + v.overdue_open),
    satisfactionRate: ratio(v.satisfied + v.basically_satisfied, v.rated),
  };
}
const emptyRow = () => toRow(undefined, null, '合计');
