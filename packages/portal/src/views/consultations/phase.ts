import type { WindowPhase } from '../../gql/graphql';

/** The tabs of the column, in the query string as `?phase=upcoming` (征集中 needs none). */
export const PHASE_TABS: { phase: WindowPhase; slug: string; empty: string }[] = [
  { phase: 'OPEN', slug: 'open', empty: '暂无正在征集意见的议题。' },
  { phase: 'UPCOMING', slug: 'upcoming', empty: '暂无即将开始征集意见的议题。' },
  { phase: 'CLOSED', slug: 'closed', empty: '暂无已结束征集的议题。' },
];

export const phaseTab = (slug: string) => PHASE_TABS.find((t) => t.slug === slug) ?? PHASE_TABS[0];
