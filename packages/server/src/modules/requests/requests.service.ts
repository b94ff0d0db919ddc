import { timingSafeEqual } from 'node:crypto';
import { subject as tagSubject } from '@casl/ability';
import {
  REQUEST_CLOCK_STATES,
  maskName,
  maskPhone,
  isValidLocalDate,
  type ApplicantKind,
  type DeliveryMethod,
  type RequestChannel,
  type RequestState,
} from '@gongkai/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import type { AppConfig } from '../../config.js';
import { AppError, forbidden, notFound } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { recordSensitiveRead } from '../../common/audit/sensitive-read.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { escapeLike, pageWindow } from '../../common/paging.js';
import { openTodo } from '../../common/todo/todo.service.js';
import { notify } from '../../common/todo/notification.service.js';
import { contextAs } from '../../common/seed-context.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { now, today } from '../../common/clock.js';
import { randomCode } from '../complaints/complaints.service.js';
import { getDocument } from '../documents/documents.service.js';
import { DisclosureRequest, DisclosureRequestItem } from './requests.entities.js';
import { RequestError as E } from './requests.errors.js';
import { handlerTodo, handlersOf, requestWorkflow, startClock, type ReplyInput } from './requests.workflow.js';

import { frequentlyRequestedItems, requestOutcomeTable } from './requests.statistics.js';
export { frequentlyRequestedItems, requestOutcomeTable };

/** What an application may hold; from one address at most config.casesPerTenMinutes applications in ten minutes. */
export const REQUEST_LIMITS = { windowMinutes: 10, maxItems: 20, minItemLength: 4, maxItemLength: 2000 } as const;
/** 申请编号: YS + the day of receipt (or of submission online) + six characters; the check code is a separate secret of eight. */
const requestNumber = (day: string = today()) => `YS${day.replaceAll('-', '')}-${randomCode(6)}`;

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const PERSONAL_PROOFS = ['ID_CARD', 'PASSPORT', 'OTHER_PERSONAL'];

export interface ApplicationData {
  unitId: string;
  applicantKind: ApplicantKind;
  applicantName: string;
  contactPerson?: string | null;
  idProofKind: DisclosureRequest['idProofKind'];
  idProofNumber: string;
  phone?: string | null;
  email?: string | null;
  postalAddress?: string | null;
  postcode?: string | null;
  items: { description: string; documentId?: string | null }[];
  note?: string | null;
  informationForm: DisclosureRequest['informationForm'];
  deliveryMethod: DeliveryMethod;
}

const clip = (s: string | null | undefined, n: number) => s?.trim().slice(0, n) || null;

/** The application's fields, checked: who asks (and proves it), how to reach them, what they ask for. */
function cleanApplication(data: ApplicationData) {
  const applicantName = data.applicantName?.trim() ?? '';
  if (!applicantName) throw new AppError(E.APPLICANT_REQUIRED, '请填写申请人姓名或名称', { field: 'applicantName' });
  const person = data.applicantKind === 'NATURAL_PERSON';
  if (person !== PERSONAL_PROOFS.includes(data.idProofKind))
    throw new AppError(E.ID_PROOF_KIND, person ? '自然人请提供身份证件' : '法人或其他组织请提供统一社会信用代码等证明文件', { field: 'idProofKind' });
  const idProofNumber = data.idProofNumber?.replace(/\s/g, '').toUpperCase() ?? '';
  if (idProofNumber.length < 4 || idProofNumber.length > 40)
    throw new AppError(E.ID_PROOF_REQUIRED, '请填写身份证明号码', { field: 'idProofNumber' });
  if (data.idProofKind === 'ID_CARD' && !/^\d{17}[\dX]$/.test(idProofNumber))
    throw new AppError(E.ID_PROOF_REQUIRED, '居民身份证号码应为18位', { field: 'idProofNumber' });
  if (data.idProofKind === 'CREDIT_CODE' && !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(idProofNumber))
    throw new AppError(E.ID_PROOF_REQUIRED, '统一社会信用代码应为18位', { field: 'idProofNumber' });
  const phone = data.phone?.replace(/\s/g, '') || null;
  if (phone && !PHONE.test(phone)) throw new AppError(E.PHONE_INVALID, '请填写正确的手机号码或固定电话', { field: 'phone' });
  const email = data.email?.trim() || null;
  if (email && !EMAIL.test(email)) throw new AppError(E.EMAIL_INVALID, '请填写正确的电子邮箱', { field: 'email' });
  const postalAddress = clip(data.postalAddress, 200);
  if (!phone && !email && !postalAddress)
    throw new AppError(E.CONTACT_REQUIRED, '请至少填写联系电话、电子邮箱或通信地址中的一项', { field: 'phone' });
  if (data.deliveryMethod === 'EMAIL' && !email) throw new AppError(E.EMAIL_INVALID, '选择电子邮件获取的，请填写电子邮箱', { field: 'email' });
  if (data.deliveryMethod === 'POST' && !postalAddress)
    throw new AppError(E.CONTACT_REQUIRED, '选择邮寄获取的，请填写通信地址', { field: 'postalAddress' });
  const items = (data.items ?? []).map((i) => ({ description: i.description?.trim() ?? '', documentId: i.documentId || null }));
  if (!items.length || items.length > REQUEST_LIMITS.maxItems)
    throw new AppError(E.ITEMS_REQUIRED, `请填写所需政府信息（1至${REQUEST_LIMITS.maxItems}项）`, { field: 'items' });
  const short = items.findIndex((i) => i.description.length < REQUEST_LIMITS.minItemLength || i.description.length > REQUEST_LIMITS.maxItemLength);
  if (short >= 0)
    throw new AppError(
      E.ITEM_DESCRIPTION,
      `第${short + 1}项：请写明所需信息的名称、文号或者便于查询的特征性描述（${REQUEST_LIMITS.minItemLength}至${REQUEST_LIMITS.maxItemLength}字）`,
      {
        field: 'items',
      },
    );
  return {
    fields: {
      applicantKind: data.applicantKind,
      applicantName: applicantName.slice(0, 100),
      contactPerson: person ? null : clip(data.contactPerson, 50),
      idProofKind: data.idProofKind,
      idProofNumber,
      phone,
      email,
      postalAddress,
      postcode: clip(data.postcode, 10),
      note: data.note?.trim().slice(0, 2000) ?? '',
      informationForm: data.informationForm,
      deliveryMethod: data.deliveryMethod,
    },
    items,
  };
}

/**
 * A body that takes requests: an administrative body (a government or one of its departments, units,
 * parks). With `action`, the user must be allowed it on that body's requests (checked first: a body
 * the user may not act for is FORBIDDEN, whatever it is).
 */
async function addressee(ctx: Ctx, unitId: string, action?: 'create'): Promise<Unit> {
  const unit = await ctx.em.findOne(Unit, unitId);
  if (unit && action)
    assertCan(ctx, action, 'DisclosureRequest', tagSubject('DisclosureRequest', { unitId: unit.id, governmentId: unit.government.id }) as never);
  if (!unit || !unit.active || unit.kind === 'EXTERNAL' || unit.kind === 'SECTION')
    throw new AppError(E.UNIT_INVALID, '所选行政机关不存在或不受理政府信息公开申请', { field: 'unitId' });
  return unit;
}

async function createRequest(
  tx: Ctx,
  app: ReturnType<typeof cleanApplication>,
  unit: Unit,
  channel: RequestChannel,
  extra: Partial<DisclosureRequest>,
) {
  const r = tx.em.create(DisclosureRequest, {
    ...app.fields,
    ...extra,
    channel,
    requestNumber: requestNumber(extra.receivedOn ?? undefined),
    checkCode: randomCode(8),
    unit,
    government: unit.government,
    submittedAt: now(),
  } as never) as DisclosureRequest;
  app.items.forEach((i, n) =>
    r.items.add(tx.em.create(DisclosureRequestItem, { request: r, seq: n + 1, description: i.description, documentId: i.documentId })),
  );
  tx.em.persist(r);
  return r;
}

/** An applicant submits on the portal: stored once per key, limited per address; the body confirms receipt. */
export async function submitRequest(ctx: Ctx, data: ApplicationData & { idempotencyKey: string }) {
  const key = data.idempotencyKey?.trim() ?? '';
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(key)) throw new AppError(E.KEY_REQUIRED, '提交标识无效，请刷新页面后重试', { field: 'idempotencyKey' });
  // applicants do not link documents: staff do, when they handle the request
  const app = cleanApplication({ ...data, items: (data.items ?? []).map((i) => ({ description: i.description })) });
  return transaction(ctx, async (tx) => {
    await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`request:${key}`]);
    const existing = await tx.em.findOne(DisclosureRequest, { idempotencyKey: key }, { populate: ['items'] });
    if (existing) return existing;
    if (tx.address) {
      await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`request-address:${tx.address}`]);
      const [{ n }] = await tx.em.execute<{ n: number }[]>(
        `select count(*)::int as n from disclosure_request where address = ? and submitted_at > now() - make_interval(mins => ?)`,
        [tx.address, REQUEST_LIMITS.windowMinutes],
      );
      if (n >= tx.config.casesPerTenMinutes) throw new AppError(E.TOO_MANY, `提交过于频繁，请${REQUEST_LIMITS.windowMinutes}分钟后再试`);
    }
    const unit = await addressee(tx, data.unitId);
    const r = await createRequest(tx, app, unit, 'ONLINE', { idempotencyKey: key, address: tx.address } as Partial<DisclosureRequest>);
    await tx.em.flush();
    for (const spec of await handlerTodo(tx, r, 'request.confirm')) openTodo(tx, { ...spec, subjectType: 'DisclosureRequest', subjectId: r.id });
    audit(tx, {
      action: 'DisclosureRequest.submit',
      subjectType: 'DisclosureRequest',
      subjectId: r.id,
      after: { requestNumber: r.requestNumber, channel: 'ONLINE' },
    });
    return r;
  });
}

/** The disclosure body registers a request received in person, by post, fax or e-mail; the clock starts on its day of receipt. */
export async function registerRequest(ctx: Ctx, data: ApplicationData & { channel: RequestChannel; receivedOn: string }) {
  requireUser(ctx);
  if (data.channel === 'ONLINE') throw new AppError(E.CHANNEL_INVALID, '网上申请由申请人在门户网站提交，请在列表中确认收到', { field: 'channel' });
  if (!isValidLocalDate(data.receivedOn)) throw new AppError(E.RECEIVED_ON_REQUIRED, '请填写收到申请之日（YYYY-MM-DD）', { field: 'receivedOn' });
  if (data.receivedOn > today()) throw new AppError(E.RECEIVED_ON_INVALID, '收到申请之日不能晚于今天', { field: 'receivedOn' });
  const app = cleanApplication(data);
  return transaction(ctx, async (tx) => {
    const unit = await addressee(tx, data.unitId, 'create');
    for (const i of app.items) if (i.documentId) await linkableDocument(tx, i.documentId);
    const r = await createRequest(tx, app, unit, data.channel, { state: 'IN_PROGRESS', receivedOn: data.receivedOn });
    await startClock(tx, r, data.receivedOn);
    await tx.em.flush();
    for (const spec of await handlerTodo(tx, r, 'request.reply', r.dueOn))
      openTodo(tx, { ...spec, subjectType: 'DisclosureRequest', subjectId: r.id });
    audit(tx, {
      action: 'DisclosureRequest.register',
      subjectType: 'DisclosureRequest',
      subjectId: r.id,
      after: { requestNumber: r.requestNumber, channel: r.channel, receivedOn: r.receivedOn, dueOn: r.dueOn },
    });
    return r;
  });
}

async function linkableDocument(ctx: Ctx, id: string) {
  try {
    return await getDocument(ctx, id);
  } catch (e) {
    if (e instanceof AppError) throw new AppError(E.DOCUMENT_INVALID, '关联的文件不存在或无权查看', { field: 'items' });
    throw e;
  }
}

/** The handler links an item to the policy document it asks for (or unlinks it): requests are counted per document. */
export async function linkRequestItem(ctx: Ctx, itemId: string, documentId: string | null) {
  requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const item = await tx.em.findOne(DisclosureRequestItem, itemId, { populate: ['request'] });
    if (!item) throw notFound('所需信息');
    const r = item.request.getEntity();
    assertCan(tx, 'read', 'DisclosureRequest', r);
    // its handlers link items (those who may register the body's requests)
    assertCan(tx, 'create', 'DisclosureRequest', tagSubject('DisclosureRequest', { unitId: r.unitId, governmentId: r.governmentId }) as never);
    if (documentId) await linkableDocument(tx, documentId);
    const before = item.documentId ?? null;
    item.documentId = documentId;
    audit(tx, {
      action: 'DisclosureRequest.linkItem',
      subjectType: 'DisclosureRequest',
      subjectId: r.id,
      before: { seq: item.seq, documentId: before },
      after: { seq: item.seq, documentId },
    });
    await tx.em.flush();
    return item;
  });
}

/** The request an applicant follows, found by its number and check code (compared in constant time). */
export async function publicRequest(ctx: Ctx, number: string, code: string) {
  const r = await ctx.em.findOne(DisclosureRequest, { requestNumber: number.trim().toUpperCase().slice(0, 40) }, { populate: ['items', 'unit'] });
  const given = Buffer.from(code.trim().toUpperCase().slice(0, 40));
  const expected = Buffer.from(r?.checkCode ?? '');
  if (!r || given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new AppError(E.CODE_MISMATCH, '申请编号或查询码不正确，请核对后重新查询');
  return r;
}

export async function getRequest(ctx: Ctx, id: string) {
  const r = await ctx.em.findOne(DisclosureRequest, id, { populate: ['items'] });
  if (!r) throw notFound('政府信息公开申请');
  assertCan(ctx, 'read', 'DisclosureRequest', r);
  await recordSensitiveRead(ctx, 'DisclosureRequest.readApplicant', 'DisclosureRequest', r.id, handles(ctx, r) ? 1 : 0);
  return r;
}

/** Those handling a request (its body's disclosure body, or the Disclosure Office for the government) read the applicant in full. */
export const handles = (ctx: Ctx, r: DisclosureRequest) => ctx.ability.can('create', tagSubject('DisclosureRequest', { unitId: r.unitId }) as never);
/** The applicant's identity and contact: in full for the handlers, masked for everyone else (a natural person's name too). */
export function applicantView(ctx: Ctx, r: DisclosureRequest) {
  const full = handles(ctx, r);
  const maskRest = (s: string | null | undefined) => (s ? `${s.slice(0, 3)}${'*'.repeat(Math.max(1, s.length - 3))}` : null);
  return {
    applicantName: full || r.applicantKind !== 'NATURAL_PERSON' ? r.applicantName : (maskName(r.applicantName) ?? ''),
    contactPerson: full ? (r.contactPerson ?? null) : maskName(r.contactPerson),
    idProofNumber: full ? r.idProofNumber : (maskRest(r.idProofNumber) ?? ''),
    phone: full ? (r.phone ?? null) : maskPhone(r.phone),
    email: full ? (r.email ?? null) : r.email ? maskRest(r.email) : null,
    postalAddress: full ? (r.postalAddress ?? null) : r.postalAddress ? maskRest(r.postalAddress) : null,
    postcode: full ? (r.postcode ?? null) : null,
  };
}

export interface RequestFilterData {
  state?: RequestState | null;
  channel?: RequestChannel | null;
  applicantKind?: ApplicantKind | null;
  overdue?: boolean | null;
  extensionRequested?: boolean | null;
  unitId?: string | null;
  search?: string | null;
}

/** The requests the user may read, newest first, with their items and bodies (three statements whatever the page). */
export async function listRequests(ctx: Ctx, filter: RequestFilterData, page: number, pageSize: number) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'DisclosureRequest', DisclosureRequest);
  if (!visible) return { items: [], total: 0 };
  const search = filter.search?.trim().slice(0, 100);
  const where = [
    visible,
    filter.state ? { state: filter.state } : {},
    filter.channel ? { channel: filter.channel } : {},
    filter.applicantKind ? { applicantKind: filter.applicantKind } : {},
    filter.overdue ? { state: { $in: [...REQUEST_CLOCK_STATES] }, dueOn: { $lt: today() } } : {},
    filter.extensionRequested ? { extensionState: 'REQUESTED', state: { $in: ['IN_PROGRESS', 'THIRD_PARTY'] } } : {},
    filter.unitId ? { unit: filter.unitId } : {},
    search ? { $or: [{ requestNumber: search.toUpperCase() }, { items: { description: { $ilike: `%${escapeLike(search)}%` } } }] } : {},
  ];
  const [items, total] = await ctx.em.findAndCount(DisclosureRequest, { $and: where } as never, {
    orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }],
    populate: ['items', 'unit'],
    ...pageWindow(page, pageSize),
  });
  await recordSensitiveRead(
    ctx,
    'DisclosureRequest.readApplicant',
    'DisclosureRequest',
    requireUser(ctx).governmentId,
    items.filter((r) => handles(ctx, r)).length,
  );
  return { items, total };
}

/** The counts of the list's quick views, for what the user may read. */
export async function requestCounts(ctx: Ctx) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'DisclosureRequest', DisclosureRequest);
  if (!visible) return { submitted: 0, inProgress: 0, paused: 0, overdue: 0, extensionRequested: 0, replied: 0 };
  const count = (w: object) => ctx.em.count(DisclosureRequest, { $and: [visible, w] } as never);
  const [submitted, inProgress, paused, overdue, extensionRequested, replied] = await Promise.all([
    count({ state: 'SUBMITTED' }),
    count({ state: 'IN_PROGRESS' }),
    count({ state: { $in: ['CORRECTION', 'THIRD_PARTY'] } }),
    count({ state: { $in: [...REQUEST_CLOCK_STATES] }, dueOn: { $lt: today() } }),
    count({ extensionState: 'REQUESTED', state: { $in: ['IN_PROGRESS', 'THIRD_PARTY'] } }),
    count({ state: 'REPLIED' }),
  ]);
  return { submitted, inProgress, paused, overdue, extensionRequested, replied };
}

const step =
  <I>(name: string) =>
  (ctx: Ctx, id: string, version: number, input: I) =>
    applyTransition(ctx, requestWorkflow, name, id, version, input).then(async (r) => {
      await r.items.load();
      return r;
    });
export const confirmRequest = step<{ on?: string | null }>('confirm');
export const refuseRequestRegistration = step<{ reason: string }>('refuseRegistration');
export const askRequestCorrection = step<{ text: string; dueOn: string; on?: string | null }>('askCorrection');
export const receiveRequestCorrection = step<{ on?: string | null }>('receiveCorrection');
export const endUncorrectedRequest = step<{ on?: string | null }>('endUncorrected');
export const consultRequestThirdParty = step<{ thirdParty: string; on?: string | null }>('consultThirdParty');
export const resumeRequestFromThirdParty = step<{ on?: string | null }>('resumeFromThirdParty');
export const requestRequestExtension = step<{ days: number; reason: string; on?: string | null }>('requestExtension');
export const approveRequestExtension = step<Record<string, never>>('approveExtension');
export const rejectRequestExtension = step<{ reason: string }>('rejectExtension');
export const replyRequest = step<ReplyInput>('reply');
export const deliverRequest = step<{ method: DeliveryMethod; on?: string | null }>('deliver');

/** Days before its last day that a request's handlers are reminded. */
export const REMIND_DAYS_BEFORE = 3;

/**
 * Reminders on the one clock: the handlers are told when a request's last day is near (once for each
 * last day) and when it has passed unanswered (once). Each request is claimed by a conditional update,
 * so two processes remind once.
 */
export async function remindRequestDeadlines(em: EntityManager, config: AppConfig): Promise<number> {
  const ctx = await contextAs(em, config, null);
  return transaction(ctx, async (tx) => {
    const day = today();
    const soon = new Date(`${day}T00:00:00Z`);
    soon.setUTCDate(soon.getUTCDate() + REMIND_DAYS_BEFORE);
    const rows = await tx.em.execute<{ id: string; request_number: string; due_on: string; late: boolean }[]>(
      `with near as (
         update disclosure_request set reminded_for_due_on = due_on
          where state = 'IN_PROGRESS' and due_on >= ? and due_on <= ? and reminded_for_due_on is distinct from due_on
          returning id, request_number, due_on::text as due_on, false as late),
       late as (
         update disclosure_request set overdue_reported_on = ?
          where state = 'IN_PROGRESS' and due_on < ? and overdue_reported_on is null
          returning id, request_number, due_on::text as due_on, true as late)
       select * from near union all select * from late`,
      [day, soon.toISOString().slice(0, 10), day, day],
    );
    // the handlers of each body, looked up once per body
    const handlers = new Map<string, Awaited<ReturnType<typeof handlersOf>>['handler']>();
    const requests = rows.length ? await tx.em.find(DisclosureRequest, { id: { $in: rows.map((r) => r.id) } }, { populate: ['unit'] }) : [];
    for (const row of rows) {
      const r = requests.find((x) => x.id === row.id)!;
      if (!handlers.has(r.unitId)) handlers.set(r.unitId, (await handlersOf(tx, r)).handler);
      const handler = handlers.get(r.unitId)!;
      await notify(tx, {
        role: handler.assigneeRole!,
        unitId: handler.assigneeUnitId ?? undefined,
        title: row.late ? `政府信息公开申请已超期未答复：${row.request_number}` : `政府信息公开申请即将到期：${row.request_number}`,
        body: row.late ? `答复期限为${row.due_on}，已超期。` : `答复期限为${row.due_on}，请按期答复；确需延长的，请在期限届满前报负责人同意。`,
        link: `/requests/${row.id}`,
      });
    }
    return rows.length;
  });
}

/**
 * Whose figures a user reads: a unit they may read the requests of (when named), else their whole
 * level when they follow it (the Disclosure Office, leaders), else their own unit.
 */
async function figureScope(ctx: Ctx, unitId: string | null): Promise<{ unitId: string } | { governmentId: string }> {
  const actor = requireUser(ctx);
  const may = (s: { unitId: string; governmentId: string }) => ctx.ability.can('read', tagSubject('DisclosureRequest', s) as never);
  if (unitId) {
    const unit = await ctx.em.findOne(Unit, unitId);
    if (!unit) throw notFound('单位');
    if (!may({ unitId, governmentId: unit.government.id })) throw forbidden('只能查看本单位或本级的申请情况');
    return { unitId };
  }
  if (may({ unitId: '', governmentId: actor.governmentId })) return { governmentId: actor.governmentId };
  if (may({ unitId: actor.unitId, governmentId: actor.governmentId })) return { unitId: actor.unitId };
  throw forbidden('只能查看本单位或本级的申请情况');
}
const yearRange = (year: number) => {
  if (!Number.isInteger(year) || year < 2008 || year > 2200) throw new AppError(E.YEAR_INVALID, '年度无效', { field: 'year' });
  return { from: `${year}-01-01`, to: `${year}-12-31` };
};

/** Information asked for often in a year (a unit's, or the user's level): proposed for conversion to proactive disclosure. */
export async function frequentlyRequested(ctx: Ctx, year: number, unitId: string | null) {
  const range = yearRange(year);
  return frequentlyRequestedItems(ctx, { ...(await figureScope(ctx, unitId)), ...range });
}

/** Table 三 of a year for a unit or the user's level. */
export async function requestTable(ctx: Ctx, year: number, unitId: string | null) {
  yearRange(year);
  return requestOutcomeTable(ctx, { scope: await figureScope(ctx, unitId), year });
}
