import { DriverException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Ctx } from './context.js';
import { writeAudit } from './audit/audit.service.js';
import { AppError, CommonError, versionConflict } from './errors.js';
import { installedModules } from './modules.js';

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
 * Run `fn` in one database transaction. Audit entries queued with `audit()` are appended to the
 * chain at the end, after the last flush, so that row locks are always taken before the chain lock.
 * A nested call joins the outer transaction.
 */
export async function transaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.pendingAudit) return fn(ctx);
  const afterCommit: (() => void)[] = [];
  let result: T;
  try {
    result = await ctx.em.transactional(async (em) => {
      const tx: Ctx = { ...ctx, em, pendingAudit: [], afterCommit };
      const r = await fn(tx);
      await em.flush();
      await writeAudit(tx, em, tx.pendingAudit!);
      return r;
    });
  } catch (e) {
    throw refusalFromDbError(e);
  }
  for (const f of afterCommit) f();
  return result;
}
