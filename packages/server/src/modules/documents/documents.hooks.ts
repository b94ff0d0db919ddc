// What other modules add to a policy document's life (declared here, registered by them).
import { createHook } from '../../common/hooks.js';
import type { PolicyDocument } from './documents.entities.js';

/** Before a draft leaves the unit and before it is forwarded: is what else it needs ready? */
export const documentReadiness = createHook<[PolicyDocument]>();
/** Inside the issuing transaction, after the number and date are set. */
export const documentIssued = createHook<[PolicyDocument]>();

/**
 * What another module shows with a document on the portal, read in the document's own statement: `json`
 * is a JSON expression over the document's row `d`, asked only when the request selects `field`, and
 * handed to that field's resolver in `PublicDocument.parts`.
 */
export interface PublicDocumentPart {
  field: string;
  json: string;
}
const publicParts: PublicDocumentPart[] = [];
let publicPartsRead = false;
export const publicDocumentParts = {
  /** At load: the statement is written once, on its first use. */
  register(part: PublicDocumentPart) {
    if (publicPartsRead) throw new Error(`public document part ${part.field} registered after the statement was written`);
    publicParts.push(part);
  },
  list(): readonly PublicDocumentPart[] {
    publicPartsRead = true;
    return publicParts;
  },
};
