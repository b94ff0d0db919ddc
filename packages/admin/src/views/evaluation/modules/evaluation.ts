// What the evaluation pages share: tag colours of the states, the indicator tree built from the
// flat list, sums in hundredths (as the server compares them), the units the notice evaluates.
import { computed } from 'vue';
import { useQuery } from '@urql/vue';
import type { AppealState, EvaluationGroup, Grade, IndicatorSystemState, RoundState } from '@gongkai/shared';
import { EvaluationRoundsDocument, type IndicatorFieldsFragment } from '../gql/graphql';
import type { UnitFieldsFragment } from '@/views/units/gql/graphql';

type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info';

export const SYSTEM_STATE_TAG: Record<IndicatorSystemState, TagType> = { DRAFT: 'warning', APPROVED: 'success' };
export const ROUND_STATE_TAG: Record<RoundState, TagType> = { PREPARING: 'info', SCORING: 'warning', REVIEW: 'primary', PUBLISHED: 'success' };
export const APPEAL_STATE_TAG: Record<AppealState, TagType> = { SUBMITTED: 'warning', ACCEPTED: 'success', REJECTED: 'info' };
export const GRADE_TAG: Record<Grade, TagType> = { EXCELLENT: 'success', GOOD: 'primary', PASS: 'warning', FAIL: 'danger' };

/** The score sheet of a round (.xlsx, served by the API, same origin). */
export const scoreSheetUrl = (roundId: string) => `/evaluation/rounds/${roundId}/xlsx`;

/** Scores are kept to two decimals; sums are compared in hundredths, as the server does. */
export const cents = (n: number | null | undefined) => Math.round((n ?? 0) * 100);
/** 12.5 → '12.5', 12 → '12' */
export const points = (n: number | null | undefined) => (n == null ? '—' : String(Math.round(n * 100) / 100));
/** A change on last year, with its sign. */
export const signed = (n: number | null | undefined) => (n == null ? '—' : n > 0 ? `+${points(n)}` : points(n));

export type IndicatorNode = IndicatorFieldsFragment & { children?: IndicatorNode[] };

/** The flat indicator list (in outline order) as a tree; leaves have no `children` key, so el-table shows no arrow. */
export function indicatorTree(list: readonly IndicatorFieldsFragment[]): IndicatorNode[] {
  const byId = new Map<string, IndicatorNode>(list.map((i) => [i.id, { ...i }]));
  const roots: IndicatorNode[] = [];
  for (const n of byId.values()) {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    if (parent) (parent.children ??= []).push(n);
    else roots.push(n);
  }
  return roots;
}

/** The group a unit is ranked in (as the server decides it), or null when the notice does not evaluate it. */
export function evaluationGroupOf(u: Pick<UnitFieldsFragment, 'function' | 'kind' | 'level'>): EvaluationGroup | null {
  if (u.function || u.kind === 'SECTION' || u.kind === 'EXTERNAL') return null;
  if (u.level === 'COUNTY') return u.kind === 'GOVERNMENT' ? 'COUNTY_GOVERNMENT' : 'COUNTY_DEPARTMENT';
  if (u.level === 'CITY' && u.kind !== 'GOVERNMENT') return 'CITY_UNIT';
  return null;
}

/** Rounds the user may read, newest first; `released` keeps those whose scores went to the units. */
export function useRounds(filter: (state: RoundState) => boolean = () => true) {
  const result = useQuery({ query: EvaluationRoundsDocument, requestPolicy: 'cache-and-network' });
  const rounds = computed(() => (result.data.value?.evaluationRounds ?? []).filter((r) => filter(r.state as RoundState)));
  return { result, rounds, refetch: () => result.executeQuery({ requestPolicy: 'network-only' }) };
}

export const isReleased = (state: RoundState) => state === 'REVIEW' || state === 'PUBLISHED';
