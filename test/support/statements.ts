// Counting the SQL statements one request sends to PostgreSQL. Every path of the server ends in
// `Client.prototype.query` of the `pg` driver (the ORM and its query builder through knex, raw
// `execute`, a `pg.Pool` of its own): that method is wrapped once per copy of `pg` the server can
// load, and a call made inside `countStatements(work)` is noted on that work's counter. The counter
// travels with the work's asynchronous context (AsyncLocalStorage), so statements of anything else
// running meanwhile are not counted, and those of the work are counted wherever they are sent from
// (a resolver, a batched load on a later tick, a transaction's BEGIN and COMMIT).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';

export interface Counted<T> {
  result: T;
  /** The text of each statement, in the order sent. */
  statements: string[];
}

const counters = new AsyncLocalStorage<string[]>();
const WRAPPED = Symbol.for('gongkai.statementCounter');

function textOf(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object' && typeof (arg as { text?: unknown }).text === 'string') return (arg as { text: string }).text;
  return String(arg);
}

function wrap(pgModule: { Client: { prototype: Record<string | symbol, unknown> } }) {
  const proto = pgModule.Client.prototype;
  if (proto[WRAPPED]) return;
  const query = proto.query as (...args: unknown[]) => unknown;
  proto.query = function (this: unknown, ...args: unknown[]) {
    counters.getStore()?.push(textOf(args[0]));
    return query.apply(this, args);
  };
  proto[WRAPPED] = true;
}

// the server's own `pg`, and the one knex (under the ORM) loads: with pnpm they may be different copies
const fromServer = createRequire(new URL('../../packages/server/package.json', import.meta.url));
const fromKnex = createRequire(createRequire(createRequire(fromServer.resolve('@mikro-orm/postgresql')).resolve('@mikro-orm/knex')).resolve('knex'));
for (const from of [fromServer, fromKnex]) wrap(from('pg'));

/** Runs `work` and returns its result with the statements it sent. */
export async function countStatements<T>(work: () => Promise<T>): Promise<Counted<T>> {
  const statements: string[] = [];
  const result = await counters.run(statements, work);
  return { result, statements };
}
