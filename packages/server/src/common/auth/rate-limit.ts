import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Ctx } from '../context.js';
import { AppError, CommonError } from '../errors.js';
import { RequestError } from '../graphql/format-error.js';
import { OPERATION_PERMISSIONS } from '../graphql/permission.js';

/**
 * Limits on anonymous callers (the portal's visitors), per address, counted in the database so
 * every server process shares them:
 * - public reads: GraphQL queries and file downloads without a session, per minute
 *   (PUBLIC_READS_PER_MINUTE, 300 by default);
 * - public forms: GraphQL mutations without a session (an opinion, a registration), per 10 minutes;
 *   signing in is throttled by its own rules instead (PUBLIC_FORMS_PER_10_MINUTES, 60 by default; the forms keep their own tighter limits);
 * - one anonymous operation: at most `maxAliases` aliased fields and `maxRootFields` top-level
 *   fields (the portal's busiest page asks three lists at once), so one request cannot ask for
 *   the work of many.
 */
export const PUBLIC_LIMITS = {
  maxAliases: 4,
  maxRootFields: 6,
} as const;

export interface PublicLimits {
  publicReadsPerMinute: number;
  publicFormsPerTenMinutes: number;
}

/**
 * Count `hits` in a fixed window shared by all server processes; refuse (RATE_LIMITED, with
 * retryAfter in seconds) beyond `limit`. Old windows are swept now and then. Returns the window's
 * hits so far.
 */
export async function countHit(em: EntityManager, bucket: string, limit: number, windowSeconds: number, hits = 1): Promise<number> {
  const conn = em.getConnection();
  const [row] = await conn.execute<{ hits: number; window_start: Date }[]>(
    `insert into rate_counter (bucket, window_start, hits)
       values (?, to_timestamp(floor(extract(epoch from now()) / ?) * ?), ?)
     on conflict (bucket, window_start) do update set hits = rate_counter.hits + excluded.hits
     returning hits, window_start`,
    [bucket, windowSeconds, windowSeconds, hits],
  );
  if (Math.random() < 0.01) await conn.execute(`delete from rate_counter where window_start < now() - interval '1 day'`);
  if (row.hits > limit) {
    const retryAfter = Math.max(1, Math.ceil((new Date(row.window_start).getTime() + windowSeconds * 1000 - Date.now()) / 1000));
    throw new AppError(CommonError.RATE_LIMITED, `访问过于频繁，请${retryAfter}秒后再试`, { retryAfter, http: { status: 429 } });
  }
  return row.hits;
}

/** Public reads this process has counted and not yet written, per bucket, in the current minute. */
const pendingReads = new Map<string, { minute: number; pending: number; shared: number; written: boolean }>();
/** Reads an address may make before this process writes them (while it is far from its limit). */
export const READ_BATCH = 16;

/**
 * One public read. Reads are the portal's every page, so they are written to the shared counter in
 * batches: the first of a minute (to learn what the other processes counted), then every READ_BATCH,
 * and every one once the address has used half its limit — so the limit holds exactly where it
 * matters, and far from it a process writes one read in sixteen. What a process has not written when
 * its minute ends (fewer than READ_BATCH per address) is not counted.
 */
export async function countPublicRead(ctx: Ctx, limits: PublicLimits): Promise<void> {
  const bucket = `read:${ctx.address ?? '-'}`;
  const minute = Math.floor(Date.now() / 60_000);
  let entry = pendingReads.get(bucket);
  if (!entry || entry.minute !== minute) {
    if (pendingReads.size > 10_000) for (const [key, e] of pendingReads) if (e.minute !== minute) pendingReads.delete(key);
    entry = { minute, pending: 0, shared: 0, written: false };
    pendingReads.set(bucket, entry);
  }
  entry.pending += 1;
  const nearLimit = (entry.shared + entry.pending) * 2 > limits.publicReadsPerMinute;
  if (entry.written && !nearLimit && entry.pending < READ_BATCH) return;
  const hits = entry.pending;
  entry.pending = 0;
  entry.written = true;
  try {
    entry.shared = await countHit(ctx.em, bucket, limits.publicReadsPerMinute, 60, hits);
  } catch (e) {
    if (e instanceof AppError) entry.shared = limits.publicReadsPerMinute + 1;
    throw e;
  }
}

export const countPublicForm = (ctx: Ctx, limits: PublicLimits) =>
  countHit(ctx.em, `form:${ctx.address ?? '-'}`, limits.publicFormsPerTenMinutes, 600);

/** Aliased fields and top-level fields of an operation, fragments expanded (each fragment once). */
function measure(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>) {
  let aliases = 0;
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if ((sel as FieldNode).alias) aliases++;
        walk(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        walk(fragments[sel.name.value]?.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  let rootFields = 0;
  const countRoot = (set: SelectionSetNode | undefined, depth: number) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) rootFields++;
      else if (depth < 5 && sel.kind === Kind.INLINE_FRAGMENT) countRoot(sel.selectionSet, depth + 1);
      else if (depth < 5 && sel.kind === Kind.FRAGMENT_SPREAD) countRoot(fragments[sel.name.value]?.selectionSet, depth + 1);
    }
  };
  countRoot(operation.selectionSet, 0);
  return { aliases, rootFields };
}

const SIGN_IN_FIELDS = new Set(['login', 'logout', '__typename']);

/** The anonymous limits above, applied to each GraphQL operation without a session. */
export function anonymousLimits(limits: PublicLimits): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (contextValue.user || !operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const { aliases, rootFields } = measure(operation, fragments);
          if (aliases > PUBLIC_LIMITS.maxAliases || rootFields > PUBLIC_LIMITS.maxRootFields) {
            throw new AppError(
              RequestError.QUERY_TOO_COMPLEX,
              `查询过于复杂：未登录时一次最多查询${PUBLIC_LIMITS.maxRootFields}项、使用${PUBLIC_LIMITS.maxAliases}个别名，请分开查询`,
              { http: { status: 400 } },
            );
          }
          // only what an anonymous caller may do is counted (the rest is refused UNAUTHENTICATED at once)
          const names = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
          if (!names.some((n) => !SIGN_IN_FIELDS.has(n) && OPERATION_PERMISSIONS.get(n)?.kind === 'public')) return;
          if (operation.operation === 'mutation') {
            await countPublicForm(contextValue, limits);
          } else {
            await countPublicRead(contextValue, limits);
          }
        },
      };
    },
  };
}
