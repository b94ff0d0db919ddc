// The figures of system 8 (自动统计), each defined once: what counts in its numerator and its
// denominator. The server computes them in SQL from these definitions; the admin and the portal show
// the definition next to every figure.

export interface FigureDefinition {
  label: string;
  /** What one counts, or for a rate what it divides by what. */
  definition: string;
}

/** Counts and rates over the cases received in a period (by the day they were received). */
export const CASE_FIGURES = {
  received: { label: '收件量', definition: '统计期内收到的举报、投诉、建议件数（按收件日期）' },
  accepted: { label: '受理量', definition: '统计期内收到并已受理的件数（不含待受理和不予受理的件）' },
  due: { label: '应答复件数', definition: '已受理的件中，已经答复或答复期限已过的件数' },
  replied: { label: '已答复件数', definition: '承办单位已答复、答复有效的件数（重办中的件待再次答复，不计）' },
  onTime: { label: '按时答复件数', definition: '已答复件中，每次答复都在答复期限内的件数' },
  closed: { label: '办结量', definition: '已办结的件数（含待评价、已评价和逾期未评价的件）' },
  rated: { label: '已评价件数', definition: '群众已评价的件数' },
  unrated: { label: '未评价件数', definition: '评价期限内群众未评价、按未评价办结的件数' },
  satisfied: { label: '满意件数', definition: '评价为“满意”或“基本满意”的件数' },
  reopened: { label: '重办件数', definition: '已办结的件中重办过的件数' },
  replyRate: { label: '答复率', definition: '已答复件数 ÷ 应答复件数' },
  onTimeRate: { label: '按时答复率', definition: '按时答复件数 ÷ 已答复件数' },
  satisfactionRate: { label: '满意率', definition: '满意件数 ÷ 已评价件数（未评价的件不计入分母）' },
  reopenRate: { label: '重办率', definition: '重办件数 ÷ 办结量' },
  averageScore: { label: '办结自动评价平均分', definition: '已评价和逾期未评价的件，按办结自动评价规则所得分数的平均值' },
} as const satisfies Record<string, FigureDefinition>;
export type CaseFigure = keyof typeof CASE_FIGURES;

/** How the figures are broken down. */
export const CASE_STAT_DIMENSIONS = ['UNIT', 'KIND', 'CHANNEL'] as const;
export type CaseStatDimension = (typeof CASE_STAT_DIMENSIONS)[number];
export const CASE_STAT_DIMENSION_LABELS: Record<CaseStatDimension, string> = { UNIT: '按承办单位', KIND: '按类型', CHANNEL: '按渠道' };

/** A statistics period: a month, a quarter or a whole year (period 1). */
export const CASE_PERIOD_KINDS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type CasePeriodKind = (typeof CASE_PERIOD_KINDS)[number];

/** The first day of the period and the first day after it (YYYY-MM-DD). */
export function casePeriodRange(kind: CasePeriodKind, year: number, period: number): { from: string; to: string } | null {
  const max = kind === 'MONTH' ? 12 : kind === 'QUARTER' ? 4 : 1;
  if (!Number.isInteger(year) || year < 2000 || year > 2200 || !Number.isInteger(period) || period < 1 || period > max) return null;
  const firstMonth = kind === 'MONTH' ? period : kind === 'QUARTER' ? (period - 1) * 3 + 1 : 1;
  const months = kind === 'MONTH' ? 1 : kind === 'QUARTER' ? 3 : 12;
  const end = firstMonth + months;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: end > 12 ? `${year + 1}-01-01` : `${year}-${pad(end)}-01` };
}
/** 2026年11月 / 2026年第4季度 / 2026年 */
export function casePeriodLabel(kind: CasePeriodKind, year: number, period: number): string {
  return kind === 'MONTH' ? `${year}年${period}月` : kind === 'QUARTER' ? `${year}年第${period}季度` : `${year}年`;
}
/** The period's stable key in addresses and file names: 2026-11, 2026-Q4, 2026. */
export function casePeriodKey(kind: CasePeriodKind, year: number, period: number): string {
  return kind === 'MONTH' ? `${year}-${String(period).padStart(2, '0')}` : kind === 'QUARTER' ? `${year}-Q${period}` : `${year}`;
}
export function parseCasePeriodKey(key: string): { kind: CasePeriodKind; year: number; period: number } | null {
  const m = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const r = m[2]
    ? { kind: 'MONTH' as const, year, period: Number(m[2]) }
    : m[3]
      ? { kind: 'QUARTER' as const, year, period: Number(m[3]) }
      : { kind: 'YEAR' as const, year, period: 1 };
  return casePeriodRange(r.kind, r.year, r.period) ? r : null;
}

/**
 * 办结自动评价: each closed case is scored from its timeliness and the citizen's rating by the rule in
 * force on the day it was closed. Versions are added, never changed, so that a published score stays
 * what it was.
 */
export interface CaseEvaluationRule {
  version: number;
  effectiveFrom: string;
  source: string;
  /** Points for the reply: within its last day, or late (any reply of the case late). */
  timeliness: { onTime: number; late: number };
  /** Points for the rating; `unrated` when the rating period passed without one. */
  satisfaction: { SATISFIED: number; BASICALLY_SATISFIED: number; DISSATISFIED: number; unrated: number };
  /** Taken off for each reopening. */
  perReopen: number;
  /** Lowest score of each grade, best first; below the last is 不合格. */
  grades: { label: string; min: number }[];
}
export const CASE_EVALUATION_RULES: readonly CaseEvaluationRule[] = [
  {
    version: 1,
    effectiveFrom: '2017-03-28',
    source: '本地工作惯例（待根据实际调整）',
    timeliness: { onTime: 50, late: 20 },
    satisfaction: { SATISFIED: 50, BASICALLY_SATISFIED: 40, DISSATISFIED: 0, unrated: 30 },
    perReopen: 10,
    grades: [
      { label: '优秀', min: 90 },
      { label: '良好', min: 75 },
      { label: '合格', min: 60 },
    ],
  },
];
export const CASE_FAILING_GRADE = '不合格';

/** The rule in force on a day (the latest version that had started). */
export function caseEvaluationRuleOn(day: string): CaseEvaluationRule {
  const rules = [...CASE_EVALUATION_RULES].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return rules.find((r) => r.effectiveFrom <= day) ?? rules[rules.length - 1];
}

export interface CaseEvaluation {
  score: number;
  grade: string;
  ruleVersion: number;
}
/** States in which a case's evaluation is final: rated, or closed unrated once the rating period passed. */
export const CASE_EVALUATED_STATES = ['RATED', 'UNRATED'] as const;

/** One closed case's automatic evaluation, once rated or past its rating period (the statistics compute the same in SQL). */
export function evaluateCase(c: {
  state: string;
  closedOn?: string | null;
  repliedLate: boolean;
  rating?: 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED' | null;
  reopenCount: number;
}): CaseEvaluation | null {
  if (!c.closedOn || !(CASE_EVALUATED_STATES as readonly string[]).includes(c.state)) return null;
  const rule = caseEvaluationRuleOn(c.closedOn);
  const score = Math.max(
    0,
    (c.repliedLate ? rule.timeliness.late : rule.timeliness.onTime) +
      (c.rating ? rule.satisfaction[c.rating] : rule.satisfaction.unrated) -
      rule.perReopen * c.reopenCount,
  );
  return { score, grade: rule.grades.find((g) => score >= g.min)?.label ?? CASE_FAILING_GRADE, ruleVersion: rule.version };
}

/** Personal data a citizen may have typed into a text that is to be published: phone numbers, ID numbers, e-mail addresses. */
export function redactPersonalData(text: string): string {
  // each number whole: not a run of digits inside a longer one (a date, a case number)
  return text
    .replace(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, '******************')
    .replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, (m) => `${m.slice(0, 3)}****${m.slice(7)}`)
    .replace(/(?<![\d-])0\d{2,3}-?\d{7,8}(?![\d-])/g, '****')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '****');
}
