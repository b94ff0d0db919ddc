// What the portal's search finds of the citizens' cases: the published summaries (办理情况公开), without
// personal data, as the portal lists them, and the published statistics of each period.
import { casePeriodLabel, redactPersonalData } from '@gongkai/shared';
import type { SearchSource } from '../../common/search/source.js';
import { Case, CaseStatisticsRelease } from './complaints.entities.js';
import { PUBLIC_CASE } from './complaints.service.js';

export const CASE_SEARCH: SearchSource = {
  kind: 'case',
  label: '办理情况',
  audience: 'public',
  entities: ['Case'],
  load: async (em, ids) =>
    (await em.find(Case, { $and: [PUBLIC_CASE, { id: { $in: ids } }] } as never)).map((c) => ({
      id: c.id,
      title: redactPersonalData(c.title),
      body: [redactPersonalData(c.content), c.reply ? redactPersonalData(c.reply) : null].filter(Boolean).join('\n'),
      governmentId: c.government.id,
      unitId: c.assignedUnit?.id ?? null,
      publishedAt: c.closedOn ? new Date(`${c.closedOn}T00:00:00+08:00`) : null,
      path: '/interaction/cases',
    })),
  allIds: async (em) => (await em.find(Case, PUBLIC_CASE as never, { fields: ['id'] })).map((c) => c.id),
};

/** The published statistics of a period (办理情况统计), as the portal lists them: the city's. */
export const CASE_STATISTICS_SEARCH: SearchSource = {
  kind: 'caseStatistics',
  label: '办理情况统计',
  audience: 'public',
  entities: ['CaseStatisticsRelease'],
  load: async (em, ids) =>
    (await em.find(CaseStatisticsRelease, { id: { $in: ids }, government: { level: 'CITY' } } as never)).map((r) => {
      const period = casePeriodLabel(r.periodKind, r.year, r.period);
      return {
        id: r.id,
        title: `${period}群众举报投诉建议办理情况统计`,
        body: `${period}受理量、答复率、满意率、按期办结率等办理情况统计`,
        governmentId: r.government.id,
        publishedAt: r.publishedAt,
        path: `/interaction/statistics/${r.periodKey}`,
      };
    }),
  allIds: async (em) => (await em.find(CaseStatisticsRelease, { government: { level: 'CITY' } } as never, { fields: ['id'] })).map((r) => r.id),
};
