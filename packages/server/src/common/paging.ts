import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/postgresql';

/** Page arguments made safe: a page from 1, at most 100 rows. */
export function pageWindow(page: number, pageSize: number) {
  const limit = Math.min(Math.max(pageSize, 1), 100);
  return { limit, offset: (Math.max(page, 1) - 1) * limit };
}

/** Text for a LIKE pattern, with its wildcards taken literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Whether the client asked for `field` of the object a resolver returns (a list page's `total`, say):
 * what is not asked for need not be computed. A fragment spread on the object counts as asking (its
 * fields are not looked into).
 */
export function asksFor(info: Pick<GraphQLResolveInfo, 'fieldNodes'>, field: string): boolean {
  return info.fieldNodes.some((node) => (node.selectionSet?.selections ?? []).some((s) => s.kind !== Kind.FIELD || s.name.value === field));
}

/**
 * One page of a list, and its total only when `counted` (the client asked for it): a page without
 * its total is one statement, not two. Without a count the total is null.
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: FindOptions<T, never>,
  counted: boolean,
): Promise<{ items: T[]; total: number | null }> {
  if (!counted) return { items: (await em.find(entity, where, options)) as T[], total: null };
  const [items, total] = await em.findAndCount(entity, where, options);
  return { items: items as T[], total };
}
