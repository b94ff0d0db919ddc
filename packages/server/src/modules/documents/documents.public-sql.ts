// The portal's reads of documents as prepared statements on `pg` (see common/db/prepared.ts): the
// ORM's criteria, value inlining and hydration cost more than the statements themselves here.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DOCUMENT_PUBLIC_ATTRIBUTES, DOCUMENT_PUBLISHED_STATES, type DisclosureAttribute, type DocumentKind } from '@gongkai/shared';
import { prepared, queryPrepared, sqlConstants, type PreparedStatement } from '../../common/db/prepared.js';
import { publicDocumentParts } from './documents.hooks.js';
import type { PublicDocument } from './documents.public.js';

/** The SQL form of "published" (PUBLIC in documents.service.ts, isDocumentPublished in the shared states) over `d`. */
export const PUBLIC_SQL = `d.state in (${sqlConstants(DOCUMENT_PUBLISHED_STATES)}) and not d.classified
  and d.disclosure_attribute in (${sqlConstants(DOCUMENT_PUBLIC_ATTRIBUTES)})`;

/** What the portal shows of a document (toPublic): the body and addressees only when it is proactive. */
const PUBLIC_COLUMNS = `d.id, d.kind, d.title, d.document_number, d.issuing_authority, to_char(d.issue_date, 'YYYY-MM-DD') as issue_date,
  d.disclosure_attribute,
  case when d.disclosure_attribute = 'PROACTIVE' then d.body end as body,
  case when d.disclosure_attribute = 'PROACTIVE' then d.addressees end as addressees,
  d.lead_unit_id`;

export interface PublicDocumentRow {
  id: string;
  kind: DocumentKind;
  title: string;
  document_number: string | null;
  issuing_authority: string | null;
  issue_date: string | null;
  disclosure_attribute: DisclosureAttribute;
  body: string | null;
  addressees: string | null;
  lead_unit_id: string;
}

export const publicDocumentOf = (r: PublicDocumentRow): PublicDocument => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  documentNumber: r.document_number,
  issuingAuthority: r.issuing_authority,
  issueDate: r.issue_date,
  disclosureAttribute: r.disclosure_attribute,
  body: r.body,
  addressees: r.addressees,
  leadUnitId: r.lead_unit_id,
});

/** One public document by id ($1) with the registered parts (each asked by its flag, $2 …) as a JSON array. */
let byId: PreparedStatement<PublicDocumentRow & { parts: unknown[] }> | null = null;
function byIdStatement() {
  if (byId) return byId;
  const parts = publicDocumentParts.list();
  const text = `select ${PUBLIC_COLUMNS},
  json_build_array(${parts.map((p, i) => `case when $${i + 2}::boolean then ${p.json} end`).join(', ')}) as parts
from policy_document d
where d.id = $1 and ${PUBLIC_SQL}`;
  // named by its text: the parts are those of the modules installed
  byId = prepared(`public_document_${createHash('sha1').update(text).digest('hex').slice(0, 12)}`, text);
  return byId;
}

/** The public document `id` with the parts the request asks for (by field name), or null when it is not public. */
export async function readPublicDocument(em: EntityManager, id: string, asks: (field: string) => boolean): Promise<PublicDocument | null> {
  const statement = byIdStatement();
  const fields = publicDocumentParts.list().map((p) => p.field);
  const flags = fields.map(asks);
  const [row] = await queryPrepared(em, statement, [id, ...flags]);
  if (!row) return null;
  const doc = publicDocumentOf(row);
  doc.parts = {};
  fields.forEach((field, i) => {
    if (flags[i]) doc.parts![field] = row.parts[i];
  });
  return doc;
}
