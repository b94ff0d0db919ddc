import { abilityFor, buildAbility, rulesFor, type AppAbility } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { forbidden, notFound } from '../errors.js';
import { subject as tagSubject } from '@casl/ability';
import { requireUser } from '../ability.js';
import { Unit } from './organisation.entities.js';

/** The government and the governments below it (a city's counties; a province's cities and their counties). */
export async function governmentsUnder(ctx: Ctx, governmentId: string): Promise<string[]> {
  const rows = await ctx.em.execute<{ id: string }[]>(
    `with recursive levels as (select id from unit where id = ? union select u.id from unit u join levels l on u.parent_id = l.id where u.kind = 'GOVERNMENT')
     select id from levels`,
    [governmentId],
  );
  return rows.map((x) => x.id);
}

/** The active governments directly below one (a city's counties), in the directory's order. */
export function governmentsBelow(ctx: Ctx, governmentId: string): Promise<Unit[]> {
  return ctx.em.find(
    Unit,
    { kind: 'GOVERNMENT', active: true, id: { $ne: governmentId }, parent: { government: governmentId } },
    { orderBy: { sortOrder: 'asc', name: 'asc' } },
  );
}

/**
 * What the leaders of these governments read, as one ability: each government's leader rules, joined
 * (no rule of a leader is inverted, so the union reads exactly what any of them reads).
 */
export function leadersAbility(userId: string, governmentIds: readonly string[]): AppAbility {
  if (governmentIds.length === 1) {
    const g = governmentIds[0]!;
    return abilityFor({ userId, unitId: g, governmentId: g, roles: ['LEADER'] });
  }
  return buildAbility(governmentIds.flatMap((g) => rulesFor({ userId, unitId: g, governmentId: g, roles: ['LEADER'] })));
}

/** Which government a dashboard is read for: one (the reader's own by default, or one below it), alone or with its children. */
export interface GovernmentScope {
  governmentId?: string | null;
  withChildren?: boolean | null;
}

/** A dashboard's reader for a scope: the context to count with, and the governments it covers. */
export interface ScopedReader {
  ctx: Ctx;
  governmentIds: string[];
  /** False when the reader reads their own government as they always do (no scope asked). */
  scoped: boolean;
}

/**
 * The reader of a dashboard for a scope. With no scope, the reader reads as always (their own ability,
 * a unit its own records). With one, only those who read their government at a glance (leaders, the
 * Disclosure Office) may ask, for their government or one below it, alone or with the governments
 * directly below it; the figures are then counted as those governments' leaders count them, the same
 * definitions as each government's own dashboard. Upwards and sideways is NOT_FOUND.
 */
export async function scopedReader(ctx: Ctx, scope?: GovernmentScope | null): Promise<ScopedReader> {
  const actor = requireUser(ctx);
  const targetId = scope?.governmentId ?? actor.governmentId;
  if (targetId === actor.governmentId && !scope?.withChildren) return { ctx, governmentIds: [actor.governmentId], scoped: false };
  if (!ctx.ability.can('read', tagSubject('GovernmentOverview', { governmentId: actor.governmentId }) as never)) {
    throw forbidden('只有政府领导和政务公开办可以查看下级政府或汇总的数据');
  }
  const government = await ctx.em.findOne(Unit, { id: targetId, kind: 'GOVERNMENT' }, { fields: ['id'] });
  if (!government || !(await governmentsUnder(ctx, actor.governmentId)).includes(government.id)) throw notFound('该政府');
  const governmentIds = [government.id, ...(scope?.withChildren ? (await governmentsBelow(ctx, government.id)).map((g) => g.id) : [])];
  return { ctx: { ...ctx, ability: leadersAbility(actor.userId, governmentIds) }, governmentIds, scoped: true };
}
