// `pnpm backup` and `pnpm restore` across versions and on the embedded database: a backup of an
// older version comes up to this one, one of a newer version is refused; without DATABASE_URL the
// commands use the embedded database of DATA_DIR, started for the purpose or reached while the
// server runs (and a restore is refused while it runs).
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup, type BackupManifest } from '../../packages/server/src/common/backup/backup.js';
import { startEmbeddedPostgres } from '../../packages/server/src/common/db/embedded.js';
import { MIGRATIONS } from '../../packages/server/src/migrations/index.js';
import { startSuite, type Suite } from '../support/suite.js';
import { cli as runInProcess, freshDatabase, quietOrm, uploadTopicFile, type CliEnv } from '../support/backup.js';

let s: Suite;
let work: string;
const cleanups: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  s = await startSuite();
  work = await mkdtemp(path.join(os.tmpdir(), 'gongkai-backup-test-'));
  // the demo city with one uploaded file, backed up
  const [{ id: topicId }] = await s.sql(`select id from consultation_topic where title = '朝阳市中小学课后服务收费管理办法（草案）'`);
  const up = await uploadTopicFile(s.app, await s.login('jiaoyu.staff'), topicId, '起草说明.pdf', 'application/pdf', '%PDF-1.4 起草说明');
  expect(up.status).toBe(200);
  await createBackup({
    databaseUrl: s.orm.config.get('clientUrl') as string,
    filesDir: path.join(s.config.dataDir, 'files'),
    target: path.join(work, 'chaoyang.tar.gz'),
  });
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await s.close();
  await rm(work, { recursive: true, force: true });
});

const cli = (args: string[], env: CliEnv) => runInProcess(args, env, work);

describe('pnpm backup and pnpm restore across versions and on the embedded database', () => {
  it('brings a backup of an older version up to this one, and refuses one from a newer version', async () => {
    // a database whose schema lacks this version's last migration
    const oldUrl = await freshDatabase();
    const oldOrm = await quietOrm(oldUrl);
    cleanups.push(() => oldOrm.close());
    const last = MIGRATIONS.at(-1)!.name;
    await oldOrm.getMigrator().up({ migrations: MIGRATIONS.slice(0, -1).map((m) => m.name) });
    const dir = await mkdtemp(path.join(work, 'old-'));
    const older = path.join(work, 'older.tar.gz');
    const m = await createBackup({ databaseUrl: oldUrl, filesDir: path.join(dir, 'files'), target: older });
    expect(m.migrations).not.toContain(last);

    const url = await freshDatabase();
    const orm = await quietOrm(url);
    cleanups.push(() => orm.close());
    const report = await restoreBackup({ orm, databaseUrl: url, filesDir: path.join(dir, 'restored'), source: older });
    expect(report.laterMigrations).toEqual([last]);
    const applied = await orm.em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations order by id');
    expect(applied.map((r) => r.name)).toEqual(MIGRATIONS.map((x) => x.name));

    // the same backup as if made by a later version, with a migration unknown here
    const unpacked = await mkdtemp(path.join(work, 'newer-'));
    await tar.extract({ file: older, cwd: unpacked });
    const manifest = JSON.parse(await readFile(path.join(unpacked, 'manifest.json'), 'utf8')) as BackupManifest;
    manifest.migrations.push('Migration29990101000000_future');
    await writeFile(path.join(unpacked, 'manifest.json'), JSON.stringify(manifest));
    const newer = path.join(work, 'newer.tar.gz');
    await tar.create({ gzip: true, file: newer, cwd: unpacked }, ['manifest.json', 'database']);
    const url2 = await freshDatabase();
    const orm2 = await quietOrm(url2);
    cleanups.push(() => orm2.close());
    await expect(restoreBackup({ orm: orm2, databaseUrl: url2, filesDir: path.join(dir, 'newer'), source: newer })).rejects.toThrow(
      /made by a newer version of Gongkai \(its schema has Migration29990101000000_future, unknown here\)/,
    );
  });

  it('without DATABASE_URL, use the embedded database: started for the restore, reached while the server runs', { timeout: 90_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gongkai-embedded-'));
    await chmod(dataDir, 0o755); // the database may run as another account, which must reach its data
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { DATABASE_URL: '', DATA_DIR: dataDir };
    const server = () => startEmbeddedPostgres({ dir: path.join(dataDir, 'pg'), persistent: true });

    // while a server runs on the data, a restore is refused
    let running = await server();
    try {
      await running.createDatabase('gongkai');
      const refused = await cli(['restore', 'chaoyang.tar.gz'], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^The server is running on the data in .+ \(process \d+\): stop it \(Ctrl-C\) before restoring\n$/);
    } finally {
      await running.stop();
    }
    // stopped, the restore starts the database itself
    const restored = await cli(['restore', 'chaoyang.tar.gz'], env);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain('into:      the embedded database in');
    expect(restored.stdout).toContain('hash chain verified');

    // the server started again on it; a backup reaches its database while it runs
    running = await server();
    try {
      const backup = await cli(['backup', 'embedded.tar.gz'], env);
      expect(backup.stderr).toBe('');
      expect(backup.stdout).toContain('from:      the embedded database in');
      const client = new pg.Client({ connectionString: running.urlFor('gongkai') });
      await client.connect();
      const [{ n }] = (await client.query(`select count(*)::int as n from attachment`)).rows;
      await client.end();
      expect(n).toBe(1);
    } finally {
      await running.stop();
    }
    const manifests: BackupManifest[] = [];
    for (const file of ['chaoyang.tar.gz', 'embedded.tar.gz']) {
      const dir = await mkdtemp(path.join(work, 'manifest-'));
      await tar.extract({ file: path.join(work, file), cwd: dir }, ['manifest.json']);
      manifests.push(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as BackupManifest);
    }
    const rows = (m: BackupManifest) => Object.fromEntries(m.tables.map((t) => [t.name, t.rows]));
    expect(rows(manifests[1])).toEqual(rows(manifests[0]));
    expect(manifests[1].files).toEqual(manifests[0].files);
  });
});
