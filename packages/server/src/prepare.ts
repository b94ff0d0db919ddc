import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { AppConfig } from './config.js';
import { migrate } from './common/db/orm.js';
import { firstStart, seedReferenceData, type FirstStart } from './seed.js';
import { ensureSearchIndex } from './common/search/search.index.js';

/** The lock of the start-up work on one database (the audit chain's is 7_400_001). */
const START_LOCK = 7_400_002;

/**
 * What every start does before it serves: the migrations, the reference data, and what an empty
 * database gets on its first start. Server processes starting at once on one database take turns:
 * each holds a PostgreSQL advisory lock for the duration, on a connection of its own, so the first
 * migrates and seeds and the others find it done (instead of creating the same tables, calendar
 * years or first administrator twice). The lock goes with its connection, also when a process
 * dies holding it. The time each step took goes into `phases` (ms).
 */
export async function prepareDatabase(orm: MikroORM<PostgreSqlDriver>, config: AppConfig, phases: Record<string, number> = {}): Promise<FirstStart> {
  const timed = async <T>(phase: string, work: () => Promise<T>) => {
    const from = performance.now();
    const result = await work();
    phases[phase] = Math.round(performance.now() - from);
    return result;
  };
  const client = new pg.Client({ connectionString: orm.config.get('clientUrl') });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [START_LOCK]);
    await timed('migrations', () => migrate(orm));
    await timed('referenceData', () => seedReferenceData(orm));
    const first = await timed('firstStart', () => firstStart(orm, config));
    await timed('searchIndex', () => ensureSearchIndex(orm));
    return first;
  } finally {
    await client.end().catch(() => {});
  }
}
