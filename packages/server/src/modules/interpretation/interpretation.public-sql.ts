// The portal's reads of interpretations in SQL, for prepared statements on `pg` (see common/db/prepared.ts).
import { INTERPRETATION_PUBLISHED_STATES } from '@gongkai/shared';
import { sqlConstants } from '../../common/db/prepared.js';
import type { PublicDocumentPart } from '../documents/documents.hooks.js';

/** The most interpretations a public document lists (publicInterpretationsOfDocuments). */
export const PER_DOCUMENT = 20;

/** A link to a published interpretation, as a public document lists it. */
export interface PublicInterpretationLinkJson {
  id: string;
  title: string;
  stage: number;
}

/** A public document's published interpretations, newest first, read in the document's statement (its row `d`). */
export const PUBLIC_DOCUMENT_INTERPRETATIONS: PublicDocumentPart = {
  field: 'interpretations',
  json: `(select coalesce(json_agg(json_build_object('id', i.id, 'title', i.title, 'stage', i.stage) order by i.published_at desc, i.stage desc), '[]')
    from (select i.id, i.title, i.stage, i.published_at from interpretation i
      where i.document_id = d.id and i.state in (${sqlConstants(INTERPRETATION_PUBLISHED_STATES)})
      order by i.published_at desc, i.stage desc limit ${PER_DOCUMENT}) i)`,
};
