// What the search finds of the interpretations: the portal's (those published with a public document)
// and the staff's (every interpretation, found in the admin's list through the ability's filter).
import type { SearchItem, SearchSource } from '../../common/search/source.js';
import { Interpretation } from './interpretation.entities.js';
import { PUBLIC } from './interpretation.service.js';

const item = (i: Interpretation, path: string): SearchItem => ({
  id: i.id,
  title: i.title,
  body: [i.content, i.qa].filter(Boolean).join('\n'),
  governmentId: i.government.id,
  unitId: i.ownerUnit.id,
  publishedAt: i.publishedAt ?? null,
  path,
});

export const INTERPRETATION_SEARCH: SearchSource = {
  kind: 'interpretation',
  label: '政策解读',
  audience: 'public',
  // an interpretation is published with its document: the document's change may publish or withdraw it
  entities: ['Interpretation', 'PolicyDocument'],
  affected: async (em, entity, ids, inserted) => {
    if (entity !== 'PolicyDocument') return ids;
    // a document just inserted has no interpretation but those inserted with it (indexed as interpretations)
    const before = ids.filter((id) => !inserted.has(id));
    return before.length ? (await em.find(Interpretation, { document: { $in: before } }, { fields: ['id'] })).map((i) => i.id) : [];
  },
  load: async (em, ids) =>
    (await em.find(Interpretation, { $and: [PUBLIC, { id: { $in: ids } }] } as never)).map((i) => item(i, `/interpretations/${i.id}`)),
  allIds: async (em) => (await em.find(Interpretation, PUBLIC as never, { fields: ['id'] })).map((i) => i.id),
};

/** The staff kind: every interpretation, drafts included (the list's ability filter decides who finds which). */
export const INTERPRETATION_STAFF_SEARCH: SearchSource = {
  kind: 'interpretation.staff',
  label: '政策解读',
  audience: 'staff',
  entities: ['Interpretation'],
  load: async (em, ids) => (await em.find(Interpretation, { id: { $in: ids } })).map((i) => item(i, `/interpretations/${i.id}`)),
  allIds: async (em) => (await em.find(Interpretation, {}, { fields: ['id'] })).map((i) => i.id),
};
