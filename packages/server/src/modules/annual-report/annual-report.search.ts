// What the portal's search finds of the annual reports: the published ones, by their text sections.
import type { SearchSource } from '../../common/search/source.js';
import { AnnualReport } from './annual-report.entities.js';

const PUBLISHED = { state: 'PUBLISHED' as const };

export const ANNUAL_REPORT_SEARCH: SearchSource = {
  kind: 'annualReport',
  label: '年度报告',
  audience: 'public',
  entities: ['AnnualReport'],
  load: async (em, ids) =>
    (await em.find(AnnualReport, { ...PUBLISHED, id: { $in: ids } }, { populate: ['unit'] })).map((r) => ({
      id: r.id,
      title: `${r.unit.getEntity().name}${r.year}年政府信息公开工作年度报告`,
      body: [r.overview, r.problems, r.otherMatters].filter(Boolean).join('\n'),
      governmentId: r.government.id,
      unitId: r.unit.id,
      publishedAt: r.publishedAt ?? null,
      path: `/documents/annual-reports/${r.id}`,
    })),
  allIds: async (em) => (await em.find(AnnualReport, PUBLISHED, { fields: ['id'] })).map((r) => r.id),
};
