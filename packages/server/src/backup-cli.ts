// `pnpm backup [file]` and `pnpm restore <file> [--force]`: the database and the uploaded files of
// one deployment, in one archive (see common/backup/backup.ts). The database is the one the server
// would use: DATABASE_URL, or else the embedded one in DATA_DIR (reached while the server runs,
// started for the purpose while it does not).
import 'reflect-metadata';
import './application.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig, type AppConfig } from './config.js';
import { openOrm, ormOptions } from './common/db/orm.js';
import { runningEmbeddedPostgres, startEmbeddedPostgres } from './common/db/embedded.js';
import { BackupError, createBackup, restoreBackup } from './common/backup/backup.js';

const DATABASE = 'gongkai';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Paths on the command line are the caller's, not the folder pnpm runs the script in. */
let callerDir = process.cwd();
const shown = (p: string) => (path.relative(callerDir, p).startsWith('..') ? p : path.relative(callerDir, p) || '.');

interface Database {
  url: string;
  label: string;
  close(): Promise<void>;
}

/** The server's database: DATABASE_URL, the embedded one of a running server, or the embedded one started now. */
async function database(config: AppConfig, purpose: 'backup' | 'restore'): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, label: 'the database in DATABASE_URL', close: async () => {} };
  const dir = path.join(config.dataDir, 'pg');
  const running = await runningEmbeddedPostgres(dir);
  if (running) {
    if (purpose === 'restore') {
      throw new BackupError(
        `The server is running on the data in ${shown(config.dataDir)} (process ${running.parentPid ?? running.pid}): stop it (Ctrl-C) before restoring`,
      );
    }
    return { url: running.urlFor(DATABASE), label: `the embedded database in ${shown(dir)}`, close: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dir, persistent: true });
  try {
    await embedded.createDatabase(DATABASE);
  } catch (e) {
    if (!String((e as Error).message).includes('already exists')) {
      await embedded.stop();
      throw e;
    }
  }
  return { url: embedded.urlFor(DATABASE), label: `the embedded database in ${shown(dir)}`, close: () => embedded.stop() };
}

const size = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

async function backup(args: string[], io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  const target = path.resolve(callerDir, args.find((a) => !a.startsWith('--')) ?? `gongkai-backup-${stamp()}.tar.gz`);
  const db = await database(config, 'backup');
  try {
    const m = await createBackup({ databaseUrl: db.url, filesDir: path.join(config.dataDir, 'files'), target });
    io.out(
      [
        '',
        `Gongkai 备份 backup written: ${shown(target)}`,
        `  from:      ${db.label}, files in ${shown(path.join(config.dataDir, 'files'))}`,
        `  database:  ${m.counts.tables} tables, ${m.counts.rows} rows, schema ${m.schemaVersion} (PostgreSQL ${m.postgresVersion})`,
        `  files:     ${m.counts.files} (${size(m.counts.fileBytes)}) for ${m.counts.attachments} attachments`,
        `  audit:     ${m.counts.auditRecords} records`,
        `  Restore it with: pnpm restore ${shown(target)}`,
        '',
      ].join('\n') + '\n',
    );
    return 0;
  } finally {
    await db.close();
  }
}

async function restore(args: string[], io: CliIo): Promise<number> {
  const force = args.includes('--force');
  const file = args.find((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--force');
  if (unknown.length) throw new BackupError(`Unknown option ${unknown[0]} (usage: pnpm restore <file> [--force])`);
  if (!file) throw new BackupError('Name the backup to restore: pnpm restore <file> [--force]');
  const source = path.resolve(callerDir, file);
  if (!existsSync(source)) throw new BackupError(`No backup file at ${shown(source)}`);
  const config = loadConfig(io.env);
  const db = await database(config, 'restore');
  try {
    const orm = await openOrm(db.url, { debug: false, pool: { min: 0, max: 2 }, migrations: { ...ormOptions(db.url).migrations, silent: true } });
    try {
      const filesDir = path.join(config.dataDir, 'files');
      const r = await restoreBackup({ orm, databaseUrl: db.url, filesDir, source, force });
      const m = r.manifest;
      io.out(
        [
          '',
          `Gongkai 恢复 restore done from ${shown(source)} (made ${m.createdAt})`,
          `  into:      ${db.label}, files in ${shown(filesDir)}`,
          `  database:  ${m.counts.tables} tables, ${m.counts.rows} rows, schema ${m.schemaVersion}${r.laterMigrations.length ? `, then brought up to ${r.laterMigrations.at(-1)}` : ''}`,
          `  files:     ${m.counts.files} (${size(m.counts.fileBytes)}), each checked against its SHA-256`,
          `  audit:     ${r.audit.checked} records, ${r.audit.ok ? 'hash chain verified' : `hash chain BROKEN at record ${r.audit.firstBrokenSeq}`}`,
          '  Start the server on it as before: pnpm start',
          '',
        ].join('\n') + '\n',
      );
      return r.audit.ok ? 0 : 1;
    } finally {
      await orm.close();
    }
  } finally {
    await db.close();
  }
}

/** Run one command; returns the exit code. Output goes to `io` (the console when run as a script). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  callerDir = io.env.INIT_CWD || process.cwd();
  try {
    if (command === 'backup') return await backup(args, io);
    if (command === 'restore') return await restore(args, io);
    throw new BackupError('Usage: pnpm backup [file] | pnpm restore <file> [--force]');
  } catch (e) {
    io.err(`${e instanceof BackupError ? e.message : `The ${command ?? 'command'} failed: ${(e as Error).message}`}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await runCli(process.argv.slice(2), {
    env: process.env,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
}
