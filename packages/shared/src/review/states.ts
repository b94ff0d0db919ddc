// The yearly review of what is disclosed (system 6, 公开内容定期审查制度).

/** 定期审查: one campaign a year per government level, opened by its Disclosure Office. */
export const REVIEW_CAMPAIGN_STATES = ['OPEN', 'CLOSED'] as const;
export type ReviewCampaignState = (typeof REVIEW_CAMPAIGN_STATES)[number];
export const REVIEW_CAMPAIGN_STATE_LABELS: Record<ReviewCampaignState, string> = { OPEN: '进行中', CLOSED: '已结束' };
export const REVIEW_CAMPAIGN_STEP_FROM = {
  close: ['OPEN'],
} as const satisfies Record<string, readonly ReviewCampaignState[]>;

/**
 * A unit's review report (审查情况 with its 工作总结): drafted by its staff or disclosure officer,
 * signed off (审签) by its head, which submits it to the Disclosure Office; the head may send it back.
 */
export const REVIEW_REPORT_STATES = ['DRAFT', 'HEAD_SIGNOFF', 'SUBMITTED'] as const;
export type ReviewReportState = (typeof REVIEW_REPORT_STATES)[number];
export const REVIEW_REPORT_STATE_LABELS: Record<ReviewReportState, string> = {
  DRAFT: '审查中',
  HEAD_SIGNOFF: '待负责人审签',
  SUBMITTED: '已报送',
};
export const REVIEW_REPORT_STEP_FROM = {
  /** the items' outcomes, the texts of the report, collecting the items again */
  edit: ['DRAFT'],
  submit: ['DRAFT'],
  signOff: ['HEAD_SIGNOFF'],
  return: ['HEAD_SIGNOFF'],
} as const satisfies Record<string, readonly ReviewReportState[]>;
/** Not yet submitted to the Disclosure Office: the report is due. */
export const REVIEW_REPORT_OPEN_STATES: readonly ReviewReportState[] = ['DRAFT', 'HEAD_SIGNOFF'];

/** Where an item of the review comes from: a document not disclosed proactively, or information often requested. */
export const REVIEW_ITEM_SOURCES = ['DOCUMENT', 'FREQUENT_REQUEST'] as const;
export type ReviewItemSource = (typeof REVIEW_ITEM_SOURCES)[number];
export const REVIEW_ITEM_SOURCE_LABELS: Record<ReviewItemSource, string> = {
  DOCUMENT: '未主动公开的文件',
  FREQUENT_REQUEST: '依申请公开频次较多的信息',
};

/** The outcome of an item: 转为主动公开, 剔除秘密内容转为依申请公开, 维持 — each with its reason. */
export const REVIEW_OUTCOMES = ['CONVERT_TO_PROACTIVE', 'REDACT_TO_ON_APPLICATION', 'KEEP'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  CONVERT_TO_PROACTIVE: '转为主动公开',
  REDACT_TO_ON_APPLICATION: '剔除秘密内容转为依申请公开',
  KEEP: '维持',
};

/** 抽查: a sample of the level's units, or of the items the units decided. */
export const SPOT_CHECK_METHODS = ['UNITS', 'ITEMS'] as const;
export type SpotCheckMethod = (typeof SPOT_CHECK_METHODS)[number];
export const SPOT_CHECK_METHOD_LABELS: Record<SpotCheckMethod, string> = {
  UNITS: '随机抽取单位',
  ITEMS: '随机抽取审查事项',
};

/** 整改: ordered with a due date, reported by the unit, verified (or sent back) by the Disclosure Office. */
export const RECTIFICATION_STATES = ['ORDERED', 'REPORTED', 'VERIFIED'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];
export const RECTIFICATION_STATE_LABELS: Record<RectificationState, string> = {
  ORDERED: '整改中',
  REPORTED: '待核查',
  VERIFIED: '已核查通过',
};
export const RECTIFICATION_STEP_FROM = {
  report: ['ORDERED'],
  verify: ['REPORTED'],
  return: ['REPORTED'],
} as const satisfies Record<string, readonly RectificationState[]>;
/** Not yet reported: the due date runs. */
export const RECTIFICATION_OPEN_STATES: readonly RectificationState[] = ['ORDERED'];

export const REVIEW_TODO_KINDS = {
  'review.report': '报送公开内容审查情况',
  'review.signOff': '审签公开内容审查情况',
  'review.rectify': '落实整改并报告',
  'review.verify': '核查整改情况',
} as const;
