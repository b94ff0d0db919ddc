/** Policy documents (政策性文件) and their disclosure attribute fixed at source (system 2), and interpretation (system 5). */

export const DOCUMENT_KINDS = ['REGULATION', 'GOVERNMENT', 'GOVERNMENT_OFFICE', 'DEPARTMENT'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  REGULATION: '政府规章',
  GOVERNMENT: '以政府名义印发',
  GOVERNMENT_OFFICE: '以政府办公室名义印发',
  DEPARTMENT: '部门印发',
};
/** Kinds issued by the government level (reviewed by the Disclosure Office, numbered by the Document Section). */
export const GOVERNMENT_LEVEL_KINDS: readonly DocumentKind[] = ['REGULATION', 'GOVERNMENT', 'GOVERNMENT_OFFICE'];

export const DISCLOSURE_ATTRIBUTES = ['PROACTIVE', 'ON_APPLICATION', 'NOT_DISCLOSED'] as const;
export type DisclosureAttribute = (typeof DISCLOSURE_ATTRIBUTES)[number];
export const DISCLOSURE_ATTRIBUTE_LABELS: Record<DisclosureAttribute, string> = {
  PROACTIVE: '主动公开',
  ON_APPLICATION: '依申请公开',
  NOT_DISCLOSED: '不予公开',
};

/** Reasons for not disclosing proactively (政府信息公开条例 Art. 14–16; the reply types of Art. 36). */
export const NON_DISCLOSURE_REASONS = [
  'STATE_SECRET',
  'LEGAL_PROHIBITION',
  'SECURITY_STABILITY',
  'THIRD_PARTY_RIGHTS',
  'INTERNAL_AFFAIRS',
  'PROCESS_INFORMATION',
  'ENFORCEMENT_FILES',
  'ADMIN_QUERY',
  'SPECIFIC_APPLICANTS',
] as const;
export type NonDisclosureReason = (typeof NON_DISCLOSURE_REASONS)[number];
export const NON_DISCLOSURE_REASON_LABELS: Record<NonDisclosureReason, string> = {
  STATE_SECRET: '属于国家秘密',
  LEGAL_PROHIBITION: '法律、行政法规禁止公开',
  SECURITY_STABILITY: '危及“三安全一稳定”',
  THIRD_PARTY_RIGHTS: '涉及第三方合法权益（商业秘密、个人隐私）',
  INTERNAL_AFFAIRS: '属于内部事务信息',
  PROCESS_INFORMATION: '属于过程性信息',
  ENFORCEMENT_FILES: '属于行政执法案卷',
  ADMIN_QUERY: '属于行政查询事项',
  SPECIFIC_APPLICANTS: '仅涉及特定对象，宜依申请公开',
};

export const DOCUMENT_STATES = [
  'DRAFT',
  'OFFICER_REVIEW',
  'HEAD_SIGNOFF',
  'DISCLOSURE_REVIEW',
  'FORWARDED',
  'READY_TO_ISSUE',
  'RETURNED',
  'ISSUED',
] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];
export const DOCUMENT_STATE_LABELS: Record<DocumentState, string> = {
  DRAFT: '起草中',
  OFFICER_REVIEW: '待公开机构审定',
  HEAD_SIGNOFF: '待负责人审签',
  DISCLOSURE_REVIEW: '待政务公开办审查',
  FORWARDED: '已移送文电科',
  READY_TO_ISSUE: '待印发',
  RETURNED: '已退文',
  ISSUED: '已印发',
};

/**
 * The states each step of a document starts from. Written once: the server's workflow takes its
 * `from` lists here, the abilities their state conditions, the admin the steps it offers.
 */
export const DOCUMENT_STEP_FROM = {
  submit: ['DRAFT', 'RETURNED'],
  approveAttribute: ['OFFICER_REVIEW'],
  signOff: ['HEAD_SIGNOFF'],
  approve: ['DISCLOSURE_REVIEW'],
  /** each reviewer returns from its own review: the officer's, the head's, the Disclosure Office's */
  return: ['OFFICER_REVIEW', 'HEAD_SIGNOFF', 'DISCLOSURE_REVIEW'],
  /** a department issues its own after the head's sign-off; the Document Section what was forwarded */
  issueOwn: ['READY_TO_ISSUE'],
  issueForwarded: ['FORWARDED'],
  issue: ['READY_TO_ISSUE', 'FORWARDED'],
} as const satisfies Record<string, readonly DocumentState[]>;
/** States in which the drafter may still change the draft and (re)submit it. */
export const DOCUMENT_EDITABLE_STATES: readonly DocumentState[] = DOCUMENT_STEP_FROM.submit;

/** Forms of interpretation (the notice, system 5). */
export const INTERPRETATION_FORMS = [
  'PRESS_CONFERENCE',
  'BRIEFING',
  'COMMENTARY',
  'LIVE_STUDIO',
  'INTERVIEW_PROGRAM',
  'MEDIA_MEETING',
  'INFOGRAPHIC',
  'MEDIA_INTERVIEW',
  'WECHAT',
  'WEIBO',
  'APP',
] as const;
export type InterpretationForm = (typeof INTERPRETATION_FORMS)[number];
export const INTERPRETATION_FORM_LABELS: Record<InterpretationForm, string> = {
  PRESS_CONFERENCE: '新闻发布会',
  BRIEFING: '记者吹风会',
  COMMENTARY: '评论文章',
  LIVE_STUDIO: '走进直播间',
  INTERVIEW_PROGRAM: '电台电视访谈节目',
  MEDIA_MEETING: '媒体见面会',
  INFOGRAPHIC: '图表图解',
  MEDIA_INTERVIEW: '媒体专访',
  WECHAT: '微信',
  WEIBO: '微博',
  APP: '网站客户端',
};

export const INTERPRETATION_STATES = ['DRAFT', 'PUBLISHED'] as const;
export type InterpretationState = (typeof INTERPRETATION_STATES)[number];
export const INTERPRETATION_STATE_LABELS: Record<InterpretationState, string> = { DRAFT: '未发布', PUBLISHED: '已发布' };
/** The states each step of an interpretation starts from. */
export const INTERPRETATION_STEP_FROM = {
  publish: ['DRAFT'],
} as const satisfies Record<string, readonly InterpretationState[]>;

/** What "published" means for an interpretation: in the 政策解读 column. */
export const INTERPRETATION_PUBLISHED_STATES: readonly InterpretationState[] = ['PUBLISHED'];
export const isInterpretationPublished = (i: { state: InterpretationState }) => INTERPRETATION_PUBLISHED_STATES.includes(i.state);
/** The end (Asia/Shanghai) of a deadline day, as an instant. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999+08:00`).getTime();
/** What "overdue" means: not published and its deadline (end of that day, Asia/Shanghai) has passed at `now`. */
export function isInterpretationOverdue(i: { state: InterpretationState; deadline?: string | null }, now: Date): boolean {
  return !isInterpretationPublished(i) && !!i.deadline && endOfDay(i.deadline) < now.getTime();
}
/** Published late: published after the end of its deadline's day. Stays so once published. */
export function isInterpretationPublishedLate(i: { state: InterpretationState; deadline?: string | null; publishedAt?: Date | null }): boolean {
  return isInterpretationPublished(i) && !!i.deadline && !!i.publishedAt && endOfDay(i.deadline) < i.publishedAt.getTime();
}

/** What "published" means for a policy document: issued, not classified, and public (in full or by title). */
export const DOCUMENT_PUBLISHED_STATES: readonly DocumentState[] = ['ISSUED'];
export const isDocumentIssued = (d: { state: DocumentState }) => DOCUMENT_PUBLISHED_STATES.includes(d.state);
export const DOCUMENT_PUBLIC_ATTRIBUTES: readonly DisclosureAttribute[] = ['PROACTIVE', 'ON_APPLICATION'];
export function isDocumentPublished(d: { state: DocumentState; classified: boolean; disclosureAttribute?: DisclosureAttribute | null }): boolean {
  return (
    DOCUMENT_PUBLISHED_STATES.includes(d.state) &&
    !d.classified &&
    !!d.disclosureAttribute &&
    DOCUMENT_PUBLIC_ATTRIBUTES.includes(d.disclosureAttribute)
  );
}

export const DOCUMENT_TODO_KINDS = {
  'document.officerReview': '公开属性审定',
  'document.signOff': '文件审签',
  'document.revise': '文件退回修改',
  'document.disclosureReview': '公开属性审查',
  'document.issue': '文件编号印发',
  'document.departmentIssue': '部门文件印发',
  'interpretation.publish': '政策解读发布',
} as const;
