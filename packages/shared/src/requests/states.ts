// Requests for government information on application (依申请公开, system 6), by the Regulations on
// the Disclosure of Government Information (政府信息公开条例, 2019): Art. 29 (what a request holds),
// Art. 30 (补正), Art. 31 (the day of receipt), Art. 32 (third parties), Art. 33 (the clock),
// Art. 36 (the reply types) and the annual report template (国办公开办函〔2021〕30号), table 三.

/** 申请人: a natural person, or a legal person / other organisation of one of the template's five kinds. */
export const APPLICANT_KINDS = ['NATURAL_PERSON', 'BUSINESS', 'RESEARCH', 'PUBLIC_INTEREST', 'LEGAL_SERVICE', 'OTHER_ORG'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const APPLICANT_KIND_LABELS: Record<ApplicantKind, string> = {
  NATURAL_PERSON: '自然人',
  BUSINESS: '商业企业',
  RESEARCH: '科研机构',
  PUBLIC_INTEREST: '社会公益组织',
  LEGAL_SERVICE: '法律服务机构',
  OTHER_ORG: '其他组织',
};

/** 身份证明 */
export const ID_PROOF_KINDS = ['ID_CARD', 'PASSPORT', 'OTHER_PERSONAL', 'CREDIT_CODE', 'OTHER_ORG'] as const;
export type IdProofKind = (typeof ID_PROOF_KINDS)[number];
export const ID_PROOF_KIND_LABELS: Record<IdProofKind, string> = {
  ID_CARD: '居民身份证',
  PASSPORT: '护照',
  OTHER_PERSONAL: '其他有效身份证件',
  CREDIT_CODE: '统一社会信用代码证明',
  OTHER_ORG: '其他组织证明文件',
};

/**
 * How the request came in, and the day it counts as received (Art. 31): in person, the day it is
 * handed in; by registered post, the day it is signed for; by ordinary letter, online, by fax or
 * e-mail, the day the disclosure body confirms it with the applicant.
 */
export const REQUEST_CHANNELS = ['ONLINE', 'IN_PERSON', 'LETTER', 'ORDINARY_LETTER', 'FAX', 'EMAIL'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export const REQUEST_CHANNEL_LABELS: Record<RequestChannel, string> = {
  ONLINE: '网上申请',
  IN_PERSON: '当面提交',
  LETTER: '邮寄（需签收）',
  ORDINARY_LETTER: '平常信函',
  FAX: '传真',
  EMAIL: '电子邮件',
};
/** What the day of receipt is for each channel (the registration form asks for exactly this day). */
export const RECEIPT_DAY_RULES: Record<RequestChannel, 'handedIn' | 'signedFor' | 'confirmed'> = {
  ONLINE: 'confirmed',
  IN_PERSON: 'handedIn',
  LETTER: 'signedFor',
  ORDINARY_LETTER: 'confirmed',
  FAX: 'confirmed',
  EMAIL: 'confirmed',
};
export const RECEIPT_DAY_LABELS: Record<(typeof RECEIPT_DAY_RULES)[RequestChannel], string> = {
  handedIn: '提交之日',
  signedFor: '签收之日',
  confirmed: '与申请人确认之日',
};

/** 信息的提供形式 / 获取方式 */
export const INFORMATION_FORMS = ['PAPER', 'ELECTRONIC'] as const;
export type InformationForm = (typeof INFORMATION_FORMS)[number];
export const INFORMATION_FORM_LABELS: Record<InformationForm, string> = { PAPER: '纸质文本', ELECTRONIC: '电子文本' };
export const DELIVERY_METHODS = ['POST', 'PICKUP', 'EMAIL', 'FAX', 'ONLINE'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  POST: '邮寄',
  PICKUP: '当面领取',
  EMAIL: '电子邮件',
  FAX: '传真',
  ONLINE: '网上查看',
};

/**
 * Submitted online and waiting for the disclosure body to confirm it (the clock has not started) →
 * in progress (the clock runs) ⇄ waiting for a correction (补正: the clock stops; it starts again
 * from the day the corrected request arrives) ⇄ waiting for a third party's opinion (paused) →
 * replied (the letter is made) → delivered (办结). A request not corrected in time is ended.
 */
export const REQUEST_STATES = ['SUBMITTED', 'IN_PROGRESS', 'CORRECTION', 'THIRD_PARTY', 'REPLIED', 'DELIVERED', 'NOT_REGISTERED'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
export const REQUEST_STATE_LABELS: Record<RequestState, string> = {
  SUBMITTED: '待确认收到',
  IN_PROGRESS: '办理中',
  CORRECTION: '待补正',
  THIRD_PARTY: '征求第三方意见中',
  REPLIED: '已答复待送达',
  DELIVERED: '已办结',
  NOT_REGISTERED: '未予登记',
};
/** The states each step of a request starts from (the workflow, the abilities and the admin read them here). */
export const REQUEST_STEP_FROM = {
  confirm: ['SUBMITTED'],
  refuseRegistration: ['SUBMITTED'],
  askCorrection: ['IN_PROGRESS'],
  receiveCorrection: ['CORRECTION'],
  endUncorrected: ['CORRECTION'],
  consultThirdParty: ['IN_PROGRESS'],
  resumeFromThirdParty: ['THIRD_PARTY'],
  requestExtension: ['IN_PROGRESS', 'THIRD_PARTY'],
  decideExtension: ['IN_PROGRESS', 'THIRD_PARTY'],
  reply: ['IN_PROGRESS'],
  deliver: ['REPLIED'],
} as const satisfies Record<string, readonly RequestState[]>;
/** States in which the reply is still owed (received, not yet answered): carried over at a year's end. */
export const REQUEST_PENDING_STATES: readonly RequestState[] = ['IN_PROGRESS', 'CORRECTION', 'THIRD_PARTY'];
/** States in which the clock runs (a paused or corrected request is not overdue). */
export const REQUEST_CLOCK_STATES: readonly RequestState[] = ['IN_PROGRESS'];
export const REQUEST_ANSWERED_STATES: readonly RequestState[] = ['REPLIED', 'DELIVERED'];

export const REQUEST_EXTENSION_STATES = ['REQUESTED', 'APPROVED', 'REJECTED'] as const;
export type RequestExtensionState = (typeof REQUEST_EXTENSION_STATES)[number];
export const REQUEST_EXTENSION_STATE_LABELS: Record<RequestExtensionState, string> = {
  REQUESTED: '延期待批准',
  APPROVED: '已批准延期',
  REJECTED: '未批准延期',
};

/** The reply types of Art. 36, each with the template's sub-reasons where it has them. */
export const REPLY_TYPES = ['ALREADY_PUBLIC', 'DISCLOSED', 'PARTLY_DISCLOSED', 'NOT_DISCLOSED', 'CANNOT_PROVIDE', 'NOT_PROCESSED', 'OTHER'] as const;
export type ReplyType = (typeof REPLY_TYPES)[number];
export const REPLY_TYPE_LABELS: Record<ReplyType, string> = {
  ALREADY_PUBLIC: '已主动公开（告知获取方式和途径）',
  DISCLOSED: '予以公开',
  PARTLY_DISCLOSED: '部分公开',
  NOT_DISCLOSED: '不予公开',
  CANNOT_PROVIDE: '无法提供',
  NOT_PROCESSED: '不予处理',
  OTHER: '其他处理',
};
export const REPLY_REASONS = {
  NOT_DISCLOSED: {
    STATE_SECRET: '属于国家秘密',
    BARRED_BY_LAW: '其他法律行政法规禁止公开',
    ENDANGERS_SAFETY: '危及“三安全一稳定”',
    THIRD_PARTY_RIGHTS: '保护第三方合法权益',
    INTERNAL_AFFAIRS: '属于三类内部事务信息',
    PROCESS_INFORMATION: '属于四类过程性信息',
    ENFORCEMENT_FILES: '属于行政执法案卷',
    ADMINISTRATIVE_QUERY: '属于行政查询事项',
  },
  CANNOT_PROVIDE: {
    NOT_HELD: '本机关不掌握相关政府信息',
    NEEDS_CREATION: '没有现成信息需要另行制作',
    UNCLEAR_AFTER_CORRECTION: '补正后申请内容仍不明确',
  },
  NOT_PROCESSED: {
    PETITION: '信访举报投诉类申请',
    REPEATED: '重复申请',
    PUBLICATION: '要求提供公开出版物',
    EXCESSIVE: '无正当理由大量反复申请',
    CONFIRMATION: '要求行政机关确认或重新出具已获取信息',
  },
  OTHER: {
    NO_CORRECTION: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    FEE_NOT_PAID: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    OTHER: '其他',
  },
} as const satisfies Partial<Record<ReplyType, Record<string, string>>>;
export type ReplyReason = { [T in keyof typeof REPLY_REASONS]: keyof (typeof REPLY_REASONS)[T] }[keyof typeof REPLY_REASONS];
/** Every sub-reason code with its label (the codes are unique across types). */
export const REPLY_REASON_LABELS: Record<ReplyReason, string> = Object.assign({}, ...Object.values(REPLY_REASONS));
/** The reply types that need a sub-reason. */
export const replyTypeNeedsReason = (t: ReplyType): t is keyof typeof REPLY_REASONS => t in REPLY_REASONS;
/** The reply types under which (some of) the information is given. */
export const REPLY_TYPES_GIVING: readonly ReplyType[] = ['ALREADY_PUBLIC', 'DISCLOSED', 'PARTLY_DISCLOSED'];

/**
 * Table 三 of the annual report counts requests, not items. The declared rule for a request whose
 * items were answered differently (版本 2021, the template's note to row (二): "区分处理的，只计这一情形"):
 * - all items of one type: that type (and the first item's sub-reason); 已主动公开 counts as 予以公开;
 * - some information given and some not: 部分公开;
 * - nothing given, types differ: the type (and sub-reason) of the first item in the template's order.
 */
export interface ItemOutcome {
  type: ReplyType;
  reason?: string | null;
}
export function requestOutcome(items: readonly ItemOutcome[]): { row: OutcomeRow } | null {
  if (!items.length) return null;
  const rowOf = (i: ItemOutcome): OutcomeRow =>
    i.type === 'ALREADY_PUBLIC' || i.type === 'DISCLOSED'
      ? 'DISCLOSED'
      : i.type === 'PARTLY_DISCLOSED'
        ? 'PARTLY_DISCLOSED'
        : (`${i.type}.${i.reason ?? 'OTHER'}` as OutcomeRow);
  const rows = [...new Set(items.map(rowOf))];
  if (rows.length === 1) return { row: rows[0]! };
  const giving = items.some((i) => REPLY_TYPES_GIVING.includes(i.type));
  if (giving) return { row: 'PARTLY_DISCLOSED' };
  return { row: [...rows].sort((a, b) => OUTCOME_ROWS.indexOf(a) - OUTCOME_ROWS.indexOf(b))[0]! };
}

/** The outcome rows of table 三 (三、本年度办理结果), in the template's order. */
export const OUTCOME_ROWS: readonly OutcomeRow[] = [
  'DISCLOSED',
  'PARTLY_DISCLOSED',
  ...Object.keys(REPLY_REASONS.NOT_DISCLOSED).map((r) => `NOT_DISCLOSED.${r}` as const),
  ...Object.keys(REPLY_REASONS.CANNOT_PROVIDE).map((r) => `CANNOT_PROVIDE.${r}`),
  ...Object.keys(REPLY_REASONS.NOT_PROCESSED).map((r) => `NOT_PROCESSED.${r}`),
  ...Object.keys(REPLY_REASONS.OTHER).map((r) => `OTHER.${r}`),
] as OutcomeRow[];
export type OutcomeRow = 'DISCLOSED' | 'PARTLY_DISCLOSED' | `${'NOT_DISCLOSED' | 'CANNOT_PROVIDE' | 'NOT_PROCESSED' | 'OTHER'}.${string}`;
/** The columns of table 三: natural persons, the five kinds of organisation, total. */
export const TABLE_THREE_COLUMNS = [...APPLICANT_KINDS, 'TOTAL'] as const;
export type TableThreeColumn = (typeof TABLE_THREE_COLUMNS)[number];

export const REQUEST_TODO_KINDS = {
  'request.confirm': '确认收到政府信息公开申请',
  'request.reply': '答复政府信息公开申请',
  'request.correction': '等待申请人补正',
  'request.thirdParty': '等待第三方意见',
  'request.extension': '批准延长答复期限',
  'request.deliver': '送达政府信息公开申请答复',
} as const;
