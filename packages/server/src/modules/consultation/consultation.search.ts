// What the search finds of the consultation topics: the portal's (those published for opinions, with
// their draft and explanations, and the summary of the opinions once the results are published) and the
// staff's (every topic, found in the admin's list through the ability's filter).
import { TOPIC_PUBLISHED_STATES } from '@gongkai/shared';
import type { SearchItem, SearchSource } from '../../common/search/source.js';
import { ConsultationTopic } from './consultation.entities.js';

const PUBLISHED = { state: { $in: [...TOPIC_PUBLISHED_STATES] } };

const item = (t: ConsultationTopic, summary: boolean, path: string): SearchItem => ({
  id: t.id,
  title: t.title,
  body: [t.draft, t.decisionBasis, t.draftingExplanation, summary ? t.summary : null].filter(Boolean).join('\n'),
  governmentId: t.government.id,
  unitId: t.undertakingUnit.id,
  publishedAt: t.publishedAt ?? null,
  path,
});

export const TOPIC_SEARCH: SearchSource = {
  kind: 'topic',
  label: '意见征集',
  audience: 'public',
  entities: ['ConsultationTopic'],
  load: async (em, ids) =>
    (await em.find(ConsultationTopic, { $and: [PUBLISHED, { id: { $in: ids } }] } as never)).map((t) =>
      item(t, t.state === 'RESULTS_PUBLISHED', `/consultations/${t.id}`),
    ),
  allIds: async (em) => (await em.find(ConsultationTopic, PUBLISHED as never, { fields: ['id'] })).map((t) => t.id),
};

/** The staff kind: every topic, its summary as soon as it is written (the list's ability filter decides who finds which). */
export const TOPIC_STAFF_SEARCH: SearchSource = {
  kind: 'topic.staff',
  label: '意见征集',
  audience: 'staff',
  entities: ['ConsultationTopic'],
  load: async (em, ids) => (await em.find(ConsultationTopic, { id: { $in: ids } })).map((t) => item(t, true, `/consultations/${t.id}`)),
  allIds: async (em) => (await em.find(ConsultationTopic, {}, { fields: ['id'] })).map((t) => t.id),
};
