// What the search finds of the policy documents: the portal's (published, proactive ones in full and
// those on application by title and number, as their page shows them) and the staff's (every
// document, found in the document list through the ability's filter).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SearchSource } from '../../common/search/source.js';
import { PolicyDocument } from './documents.entities.js';
import { toPublic } from './documents.public.js';
import { PUBLIC } from './documents.service.js';

/** The day of issue as the moment of publication (midnight in Asia/Shanghai). */
const issued = (d: PolicyDocument) => (d.issueDate ? new Date(`${d.issueDate}T00:00:00+08:00`) : null);

export const DOCUMENT_SEARCH: SearchSource = {
  kind: 'document',
  label: '政策文件',
  audience: 'public',
  entities: ['PolicyDocument'],
  load: async (em, ids) =>
    (await em.find(PolicyDocument, { $and: [PUBLIC, { id: { $in: ids } }] } as never)).map((d) => {
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
    }),
  allIds: async (em) => (await em.find(PolicyDocument, PUBLIC as never, { fields: ['id'] })).map((d) => d.id),
};

/** The staff kind: a classified document by its title and number only (its content never enters). */
export const DOCUMENT_STAFF_SEARCH: SearchSource = {
  kind: 'document.staff',
  label: '政策文件',
  audience: 'staff',
  entities: ['PolicyDocument'],
  load: async (em: EntityManager, ids) =>
    (await em.find(PolicyDocument, { id: { $in: ids } })).map((d) => ({
      id: d.id,
      title: d.title,
      number: d.documentNumber,
      body: d.classified ? null : d.body,
      governmentId: d.government.id,
      unitId: d.leadUnit.id,
      publishedAt: issued(d),
      path: `/documents/${d.id}`,
    })),
  allIds: async (em) => (await em.find(PolicyDocument, {}, { fields: ['id'] })).map((d) => d.id),
};
