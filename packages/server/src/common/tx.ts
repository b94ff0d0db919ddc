import { DriverException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Ctx } from './context.js';
import { writeAudit } from './audit/audit.service.js';
import { AppError, CommonError, versionConflict } from './errors.js';

/** Unique constraints whose violation is a user's mistake, with the refusal to give. */
const UNIQUE_REFUSALS: Record<string, () => AppError> = {
  app_user_username_unique: () => new AppError('USERNAME_TAKEN', '该用户名已被使用', { field: 'username' }),
  policy_parameter_version_key_effective_from_unique: () =>
    new AppError('PARAMETER_VERSION_EXISTS', '该参数在此生效日期已有版本，历史版本不可修改', { field: 'effectiveFrom' }),
  evaluation_appeal_one_open_per_score: () => new AppError('APPEAL_PENDING', '该项得分已有待答复的申诉'),
  evaluation_score_round_id_unit_id_indicator_id_unique: () =>
    new AppError('VERSION_CONFLICT', '该项指标刚由他人评分，请刷新后重试', { field: 'score' }),
  // serialised by locks; kept as plain refusals should a writer ever skip them
  indicator_system_government_id_year_revision_unique: () => new AppError('VERSION_CONFLICT', '同时有人新建了该年度的指标体系，请刷新后重试'),
  questionnaire_round_id_unique: () => new AppError('VERSION_CONFLICT', '该评估轮次的问卷刚由他人设置，请刷新后重试'),
  attendance_proposal_agenda_item_id_unique: () => new AppError('VERSION_CONFLICT', '该议题的列席意见已由他人填写，请刷新后重试'),
  interpretation_document_id_stage_unique: () => new AppError('VERSION_CONFLICT', '该期解读已由他人填写，请刷新后重试'),
  supervisor_user_id_unique: () => new AppError('SUPERVISOR_ACCOUNT_TAKEN', '该账号已关联其他监督员', { field: 'userId' }),
};

/** Turn database failures that are the user's doing into clear refusals; leave the rest alone. */
export function refusalFromDbError(e: unknown): unknown {
  if (e instanceof OptimisticLockError) return versionConflict();
  if (e instanceof UniqueConstraintViolationException) {
    const constraint = (e as { constraint?: string }).constraint ?? /"([^"]+)"/.exec(e.message)?.[1] ?? '';
    const refusal = UNIQUE_REFUSALS[constraint];
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
