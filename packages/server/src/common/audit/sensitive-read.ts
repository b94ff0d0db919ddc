import type { Ctx } from '../context.js';
import { transaction } from '../tx.js';
import { audit } from './audit.service.js';

/**
 * Record that the user read personal data (contact details of citizens, invitees, supervisors):
 * `count` records of the subject showed it. Nothing is written when none did.
 */
export async function recordSensitiveRead(ctx: Ctx, action: string, subjectType: string, subjectId: string, count: number) {
  if (!count) return;
  await transaction(ctx, async (tx) => audit(tx, { action, subjectType, subjectId, after: { count } }));
}
