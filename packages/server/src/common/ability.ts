import { ForbiddenError, subject as tagSubject } from '@casl/ability';
import { rulesToQuery } from '@casl/ability/extra';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { Action, AppAbility, SubjectName } from '@gongkai/shared';
import type { Ctx } from './context.js';
import { forbidden, unauthenticated } from './errors.js';
import { countByBranches } from './paging.js';

/**
 * Translate the ability's rules for (action, subject) into a MikroORM filter, so that lists are
 * filtered in SQL. Condition keys `xxxId` map to the relation `xxx` when the entity has one.
 * Returns null when nothing at all is permitted.
 */
export function accessibleBy<T extends object>(ctx: Ctx, action: Action, subjectType: SubjectName, entity: EntityName<T>): FilterQuery<T> | null {
  const meta = ctx.em.getMetadata().find(entity);
  const mapKeys = (conditions: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(conditions)) {
      if (key.startsWith('$')) {
        out[key] = Array.isArray(value) ? value.map((v) => mapKeys(v as Record<string, unknown>)) : value;
        continue;
      }
      let prop = key;
      if (meta && !meta.properties[key as never] && key.endsWith('Id')) {
        const relation = key.slice(0, -2);
        if (meta.properties[relation as never]) prop = relation;
      }
      // on an array column, CASL's "equals" means "contains" (as in MongoDB)
      const property = meta?.properties[prop as never] as { type?: unknown } | undefined;
      const isArray = String(property?.type ?? '').endsWith('[]');
      out[prop] = isArray && typeof value === 'string' ? { $contains: [value] } : value;
    }
    return out;
  };
  const query = rulesToQuery(ctx.ability, action, subjectType, (rule) => {
    if (!rule.conditions) return rule.inverted ? { $and: [{ id: null }] } : {};
    const mapped = mapKeys(rule.conditions as Record<string, unknown>);
    return rule.inverted ? { $not: mapped } : mapped;
  });
  if (query === null) return null;
  const filter: Record<string, unknown> = {};
  if (query.$or) filter.$or = query.$or;
  if (query.$and) filter.$and = query.$and;
  if (query.$or?.some((c) => Object.keys(c).length === 0)) delete filter.$or;
  return countByBranches(filter) as FilterQuery<T>;
}

/** Refuse unless the user may do `action` on this object (checked after loading, and after changing). */
export function assertCan(ctx: Ctx, action: Action, type: SubjectName, object: object) {
  try {
    ForbiddenError.from(ctx.ability).throwUnlessCan(action, tagSubject(type, object as Record<string, unknown>) as never);
  } catch {
    throw ctx.user ? forbidden() : unauthenticated();
  }
}

export function assertCanType(ctx: Ctx, action: Action, type: SubjectName) {
  if (!(ctx.ability as AppAbility).can(action, type)) throw ctx.user ? forbidden() : unauthenticated();
}

export function requireUser(ctx: Ctx) {
  if (!ctx.user || !ctx.actor) throw unauthenticated();
  return ctx.actor;
}
