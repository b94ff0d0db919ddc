// The shapes of the figures of system 8, as computed and as a release stores them (apart, so that the
// entity that stores a release need not import the statistics that make it).
import type { CASE_FIGURES, CaseEvaluationRule } from '@gongkai/shared';

export interface CaseStatRow {
  /** The unit's id, the kind or the channel; null on the total row (and for cases not yet assigned, by unit). */
  key: string | null;
  label: string;
  total: boolean;
  received: number;
  accepted: number;
  due: number;
  replied: number;
  onTime: number;
  closed: number;
  rated: number;
  unrated: number;
  satisfied: number;
  reopened: number;
  replyRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  reopenRate: number | null;
  averageScore: number | null;
}

/** What a release stores: the figures by unit, kind and channel, the definitions and the evaluation rule, as they were. */
export interface ReleaseData {
  periodLabel: string;
  asOf: string;
  definitions: typeof CASE_FIGURES;
  rule: CaseEvaluationRule;
  byUnit: CaseStatRow[];
  byKind: CaseStatRow[];
  byChannel: CaseStatRow[];
}
