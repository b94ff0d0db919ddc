import type { Ctx } from './context.js';

interface Pending<V> {
  ids: Set<string>;
  result: Promise<Map<string, V>>;
}

/**
 * Load one value per id for a field resolved on every row of a list, in one query per request
 * tick instead of one per row: ids asked for in the same tick are collected and loaded together.
 * The batches live on the request's context, so nothing is shared between requests.
 */
export function batchLoad<V>(ctx: Ctx, key: string, id: string, loadMany: (ids: string[]) => Promise<Map<string, V>>): Promise<V | undefined> {
  ctx.batches ??= new Map();
  let pending = ctx.batches.get(key) as Pending<V> | undefined;
  if (!pending) {
    const ids = new Set<string>();
    const result = new Promise<Map<string, V>>((resolve, reject) => {
      // once the resolvers of this tick have all asked, load what they asked for
      setImmediate(() => {
        ctx.batches!.delete(key);
        loadMany([...ids]).then(resolve, reject);
      });
    });
    pending = { ids, result };
    ctx.batches.set(key, pending);
  }
  pending.ids.add(id);
  return pending.result.then((m) => m.get(id));
}
