// Prepared statements on the ORM's own pool, for the hot public reads where the ORM costs more than it
// gives (criteria to SQL, values written into the text, hydration): the text is fixed, the values are
// parameters, and PostgreSQL parses and plans a named statement once per connection.
import type { EntityManager } from '@mikro-orm/postgresql';
import { backoff, dbFault, sleep } from './transient.js';

/** A named statement: its text has `$1`, `$2`, … for its values, never values of its own. */
export interface PreparedStatement<Row> {
  readonly name: string;
  readonly text: string;
  /** Only for the row type. */
  readonly row?: Row;
}

export const prepared = <Row>(name: string, text: string): PreparedStatement<Row> => ({ name, text });

/** Attempts of a statement outside a transaction that meets a dropped connection (as `ResilientPostgreSqlConnection` resends reads). */
const ATTEMPTS = 3;

interface PgClient {
  __knex__disposed?: unknown;
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<unknown>;
}

/**
 * Run a read-only prepared statement on a connection of the ORM's pool (or of the transaction `em` is in)
 * and return its rows. The ORM's `onQuery` sees it as it sees its own statements, and its logger logs it.
 * A dropped connection outside a transaction is retried on another; what still fails is thrown as it is,
 * and answered SERVICE_UNAVAILABLE, retryable (see transient.ts).
 */
export async function queryPrepared<Row>(em: EntityManager, statement: PreparedStatement<Row>, values: unknown[]): Promise<Row[]> {
  const trx = em.getTransactionContext<{ client: KnexClient }>();
  const client = (trx ?? (em.getConnection().getKnex() as unknown as { client: KnexClient })).client;
  const config = em.config;
  const text = config.get('onQuery')(statement.text, values);
  const query = { name: statement.name, text, values };
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    let failure: unknown;
    const connection = await client.acquireConnection();
    try {
      const { rows } = await connection.query(query);
      config.getLogger().logQuery({ query: text, params: values, took: Date.now() - started, results: rows.length, level: 'info' });
      return rows as Row[];
    } catch (e) {
      config.getLogger().logQuery({ query: text, params: values, took: Date.now() - started, level: 'error' });
      failure = e;
      // the pool throws away a connection marked so when it is next taken (knex marks it on its `end` event,
      // which may come after the statement's error: it must not be handed to the next attempt meanwhile)
      if (dbFault(e) === 'connection') connection.__knex__disposed ??= e;
    } finally {
      await client.releaseConnection(connection);
    }
    if (trx || attempt >= ATTEMPTS || dbFault(failure) !== 'connection') throw failure;
    await sleep(backoff(attempt));
  }
}

/** A list of the code's own constants (states, kinds) as SQL literals, for a predicate a partial index must match. */
export function sqlConstants(values: readonly string[]): string {
  if (!values.length || values.some((v) => !/^[A-Z_]+$/.test(v))) throw new Error(`not a list of constants: ${values.join(', ')}`);
  return values.map((v) => `'${v}'`).join(', ');
}
