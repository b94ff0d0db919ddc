// What the search finds of the policy documents: the portal's (published, proactive ones in full and
// those on application by title and number, as their page shows them) and the staff's (every
// document, found in the document list through the ability's filter).
import type { EntityManager } from '@mikro-orm/postgresql';
import { DOCUMENT_PUBLIC_ATTRIBUTES, DOCUMENT_PUBLISHED_STATES, isDocumentPublished } from '@gongkai/shared';
import type { SearchItem, SearchSource } from '../../common/search/source.js';
import { PolicyDocument } from './documents.entities.js';
import { toPublic } from './documents.public.js';
import { PUBLIC } from './documents.service.js';

/** The day of issue as the moment of publication (midnight in Asia/Shanghai). */
const issued = (d: PolicyDocument) => (d.issueDate ? new Date(`${d.issueDate}T00:00:00+08:00`) : null);

const publicItem = (d: PolicyDocument): SearchItem => {
  const p = toPublic(d);
  return {
    id: d.id,
    title: d.title,
    number: d.documentNumber,
    body: p.body,
    governmentId: d.government.id,
    unitId: d.leadUnit.id,
    publishedAt: issued(d),
    path: `/documents/${d.id}`,
  };
};

/** The staff kind: a classified document by its title and number only (its content never enters). */
const staffItem = (d: PolicyDocument): SearchItem => ({
  id: d.id,
  title: d.title,
  number: d.documentNumber,
  body: d.classified ? null : d.body,
  governmentId: d.government.id,
  unitId: d.leadUnit.id,
  publishedAt: issued(d),
  path: `/documents/${d.id}`,
});

/** Not on the portal, by what a document holds in memory (PUBLIC's conditions; a field not loaded says nothing). */
const certainlyNotPublic = (d: PolicyDocument) =>
  (d.state !== undefined && !DOCUMENT_PUBLISHED_STATES.includes(d.state)) ||
  d.classified === true ||
  (d.disclosureAttribute !== undefined && !(d.disclosureAttribute && DOCUMENT_PUBLIC_ATTRIBUTES.includes(d.disclosureAttribute)));

export const DOCUMENT_SEARCH: SearchSource = {
  kind: 'document',
  label: '政策文件',
  audience: 'public',
  entities: ['PolicyDocument'],
  load: async (em, ids) => (await em.find(PolicyDocument, { $and: [PUBLIC, { id: { $in: ids } }] } as never)).map(publicItem),
  // a draft is never on the portal, and its row (if it was issued before) goes without a read
  flushed: {
    entity: 'PolicyDocument',
    item: (d: PolicyDocument, inserted) => {
      if (certainlyNotPublic(d)) return null;
      if (!inserted) return undefined;
      // just inserted: every field is in memory (one never set is null in the row)
      const published = isDocumentPublished({ state: d.state, classified: d.classified, disclosureAttribute: d.disclosureAttribute ?? null });
      return published ? publicItem(d) : null;
    },
  },
  allIds: async (em) => (await em.find(PolicyDocument, PUBLIC as never, { fields: ['id'] })).map((d) => d.id),
};

export const DOCUMENT_STAFF_SEARCH: SearchSource = {
  kind: 'document.staff',
  label: '政策文件',
  audience: 'staff',
  entities: ['PolicyDocument'],
  load: async (em: EntityManager, ids) => (await em.find(PolicyDocument, { id: { $in: ids } })).map(staffItem),
  // every document is in the staff kind: one just inserted is indexed from memory
  flushed: { entity: 'PolicyDocument', item: (d: PolicyDocument, inserted) => (inserted ? staffItem(d) : undefined) },
  allIds: async (em) => (await em.find(PolicyDocument, {}, { fields: ['id'] })).map((d) => d.id),
};
