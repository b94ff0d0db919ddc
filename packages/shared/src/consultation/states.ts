/** Public consultation before government meetings (system 3). */

/** The five kinds of major administrative decision (重大行政决策程序暂行条例 Art. 3), then the notice's other kinds. */
export const TOPIC_CATEGORIES = [
  'MAJOR_DECISION_POLICY',
  'MAJOR_DECISION_PLAN',
  'MAJOR_DECISION_RESOURCES',
  'MAJOR_DECISION_PROJECT',
  'MAJOR_DECISION_OTHER',
  'LIVELIHOOD',
  'POLICY_DOCUMENT',
  'OTHER',
] as const;
export type TopicCategory = (typeof TOPIC_CATEGORIES)[number];
export const TOPIC_CATEGORY_LABELS: Record<TopicCategory, string> = {
  MAJOR_DECISION_POLICY: '重大行政决策：重大公共政策和措施',
  MAJOR_DECISION_PLAN: '重大行政决策：经济和社会发展等重要规划',
  MAJOR_DECISION_RESOURCES: '重大行政决策：开发利用、保护重要自然资源和文化资源',
  MAJOR_DECISION_PROJECT: '重大行政决策：重大公共建设项目',
  MAJOR_DECISION_OTHER: '重大行政决策：其他涉及重大公共利益的事项',
  LIVELIHOOD: '其他重大民生事项',
  POLICY_DOCUMENT: '政策性文件',
  OTHER: '其他',
};
export const isMajorDecision = (c: TopicCategory) => c.startsWith('MAJOR_DECISION');

export const TOPIC_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'RESULTS_PUBLISHED'] as const;
export type TopicState = (typeof TOPIC_STATES)[number];
export const TOPIC_STATE_LABELS: Record<TopicState, string> = {
  DRAFT: '起草中',
  SUBMITTED: '待秘书科审查',
  RETURNED: '已退回',
  APPROVED: '待发布',
  PUBLISHED: '已发布',
  RESULTS_PUBLISHED: '已公布结果',
};

/** The states each step of a topic starts from (the workflow, the abilities and the admin read them here). */
export const TOPIC_STEP_FROM = {
  submit: ['DRAFT', 'RETURNED'],
  approve: ['SUBMITTED'],
  return: ['SUBMITTED'],
  publish: ['APPROVED'],
  publishResults: ['PUBLISHED'],
} as const satisfies Record<string, readonly TopicState[]>;
/** States in which the undertaking unit may still change the topic. */
export const TOPIC_EDITABLE_STATES: readonly TopicState[] = TOPIC_STEP_FROM.submit;

/** What "published" means for a topic: put to the public (its window runs or ran), results out or not. */
export const TOPIC_PUBLISHED_STATES: readonly TopicState[] = ['PUBLISHED', 'RESULTS_PUBLISHED'];
export const isTopicPublished = (t: { state: TopicState }) => TOPIC_PUBLISHED_STATES.includes(t.state);

/** Where a published topic stands in its window, in the Asia/Shanghai day. */
export const WINDOW_PHASES = ['UPCOMING', 'OPEN', 'CLOSED'] as const;
export type WindowPhase = (typeof WINDOW_PHASES)[number];
export const WINDOW_PHASE_LABELS: Record<WindowPhase, string> = { UPCOMING: '即将开始', OPEN: '征集中', CLOSED: '已结束' };

export const OPINION_CHANNELS = ['PORTAL', 'EMAIL', 'LETTER', 'HEARING', 'POLL', 'SYMPOSIUM', 'OTHER'] as const;
export type OpinionChannel = (typeof OPINION_CHANNELS)[number];
export const OPINION_CHANNEL_LABELS: Record<OpinionChannel, string> = {
  PORTAL: '网站',
  EMAIL: '电子邮件',
  LETTER: '信函',
  HEARING: '听证会',
  POLL: '民意调查',
  SYMPOSIUM: '座谈会',
  OTHER: '其他',
};

export const ADOPTIONS = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED'] as const;
export type Adoption = (typeof ADOPTIONS)[number];
export const ADOPTION_LABELS: Record<Adoption, string> = { ADOPTED: '采纳', PARTLY_ADOPTED: '部分采纳', NOT_ADOPTED: '未采纳' };

export const CONSULTATION_TODO_KINDS = {
  'consultation.review': '议题审查',
  'consultation.revise': '议题退回修改',
  'consultation.publish': '意见征集发布',
  'consultation.summarise': '意见汇总处理',
} as const;

/** Hearings, polls and symposiums held for a wide-reaching topic. */
export const EVENT_FORMS = ['HEARING', 'POLL', 'SYMPOSIUM'] as const;
export type EventForm = (typeof EVENT_FORMS)[number];
export const EVENT_FORM_LABELS: Record<EventForm, string> = { HEARING: '听证会', POLL: '民意调查', SYMPOSIUM: '座谈会' };
/** Forms where representatives meet face to face and must receive the materials in advance. */
export const FACE_TO_FACE_FORMS: readonly EventForm[] = ['HEARING', 'SYMPOSIUM'];
