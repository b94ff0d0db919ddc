// Starts one PostgreSQL for the whole run (embedded, or the server TEST_DATABASE_URL names), and
// prepares a template database with the migrations and demo data; each suite clones its own.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../packages/server/src/common/db/embedded.js';
import { migrate, openOrm } from '../../packages/server/src/common/db/orm.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { seedDemo, seedReferenceData } from '../../packages/server/src/seed.js';
import { ensureSearchIndex } from '../../packages/server/src/common/search/search.index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDb: string;
  }
}

function withDatabase(url: string, db: string) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dir: string | undefined;
  let serverUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    serverUrl = process.env.TEST_DATABASE_URL;
  } else {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gongkai-test-'));
    await chmod(dir, 0o755); // the database runs as another user, who must reach its data directory
    embedded = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), persistent: false });
    serverUrl = embedded.urlFor('postgres');
  }
  const templateDb = `gk_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${templateDb}"`);
  await admin.query(`create database "${templateDb}"`);
  const orm = await openOrm(withDatabase(serverUrl, templateDb), { debug: false });
  await migrate(orm);
  await seedReferenceData(orm);
  await seedDemo(orm, { ...loadConfig(), dataDir: dir ?? os.tmpdir() });
  await ensureSearchIndex(orm);
  await orm.close();
  project.provide('serverUrl', serverUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'gk_%_${process.pid}%' or datname = $1`,
      [templateDb],
    );
    for (const r of rows) await admin.query(`drop database if exists "${r.datname}" with (force)`);
    await admin.end();
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
