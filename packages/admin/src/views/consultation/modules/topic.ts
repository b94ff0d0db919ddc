import { asSubject, isMajorDecision, type SubjectObject, type TopicCategory, type TopicState } from '@gongkai/shared';
import type { OpinionFieldsFragment, TopicFieldsFragment, TopicListFieldsFragment } from '../gql/graphql';

export type TopicRow = TopicListFieldsFragment;
export type TopicDetail = TopicFieldsFragment;
export type OpinionRow = OpinionFieldsFragment;

export const TOPIC_STATE_TAG: Record<TopicState, 'info' | 'warning' | 'success' | 'danger' | 'primary'> = {
  DRAFT: 'info',
  SUBMITTED: 'warning',
  RETURNED: 'danger',
  APPROVED: 'primary',
  PUBLISHED: 'success',
  RESULTS_PUBLISHED: 'success',
};

/** States in which the undertaking unit may still change the topic and (re)submit it. */
export const TOPIC_EDITABLE_STATES: readonly TopicState[] = ['DRAFT', 'RETURNED'];

/** The topic as a CASL subject: the fields the rules' conditions name. */
export function topicSubject(t: Pick<TopicRow, 'id' | 'undertakingUnitId' | 'governmentId' | 'state'>): SubjectObject {
  return asSubject('ConsultationTopic', { id: t.id, undertakingUnitId: t.undertakingUnitId, governmentId: t.governmentId, state: t.state });
}

export function opinionSubject(o: Pick<OpinionRow, 'id' | 'undertakingUnitId' | 'governmentId'>): SubjectObject {
  return asSubject('Opinion', { id: o.id, undertakingUnitId: o.undertakingUnitId, governmentId: o.governmentId });
}

/** The minimum window for a category, as the parameters in force today set it (the server checks). */
export function defaultMinDays(category: TopicCategory): number {
  return isMajorDecision(category) ? 30 : 5;
}

/** Calendar days of a window, both ends included (YYYY-MM-DD strings). */
export function windowDays(start: string | null | undefined, end: string | null | undefined): number | null {
  if (!start || !end) return null;
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${end}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000) + 1;
}

/** 0.8333 → '83.3%'; no figure yet → '—'. */
export function percent(rate: number | null | undefined): string {
  if (rate == null) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
