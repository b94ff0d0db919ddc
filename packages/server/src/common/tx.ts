import { DriverException, helper, OptimisticLockError, ReferenceKind, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from './context.js';
import { writeAudit } from './audit/audit.service.js';
import { AppError, CommonError, versionConflict } from './errors.js';
import { installedModules } from './modules.js';
import { backoff, dbFault, outcomeUnknown, retryable, serviceUnavailable, sleep } from './db/transient.js';

/** Turn database failures that are the user's doing into clear refusals; leave the rest alone. */
export function refusalFromDbError(e: unknown): unknown {
  if (e instanceof OptimisticLockError) return versionConflict();
  if (e instanceof UniqueConstraintViolationException) {
    const constraint = (e as { constraint?: string }).constraint ?? /"([^"]+)"/.exec(e.message)?.[1] ?? '';
    const refusal = installedModules().uniqueRefusals.get(constraint);
    if (refusal) return refusal();
  }
  // a text longer than its column (a safety net: services check the lengths they know)
  if (e instanceof DriverException && (e as { code?: string }).code === '22001') {
    return new AppError(CommonError.BAD_USER_INPUT, '输入内容过长，请缩短后重试');
  }
  return e;
}

/**
 * How many times a transaction is tried at most when it fails on a dropped connection or a conflict,
 * and for how long from the first attempt a new one may start (so that the answer comes while the
 * client still waits for it).
 */
const ATTEMPTS = 10;
const RETRY_WINDOW_MS = 8_000;

/**
 * Run `fn` in one database transaction. Audit entries queued with `audit()` are appended to the
 * chain at the end, after the last flush, so that row locks are always taken before the chain lock.
 * A nested call joins the outer transaction.
 *
 * A transaction that fails on a dropped connection, a serialization failure or a deadlock before
 * its COMMIT is run again from the start (`fn` with a fresh fork, a few times within a few seconds,
 * with jittered exponential backoff). `fn` must therefore have no effect outside the database that
 * a second run would repeat (work for afterwards goes to `afterCommit`); the objects the request
 * had loaded before are put back as they were before each new attempt (their fields and what the
 * ORM took as saved; not their collections). If the connection drops during the COMMIT itself, the
 * transaction's fate is asked of the database: committed is success, aborted is retried, and
 * anything else is answered as an unknown outcome, never retried blindly. What still fails is
 * SERVICE_UNAVAILABLE.
 */
export async function transaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.pendingAudit) return fn(ctx);
  const before = snapshotLoaded(ctx.em);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const afterCommit: (() => void)[] = [];
    let xid: string | undefined;
    let committing = false;
    let result!: T;
    try {
      await ctx.em.transactional(async (em) => {
        const tx: Ctx = { ...ctx, em, pendingAudit: [], afterCommit };
        const r = await fn(tx);
        await em.flush();
        // the transaction's id, to ask after it should its COMMIT go unanswered: answered by the
        // statement that appends the audit records (the chain's lock held no longer), or asked alone
        xid =
          (await writeAudit(tx, em, tx.pendingAudit!))?.xid ??
          (await em.execute<{ xid: string }[]>('select pg_current_xact_id()::text as xid'))[0].xid;
        result = r;
        committing = true;
      });
    } catch (e) {
      const fault = dbFault(e);
      if (!retryable(fault)) throw fault ? serviceUnavailable() : refusalFromDbError(e);
      const fate = committing ? await transactionFate(ctx, xid!) : 'aborted';
      if (fate === 'unknown') {
        ctx.log.error({ err: e, requestId: ctx.requestId, xid }, 'commit outcome unknown');
        throw outcomeUnknown();
      }
      if (fate === 'aborted') {
        if (attempt >= ATTEMPTS || Date.now() - started > RETRY_WINDOW_MS) {
          ctx.log.warn({ err: e, requestId: ctx.requestId, attempt }, 'transaction failed on a transient database fault');
          throw serviceUnavailable();
        }
        ctx.log.info({ fault, requestId: ctx.requestId, attempt }, 'transaction retried after a transient database fault');
        restoreLoaded(before);
        await sleep(backoff(attempt, 25, 500));
        continue;
      }
    }
    for (const f of afterCommit) f();
    return result;
  }
}

/**
 * Whether a transaction whose COMMIT went unanswered committed, asked on another connection; a
 * transaction still "in progress" belongs to a server process that is ending, so it is asked again
 * for a little while.
 */
async function transactionFate(ctx: Ctx, xid: string): Promise<'committed' | 'aborted' | 'unknown'> {
  for (let attempt = 1; attempt <= 8; attempt++) {
    try {
      const [row] = await ctx.em.getConnection().execute<{ status: string | null }[]>('select pg_xact_status(?::xid8) as status', [xid]);
      if (row?.status === 'committed') return 'committed';
      if (row?.status === 'aborted') return 'aborted';
    } catch (e) {
      if (!dbFault(e)) return 'unknown';
    }
    await sleep(backoff(attempt, 25, 250));
  }
  return 'unknown';
}

interface Loaded {
  entity: object;
  values: Record<string, unknown>;
  original: unknown;
}

/**
 * The fields and change-tracking state of the entities the request had loaded before the transaction.
 * A transaction's fork shares those objects: a failed attempt may have changed them (and flushed,
 * moving their tracked state on), so a retry starts from this copy instead.
 */
function snapshotLoaded(em: EntityManager): Loaded[] {
  const loaded: Loaded[] = [];
  for (const entity of em.getUnitOfWork(false).getIdentityMap()) {
    const wrapped = helper(entity);
    if (!wrapped.__initialized) continue;
    const values: Record<string, unknown> = {};
    for (const prop of wrapped.__meta.props) {
      if (prop.persist === false || prop.formula || prop.getter) continue; // not stored, or not settable
      if (
        prop.kind === ReferenceKind.SCALAR ||
        prop.kind === ReferenceKind.EMBEDDED ||
        prop.kind === ReferenceKind.MANY_TO_ONE ||
        (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)
      ) {
        values[prop.name] = copyValue((entity as Record<string, unknown>)[prop.name]);
      }
    }
    loaded.push({ entity, values, original: structuredClone(wrapped.__originalEntityData) });
  }
  return loaded;
}

/** Dates, arrays and plain objects (JSON) are copied, as a failed attempt may have changed them in place; anything else is kept as it is. */
function copyValue(v: unknown): unknown {
  if (v instanceof Date) return new Date(v);
  if (Array.isArray(v) || (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)) return structuredClone(v);
  return v;
}

function restoreLoaded(loaded: Loaded[]) {
  for (const { entity, values, original } of loaded) {
    Object.assign(entity, values);
    helper(entity).__originalEntityData = structuredClone(original) as never;
  }
}
