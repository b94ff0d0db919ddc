/** Third-party evaluation by the academy (system 7, 政务公开第三方评估制度). */

/** The six aspects of the notice, the first level of every indicator system. */
export const EVALUATION_DIMENSIONS = ['POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY'] as const;
export type EvaluationDimension = (typeof EVALUATION_DIMENSIONS)[number];
export const EVALUATION_DIMENSION_LABELS: Record<EvaluationDimension, string> = {
  POWER: '行政权力信息公开',
  SERVICE: '政务服务公开',
  INTERNET_SERVICE: '互联网+政务服务',
  PARTICIPATION: '政务参与',
  RESPONSE: '回应社会关切',
  CAPACITY: '政务公开能力建设',
};

/** 评估方法 */
export const EVALUATION_METHODS = ['ONLINE_CHECK', 'WINDOW_CHECK', 'SITE_VISIT', 'DOCUMENT_REVIEW', 'QUESTIONNAIRE'] as const;
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number];
export const EVALUATION_METHOD_LABELS: Record<EvaluationMethod, string> = {
  ONLINE_CHECK: '网上核查',
  WINDOW_CHECK: '窗口抽查',
  SITE_VISIT: '实地走访',
  DOCUMENT_REVIEW: '查阅资料',
  QUESTIONNAIRE: '调查问卷',
};

/** Whether a step whose starting states are `from` may start in `state`. */
export const inStep = <S extends string>(from: readonly S[], state: S): boolean => from.includes(state);

/** An indicator system: drafted by the academy, signed off by the academy and the Disclosure Office. */
export const INDICATOR_SYSTEM_STATES = ['DRAFT', 'APPROVED'] as const;
export type IndicatorSystemState = (typeof INDICATOR_SYSTEM_STATES)[number];
export const INDICATOR_SYSTEM_STATE_LABELS: Record<IndicatorSystemState, string> = { DRAFT: '起草中', APPROVED: '已会签定稿' };
/**
 * The states each step of an indicator system starts from. Written once: the server's workflow takes
 * its `from` lists here, the abilities and services their state conditions.
 */
export const INDICATOR_SYSTEM_STEP_FROM = {
  signOff: ['DRAFT'],
  reopen: ['APPROVED'],
  /** a round is created on a system both sides signed off */
  useInRound: ['APPROVED'],
} as const satisfies Record<string, readonly IndicatorSystemState[]>;
/** States in which the system's tree may be changed. */
export const INDICATOR_SYSTEM_EDITABLE_STATES: readonly IndicatorSystemState[] = INDICATOR_SYSTEM_STEP_FROM.signOff;

/** A round: preparing (units, evaluators) → scoring → units review their scores and may appeal → published. */
export const ROUND_STATES = ['PREPARING', 'SCORING', 'REVIEW', 'PUBLISHED'] as const;
export type RoundState = (typeof ROUND_STATES)[number];
export const ROUND_STATE_LABELS: Record<RoundState, string> = {
  PREPARING: '准备中',
  SCORING: '评分中',
  REVIEW: '结果反馈（申诉期）',
  PUBLISHED: '已公布',
};
/** The states each step of a round starts from (the workflow's `from` lists, the abilities, the services). */
export const ROUND_STEP_FROM = {
  start: ['PREPARING'],
  release: ['SCORING'],
  publish: ['REVIEW'],
  /** a unit appeals a score while the results are under review (and its window is open) */
  appeal: ['REVIEW'],
  /** the units evaluated are fixed once scoring starts */
  setUnits: ['PREPARING'],
  /** evaluators and questionnaires may still be arranged while scoring */
  arrange: ['PREPARING', 'SCORING'],
  score: ['SCORING'],
} as const satisfies Record<string, readonly RoundState[]>;
/** States in which the scores have gone to the evaluated units. */
export const ROUND_RELEASED_STATES: readonly RoundState[] = ['REVIEW', 'PUBLISHED'];
/** What "published" means for a round: its results are public. */
export const ROUND_PUBLISHED_STATES: readonly RoundState[] = ['PUBLISHED'];

/** The groups ranked separately. */
export const EVALUATION_GROUPS = ['CITY_UNIT', 'COUNTY_GOVERNMENT', 'COUNTY_DEPARTMENT'] as const;
export type EvaluationGroup = (typeof EVALUATION_GROUPS)[number];
export const EVALUATION_GROUP_LABELS: Record<EvaluationGroup, string> = {
  CITY_UNIT: '市政府各部门和市直各单位',
  COUNTY_GOVERNMENT: '各县（市）区人民政府',
  COUNTY_DEPARTMENT: '各县（市）区政府部门',
};

export const APPEAL_STATES = ['SUBMITTED', 'ACCEPTED', 'REJECTED'] as const;
export type AppealState = (typeof APPEAL_STATES)[number];
export const APPEAL_STATE_LABELS: Record<AppealState, string> = { SUBMITTED: '待答复', ACCEPTED: '已采纳（重新评分）', REJECTED: '已驳回' };
/** The states each step of an appeal starts from. */
export const APPEAL_STEP_FROM = {
  accept: ['SUBMITTED'],
  reject: ['SUBMITTED'],
} as const satisfies Record<string, readonly AppealState[]>;
/** States of an appeal still waiting for its answer. */
export const APPEAL_OPEN_STATES: readonly AppealState[] = APPEAL_STEP_FROM.accept;

/** Grade bands, as shares of the full score; an indicator system stores its own. */
export const GRADES = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, string> = { EXCELLENT: '优秀', GOOD: '良好', PASS: '合格', FAIL: '不合格' };
export const DEFAULT_GRADE_BANDS = { excellent: 0.9, good: 0.8, pass: 0.6 } as const;

export function gradeOf(total: number, full: number, bands: { excellent: number; good: number; pass: number }): Grade {
  const share = full > 0 ? total / full : 0;
  if (share >= bands.excellent - 1e-9) return 'EXCELLENT';
  if (share >= bands.good - 1e-9) return 'GOOD';
  if (share >= bands.pass - 1e-9) return 'PASS';
  return 'FAIL';
}

/** A round's public questionnaire (调查问卷): drafted, published for its window, then aggregated into the scores. */
export const QUESTIONNAIRE_STATES = ['DRAFT', 'PUBLISHED', 'AGGREGATED'] as const;
export type QuestionnaireState = (typeof QUESTIONNAIRE_STATES)[number];
export const QUESTIONNAIRE_STATE_LABELS: Record<QuestionnaireState, string> = { DRAFT: '起草中', PUBLISHED: '已发布', AGGREGATED: '已折算计分' };
/** The states each step of a questionnaire starts from. */
export const QUESTIONNAIRE_STEP_FROM = {
  publish: ['DRAFT'],
  aggregate: ['PUBLISHED'],
} as const satisfies Record<string, readonly QuestionnaireState[]>;
/** States in which the questionnaire may still be changed. */
export const QUESTIONNAIRE_EDITABLE_STATES: readonly QuestionnaireState[] = QUESTIONNAIRE_STEP_FROM.publish;
/** What "published" means for a questionnaire: it was put to the public (aggregated since, or not). */
export const QUESTIONNAIRE_PUBLISHED_STATES: readonly QuestionnaireState[] = ['PUBLISHED', 'AGGREGATED'];

/** The answer scale of every question, 5 (非常满意) to 1 (非常不满意). */
export const SATISFACTION_SCALE = [
  { value: 5, label: '非常满意' },
  { value: 4, label: '满意' },
  { value: 3, label: '一般' },
  { value: 2, label: '不满意' },
  { value: 1, label: '非常不满意' },
] as const;

/** How the answers become an indicator's score (the rule a questionnaire declares). */
export const AGGREGATION_RULES = ['LINEAR_MEAN'] as const;
export type AggregationRule = (typeof AGGREGATION_RULES)[number];
export const AGGREGATION_RULE_LABELS: Record<AggregationRule, string> = {
  LINEAR_MEAN: '按平均满意度线性折算：得分 = 指标分值 ×（平均分 − 1）÷ 4，保留两位小数；有效问卷不足最低份数的单位不折算，由评估员评分',
};
/**
 * The score an indicator of `maxScore` gets from `count` answers on the 1–5 scale summing to `sum`:
 * maxScore × (mean − 1) ÷ 4, to two decimals, half up. Computed on whole numbers (cents), so that
 * no binary fraction moves a result across a rounding boundary.
 */
export function linearMeanScore(maxScore: number, sum: number, count: number): number {
  if (count <= 0) return 0;
  const cents = Math.round(maxScore * 100);
  const numerator = cents * (sum - count);
  const denominator = 4 * count;
  return Math.floor((2 * numerator + denominator) / (2 * denominator)) / 100;
}

export const EVALUATION_TODO_KINDS = {
  'evaluation.signOff': '评估指标体系会签',
  'evaluation.score': '评估打分',
  'evaluation.review': '评估结果反馈',
  'evaluation.appeal': '评估申诉答复',
} as const;
