// What the portal's search finds of the citizens' cases: the published summaries (办理情况公开), without
// personal data, as the portal lists them.
import { redactPersonalData } from '@gongkai/shared';
import type { SearchSource } from '../../common/search/source.js';
import { Case } from './complaints.entities.js';
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
