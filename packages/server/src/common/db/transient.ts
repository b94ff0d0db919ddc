// Database faults that are nobody's mistake: a dropped connection (a restarted or terminated server
// process, a broken socket) or a transaction PostgreSQL chose to abort (serialization failure,
// deadlock). Work that failed on one of them before it could have taken effect is safe to run again;
// what still fails is answered SERVICE_UNAVAILABLE, retryable, never INTERNAL.
import type { GraphQLFormattedError } from 'graphql';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Configuration } from '@mikro-orm/core';
import { AppError, CommonError } from '../errors.js';

export const SERVICE_UNAVAILABLE = CommonError.SERVICE_UNAVAILABLE;

/**
 * - `connection`: the connection is gone or the server is going away; nothing the statement did is kept
 *   unless it was a COMMIT (see `transaction()`).
 * - `conflict`: PostgreSQL aborted the transaction to resolve a conflict with another one.
 * - `busy`: no connection could be had in time; the work never started.
 */
export type DbFault = 'connection' | 'conflict' | 'busy';

const CONNECTION_CODES = new Set([
  '57P01', // admin_shutdown (pg_terminate_backend, a fast shutdown)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '08000', // connection_exception
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
]);
const CONFLICT_CODES = new Set(['40001', '40P01']);
const CONNECTION_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Connection ended unexpectedly',
  // knex's answer to a statement sent in a transaction it has already ended because its connection failed
  'Transaction query already complete',
];

/** What kind of transient database fault `e` is (looking through wrapped causes), or null if it is none. */
export function dbFault(e: unknown): DbFault | null {
  const seen = new Set<unknown>();
  for (let err = e; err && typeof err === 'object' && !seen.has(err);) {
    seen.add(err);
    const { code, message, name } = err as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string') {
      if (CONNECTION_CODES.has(code)) return 'connection';
      if (CONFLICT_CODES.has(code)) return 'conflict';
    }
    if (typeof message === 'string') {
      if (CONNECTION_MESSAGES.some((m) => message.includes(m))) return 'connection';
      if (name === 'KnexTimeoutError' || message.includes('Timeout acquiring a connection')) return 'busy';
    }
    const next = err as { cause?: unknown; previous?: unknown; originalError?: unknown };
    err = next.cause ?? next.previous ?? next.originalError;
  }
  return null;
}

/** A fault that may be retried by running the same work again from the start. */
export const retryable = (fault: DbFault | null) => fault === 'connection' || fault === 'conflict';

/** Milliseconds to wait before attempt `attempt + 1`: exponential, capped, with full jitter. */
export function backoff(attempt: number, baseMs = 25, capMs = 400): number {
  return Math.random() * Math.min(capMs, baseMs * 2 ** (attempt - 1));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The answer when the database could not be reached in time: the client may simply try again. */
export const serviceUnavailable = () => new AppError(SERVICE_UNAVAILABLE, '系统繁忙，请稍后重试', { retryable: true });

/** The answer when a COMMIT was sent but its outcome cannot be learnt: trying again blindly could do the work twice. */
export const outcomeUnknown = () =>
  new AppError(SERVICE_UNAVAILABLE, '无法确认操作是否已保存，请刷新后查看再决定是否重试', { retryable: false, outcomeUnknown: true });

/**
 * For Apollo's `formatError`: a transient database fault (raw, or already turned into
 * SERVICE_UNAVAILABLE) as the client should see it; null for anything else.
 */
export function formatUnavailable(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof AppError && original.extensions.code === SERVICE_UNAVAILABLE) {
    const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
    return { message: original.message, path: formatted.path, extensions };
  }
  if (!dbFault(original)) return null;
  const e = serviceUnavailable();
  return { message: e.message, path: formatted.path, extensions: { ...e.extensions } };
}

/** Rethrow a transient database fault as SERVICE_UNAVAILABLE (HTTP 503 where Apollo reads `extensions.http`), anything else as it is. */
export function unavailableOnFault(e: unknown): never {
  if (!dbFault(e)) throw e;
  const refusal = serviceUnavailable();
  refusal.extensions.http = { status: 503, headers: new Map([['retry-after', '1']]) };
  throw refusal;
}

/** Whether a GraphQL response's errors are all SERVICE_UNAVAILABLE (then its HTTP status is 503). */
export const onlyUnavailable = (errors: readonly GraphQLFormattedError[] | undefined) =>
  !!errors?.length && errors.every((e) => e.extensions?.code === SERVICE_UNAVAILABLE);

/** Plain reads outside a transaction: how many times a statement is sent at most. */
const READ_ATTEMPTS = 3;
const isRead = (sql: string) => /^\s*select\b/i.test(sql) && !/\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b/i.test(sql);

/**
 * The PostgreSQL connection, resending a plain read (a SELECT outside any transaction) that failed on
 * a dropped connection: the pool has thrown that connection away by then and hands out another one.
 * Statements inside a transaction are left to `transaction()`, which runs the whole transaction again.
 */
export class ResilientPostgreSqlConnection extends PostgreSqlConnection {
  override async execute(...args: Parameters<PostgreSqlConnection['execute']>): Promise<any> {
    const [query, , , ctx] = args;
    const sql = typeof query === 'string' ? query : ((query as { toSQL?: () => { sql: string } })?.toSQL?.().sql ?? '');
    const inTransaction = !!ctx || !!(query as { client?: { transacting?: unknown } })?.client?.transacting;
    for (let attempt = 1; ; attempt++) {
      try {
        return await super.execute(...args);
      } catch (e) {
        if (inTransaction || attempt >= READ_ATTEMPTS || dbFault(e) !== 'connection' || !isRead(sql)) throw e;
        await sleep(backoff(attempt));
      }
    }
  }
}

/** The PostgreSQL driver with `ResilientPostgreSqlConnection`. */
export class ResilientPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    (this as unknown as { connection: PostgreSqlConnection }).connection = new ResilientPostgreSqlConnection(this.config);
  }
}
