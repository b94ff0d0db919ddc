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
  const branches = unionBranches(where as Record<string, unknown>);
  if (!branches) {
    const [items, total] = await em.findAndCount(entity, where, options);
    return { items: items as T[], total };
  }
  const [items, total] = await Promise.all([em.find(entity, where, options), countUnion(em, entity, branches)]);
  return { items: items as T[], total };
}

/** At most this many alternatives are counted apart (2ⁿ − 1 counts). */
const MAX_BRANCHES = 3;

/**
 * Filters whose `$or` is counted branch by branch: an ability's (each rule a condition an index serves).
 * Other `or`s (a search's words or a title's part, say) are counted as they are.
 */
const branchCounted = new WeakSet<object>();
export function countByBranches<F extends object>(filter: F): F {
  branchCounted.add(filter);
  return filter;
}

/**
 * The alternatives of a filter `{ $and: [{ $or: [A, B…] }, …rest] }` whose `$or` is marked by
 * `countByBranches` (an ability's: led by the unit, or co-drafted by it), each joined with the rest; null
 * for any other shape.
 */
function unionBranches(where: Record<string, unknown>): Record<string, unknown>[] | null {
  const parts = Array.isArray(where.$and) && Object.keys(where).length === 1 ? (where.$and as Record<string, unknown>[]) : null;
  if (!parts) return null;
  const at = parts.findIndex(
    (p) => branchCounted.has(p) && Object.keys(p).length === 1 && Array.isArray(p.$or) && p.$or.length >= 2 && p.$or.length <= MAX_BRANCHES,
  );
  if (at < 0) return null;
  const rest = parts.filter((_, i) => i !== at);
  return (parts[at].$or as Record<string, unknown>[]).map((branch) => ({ $and: [branch, ...rest] }));
}

/**
 * The number of rows matching any of the branches, by inclusion–exclusion (|A ∪ B| = |A| + |B| − |A ∩ B|),
 * in one statement. An `or` of conditions on different columns cannot be served by one index: its count
 * reads every matching row of the table, whereas each branch and each intersection is counted on its own
 * index (the unit's documents an index-only scan). Exact under SQL's three-valued logic: a row is counted
 * by a term exactly when all of its branches are true.
 */
async function countUnion<T extends object>(em: EntityManager, entity: EntityName<T>, branches: Record<string, unknown>[]): Promise<number> {
  const terms: string[] = [];
  for (let mask = 1; mask < 1 << branches.length; mask++) {
    const chosen = branches.filter((_, i) => mask & (1 << i));
    const sql = em
      .createQueryBuilder(entity)
      .count()
      .where({ $and: chosen } as FilterQuery<T>)
      .getFormattedQuery();
    terms.push(`${chosen.length % 2 === 1 ? '+' : '-'} (${sql})`);
  }
  const [row] = await em.execute<{ total: string }[]>(`select 0 ${terms.join(' ')} as total`);
  return Number(row.total);
}
