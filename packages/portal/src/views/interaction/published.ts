// What 与民互动 publishes: the statistics of a period and the closed cases published with consent.
import type { PublicCaseStatisticsQuery, PublicCaseSummariesQuery } from './gql/graphql';

export type PublishedStatistics = PublicCaseStatisticsQuery['publicCaseStatistics'];
export type StatRow = PublishedStatistics['byUnit'][number];
export type CaseSummary = PublicCaseSummariesQuery['publicCaseSummaries']['items'][number];

/** The figure keys of a row, in the order the definitions give them. */
export type StatFigure = Exclude<keyof StatRow, 'key' | 'label' | 'total' | '__typename'>;

/** A rate as a percentage with one decimal ("93.3%"); "—" when it has no denominator. */
export function rateText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** An average score with one decimal ("86.4"); "—" when no case was scored. */
export function scoreText(score: number | null | undefined): string {
  if (score === null || score === undefined) return '—';
  return (Math.round(score * 10) / 10).toFixed(1);
}

/** The figure of a row as shown: rates as percentages, the average score with one decimal, counts as they are. */
export function figureText(row: StatRow, figure: StatFigure): string {
  const v = row[figure];
  if (figure === 'averageScore') return scoreText(v);
  if (figure.endsWith('Rate')) return rateText(v);
  return String(v ?? 0);
}

/** Each rate's numerator and denominator, for the words under it ("已答复 14 件，应答复 15 件"). */
export const RATE_BASIS: Partial<Record<StatFigure, [StatFigure, StatFigure]>> = {
  replyRate: ['replied', 'due'],
  onTimeRate: ['onTime', 'replied'],
  satisfactionRate: ['satisfied', 'rated'],
  reopenRate: ['reopened', 'closed'],
};

/** The figures in the headline cards, and in the columns of the tables after 收件量. */
export const HEADLINE: StatFigure[] = ['accepted', 'replyRate', 'onTimeRate', 'satisfactionRate', 'reopenRate', 'averageScore'];

/** The class of an automatic evaluation grade (its colour), by its label. */
export function gradeClass(grade: string): string {
  const tone: Record<string, string> = { 优秀: 'excellent', 良好: 'good', 合格: 'pass' };
  return `grade grade--${tone[grade] ?? 'fail'}`;
}
