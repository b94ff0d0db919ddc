// What the portal's search finds of the interpretations: those published with a public document.
import type { SearchSource } from '../../common/search/source.js';
import { Interpretation } from './interpretation.entities.js';
import { PUBLIC } from './interpretation.service.js';

export const INTERPRETATION_SEARCH: SearchSource = {
  kind: 'interpretation',
  label: '政策解读',
  audience: 'public',
  // an interpretation is published with its document: the document's change may publish or withdraw it
  entities: ['Interpretation', 'PolicyDocument'],
  affected: async (em, entity, ids) =>
    entity === 'PolicyDocument' ? (await em.find(Interpretation, { document: { $in: ids } }, { fields: ['id'] })).map((i) => i.id) : ids,
  load: async (em, ids) =>
    (await em.find(Interpretation, { $and: [PUBLIC, { id: { $in: ids } }] } as never)).map((i) => ({
      id: i.id,
      title: i.title,
      body: [i.content, i.qa].filter(Boolean).join('\n'),
      governmentId: i.government.id,
      unitId: i.ownerUnit.id,
      publishedAt: i.publishedAt ?? null,
      path: `/interpretations/${i.id}`,
    })),
  allIds: async (em) => (await em.find(Interpretation, PUBLIC as never, { fields: ['id'] })).map((i) => i.id),
};
