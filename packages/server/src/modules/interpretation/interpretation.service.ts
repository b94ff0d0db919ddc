import {
  DOCUMENT_EDITABLE_STATES,
  DOCUMENT_PUBLIC_ATTRIBUTES,
  DOCUMENT_PUBLISHED_STATES,
  INTERPRETATION_PUBLISHED_STATES,
  asSubject,
  shanghaiEndOfDay,
  type InterpretationForm,
} from '@gongkai/shared';
import { LockMode } from '@mikro-orm/core';
import type { Ctx } from '../../common/context.js';
import { AppError, CommonError, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { applyDeadline, applyTransition, isPublished } from '../../common/workflow/workflow.js';
import { now, today } from '../../common/clock.js';
import { escapeLike, pageWindow } from '../../common/paging.js';
import { matchingIds } from '../../common/search/search.service.js';
import { openTodo } from '../../common/todo/todo.service.js';
import { PolicyDocument } from '../documents/documents.entities.js';
import { documentIssued, documentReadiness, publicDocumentParts } from '../documents/documents.hooks.js';
import { functionUnitOf } from '../documents/documents.workflow.js';
import { getDocument } from '../documents/documents.service.js';
import { Interpretation } from './interpretation.entities.js';
import { InterpretationError as E } from './interpretation.errors.js';
import { TODO_PUBLISH, interpretationWorkflow, materialsMissing, planMissing } from './interpretation.workflow.js';
import { PER_DOCUMENT, PUBLIC_DOCUMENT_INTERPRETATIONS } from './interpretation.public-sql.js';

export interface InterpretationData {
  title?: string | null;
  scope?: string | null;
  forms?: InterpretationForm[] | null;
  schedule?: string | null;
  spokesperson?: string | null;
  content?: string | null;
  qa?: string | null;
  links?: string[] | null;
}

const PUBLISHED_STATES = [...INTERPRETATION_PUBLISHED_STATES];
/** A public document's interpretations are read with it on the portal. */
publicDocumentParts.register(PUBLIC_DOCUMENT_INTERPRETATIONS);

const stageOne = (ctx: Ctx, documentId: string) => ctx.em.findOne(Interpretation, { document: documentId, stage: 1 });

/** A document close to the public's interest leaves its unit only with its interpretation plan and materials. */
documentReadiness.register(async (ctx, d) => {
  if (!d.closeToPublic && !d.interpretationNeeded) return null;
  const i = await stageOne(ctx, d.id);
  return planMissing(i) ?? materialsMissing(i);
});

/**
 * On issue: the deadline (issue date + the working days in force that day) is stored; materials
 * that are ready are published with a proactive document, otherwise the owner and the Disclosure
 * Office get a to-do due on the deadline.
 */
documentIssued.register(async (ctx, d) => {
  const needed = d.interpretationNeeded ?? d.closeToPublic;
  if (!needed || !d.issueDate) return null;
  let i = await stageOne(ctx, d.id);
  if (!i) {
    i = ctx.em.create(Interpretation, {
      document: d,
      stage: 1,
      ownerUnit: d.leadUnit.id,
      government: d.government.id,
      title: `《${d.title}》解读`,
    } as never) as Interpretation;
    ctx.em.persist(i);
  }
  const deadline = (await applyDeadline(ctx, interpretationWorkflow.deadlines!.publish, i))!;
  const ready = !planMissing(i) && !materialsMissing(i);
  if (ready && d.disclosureAttribute === 'PROACTIVE') {
    // published with the document, on its issue date
    i.state = 'PUBLISHED';
    i.publishedAt = d.issueDate < today() ? new Date(`${d.issueDate}T09:00:00+08:00`) : now();
  } else if (d.disclosureAttribute === 'PROACTIVE') {
    await ctx.em.flush();
    const due = shanghaiEndOfDay(deadline);
    const link = `/interpretations/${i.id}`;
    openTodo(ctx, {
      kind: TODO_PUBLISH,
      title: `发布政策解读：${d.title}`,
      link,
      dueAt: due,
      assigneeRole: 'DEPARTMENT_STAFF',
      assigneeUnitId: d.leadUnit.id,
      subjectType: 'Interpretation',
      subjectId: i.id,
    });
    openTodo(ctx, {
      kind: TODO_PUBLISH,
      title: `督办政策解读：${d.title}`,
      link,
      dueAt: due,
      assigneeRole: 'DISCLOSURE_OFFICE',
      assigneeUnitId: await functionUnitOf(ctx, d, 'DISCLOSURE_OFFICE'),
      subjectType: 'Interpretation',
      subjectId: i.id,
    });
  }
  audit(ctx, {
    action: 'Interpretation.deadlineSet',
    subjectType: 'Interpretation',
    subjectId: i.id,
    after: { documentId: d.id, deadline, state: i.state },
  });
  return null;
});

function clean(data: InterpretationData, fallbackTitle: string) {
  const links = [...new Set((data.links ?? []).map((l) => l.trim()).filter(Boolean))];
  for (const l of links) {
    if (!/^https?:\/\/[^\s]+$/i.test(l) || l.length > 500)
      throw new AppError(E.INTERPRETATION_LINK_INVALID, `链接格式不正确：${l.slice(0, 60)}`, { field: 'links' });
  }
  const title = data.title?.trim() || fallbackTitle;
  if (title.length > 200) throw new AppError(E.INTERPRETATION_TITLE_REQUIRED, '解读标题不超过200字', { field: 'title' });
  return {
    title,
    scope: data.scope?.trim() || null,
    forms: [...new Set(data.forms ?? [])],
    schedule: data.schedule?.trim() || null,
    spokesperson: data.spokesperson?.trim() || null,
    content: data.content?.trim() || null,
    qa: data.qa?.trim() || null,
    links,
  };
}

/**
 * Save the plan and materials of a stage. Stage 1 is written while the document is drafted (and,
 * if it was not ready, after issue until published); later stages follow public concern after issue.
 */
export async function saveInterpretation(ctx: Ctx, documentId: string, stage: number, version: number | null, data: InterpretationData) {
  requireUser(ctx);
  return transaction(ctx, async (tx) => {
    // the document is locked first, so that two first saves of a stage do not both create it
    await tx.em.findOne(PolicyDocument, documentId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const d = await getDocument(tx, documentId);
    let i = await tx.em.findOne(Interpretation, { document: documentId, stage });
    // stage 1 while the document is drafted (or after issue until published); later stages after issue
    const issued = DOCUMENT_PUBLISHED_STATES.includes(d.state);
    const editable = stage === 1 ? DOCUMENT_EDITABLE_STATES.includes(d.state) || issued : issued;
    const published = !!i && isPublished(interpretationWorkflow, i);
    if (!editable || published) {
      throw new AppError(E.INTERPRETATION_LOCKED, published ? '已发布的解读不能修改，请新增一期解读' : '文件审签流转期间不能修改解读方案和材料');
    }
    if (stage > 1 && !(await tx.em.count(Interpretation, { document: documentId, stage: stage - 1 }))) {
      throw new AppError(E.INTERPRETATION_LOCKED, '请按顺序新增解读');
    }
    const fields = clean(data, stage === 1 ? `《${d.title}》解读` : `《${d.title}》解读（${stage}）`);
    const before = i ? interpretationWorkflow.snapshot(i) : null;
    if (i) {
      // an existing interpretation is rewritten only by someone who read it (and names its version)
      if (version === null) throw new AppError(CommonError.VERSION_CONFLICT, '该期解读已由他人填写，请刷新后重试');
      if (i.version !== version) throw versionConflict();
      Object.assign(i, fields);
    } else {
      i = tx.em.create(Interpretation, {
        ...fields,
        document: d,
        stage,
        ownerUnit: d.leadUnit.id,
        government: d.government.id,
      } as never) as Interpretation;
      tx.em.persist(i);
    }
    assertCan(tx, 'update', 'Interpretation', i);
    await tx.em.flush();
    audit(tx, {
      action: before ? 'Interpretation.update' : 'Interpretation.create',
      subjectType: 'Interpretation',
      subjectId: i.id,
      before,
      after: { ...interpretationWorkflow.snapshot(i), documentId },
    });
    return i;
  });
}

export async function getInterpretation(ctx: Ctx, id: string) {
  const i = await ctx.em.findOne(Interpretation, id);
  if (!i) throw notFound('政策解读');
  assertCan(ctx, 'read', 'Interpretation', i);
  return i;
}

/** The interpretation whose files are asked for: anyone's once published (its images are public, like it), otherwise as the user may read it. */
export async function interpretationForFiles(ctx: Ctx, id: string) {
  return (await ctx.em.findOne(Interpretation, { id, ...PUBLIC } as never)) ?? getInterpretation(ctx, id);
}

export const publishInterpretation = (ctx: Ctx, id: string, version: number) =>
  applyTransition(ctx, interpretationWorkflow, 'publish', id, version, {});

export interface InterpretationFilterData {
  overdueOnly?: boolean | null;
  documentId?: string | null;
  published?: boolean | null;
  /** Words of the title, content or questions and answers (the search index), or a part of the title as typed. */
  search?: string | null;
}

/** Interpretations the user may see; the oversight view filters those past their deadline. */
export async function listInterpretations(ctx: Ctx, filter: InterpretationFilterData, page: number, pageSize: number) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'Interpretation', Interpretation);
  if (!visible) return { items: [], total: 0 };
  const where: Record<string, unknown>[] = [visible as Record<string, unknown>];
  if (filter.documentId) where.push({ document: filter.documentId });
  if (filter.published !== null && filter.published !== undefined) where.push({ state: { [filter.published ? '$in' : '$nin']: PUBLISHED_STATES } });
  // the SQL form of the workflow's "overdue": not published, and the deadline's day is over
  if (filter.overdueOnly) where.push({ state: { $nin: PUBLISHED_STATES }, deadline: { $lt: today() } });
  const text = filter.search?.trim();
  if (text) where.push({ $or: [matchingIds('interpretation.staff', text), { title: { $ilike: `%${escapeLike(text)}%` } }] });
  const [items, total] = await ctx.em.findAndCount(Interpretation, { $and: where } as never, {
    orderBy: [{ deadline: 'asc nulls last' }, { createdAt: 'desc' }],
    ...pageWindow(page, pageSize),
  });
  return { items, total };
}

export async function interpretationsOfDocument(ctx: Ctx, document: PolicyDocument) {
  const all = await ctx.em.find(Interpretation, { document: document.id }, { orderBy: { stage: 'asc' } });
  return all.filter((i) =>
    ctx.ability.can(
      'read',
      asSubject('Interpretation', {
        ownerUnitId: i.ownerUnit.id,
        governmentId: i.government.id,
        state: i.state,
        documentState: document.state,
        documentReachedDisclosureReview: document.reachedDisclosureReview,
      }),
    ),
  );
}

// ——— the portal: 政策解读 ———
/** Published, and of a document the public may see: an interpretation never shows a document that is not public. */
export const PUBLIC = {
  state: { $in: PUBLISHED_STATES },
  document: { state: { $in: [...DOCUMENT_PUBLISHED_STATES] }, classified: false, disclosureAttribute: { $in: [...DOCUMENT_PUBLIC_ATTRIBUTES] } },
};

/** 政策解读's list: newest first, of one document, or those with the words of `search` (the site's search index). */
export async function publicInterpretations(ctx: Ctx, page: number, pageSize: number, documentId?: string | null, search?: string | null) {
  const where: Record<string, unknown>[] = [PUBLIC];
  if (documentId) where.push({ document: documentId });
  if (search?.trim()) where.push(matchingIds('interpretation', search));
  return ctx.em
    .findAndCount(Interpretation, { $and: where } as never, {
      orderBy: { publishedAt: 'desc' },
      // the document is read in the same statement (the portal shows it with each interpretation)
      populate: ['document'],
      ...pageWindow(page, pageSize),
    })
    .then(([items, total]) => ({ items, total }));
}

/** The published interpretations of several documents in one statement, newest first, at most `perDocument` each. */
export async function publicInterpretationsOfDocuments(ctx: Ctx, documentIds: string[], perDocument = PER_DOCUMENT) {
  const items = await ctx.em.find(Interpretation, { $and: [PUBLIC, { document: { $in: documentIds } }] } as never, {
    // the order of PUBLIC_DOCUMENT_INTERPRETATIONS
    orderBy: [{ publishedAt: 'desc' }, { stage: 'desc' }],
  });
  const byDocument = new Map<string, Interpretation[]>(documentIds.map((id) => [id, []]));
  for (const i of items) {
    const list = byDocument.get(i.document.id);
    if (list && list.length < perDocument) list.push(i);
  }
  return byDocument;
}

export async function publicInterpretation(ctx: Ctx, id: string) {
  const i = await ctx.em.findOne(Interpretation, { $and: [PUBLIC, { id }] } as never);
  if (!i) throw notFound('政策解读');
  return i;
}
