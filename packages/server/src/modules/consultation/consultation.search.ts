// What the portal's search finds of the consultation topics: those published for opinions, with their
// draft and explanations, and the summary of the opinions once the results are published.
import { TOPIC_PUBLISHED_STATES } from '@gongkai/shared';
import type { SearchSource } from '../../common/search/source.js';
import { ConsultationTopic } from './consultation.entities.js';

const PUBLISHED = { state: { $in: [...TOPIC_PUBLISHED_STATES] } };

export const TOPIC_SEARCH: SearchSource = {
  kind: 'topic',
  label: '意见征集',
  audience: 'public',
  entities: ['ConsultationTopic'],
  load: async (em, ids) =>
    (await em.find(ConsultationTopic, { $and: [PUBLISHED, { id: { $in: ids } }] } as never)).map((t) => ({
      id: t.id,
      title: t.title,
      body: [t.draft, t.decisionBasis, t.draftingExplanation, t.state === 'RESULTS_PUBLISHED' ? t.summary : null].filter(Boolean).join('\n'),
      governmentId: t.government.id,
      unitId: t.undertakingUnit.id,
      publishedAt: t.publishedAt ?? null,
      path: `/consultations/${t.id}`,
    })),
  allIds: async (em) => (await em.find(ConsultationTopic, PUBLISHED as never, { fields: ['id'] })).map((t) => t.id),
};
