// Idempotency keys for creations. A client that sent a creation and got no answer (a dropped
// connection, a commit of unknown outcome) sends it again with the same key and gets the object
// the first request made, never a second one. A module makes a mutation idempotent in one line:
//
//   createThing(@GqlCtx() ctx: Ctx, @Arg('input', () => ThingInput) input: ThingInput, @IdempotencyKey() key: string | null) {
//     return idempotent(ctx, key, { operation: 'createThing', payload: input, entity: Thing }, (tx) => svc.createThing(tx, input));
//   }
import { createHash } from 'node:crypto';
import type { EntityName } from '@mikro-orm/core';
import { Arg } from 'type-graphql';
import type { Ctx } from '../context.js';
import { AppError, badInput, notFound, unauthenticated } from '../errors.js';
import { transaction } from '../tx.js';
import { IdempotencyRecord } from './idempotency.entities.js';
import { IdempotencyError } from './idempotency.errors.js';

/** What a key may look like: 8 to 100 letters, digits, `_` or `-` (a UUID, a ULID, a random token). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * How long a key is remembered, in days. A client retries within seconds or minutes of its first
 * try; records older than this are pruned (`pruneIdempotencyRecords`, run by the server once a day),
 * after which the same key would create anew.
 */
export const IDEMPOTENCY_RETENTION_DAYS = 7;

/** The optional `idempotencyKey` argument of a creation mutation. */
export const IdempotencyKey = () =>
  Arg('idempotencyKey', () => String, {
    nullable: true,
    description:
      'Made by the client once per intended creation (8–100 of A–Z a–z 0–9 _ -). A retry with the same key by the same user answers the object the first request made; the same key with other arguments is refused (IDEMPOTENCY_KEY_REUSED).',
  });

export interface IdempotentOperation<T> {
  /** The operation's name, e.g. the mutation's (a key counts per user and per operation). */
  operation: string;
  /** The arguments besides the key: a retry must send the same. */
  payload: unknown;
  /** The entity the operation answers with, to load it again for a retry. */
  entity: EntityName<T>;
  /** Relations to load with it for the answer (as the first answer had them). */
  populate?: readonly string[];
}

/**
 * Run a creation under an idempotency key. Without a key it is simply `fn`. With one, in one
 * transaction: the key is locked for this user and operation, and either the record of an earlier
 * request answers (the same object, with nothing written, no audit entry) or `fn` runs and the key
 * is recorded with the id of what it returned. Concurrent requests with the same key wait for each
 * other; the unique constraint on the record is the last guard.
 */
export async function idempotent<T extends { id: string }>(
  ctx: Ctx,
  key: string | null | undefined,
  op: IdempotentOperation<T>,
  fn: (tx: Ctx) => Promise<T>,
): Promise<T> {
  if (key == null) return fn(ctx);
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw badInput('提交标识格式不正确（应为8至100位字母、数字、下划线或连字符），请刷新页面后重试', 'idempotencyKey');
  }
  const userId = ctx.actor?.userId;
  if (!userId) throw unauthenticated();
  const payloadHash = hashPayload(op.payload);
  return transaction(ctx, async (tx) => {
    await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`idempotency:${userId}:${op.operation}:${key}`]);
    const earlier = await tx.em.findOne(IdempotencyRecord, { userId, operation: op.operation, key });
    if (earlier) {
      if (earlier.payloadHash !== payloadHash) throw keyReused();
      const found = await tx.em.findOne(op.entity, { id: earlier.resultId } as never, { populate: op.populate as never });
      if (!found) throw notFound();
      return found as T;
    }
    const result = await fn(tx);
    await tx.em.flush();
    tx.em.persist(tx.em.create(IdempotencyRecord, { userId, operation: op.operation, key, payloadHash, resultId: result.id }));
    await tx.em.flush();
    return result;
  });
}

export const keyReused = () =>
  new AppError(IdempotencyError.IDEMPOTENCY_KEY_REUSED, '该提交标识已用于另一份内容，请刷新页面后重新提交', { field: 'idempotencyKey' });

/** Delete the records older than the retention period; returns how many were deleted. */
export async function pruneIdempotencyRecords(ctx: Pick<Ctx, 'em'>, retentionDays = IDEMPOTENCY_RETENTION_DAYS): Promise<number> {
  const rows = await ctx.em.execute<{ n: number }[]>(
    `with gone as (delete from idempotency_record where created_at < now() - make_interval(days => ?) returning 1) select count(*)::int as n from gone`,
    [retentionDays],
  );
  return rows[0]?.n ?? 0;
}

/** A stable digest of a JSON-like value: object keys sorted, `undefined` left out, dates as ISO text. */
export function hashPayload(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex');
}

function canonical(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
