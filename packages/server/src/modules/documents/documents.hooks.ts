// What other modules add to a policy document's life (declared here, registered by them).
import { createHook } from '../../common/hooks.js';
import type { PolicyDocument } from './documents.entities.js';

/** Before a draft leaves the unit and before it is forwarded: is what else it needs ready? */
export const documentReadiness = createHook<[PolicyDocument]>();
/** Inside the issuing transaction, after the number and date are set. */
export const documentIssued = createHook<[PolicyDocument]>();
