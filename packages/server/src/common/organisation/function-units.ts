import { UNIT_FUNCTION_LABELS, type UnitFunction } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { AppError } from '../errors.js';
import { Unit } from './organisation.entities.js';

/** The unit that carries a function at a government's level (its 政务公开办公室, 秘书科, 文电科 …). */
export async function functionUnitId(ctx: Ctx, governmentId: string, fn: UnitFunction): Promise<string> {
  const unit = await ctx.em.findOne(Unit, { function: fn, government: governmentId, active: true });
  if (!unit) throw new AppError('FUNCTION_UNIT_MISSING', `本级尚未设置${UNIT_FUNCTION_LABELS[fn]}，请联系系统管理员`);
  return unit.id;
}
