import { randomBytes, timingSafeEqual } from 'node:crypto';
import { subject as tagSubject } from '@casl/ability';
import { LockMode } from '@mikro-orm/core';
import {
  addDays,
  CASE_CLOSED_STATES,
  CASE_OPEN_STATES,
  CASE_STEP_FROM,
  maskName,
  maskPhone,
  type CaseChannel,
  type CaseKind,
  type CaseRating,
  type CaseState,
} from '@gongkai/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import type { AppConfig } from '../../config.js';
import { contextAs } from '../../common/seed-context.js';
import { AppError, notFound } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { recordSensitiveRead } from '../../common/audit/sensitive-read.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { escapeLike, pageWindow } from '../../common/paging.js';
import { openTodo } from '../../common/todo/todo.service.js';
import { saveAttachment } from '../../common/attachments/attachments.service.js';
import { Attachment } from '../../common/attachments/attachments.entities.js';
import { notify } from '../../common/todo/notification.service.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { now, today } from '../../common/clock.js';
import { Case } from './complaints.entities.js';
import { ComplaintError as E } from './complaints.errors.js';
import { acceptTodos, caseWorkflow } from './complaints.workflow.js';

/** What the portal's form takes: texts of so many characters; from one address, at most config.casesPerTenMinutes cases in ten minutes. */
export const CASE_LIMITS = { windowMinutes: 10, minLength: 10, maxLength: 5000 } as const;

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const randomCode = (n: number) => Array.from(randomBytes(n), (b) => ALPHABET[b % ALPHABET.length]).join('');
/** 查询编号: TS + the day received + six characters; the check code is a separate secret of eight. */
const caseNumber = () => `TS${today().replaceAll('-', '')}-${randomCode(6)}`;

export interface CaseData {
  kind: CaseKind;
  title: string;
  content: string;
  subjectUnitId?: string | null;
  name?: string | null;
  phone?: string | null;
  consentToPublish?: boolean | null;
}

export const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
function cleanCase(data: CaseData) {
  const title = data.title.trim();
  if (!title) throw new AppError(E.TITLE_REQUIRED, '请填写标题', { field: 'title' });
  const content = data.content.trim();
  if (content.length < CASE_LIMITS.minLength || content.length > CASE_LIMITS.maxLength) {
    throw new AppError(E.CONTENT_TOO_SHORT, `请具体描述反映的问题，${CASE_LIMITS.minLength}至${CASE_LIMITS.maxLength}字`, { field: 'content' });
  }
  const phone = data.phone?.replace(/\s/g, '') || null;
  if (phone && !PHONE.test(phone)) throw new AppError(E.PHONE_INVALID, '请填写正确的手机号码或固定电话', { field: 'phone' });
  return {
    kind: data.kind,
    title: title.slice(0, 200),
    content,
    complainantName: data.name?.trim().slice(0, 50) || null,
    complainantPhone: phone,
    consentToPublish: !!data.consentToPublish,
  };
}

/** The government a new case belongs to: the named unit's, else the city whose Complaint Office runs the portal. */
async function governmentFor(ctx: Ctx, subjectUnitId: string | null | undefined): Promise<{ government: string; subjectUnit: Unit | null }> {
  if (subjectUnitId) {
    const unit = await ctx.em.findOne(Unit, subjectUnitId);
    if (!unit || !unit.active || unit.kind === 'EXTERNAL')
      throw new AppError(E.SUBJECT_UNIT_INVALID, '所选被反映单位不存在', { field: 'subjectUnitId' });
    return { government: unit.government.id, subjectUnit: unit };
  }
  const office = await ctx.em.findOne(Unit, { function: 'COMPLAINT_OFFICE', active: true, level: 'CITY' }, { orderBy: { sortOrder: 'asc' } });
  if (!office) throw notFound('举报投诉受理机构');
  return { government: office.government.id, subjectUnit: null };
}

async function createCase(tx: Ctx, fields: ReturnType<typeof cleanCase>, channel: CaseChannel, extra: Partial<Case>, subjectUnitId?: string | null) {
  const { government, subjectUnit } = await governmentFor(tx, subjectUnitId);
  const at = now();
  const c = tx.em.create(Case, {
    ...fields,
    ...extra,
    channel,
    caseNumber: caseNumber(),
    checkCode: randomCode(8),
    government,
    subjectUnit,
    receivedAt: at,
    receivedOn: today(),
  } as never) as Case;
  tx.em.persist(c);
  await tx.em.flush();
  for (const spec of await acceptTodos(c, tx)) openTodo(tx, { ...spec, subjectType: 'Case', subjectId: c.id });
  audit(tx, { action: 'Case.receive', subjectType: 'Case', subjectId: c.id, after: { caseNumber: c.caseNumber, kind: c.kind, channel } });
  return c;
}

/** A citizen submits on the portal (与民互动): stored once per key, limited per address. */
export async function submitCase(ctx: Ctx, data: CaseData & { idempotencyKey: string }) {
  const key = data.idempotencyKey?.trim() ?? '';
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(key)) throw new AppError(E.KEY_REQUIRED, '提交标识无效，请刷新页面后重试', { field: 'idempotencyKey' });
  const fields = cleanCase(data);
  return transaction(ctx, async (tx) => {
    // a retry racing the first send waits for it and finds the case it stored
    await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`case:${key}`]);
    const existing = await tx.em.findOne(Case, { idempotencyKey: key });
    if (existing) return existing;
    if (tx.address) {
      await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`case-address:${tx.address}`]);
      const [{ n }] = await tx.em.execute<{ n: number }[]>(
        `select count(*)::int as n from complaint_case where address = ? and received_at > now() - make_interval(mins => ?)`,
        [tx.address, CASE_LIMITS.windowMinutes],
      );
      if (n >= tx.config.casesPerTenMinutes) throw new AppError(E.TOO_MANY, `提交过于频繁，请${CASE_LIMITS.windowMinutes}分钟后再试`);
    }
    return createCase(tx, fields, 'PORTAL', { idempotencyKey: key, address: tx.address } as Partial<Case>, data.subjectUnitId);
  });
}

/** The Complaint Office records a case received by letter, visit or phone. */
export async function registerCase(ctx: Ctx, data: CaseData & { channel: CaseChannel }) {
  requireUser(ctx);
  if (data.channel === 'PORTAL') throw new AppError(E.CHANNEL_INVALID, '网站提交的件由群众自行提交', { field: 'channel' });
  const fields = cleanCase(data);
  return transaction(ctx, async (tx) => {
    const { government } = await governmentFor(tx, data.subjectUnitId);
    assertCan(tx, 'create', 'Case', { __typename: 'Case', governmentId: government } as never);
    return createCase(tx, fields, data.channel, {}, data.subjectUnitId);
  });
}

/** The case a citizen follows, found by its number and check code (compared in constant time). */
async function caseByCode(ctx: Ctx, number: string, code: string, lock = false) {
  const c = await ctx.em.findOne(
    Case,
    { caseNumber: number.trim().toUpperCase().slice(0, 40) },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
  if (!c || !sameCode(c.checkCode, code)) throw new AppError(E.CODE_MISMATCH, '查询编号或查询码不正确，请核对后重新查询');
  return c;
}
function sameCode(expected: string, given: string) {
  const a = Buffer.from(expected);
  const b = Buffer.from(given.trim().toUpperCase().slice(0, 40));
  return a.length === b.length && timingSafeEqual(a, b);
}
export const publicCase = (ctx: Ctx, number: string, code: string) => caseByCode(ctx, number, code);

/** The citizen rates the reply of a closed case. */
export async function ratePublicCase(ctx: Ctx, number: string, code: string, version: number, rating: CaseRating, comment: string | null) {
  const c = await caseByCode(ctx, number, code);
  return applyTransition(ctx, caseWorkflow, 'rate', c.id, version, { rating, comment }, (locked) => {
    if (!sameCode(locked.checkCode, code)) throw new AppError(E.CODE_MISMATCH, '查询编号或查询码不正确，请核对后重新查询');
  });
}

/** How many files a citizen may send with a case, and until when: while it waits for acceptance. */
export const CITIZEN_FILES = { max: 5, ownerType: 'CaseCitizen' } as const;

/** A citizen adds a file (a photo, a document) to their case with its codes, before it is accepted. */
export async function submitCaseFile(ctx: Ctx, number: string, code: string, file: { fileName: string; mimeType: string; content: Buffer }) {
  const c = await caseByCode(ctx, number, code);
  if (c.state !== 'RECEIVED') throw new AppError(E.FILES_CLOSED, '该件已开始办理，不能再补充材料', { field: 'file' });
  const [{ n }] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from attachment where owner_type = ? and owner_id = ?`, [
    CITIZEN_FILES.ownerType,
    c.id,
  ]);
  if (n >= CITIZEN_FILES.max) throw new AppError(E.FILES_TOO_MANY, `每件最多上传${CITIZEN_FILES.max}个材料`, { field: 'file' });
  return saveAttachment(ctx, { ownerType: CITIZEN_FILES.ownerType, ownerId: c.id, ...file }, null);
}
/** The names of the files a citizen sent with their case (the files themselves are for its handlers). */
export async function citizenFiles(ctx: Ctx, caseId: string) {
  return ctx.em.find(
    Attachment,
    { ownerType: CITIZEN_FILES.ownerType, ownerId: caseId },
    { orderBy: { createdAt: 'asc' }, fields: ['id', 'fileName', 'size', 'createdAt'] },
  );
}

export async function getCase(ctx: Ctx, id: string) {
  const c = await ctx.em.findOne(Case, id);
  if (!c) throw notFound('举报投诉件');
  assertCan(ctx, 'read', 'Case', c);
  await recordSensitiveRead(ctx, 'Case.readComplainant', 'Case', c.id, handles(ctx, c) && hasPersonalData(c) ? 1 : 0);
  return c;
}

/**
 * Those handling a case: the Complaint Office of its level (who may register its cases), and the
 * assigned unit's handlers (whose read rule names the assigned unit). Leaders read cases, not people.
 */
export const handles = (ctx: Ctx, c: Case) =>
  ctx.ability.can('create', tagSubject('Case', { governmentId: c.governmentId }) as never) ||
  (!!c.assignedUnitId && ctx.ability.can('read', tagSubject('Case', { assignedUnitId: c.assignedUnitId }) as never));
const hasPersonalData = (c: Case) => !!(c.complainantName || c.complainantPhone);
/** The complainant's name and phone: in full for those handling the case, masked for everyone else. */
export const complainantName = (ctx: Ctx, c: Case) => (handles(ctx, c) ? (c.complainantName ?? null) : maskName(c.complainantName));
export const complainantPhone = (ctx: Ctx, c: Case) => (handles(ctx, c) ? (c.complainantPhone ?? null) : maskPhone(c.complainantPhone));

export interface CaseFilterData {
  state?: CaseState | null;
  kind?: CaseKind | null;
  channel?: CaseChannel | null;
  overdue?: boolean | null;
  extensionRequested?: boolean | null;
  assignedUnitId?: string | null;
  search?: string | null;
}

export async function listCases(ctx: Ctx, filter: CaseFilterData, page: number, pageSize: number) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'Case', Case);
  if (!visible) return { items: [], total: 0 };
  const search = filter.search?.trim().slice(0, 100);
  const where = [
    visible,
    filter.state ? { state: filter.state } : {},
    filter.kind ? { kind: filter.kind } : {},
    filter.channel ? { channel: filter.channel } : {},
    filter.overdue ? { state: { $in: [...CASE_OPEN_STATES] }, dueOn: { $lt: today() } } : {},
    filter.extensionRequested ? { state: 'ASSIGNED', extensionState: 'REQUESTED' } : {},
    filter.assignedUnitId ? { assignedUnit: filter.assignedUnitId } : {},
    search ? { $or: [{ title: { $ilike: `%${escapeLike(search)}%` } }, { caseNumber: search.toUpperCase() }] } : {},
  ];
  const [items, total] = await ctx.em.findAndCount(Case, { $and: where } as never, {
    orderBy: [{ receivedAt: 'desc' }, { id: 'asc' }],
    // the units a page of cases names, loaded with it (not one query per row)
    populate: ['assignedUnit', 'subjectUnit'],
    ...pageWindow(page, pageSize),
  });
  await recordSensitiveRead(
    ctx,
    'Case.readComplainant',
    'Case',
    requireUser(ctx).governmentId,
    items.filter((c) => handles(ctx, c) && hasPersonalData(c)).length,
  );
  return { items, total };
}

export const acceptCase = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, caseWorkflow, 'accept', id, version, {});
export const notAcceptCase = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, caseWorkflow, 'notAccept', id, version, { reason });
export const assignCase = (ctx: Ctx, id: string, version: number, unitId: string) =>
  applyTransition(ctx, caseWorkflow, 'assign', id, version, { unitId });
export const handBackCase = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, caseWorkflow, 'handBack', id, version, { reason });
export const replyCase = (ctx: Ctx, id: string, version: number, reply: string) =>
  applyTransition(ctx, caseWorkflow, 'reply', id, version, { reply });
export const closeCase = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, caseWorkflow, 'close', id, version, {});
export const reopenCase = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, caseWorkflow, 'reopen', id, version, { reason });
export const requestCaseExtension = (ctx: Ctx, id: string, version: number, days: number, reason: string) =>
  applyTransition(ctx, caseWorkflow, 'requestExtension', id, version, { days, reason });
export const approveCaseExtension = (ctx: Ctx, id: string, version: number) =>
  applyTransition(ctx, caseWorkflow, 'approveExtension', id, version, {});
export const rejectCaseExtension = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, caseWorkflow, 'rejectExtension', id, version, { reason });

/** Files behind a case (the unit's reply): read with the case, added by its handlers while they handle it. */
export async function caseForAttachment(ctx: Ctx, id: string) {
  const c = await ctx.em.findOne(Case, id);
  if (!c) throw notFound('举报投诉件');
  assertCan(ctx, 'answer', 'Case', c);
  return c;
}

/**
 * 办理情况公开: closed cases whose citizen agreed to publication, newest first — what was asked and
 * what was answered, with the unit that answered; no name or phone, and numbers typed into the texts
 * masked. Three statements whatever the page size (count, page, its units).
 */
/** 办理情况公开: closed cases of the city whose citizens agreed to publish them. */
export const PUBLIC_CASE = { consentToPublish: true, state: { $in: [...CASE_CLOSED_STATES] }, government: { level: 'CITY' as const } };

export async function publicCaseSummaries(ctx: Ctx, page: number, pageSize: number) {
  const [items, total] = await ctx.em.findAndCount(Case, PUBLIC_CASE as never, {
    orderBy: [{ closedOn: 'desc' }, { id: 'asc' }],
    populate: ['assignedUnit'],
    ...pageWindow(page, pageSize),
  });
  return { items, total };
}

/** Days before its last day that a unit is reminded of an unanswered case. */
export const REMIND_DAYS_BEFORE = 2;

/**
 * Reminders on the one clock: the assigned unit's handlers are told when a case's last day is near
 * (once for each last day: an extension brings a new reminder), and the Complaint Office when it has
 * passed unanswered (once). Each case is claimed by a conditional update, so that two processes
 * running the job remind once; the claim and the notifications are one transaction.
 */
export async function remindDeadlines(em: EntityManager, config: AppConfig): Promise<number> {
  const ctx = await contextAs(em, config, null);
  return transaction(ctx, async (tx) => {
    const day = today();
    const near = await tx.em.execute<{ id: string; title: string; due_on: string; assigned_unit_id: string }[]>(
      `update complaint_case set reminded_for_due_on = due_on
        where state = 'ASSIGNED' and due_on >= ? and due_on <= ? and reminded_for_due_on is distinct from due_on
        returning id, title, due_on::text as due_on, assigned_unit_id`,
      [day, addDays(day, REMIND_DAYS_BEFORE)],
    );
    for (const c of near) {
      for (const role of ['DEPARTMENT_STAFF', 'DISCLOSURE_OFFICER'] as const) {
        await notify(tx, {
          role,
          unitId: c.assigned_unit_id,
          title: `举报投诉件即将到期：${c.title}`,
          body: `答复期限为${c.due_on}，请按期答复；确需延期的，请在期限届满前申请。`,
          link: `/complaints/${c.id}`,
        });
      }
    }
    const late = await tx.em.execute<{ id: string; title: string; due_on: string; government_id: string; assigned_unit_id: string | null }[]>(
      `update complaint_case set overdue_reported_on = ?
        where state in (${CASE_OPEN_STATES.map(() => '?').join(', ')}) and due_on < ? and overdue_reported_on is null
        returning id, title, due_on::text as due_on, government_id, assigned_unit_id`,
      [day, ...CASE_OPEN_STATES, day],
    );
    for (const c of late) {
      const office = await tx.em.findOne(Unit, { government: c.government_id, function: 'COMPLAINT_OFFICE', active: true }, { fields: ['id'] });
      await notify(tx, {
        role: 'COMPLAINT_OFFICE',
        unitId: office?.id,
        title: `举报投诉件已超期未答复：${c.title}`,
        body: `答复期限为${c.due_on}，已超期。`,
        link: `/complaints/${c.id}`,
      });
    }
    return near.length + late.length;
  });
}

/**
 * Cases closed and not rated by the end of their rating period are closed with no rating (UNRATED),
 * and counted as such. Run by the server daily; safe when two processes run it at once.
 */
export async function expireRatings(em: EntityManager, config: AppConfig): Promise<number> {
  const ctx = await contextAs(em, config, null);
  const due = await em.find(
    Case,
    { state: { $in: [...CASE_STEP_FROM.expireRating] }, ratingDueOn: { $lt: today() } },
    { fields: ['id', 'version'], limit: 1000 },
  );
  let changed = 0;
  for (const c of due) {
    try {
      await applyTransition(ctx, caseWorkflow, 'expireRating', c.id, c.version, {}, () => {});
      changed++;
    } catch (e) {
      // another process took this one first
      if (!(e instanceof AppError)) throw e;
    }
  }
  return changed;
}
