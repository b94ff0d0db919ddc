// `pnpm backup` and `pnpm restore`: the demo city with uploaded files is backed up through the
// command line, restored into a fresh database and a fresh files folder, and comes back whole: the
// same rows, every attachment's file with its SHA-256, an audit chain that verifies and goes on.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../packages/server/src/app.js';
import { verifyAuditChain } from '../../packages/server/src/common/audit/audit.service.js';
import { BackupError, filePath, restoreBackup, type BackupManifest } from '../../packages/server/src/common/backup/backup.js';
import { REPO_ROOT } from '../../packages/server/src/config.js';
import { startSuite, type Suite } from '../support/suite.js';
import { cli as runInProcess, freshDatabase, quietOrm, uploadTopicFile, type CliEnv } from '../support/backup.js';

let s: Suite;
let work: string;
const cleanups: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  s = await startSuite();
  work = await mkdtemp(path.join(os.tmpdir(), 'gongkai-backup-test-'));
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await s.close();
  await rm(work, { recursive: true, force: true });
});

const sourceUrl = () => s.orm.config.get('clientUrl') as string;

/** The same as a script, as `pnpm restore` runs it (slower: it compiles the server). */
function script(args: string[], env: CliEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'packages/server/src/backup-cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, INIT_CWD: work, SWC_NODE_PROJECT: 'packages/server/tsconfig.json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Rows of every table but the migrator's own, by table. */
const cli = (args: string[], env: CliEnv) => runInProcess(args, env, work);

async function upload(cookie: string, ownerId: string, fileName: string, mimeType: string, content: string) {
  const r = await uploadTopicFile(s.app, cookie, ownerId, fileName, mimeType, content);
  expect(r.status).toBe(200);
  return r.body;
}

async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string }>(
      `select relname as t from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and relname <> 'mikro_orm_migrations' order by relname`,
    );
    const out: Record<string, number> = {};
    for (const { t } of rows) out[t] = Number((await client.query(`select count(*) as n from "${t}"`)).rows[0].n);
    return out;
  } finally {
    await client.end();
  }
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const archive = () => path.join(work, 'chaoyang.tar.gz');
let restoredUrl: string;
let restoredDir: string;

describe('pnpm backup and pnpm restore', () => {
  it('back up the database and the files, and restore both into a fresh database and files folder', async () => {
    const [{ id: topicId }] = await s.sql(`select id from consultation_topic where title = '朝阳市中小学课后服务收费管理办法（草案）'`);
    const cookie = await s.login('jiaoyu.staff');
    const uploaded = [
      await upload(cookie, topicId, '起草说明.pdf', 'application/pdf', '%PDF-1.4 起草说明'),
      await upload(cookie, topicId, '征求意见稿.txt', 'text/plain', '征求意见稿全文'),
      // the same content again: one file on disk, two attachments
      await upload(cookie, topicId, '征求意见稿副本.txt', 'text/plain', '征求意见稿全文'),
    ];
    expect(uploaded[1].sha256).toBe(uploaded[2].sha256);
    // a file no attachment names is not needed for the restore
    await writeFile(path.join(s.config.dataDir, 'files', 'stray.bin'), 'not an attachment');

    const before = await rowCounts(sourceUrl());
    expect(before.attachment).toBe(3);
    const backup = await cli(['backup', 'chaoyang.tar.gz'], { DATABASE_URL: sourceUrl(), DATA_DIR: s.config.dataDir });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('Gongkai 备份 backup written: chaoyang.tar.gz');
    expect(backup.stdout).toMatch(/files: +2 \(\d+ B\) for 3 attachments/);
    // it holds password hashes and personal data: readable by its owner only
    expect((await stat(archive())).mode & 0o777).toBe(0o600);

    // the archive's manifest: schema version, counts, one entry per file with its hash
    const listed: string[] = [];
    await tar.list({ file: archive(), onReadEntry: (e) => listed.push(e.path) });
    expect(listed[0]).toBe('manifest.json');
    expect(listed).toContain(`files/${uploaded[0].sha256.slice(0, 2)}/${uploaded[0].sha256}`);
    expect(listed.some((p) => p.includes('stray'))).toBe(false);
    const [{ name: lastMigration }] = await s.sql('select name from mikro_orm_migrations order by id desc limit 1');
    const manifestDir = await mkdtemp(path.join(work, 'manifest-'));
    await tar.extract({ file: archive(), cwd: manifestDir }, ['manifest.json']);
    const manifest = JSON.parse(await readFile(path.join(manifestDir, 'manifest.json'), 'utf8')) as BackupManifest;
    expect(manifest.schemaVersion).toBe(lastMigration);
    expect(manifest.files.map((f) => f.sha256).sort()).toEqual([...new Set(uploaded.map((u) => u.sha256))].sort());
    expect(manifest.counts.auditRecords).toBe(before.audit_record);
    expect(manifest.tables.find((t) => t.name === 'unit')!.rows).toBe(before.unit);

    // after the backup the source goes on changing; the restore has the state of the backup
    await s.sql(`update consultation_topic set title = '备份之后改的标题' where id = ?`, [topicId]);

    restoredUrl = await freshDatabase();
    restoredDir = await mkdtemp(path.join(work, 'data-'));
    const restore = await cli(['restore', 'chaoyang.tar.gz'], { DATABASE_URL: restoredUrl, DATA_DIR: restoredDir });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('Gongkai 恢复 restore done from chaoyang.tar.gz');
    expect(restore.stdout).toContain(`${before.audit_record} records, hash chain verified`);

    // the same rows in every table, the audit chain verifies, every attachment has its file
    expect(await rowCounts(restoredUrl)).toEqual(before);
    const orm = await quietOrm(restoredUrl);
    const config = { ...s.config, dataDir: restoredDir };
    const app = await buildApp({ config, orm, logger: pino({ level: 'silent' }) });
    cleanups.push(async () => {
      await app.close();
      await orm.close();
    });
    const chain = await verifyAuditChain(orm.em.fork());
    expect(chain).toMatchObject({ ok: true, checked: before.audit_record });
    const attachments = await orm.em
      .getConnection()
      .execute<{ id: string; sha256: string; size: number }[]>('select id, sha256, size from attachment');
    expect(attachments).toHaveLength(3);
    for (const a of attachments) {
      const content = await readFile(filePath(path.join(restoredDir, 'files'), a.sha256));
      expect(sha256(content)).toBe(a.sha256);
      expect(content.length).toBe(a.size);
    }
    const [{ title }] = await orm.em.getConnection().execute('select title from consultation_topic where id = ?', [topicId]);
    expect(title).toBe('朝阳市中小学课后服务收费管理办法（草案）');

    // the restored server works: a sign-in (a new audit record on the restored sequence), a download
    const login = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: 'mutation { login(username:"jiaoyu.staff", password:"Gongkai@2026") { user { id } } }' }),
    });
    const session = login.cookies.find((c) => c.name === 'gk_session');
    expect(session).toBeDefined();
    const download = await app.inject({ url: uploaded[0].url, headers: { cookie: `gk_session=${session!.value}` } });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.4 起草说明');
    expect(await verifyAuditChain(orm.em.fork())).toMatchObject({ ok: true, checked: before.audit_record + 1 });
  });

  it('refuses a database that already holds data with one line, and replaces its content with --force', { timeout: 60_000 }, async () => {
    const refused = await script(['restore', 'chaoyang.tar.gz'], { DATABASE_URL: restoredUrl, DATA_DIR: restoredDir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/^The database already holds data \(\d+ units, \d+ accounts, \d+ audit records in \d+ tables\): .*--force/);

    // a change made in the restored database goes when the backup replaces it
    const client = new pg.Client({ connectionString: restoredUrl });
    await client.connect();
    cleanups.push(() => client.end());
    await client.query(`update unit set name = '改过的单位名' where name = '朝阳市教育局'`);
    const forced = await cli(['restore', 'chaoyang.tar.gz', '--force'], { DATABASE_URL: restoredUrl, DATA_DIR: restoredDir });
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect((await client.query(`select count(*)::int as n from unit where name = '朝阳市教育局'`)).rows[0].n).toBe(1);
    expect((await client.query(`select count(*)::int as n from unit where name = '改过的单位名'`)).rows[0].n).toBe(0);
  });

  it('refuses a damaged archive and a file that is no backup, writing nothing', async () => {
    // one byte of one stored file changed
    const unpacked = await mkdtemp(path.join(work, 'unpacked-'));
    await tar.extract({ file: archive(), cwd: unpacked });
    const manifest = JSON.parse(await readFile(path.join(unpacked, 'manifest.json'), 'utf8')) as BackupManifest;
    const victim = filePath(path.join(unpacked, 'files'), manifest.files[0].sha256);
    await writeFile(victim, Buffer.concat([await readFile(victim), Buffer.from('!')]));
    const damaged = path.join(work, 'damaged.tar.gz');
    await tar.create({ gzip: true, file: damaged, cwd: unpacked }, ['manifest.json', 'database', 'files']);
    const notBackup = path.join(work, 'not-a-backup.tar.gz');
    await writeFile(notBackup, 'hello');

    const url = await freshDatabase();
    const dir = await mkdtemp(path.join(work, 'data-'));
    const orm = await quietOrm(url);
    cleanups.push(() => orm.close());
    const restore = (source: string) => restoreBackup({ orm, databaseUrl: url, filesDir: path.join(dir, 'files'), source });
    await expect(restore(damaged)).rejects.toThrow(BackupError);
    await expect(restore(damaged)).rejects.toThrow(/damaged: file [0-9a-f]{64} is missing or does not match its hash/);
    await expect(restore(notBackup)).rejects.toThrow(/cannot be read as a \.tar\.gz archive/);
    // nothing was written: the database still has no table
    const [{ n }] = await orm.em
      .getConnection()
      .execute(`select count(*)::int as n from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'`);
    expect(n).toBe(0);
  });
});
