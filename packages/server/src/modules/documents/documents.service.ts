import { matchingIds } from '../../common/search/search.service.js';
import {
  DOCUMENT_PUBLIC_ATTRIBUTES,
  DOCUMENT_PUBLISHED_STATES,
  GOVERNMENT_LEVEL_KINDS,
  isValidLocalDate,
  type DisclosureAttribute,
  type DocumentKind,
  type DocumentState,
  type NonDisclosureReason,
  type UnitKind,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError, badInput, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { AuditRecord } from '../../common/audit/audit.entities.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { escapeLike, findPage, pageWindow } from '../../common/paging.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { PolicyDocument } from './documents.entities.js';
import { DocumentError as E } from './documents.errors.js';
import { readPublicDocument } from './documents.public-sql.js';
import { documentWorkflow, type IssueInput, type ReturnInput, type ReviewInput } from './documents.workflow.js';
import { today } from '../../common/clock.js';

export interface DocumentData {
  kind: DocumentKind;
  title: string;
  body?: string | null;
  addressees?: string | null;
  coUnitIds?: string[] | null;
  draftedOnBehalf?: boolean | null;
  closeToPublic?: boolean | null;
  wideScope?: boolean | null;
  highAttention?: boolean | null;
  specialised?: boolean | null;
  disclosureAttribute?: DisclosureAttribute | null;
  attributeReason?: NonDisclosureReason | null;
  attributeBasis?: string | null;
}

/** Who may draft a joint document with a unit: the units of its own government that issue documents. */
const CO_DRAFTING_KINDS: readonly UnitKind[] = ['DEPARTMENT', 'AFFILIATED', 'PARK'];

async function clean(ctx: Ctx, leadUnit: Unit, data: DocumentData) {
  const title = data.title.trim();
  if (!title || title.length > 200) throw new AppError(E.TITLE_REQUIRED, '请填写文件标题（不超过200字）', { field: 'title' });
  if (data.kind === 'DEPARTMENT' && leadUnit.kind === 'GOVERNMENT') {
    throw new AppError(E.KIND_NOT_ALLOWED, '人民政府印发的文件请选择“以政府名义印发”或“政府规章”', { field: 'kind' });
  }
  const coUnitIds = [...new Set(data.coUnitIds ?? [])].filter((id) => id !== leadUnit.id);
  if (coUnitIds.length) {
    const found = await ctx.em.find(Unit, { id: { $in: coUnitIds }, active: true });
    if (found.length !== coUnitIds.length) throw new AppError(E.CO_UNIT_INVALID, '联合发文单位不存在或已撤销', { field: 'coUnitIds' });
    // co-drafters are units of the same government: its departments, affiliated units and parks
    const outside = found.filter((u) => u.government.id !== leadUnit.government.id || !CO_DRAFTING_KINDS.includes(u.kind));
    if (outside.length) {
      throw new AppError(
        E.CO_UNIT_NOT_ALLOWED,
        `${outside.map((u) => u.name).join('、')}不能作为联合发文单位：须为本级政府的部门、直属单位或园区管委会`,
        {
          field: 'coUnitIds',
        },
      );
    }
  }
  const attribute = data.disclosureAttribute ?? null;
  return {
    kind: data.kind,
    title,
    body: data.body?.trim() || null,
    addressees: data.addressees?.trim() || null,
    coUnitIds,
    draftedOnBehalf: GOVERNMENT_LEVEL_KINDS.includes(data.kind) && leadUnit.kind !== 'GOVERNMENT' ? true : !!data.draftedOnBehalf,
    closeToPublic: !!data.closeToPublic,
    wideScope: !!data.wideScope,
    highAttention: !!data.highAttention,
    specialised: !!data.specialised,
    disclosureAttribute: attribute,
    // a proactive document needs no reason; one left over from an earlier choice is dropped
    attributeReason: attribute && attribute !== 'PROACTIVE' ? (data.attributeReason ?? null) : null,
    attributeBasis: attribute && attribute !== 'PROACTIVE' ? data.attributeBasis?.trim() || null : null,
  };
}

export async function createDocument(ctx: Ctx, data: DocumentData) {
  const actor = requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const leadUnit = await tx.em.findOneOrFail(Unit, actor.unitId);
    const fields = await clean(tx, leadUnit, data);
    const d = tx.em.create(PolicyDocument, {
      ...fields,
      leadUnit,
      government: leadUnit.government.id,
      createdById: actor.userId,
      createdByName: actor.name,
    } as never) as PolicyDocument;
    assertCan(tx, 'create', 'PolicyDocument', d);
    tx.em.persist(d);
    await tx.em.flush();
    audit(tx, { action: 'PolicyDocument.create', subjectType: 'PolicyDocument', subjectId: d.id, after: documentWorkflow.snapshot(d) });
    return d;
  });
}

export async function getDocument(ctx: Ctx, id: string) {
  const d = await ctx.em.findOne(PolicyDocument, id);
  if (!d) throw notFound('文件');
  assertCan(ctx, 'read', 'PolicyDocument', d);
  return d;
}

export async function updateDocument(ctx: Ctx, id: string, version: number, data: DocumentData) {
  return transaction(ctx, async (tx) => {
    const d = await getDocument(tx, id);
    assertCan(tx, 'update', 'PolicyDocument', d);
    if (d.version !== version) throw versionConflict();
    if (d.classified && data.body?.trim()) {
      throw new AppError(E.CLASSIFIED_CONTENT_REFUSED, '涉密文件只登记标题、文号和单位，不得录入正文', { field: 'body' });
    }
    const before = documentWorkflow.snapshot(d);
    Object.assign(d, await clean(tx, await tx.em.findOneOrFail(Unit, d.leadUnit.id), data));
    audit(tx, { action: 'PolicyDocument.update', subjectType: 'PolicyDocument', subjectId: d.id, before, after: documentWorkflow.snapshot(d) });
    return d;
  });
}

export interface ClassifiedData {
  kind: DocumentKind;
  title: string;
  documentNumber: string;
  issueDate: string;
  body?: string | null;
}

/**
 * A classified document is registered by title, number and unit only: its content never enters the
 * system. Its number is one of the issuer's own series, like a number given at issue: the issuer's
 * prefix, the year of its issue date, a sequence number not yet taken.
 */
export async function registerClassifiedDocument(ctx: Ctx, data: ClassifiedData) {
  const actor = requireUser(ctx);
  if (data.body?.trim()) throw new AppError(E.CLASSIFIED_CONTENT_REFUSED, '涉密文件只登记标题、文号和单位，不得录入正文', { field: 'body' });
  const title = data.title.trim();
  if (!title) throw new AppError(E.TITLE_REQUIRED, '请填写文件标题', { field: 'title' });
  const text = data.documentNumber.trim();
  if (!text) throw new AppError(E.DOCUMENT_NUMBER_REQUIRED, '请填写文号', { field: 'documentNumber' });
  if (!isValidLocalDate(data.issueDate) || data.issueDate > today()) {
    throw new AppError(E.ISSUE_DATE_INVALID, '印发日期不正确', { field: 'issueDate' });
  }
  return transaction(ctx, async (tx) => {
    const leadUnit = await tx.em.findOneOrFail(Unit, actor.unitId);
    const d = tx.em.create(PolicyDocument, {
      kind: data.kind,
      title,
      leadUnit,
      government: leadUnit.government.id,
      classified: true,
      state: 'ISSUED',
      disclosureAttribute: 'NOT_DISCLOSED',
      attributeReason: 'STATE_SECRET',
      attributeBasis: '《中华人民共和国保守国家秘密法》',
      issueDate: data.issueDate,
      createdById: actor.userId,
      createdByName: actor.name,
    } as never) as PolicyDocument;
    assertCan(tx, 'create', 'PolicyDocument', d);
    const issuer = await issuerOf(tx, d);
    // a unit registers what it issued itself, in its own series
    if (issuer.id !== leadUnit.id) {
      throw new AppError(E.KIND_NOT_ALLOWED, `${leadUnit.name}只能登记本单位印发的涉密文件，${issuer.name}的文件由其自行登记`, { field: 'kind' });
    }
    if (!issuer.documentPrefix) {
      throw new AppError(E.DOCUMENT_PREFIX_MISSING, `${issuer.name}尚未设置发文字号前缀，请联系系统管理员`);
    }
    const year = Number(data.issueDate.slice(0, 4));
    const parsed = parseNumber(text, issuer.documentPrefix, year);
    if (!parsed) {
      throw new AppError(E.DOCUMENT_NUMBER_FORMAT, `文号应为“${issuer.documentPrefix}〔${year}〕序号号”，如${issuer.documentPrefix}〔${year}〕1号`, {
        field: 'documentNumber',
      });
    }
    const number = await reserveNumber(tx, issuer, year, parsed, 'documentNumber');
    Object.assign(d, {
      documentNumber: number.text,
      numberIssuerId: number.issuerId,
      numberYear: number.year,
      numberSeq: number.seq,
      issuingAuthority: number.authority,
    });
    tx.em.persist(d);
    await tx.em.flush();
    audit(tx, { action: 'PolicyDocument.registerClassified', subjectType: 'PolicyDocument', subjectId: d.id, after: documentWorkflow.snapshot(d) });
    return d;
  });
}

/** The sequence number of `text` when it is `prefix〔year〕seq号` (half- or full-width brackets), or null. */
function parseNumber(text: string, prefix: string, year: number): number | null {
  const compact = text
    .replace(/\s+/g, '')
    .replace(/[[(（【]/g, '〔')
    .replace(/[\])）】]/g, '〕');
  if (!compact.startsWith(prefix)) return null;
  const m = /^〔(\d{4})〕0*(\d{1,5})号$/.exec(compact.slice(prefix.length));
  if (!m || Number(m[1]) !== year) return null;
  const seq = Number(m[2]);
  return seq >= 1 && seq <= 99999 ? seq : null;
}

export interface DocumentFilterData {
  state?: DocumentState | null;
  kind?: DocumentKind | null;
  search?: string | null;
  year?: number | null;
}

/** The documents the user may read, last changed first; counted only when `counted` (the client asked for the total). */
export async function listDocuments(ctx: Ctx, filter: DocumentFilterData, page: number, pageSize: number, counted = true) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'PolicyDocument', PolicyDocument);
  if (!visible) return { items: [], total: 0 };
  const where: Record<string, unknown>[] = [visible as Record<string, unknown>];
  if (filter.state) where.push({ state: filter.state });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.year) {
    // the year becomes a range of dates: one of four digits, as a date has
    if (!Number.isInteger(filter.year) || filter.year < 1000 || filter.year > 9999) throw badInput('年份不正确', 'year');
    where.push({ $or: [{ numberYear: filter.year }, { issueDate: { $gte: `${filter.year}-01-01`, $lte: `${filter.year}-12-31` } }] });
  }
  if (filter.search?.trim()) {
    // the words of the title and the body (full-text, 'document.staff'), or a part of the number as typed
    const text = filter.search.trim();
    where.push({ $or: [matchingIds('document.staff', text), { documentNumber: { $ilike: `%${escapeLike(text)}%` } }] });
  }
  return findPage(ctx.em, PolicyDocument, { $and: where } as never, { orderBy: { updatedAt: 'desc' }, ...pageWindow(page, pageSize) }, counted);
}

/** A document's full history from the audit trail: its own records and its interpretations' (which name it). */
export async function documentHistory(ctx: Ctx, id: string) {
  await getDocument(ctx, id);
  return ctx.em.find(
    AuditRecord,
    {
      $or: [
        { subjectType: 'PolicyDocument', subjectId: id },
        { subjectType: 'Interpretation', afterData: { documentId: id } },
      ],
    } as never,
    { orderBy: { seqKey: 'asc' }, limit: 500 },
  );
}

export const submitDocument = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, documentWorkflow, 'submit', id, version, {});
export const approveDocumentAttribute = (ctx: Ctx, id: string, version: number) =>
  applyTransition(ctx, documentWorkflow, 'approveAttribute', id, version, {});
export const signOffDocument = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, documentWorkflow, 'signOff', id, version, {});
export const reviewDocument = (ctx: Ctx, id: string, version: number, input: ReviewInput) =>
  applyTransition(ctx, documentWorkflow, 'approve', id, version, input);
export const returnDocument = (ctx: Ctx, id: string, version: number, input: ReturnInput) =>
  applyTransition(ctx, documentWorkflow, 'return', id, version, input);

/** Which unit's number series a document takes, and the authority printed on it. */
async function issuerOf(ctx: Ctx, d: PolicyDocument): Promise<Unit> {
  if (d.kind === 'DEPARTMENT') return ctx.em.findOneOrFail(Unit, d.leadUnit.id);
  if (d.kind === 'GOVERNMENT_OFFICE') {
    const section = await ctx.em.findOne(Unit, { function: 'DOCUMENT_SECTION', government: d.government.id });
    if (section?.parent) return ctx.em.findOneOrFail(Unit, section.parent.id);
  }
  return ctx.em.findOneOrFail(Unit, d.government.id);
}

/**
 * A number of the issuer's series for the year: the next free one, or the one asked for if not taken.
 * One number series per issuing authority and year, handed out one at a time.
 */
async function reserveNumber(tx: Ctx, issuer: Unit, year: number, wanted: number | null, field: string): Promise<NonNullable<IssueInput['number']>> {
  await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`${issuer.id}:${year}`]);
  let seq = wanted;
  if (seq === null) {
    const [{ next }] = await tx.em.execute<{ next: number }[]>(
      'select coalesce(max(number_seq), 0) + 1 as next from policy_document where number_issuer_id = ? and number_year = ?',
      [issuer.id, year],
    );
    seq = Number(next);
  } else if (await tx.em.count(PolicyDocument, { numberIssuerId: issuer.id, numberYear: year, numberSeq: seq })) {
    throw new AppError(E.DOCUMENT_NUMBER_TAKEN, `文号${issuer.documentPrefix}〔${year}〕${seq}号已被使用`, { field });
  }
  return { text: `${issuer.documentPrefix}〔${year}〕${seq}号`, issuerId: issuer.id, year, seq, authority: issuer.name };
}

/** Number (unique per issuing authority and year) and issue. */
export async function issueDocument(ctx: Ctx, id: string, version: number, issueDateInput?: string | null, seqInput?: number | null) {
  const issueDate = issueDateInput ?? today();
  if (!isValidLocalDate(issueDate) || issueDate > today()) {
    throw new AppError(E.ISSUE_DATE_INVALID, '印发日期不能晚于今天', { field: 'issueDate' });
  }
  if (seqInput !== null && seqInput !== undefined && (!Number.isInteger(seqInput) || seqInput < 1 || seqInput > 99999)) {
    throw new AppError(E.DOCUMENT_SEQ_INVALID, '文号序号应为1至99999之间的整数', { field: 'seq' });
  }
  return transaction(ctx, async (tx) => {
    // read as it stands (not as an earlier request of this user left it), and checked as the workflow checks it,
    // before anything else: who may not issue this document is not told whether its issuer has a prefix or which
    // numbers the issuer has used (those of classified documents too)
    const d = await tx.em.findOne(PolicyDocument, id, { refresh: true });
    if (!d) throw notFound('文件');
    assertCan(tx, 'read', 'PolicyDocument', d);
    if (d.version !== version) throw versionConflict();
    assertCan(tx, 'issue', 'PolicyDocument', d);
    const issuer = await issuerOf(tx, d);
    if (!issuer.documentPrefix) {
      throw new AppError(E.DOCUMENT_PREFIX_MISSING, `${issuer.name}尚未设置发文字号前缀，请联系系统管理员`);
    }
    const year = Number(issueDate.slice(0, 4));
    const input: IssueInput = { issueDate, number: await reserveNumber(tx, issuer, year, seqInput ?? null, 'seq') };
    return applyTransition(tx, documentWorkflow, 'issue', id, version, input);
  });
}

// ——— the portal ———

export interface PublicFilterData {
  search?: string | null;
  documentNumber?: string | null;
  unitId?: string | null;
  year?: number | null;
}

/** The SQL form of "published" (isDocumentPublished in the shared states). */
export const PUBLIC = {
  state: { $in: [...DOCUMENT_PUBLISHED_STATES] },
  classified: false,
  disclosureAttribute: { $in: [...DOCUMENT_PUBLIC_ATTRIBUTES] },
};

/** 政府信息公开: issued documents, proactive ones in full and those on application by title only. */
export async function publicDocuments(ctx: Ctx, filter: PublicFilterData, page: number, pageSize: number, counted = true) {
  const where: Record<string, unknown>[] = [PUBLIC];
  if (filter.search?.trim()) {
    // the column's search: words of the title, the number and (proactive documents) the body
    where.push(matchingIds('document', filter.search.trim()));
  }
  if (filter.documentNumber?.trim()) where.push({ documentNumber: { $ilike: `%${escapeLike(filter.documentNumber.trim())}%` } });
  if (filter.unitId) where.push({ $or: [{ leadUnit: filter.unitId }, { numberIssuerId: filter.unitId }] });
  if (filter.year) where.push({ numberYear: filter.year });
  // the order of the partial index policy_document_public_order_index (and its predicate is PUBLIC's)
  return findPage(
    ctx.em,
    PolicyDocument,
    { $and: where } as never,
    { orderBy: { issueDate: 'desc', numberSeq: 'desc' }, ...pageWindow(page, pageSize) },
    counted,
  );
}

/** The portal's document, in one prepared statement with the parts of other modules the request asks for (by field name). */
export async function publicDocumentView(ctx: Ctx, id: string, asks: (field: string) => boolean) {
  const d = await readPublicDocument(ctx.em, id, asks);
  if (!d) throw notFound('文件');
  return d;
}

// ——— the yearly review (system 6) changes the attribute of an issued document ———

export type AttributeConversion = 'PROACTIVE' | 'ON_APPLICATION';

/**
 * The yearly review (定期审查) converts an issued document of the actor's own unit: to proactive
 * (转为主动公开: from then on it is published in full on the portal), or, a document not disclosed,
 * with its secret content removed to on application (剔除秘密内容转为依申请公开: its title is listed).
 * Called by the review module when the unit's head signs off its report, inside that transaction;
 * the change is audited with the review's reason.
 */
async function convertAttribute(ctx: Ctx, documentId: string, to: AttributeConversion, reason: string) {
  const actor = requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const d = await tx.em.findOne(PolicyDocument, documentId, { refresh: true });
    if (!d) throw notFound('文件');
    assertCan(tx, 'read', 'PolicyDocument', d);
    const refuse = (message: string) => new AppError(E.ATTRIBUTE_CONVERSION_NOT_ALLOWED, message, { field: 'documentId' });
    if (d.leadUnit.id !== actor.unitId) throw refuse('只能变更本单位牵头起草的文件的公开属性');
    if (!DOCUMENT_PUBLISHED_STATES.includes(d.state)) throw refuse('文件印发后才能经审查变更公开属性');
    if (d.classified) throw refuse('涉密文件须依法解密后方可公开，不能在审查中直接变更公开属性');
    if (to === 'PROACTIVE' && d.disclosureAttribute === 'PROACTIVE') throw refuse('该文件已主动公开');
    if (to === 'ON_APPLICATION' && d.disclosureAttribute !== 'NOT_DISCLOSED') throw refuse('只有不予公开的文件才能剔除秘密内容后转为依申请公开');
    const text = reason.trim();
    if (!text) throw new AppError(E.ATTRIBUTE_REASON_REQUIRED, '变更公开属性须说明理由', { field: 'reason' });
    const before = documentWorkflow.snapshot(d);
    d.disclosureAttribute = to;
    if (to === 'PROACTIVE') {
      d.attributeReason = null;
      d.attributeBasis = null;
    }
    await tx.em.flush();
    audit(tx, {
      action: to === 'PROACTIVE' ? 'PolicyDocument.convertToProactive' : 'PolicyDocument.convertToOnApplication',
      subjectType: 'PolicyDocument',
      subjectId: d.id,
      before,
      after: { ...documentWorkflow.snapshot(d), reason: text.slice(0, 2000) },
    });
    return d;
  });
}
export const convertToProactive = (ctx: Ctx, documentId: string, reason: string) => convertAttribute(ctx, documentId, 'PROACTIVE', reason);
export const convertToOnApplication = (ctx: Ctx, documentId: string, reason: string) => convertAttribute(ctx, documentId, 'ON_APPLICATION', reason);

/** What the yearly review lists of a unit's documents: issued, and not disclosed proactively. */
export interface ReviewableDocument {
  id: string;
  title: string;
  documentNumber: string | null;
  issueDate: string | null;
  disclosureAttribute: DisclosureAttribute;
  classified: boolean;
  leadUnitId: string;
}
export async function reviewableDocuments(ctx: Ctx, unitId: string, issuedUpTo: string): Promise<ReviewableDocument[]> {
  const rows = await ctx.em.find(
    PolicyDocument,
    {
      leadUnit: unitId,
      state: { $in: [...DOCUMENT_PUBLISHED_STATES] },
      disclosureAttribute: { $in: ['ON_APPLICATION', 'NOT_DISCLOSED'] },
      $or: [{ issueDate: null }, { issueDate: { $lte: issuedUpTo } }],
    } as never,
    { orderBy: [{ issueDate: 'asc' }, { id: 'asc' }] },
  );
  return rows.map((d) => ({
    id: d.id,
    title: d.title,
    documentNumber: d.documentNumber ?? null,
    issueDate: d.issueDate ?? null,
    disclosureAttribute: d.disclosureAttribute!,
    classified: d.classified,
    leadUnitId: d.leadUnit.id,
  }));
}
/** The same facts of documents named by id (the documents frequently requested), those that exist. */
export async function documentFacts(ctx: Ctx, ids: string[]): Promise<ReviewableDocument[]> {
  if (!ids.length) return [];
  const rows = await ctx.em.find(PolicyDocument, { id: { $in: ids } });
  return rows.map((d) => ({
    id: d.id,
    title: d.title,
    documentNumber: d.documentNumber ?? null,
    issueDate: d.issueDate ?? null,
    disclosureAttribute: d.disclosureAttribute!,
    classified: d.classified,
    leadUnitId: d.leadUnit.id,
  }));
}
