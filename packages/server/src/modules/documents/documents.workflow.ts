// System 2 (政策性文件公开属性源头认定) as data. The notice, section 二:
// "在拟制过程中认定公开属性 … 送审不予公开的文件初稿，须经起草单位政务公开工作机构审定 …
//  对起草部门提交的代拟稿无公开属性意见的，或未说明不公开理由的，不予移送市政府办公室文电科处理。"
import { DOCUMENT_PUBLISHED_STATES, DOCUMENT_STEP_FROM, GOVERNMENT_LEVEL_KINDS, type DocumentState, type InterpretationForm } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError } from '../../common/errors.js';
import { functionUnitId } from '../../common/organisation/function-units.js';
import type { Guard, Workflow } from '../../common/workflow/workflow.js';
import type { TodoSpec } from '../../common/todo/todo.service.js';
import { PolicyDocument } from './documents.entities.js';
import { DocumentError as E } from './documents.errors.js';
import { documentIssued, documentReadiness } from './documents.hooks.js';
import { now } from '../../common/clock.js';
import { valueOn } from '../../common/parameters/parameters.service.js';

type G<I = unknown> = Guard<PolicyDocument, I>;

/** The attribute is set while drafting: 主动公开, 依申请公开 or 不予公开. */
const attributeSet: G = (d) =>
  d.disclosureAttribute
    ? null
    : { code: E.ATTRIBUTE_REQUIRED, message: '请认定公开属性（主动公开、依申请公开或不予公开）', field: 'disclosureAttribute' };

/** Not proactive: the reason and the legal basis are stated ("未说明不公开理由的，不予移送"). */
const reasonWhenNotProactive: G = (d) => {
  if (!d.disclosureAttribute || d.disclosureAttribute === 'PROACTIVE') return null;
  if (!d.attributeReason) return { code: E.ATTRIBUTE_REASON_REQUIRED, message: '非主动公开的文件须说明不公开的理由', field: 'attributeReason' };
  if (!d.attributeBasis?.trim()) return { code: E.ATTRIBUTE_BASIS_REQUIRED, message: '非主动公开的文件须写明法律依据', field: 'attributeBasis' };
  return null;
};

/** "送审不予公开的文件初稿，须经起草单位政务公开工作机构审定" */
const officerApproved: G = (d) =>
  d.disclosureAttribute === 'NOT_DISCLOSED' && !d.officerApprovedAt
    ? { code: E.OFFICER_APPROVAL_REQUIRED, message: '不予公开的文件须经本单位政务公开工作机构审定' }
    : null;

/** Separation of duties: whoever drafted a document does not sign it off (a policy parameter, on by default). */
const signerNotDrafter: G = async (d, _i, ctx) =>
  d.createdById === ctx.actor?.userId && (await valueOn<boolean>(ctx, 'documents.signerNotDrafter'))
    ? { code: E.SIGNER_IS_DRAFTER, message: '起草人不能审签本人起草的文件，须由单位其他负责人审签' }
    : null;

const headSigned: G = (d) => (d.headSignedAt ? null : { code: E.HEAD_SIGNOFF_REQUIRED, message: '文件须经起草单位负责人审签' });

/** The interpretation plan and materials, where needed (system 5, checked by that module). */
const othersReady: G = (d, _i, ctx) => documentReadiness.run(ctx, d);

const ATTRIBUTE_RULES: G[] = [attributeSet, reasonWhenNotProactive];

export interface ReviewInput {
  interpretationNeeded: boolean | null;
  interpretationScope?: string | null;
  interpretationForms?: InterpretationForm[];
}
export interface ReturnInput {
  reason: string;
}
export interface IssueInput {
  issueDate: string;
  /** Filled by the service before the transition: the number it reserved. */
  number?: { text: string; issuerId: string; year: number; seq: number; authority: string };
}

const isGovernmentLevel = (d: PolicyDocument) => GOVERNMENT_LEVEL_KINDS.includes(d.kind);
const link = (d: PolicyDocument) => `/documents/${d.id}`;
const unitTodo = (d: PolicyDocument, kind: string, title: string, role: TodoSpec['assigneeRole'], unitId: string): TodoSpec => ({
  kind,
  title: `${title}：${d.title}`,
  link: link(d),
  assigneeRole: role,
  assigneeUnitId: unitId,
});

/** The function unit of the document's level (政务公开办公室, 文电科). */
export const functionUnitOf = (ctx: Ctx, d: PolicyDocument, fn: 'DISCLOSURE_OFFICE' | 'DOCUMENT_SECTION') => functionUnitId(ctx, d.government.id, fn);

export const documentWorkflow: Workflow<PolicyDocument, DocumentState> = {
  subject: 'PolicyDocument',
  entity: PolicyDocument,
  noun: '文件',
  state: (d) => d.state,
  setState: (d, s) => (d.state = s),
  snapshot: (d) => ({
    state: d.state,
    kind: d.kind,
    title: d.title,
    addressees: d.addressees,
    body: d.body,
    coUnitIds: d.coUnitIds,
    draftedOnBehalf: d.draftedOnBehalf,
    closeToPublic: d.closeToPublic,
    wideScope: d.wideScope,
    highAttention: d.highAttention,
    specialised: d.specialised,
    disclosureAttribute: d.disclosureAttribute,
    attributeReason: d.attributeReason,
    attributeBasis: d.attributeBasis,
    documentNumber: d.documentNumber,
    issueDate: d.issueDate,
    returnReason: d.returnReason,
    interpretationNeeded: d.interpretationNeeded,
    interpretationForms: d.interpretationForms,
  }),
  // "published": issued (the portal further needs it unclassified and public: isDocumentPublished)
  publishedStates: DOCUMENT_PUBLISHED_STATES,
  transitions: {
    // the drafter sends the draft on: to the unit's disclosure officer first when it is not to be disclosed
    submit: {
      action: 'submit',
      from: DOCUMENT_STEP_FROM.submit,
      to: (d) => (d.disclosureAttribute === 'NOT_DISCLOSED' ? 'OFFICER_REVIEW' : 'HEAD_SIGNOFF'),
      label: '提交',
      guards: [...ATTRIBUTE_RULES, othersReady],
      apply: (d) => {
        d.officerApprovedAt = null;
        d.officerApprovedBy = null;
        d.headSignedAt = null;
        d.headSignedBy = null;
        d.returnReason = null;
      },
      closeTodos: ['document.revise'],
      openTodos: (d) => [
        d.state === 'OFFICER_REVIEW'
          ? unitTodo(d, 'document.officerReview', '审定不予公开属性', 'DISCLOSURE_OFFICER', d.leadUnit.id)
          : unitTodo(d, 'document.signOff', '审签文件', 'DEPARTMENT_HEAD', d.leadUnit.id),
      ],
    },
    approveAttribute: {
      action: 'approveAttribute',
      from: DOCUMENT_STEP_FROM.approveAttribute,
      to: 'HEAD_SIGNOFF',
      label: '审定',
      guards: [...ATTRIBUTE_RULES],
      apply: (d, _i, ctx) => {
        d.officerApprovedAt = now();
        d.officerApprovedBy = ctx.actor!.name;
      },
      closeTodos: ['document.officerReview'],
      openTodos: (d) => [unitTodo(d, 'document.signOff', '审签文件', 'DEPARTMENT_HEAD', d.leadUnit.id)],
    },
    // 审签: the head signs off the document with its interpretation plan and materials
    signOff: {
      action: 'signOff',
      from: DOCUMENT_STEP_FROM.signOff,
      to: (d) => (isGovernmentLevel(d) ? 'DISCLOSURE_REVIEW' : 'READY_TO_ISSUE'),
      label: '审签',
      guards: [signerNotDrafter, ...ATTRIBUTE_RULES, officerApproved, othersReady],
      apply: (d, _i, ctx) => {
        d.headSignedAt = now();
        d.headSignedBy = ctx.actor!.name;
        if (isGovernmentLevel(d)) d.reachedDisclosureReview = true;
      },
      closeTodos: ['document.signOff'],
      openTodos: async (d, ctx) => [
        isGovernmentLevel(d)
          ? unitTodo(d, 'document.disclosureReview', '审查公开属性', 'DISCLOSURE_OFFICE', await functionUnitOf(ctx, d, 'DISCLOSURE_OFFICE'))
          : unitTodo(d, 'document.departmentIssue', '编号印发', 'DEPARTMENT_STAFF', d.leadUnit.id),
      ],
    },
    // the Disclosure Office reviews the attribute and the interpretation, and forwards to the Document Section
    approve: {
      action: 'approve',
      from: DOCUMENT_STEP_FROM.approve,
      to: 'FORWARDED',
      label: '审查通过并移送文电科',
      guards: [
        ...ATTRIBUTE_RULES,
        officerApproved,
        headSigned,
        othersReady,
        (_d, i: ReviewInput) => {
          if (i.interpretationNeeded === null || i.interpretationNeeded === undefined) {
            return { code: E.INTERPRETATION_DECISION_REQUIRED, message: '请确定是否需要解读', field: 'interpretationNeeded' };
          }
          if (i.interpretationNeeded && !i.interpretationForms?.length) {
            return { code: E.INTERPRETATION_DECISION_REQUIRED, message: '需要解读的，请明确解读形式', field: 'interpretationForms' };
          }
          return null;
        },
      ],
      apply: (d, i: ReviewInput, ctx) => {
        d.reviewedAt = now();
        d.reviewedBy = ctx.actor!.name;
        d.interpretationNeeded = i.interpretationNeeded;
        d.interpretationScope = i.interpretationNeeded ? i.interpretationScope?.trim() || null : null;
        d.interpretationForms = i.interpretationNeeded ? [...new Set(i.interpretationForms ?? [])] : [];
      },
      closeTodos: ['document.disclosureReview'],
      openTodos: async (d, ctx) => [unitTodo(d, 'document.issue', '编号印发', 'DOCUMENT_SECTION', await functionUnitOf(ctx, d, 'DOCUMENT_SECTION'))],
    },
    // 退文: back to the drafter with the reason; approvals given so far lapse
    return: {
      action: 'return',
      from: DOCUMENT_STEP_FROM.return,
      to: 'RETURNED',
      label: '退回',
      guards: [(_d, i: ReturnInput) => (i.reason?.trim() ? null : { code: E.RETURN_REASON_REQUIRED, message: '退文须说明理由', field: 'reason' })],
      apply: (d, i: ReturnInput) => {
        d.returnReason = i.reason.trim().slice(0, 2000);
        d.officerApprovedAt = null;
        d.officerApprovedBy = null;
        d.headSignedAt = null;
        d.headSignedBy = null;
      },
      closeTodos: 'all',
      openTodos: (d) => [unitTodo(d, 'document.revise', '文件被退回，请修改', 'DEPARTMENT_STAFF', d.leadUnit.id)],
      notify: (d) => [{ userIds: [d.createdById], title: `文件被退回：${d.title}`, body: d.returnReason ?? undefined, link: link(d) }],
    },
    // 印发: numbered and issued (by the Document Section, or by the department for its own documents)
    issue: {
      action: 'issue',
      from: DOCUMENT_STEP_FROM.issue,
      to: 'ISSUED',
      label: '印发',
      guards: [...ATTRIBUTE_RULES, officerApproved, headSigned],
      apply: async (d, i: IssueInput, ctx) => {
        const n = i.number!;
        Object.assign(d, {
          documentNumber: n.text,
          numberIssuerId: n.issuerId,
          numberYear: n.year,
          numberSeq: n.seq,
          issuingAuthority: n.authority,
          issueDate: i.issueDate,
        });
        await ctx.em.flush();
        const refusal = await documentIssued.run(ctx, d);
        if (refusal) throw new AppError(refusal.code, refusal.message, refusal.field ? { field: refusal.field } : {});
      },
      closeTodos: 'all',
      notify: (d) => [{ userIds: [d.createdById], title: `文件已印发：${d.documentNumber} ${d.title}`, link: link(d) }],
    },
  },
};
