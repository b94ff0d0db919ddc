// Backup and restore of one deployment: the database and the uploaded files, in one archive.
//
// The database is read in one snapshot (a REPEATABLE READ, read-only transaction): every table of
// the schema is copied out with COPY, the sequences' positions and the list of migrations that made
// the schema are noted. The files are copied after the snapshot: a file is stored under its SHA-256
// before the row that names it commits and is never changed or removed afterwards, so every
// attachment row of the snapshot finds its file, and each copy is checked against its hash.
//
// The archive (.tar.gz) holds manifest.json (format, when, schema version, counts, the hash of each
// table's data and of each file), database/<table>.copy (COPY text format) and files/<ab>/<sha256>,
// laid out as the server's own files folder.
//
// A restore writes into an empty database (or, with `force`, one whose content it replaces): the
// schema is built by the migrations the backup was made with, the data copied in with the foreign
// keys checked once at the end, the sequences set, and then any later migrations of this version
// run; the files go first, so no restored row ever lacks its file.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';
import { MIGRATIONS } from '../../migrations/index.js';
import { verifyAuditChain, type ChainStatus } from '../audit/audit.service.js';

export const BACKUP_FORMAT = 'gongkai-backup/1';
/** The migrator's own bookkeeping: rebuilt by the migrations on restore, never copied. */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';
/** Settings under which the data is written out and read back, whatever the server's defaults. */
const SESSION_SETTINGS = [
  "set local timezone = 'UTC'",
  "set local datestyle = 'ISO, YMD'",
  "set local intervalstyle = 'postgres'",
  'set local extra_float_digits = 3',
];

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The last migration applied to the database backed up. */
  schemaVersion: string;
  /** Every migration applied, in order. */
  migrations: string[];
  postgresVersion: string;
  tables: { name: string; columns: string[]; rows: number; sha256: string }[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  files: { sha256: string; size: number }[];
  counts: { tables: number; rows: number; attachments: number; files: number; fileBytes: number; auditRecords: number };
}

/** A backup or restore that cannot go on, with the one line to show the operator. */
export class BackupError extends Error {}

/** Where the server keeps an attachment's content: `<files>/<first two hex digits>/<sha256>`. */
export const filePath = (filesDir: string, sha256: string) => path.join(filesDir, sha256.slice(0, 2), sha256);

const SHA256 = /^[0-9a-f]{64}$/;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function sha256OfFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Passes data through, hashing it and counting its lines (one line per row in COPY text format). */
class Tally extends Transform {
  readonly hash = createHash('sha256');
  lines = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.hash.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.lines++;
    done(null, chunk);
  }
}

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** The ordinary tables of the schema and their columns (generated ones left out: they are computed again). */
async function tablesOf(client: pg.Client): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
        and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      group by c.relname order by c.relname`,
  );
  return rows.filter((t) => t.name !== MIGRATIONS_TABLE);
}

export interface BackupOptions {
  databaseUrl: string;
  /** The server's files folder (`<DATA_DIR>/files`). */
  filesDir: string;
  /** The archive to write; written under a temporary name and renamed when complete. */
  target: string;
}

/** Write one archive holding the database (one snapshot) and every file its attachments name. */
export async function createBackup({ databaseUrl, filesDir, target }: BackupOptions): Promise<BackupManifest> {
  const out = path.resolve(target);
  await mkdir(path.dirname(out), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(out), '.gongkai-backup-'));
  const partial = `${out}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await mkdir(path.join(staging, 'database'));
    const client = await connect(databaseUrl);
    let manifest: Omit<BackupManifest, 'files' | 'counts'>;
    let hashes: string[];
    let auditRecords = 0;
    try {
      await client.query('begin isolation level repeatable read read only');
      for (const s of SESSION_SETTINGS) await client.query(s);
      const migrationsTable = await client.query(`select to_regclass('public.${MIGRATIONS_TABLE}') is not null as present`);
      if (!migrationsTable.rows[0].present) throw new BackupError('The database holds no Gongkai data to back up (its schema was never created)');
      const migrations = (await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`)).rows.map((r) => r.name);
      const postgresVersion = (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v.split(' ')[0];
      const tables: BackupManifest['tables'] = [];
      for (const t of await tablesOf(client)) {
        const tally = new Tally();
        const stream = client.query(copyTo(`copy ${ident(t.name)} (${t.columns.map(ident).join(', ')}) to stdout`));
        await pipeline(stream, tally, createWriteStream(path.join(staging, 'database', `${t.name}.copy`)));
        tables.push({ name: t.name, columns: t.columns, rows: tally.lines, sha256: tally.hash.digest('hex') });
      }
      const sequences: BackupManifest['sequences'] = [];
      const seqs = await client.query<{ name: string }>(
        `select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'S' order by relname`,
      );
      for (const { name } of seqs.rows) {
        if (name.startsWith(MIGRATIONS_TABLE)) continue;
        const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`select last_value::text, is_called from ${ident(name)}`);
        sequences.push({ name, lastValue: rows[0].last_value, isCalled: rows[0].is_called });
      }
      const hasAttachments = tables.some((t) => t.name === 'attachment');
      hashes = hasAttachments
        ? (await client.query<{ sha256: string }>('select distinct sha256 from attachment order by sha256')).rows.map((r) => r.sha256)
        : [];
      auditRecords = tables.find((t) => t.name === 'audit_record')?.rows ?? 0;
      await client.query('commit');
      manifest = {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        schemaVersion: migrations.at(-1) ?? '',
        migrations,
        postgresVersion,
        tables,
        sequences,
      };
    } finally {
      await client.end().catch(() => {});
    }

    // the files the snapshot's attachments name: written before their rows committed, never changed since
    const files: BackupManifest['files'] = [];
    const problems: string[] = [];
    for (const sha256 of hashes) {
      if (!SHA256.test(sha256)) {
        problems.push(`an attachment names no valid hash (${sha256.slice(0, 20)})`);
        continue;
      }
      const from = filePath(filesDir, sha256);
      const to = filePath(path.join(staging, 'files'), sha256);
      await mkdir(path.dirname(to), { recursive: true });
      try {
        await link(from, to).catch(() => copyFile(from, to));
      } catch {
        problems.push(`file ${sha256} is missing`);
        continue;
      }
      const copied = await sha256OfFile(to);
      if (copied.sha256 !== sha256) {
        problems.push(`file ${sha256} does not match its hash`);
        continue;
      }
      files.push({ sha256, size: copied.size });
    }
    if (problems.length) {
      throw new BackupError(
        `${problems.length} attachment file(s) in ${filesDir} are missing or damaged (${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}): is DATA_DIR the server's?`,
      );
    }
    const full: BackupManifest = {
      ...manifest,
      files,
      counts: {
        tables: manifest.tables.length,
        rows: manifest.tables.reduce((n, t) => n + t.rows, 0),
        attachments: manifest.tables.find((t) => t.name === 'attachment')?.rows ?? 0,
        files: files.length,
        fileBytes: files.reduce((n, f) => n + f.size, 0),
        auditRecords,
      },
    };
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(full, null, 2));
    const entries = ['manifest.json', 'database', ...(files.length ? ['files'] : [])];
    // readable by its owner only: it holds password hashes and personal data
    await writeFile(partial, '', { mode: 0o600 });
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, entries);
    await rename(partial, out);
    return full;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}

export interface RestoreOptions {
  /** An ORM on the database to restore into (its migrator builds the schema). */
  orm: MikroORM<PostgreSqlDriver>;
  databaseUrl: string;
  filesDir: string;
  source: string;
  /** Replace what the database holds instead of refusing a database that is not empty. */
  force?: boolean;
}

export interface RestoreReport {
  manifest: BackupManifest;
  /** Migrations of this version run after the data was restored (the backup was made by an older one). */
  laterMigrations: string[];
  audit: ChainStatus;
}

async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
  } catch {
    throw new BackupError('This is not a Gongkai backup (no readable manifest.json in the archive)');
  }
  if (manifest.format !== BACKUP_FORMAT)
    throw new BackupError(`Unknown backup format "${String(manifest.format)}" (this version reads ${BACKUP_FORMAT})`);
  return manifest;
}

/** Every table's data and every file must be there, with the hash the manifest gives. */
async function checkArchive(dir: string, manifest: BackupManifest) {
  for (const t of manifest.tables) {
    if (!/^[a-z_][a-z0-9_]*$/.test(t.name)) throw new BackupError(`The backup names an unexpected table "${t.name}"`);
    const got = await sha256OfFile(path.join(dir, 'database', `${t.name}.copy`)).catch(() => null);
    if (got?.sha256 !== t.sha256) throw new BackupError(`The backup is damaged: the data of table ${t.name} is missing or does not match its hash`);
  }
  for (const f of manifest.files) {
    if (!SHA256.test(f.sha256)) throw new BackupError(`The backup names an invalid file hash "${String(f.sha256).slice(0, 70)}"`);
    const got = await sha256OfFile(filePath(path.join(dir, 'files'), f.sha256)).catch(() => null);
    if (got?.sha256 !== f.sha256) throw new BackupError(`The backup is damaged: file ${f.sha256} is missing or does not match its hash`);
  }
}

/** What the database holds: the tables of the schema that have rows, with a few counts to name. */
async function contentOf(client: pg.Client) {
  const tables = (await tablesOf(client)).map((t) => t.name);
  const filled: string[] = [];
  for (const t of tables) {
    const { rows } = await client.query(`select 1 from ${ident(t)} limit 1`);
    if (rows.length) filled.push(t);
  }
  const count = async (t: string) =>
    filled.includes(t) ? Number((await client.query<{ n: string }>(`select count(*) as n from ${ident(t)}`)).rows[0].n) : 0;
  return { filled, units: await count('unit'), accounts: await count('app_user'), auditRecords: await count('audit_record') };
}

/** Drop every table, view, sequence, function and type of the schema `public` (those of extensions aside). */
async function clearSchema(client: pg.Client) {
  await client.query('begin');
  const notOfExtension = `not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`;
  const views = await client.query<{ n: string; kind: string }>(
    `select relname as n, relkind as kind from pg_class c where relnamespace = 'public'::regnamespace and relkind in ('v', 'm') and ${notOfExtension}`,
  );
  for (const { n, kind } of views.rows) await client.query(`drop ${kind === 'm' ? 'materialized view' : 'view'} if exists ${ident(n)} cascade`);
  const tables = await client.query<{ n: string }>(
    `select relname as n from pg_class c where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') and ${notOfExtension}`,
  );
  for (const { n } of tables.rows) await client.query(`drop table if exists ${ident(n)} cascade`);
  const seqs = await client.query<{ n: string }>(
    `select relname as n from pg_class c where relnamespace = 'public'::regnamespace and relkind = 'S' and ${notOfExtension}`,
  );
  for (const { n } of seqs.rows) await client.query(`drop sequence if exists ${ident(n)} cascade`);
  const functions = await client.query<{ sig: string }>(
    `select c.oid::regprocedure::text as sig from pg_proc c where pronamespace = 'public'::regnamespace and ${notOfExtension}`,
  );
  for (const { sig } of functions.rows) await client.query(`drop routine if exists ${sig} cascade`);
  const types = await client.query<{ n: string }>(
    `select typname as n from pg_type c where typnamespace = 'public'::regnamespace and ${notOfExtension}
        and (typtype in ('e', 'd', 'r', 'm') or (typtype = 'c' and (select relkind from pg_class r where r.oid = c.typrelid) = 'c'))`,
  );
  for (const { n } of types.rows) await client.query(`drop type if exists ${ident(n)} cascade`);
  await client.query('commit');
}

/** Put each file of the backup in the files folder (replacing one whose content does not match its name). */
async function restoreFiles(dir: string, manifest: BackupManifest, filesDir: string) {
  for (const f of manifest.files) {
    const target = filePath(filesDir, f.sha256);
    const present = await sha256OfFile(target).catch(() => null);
    if (present?.sha256 === f.sha256) continue;
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await copyFile(filePath(path.join(dir, 'files'), f.sha256), tmp);
    await rename(tmp, target);
  }
}

/** Restore an archive made by `createBackup` into an empty database and the given files folder. */
export async function restoreBackup({ orm, databaseUrl, filesDir, source, force = false }: RestoreOptions): Promise<RestoreReport> {
  if (!(await stat(source).catch(() => null))?.isFile()) throw new BackupError(`No backup file at ${source}`);
  await mkdir(filesDir, { recursive: true });
  const work = await mkdtemp(path.join(path.dirname(path.resolve(filesDir)), '.gongkai-restore-'));
  try {
    try {
      // plain files and folders only: no links, devices or paths outside the folder
      await tar.extract({
        file: source,
        cwd: work,
        strict: true,
        filter: (_path, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory'),
      });
    } catch (e) {
      throw new BackupError(`The backup file cannot be read as a .tar.gz archive: ${(e as Error).message}`);
    }
    const manifest = await readManifest(work);
    if (!manifest.migrations?.length) throw new BackupError('The backup names no schema version: it cannot be restored');
    const known = new Set(MIGRATIONS.map((m) => m.name));
    const unknown = manifest.migrations.filter((m) => !known.has(m));
    if (unknown.length) {
      throw new BackupError(
        `The backup was made by a newer version of Gongkai (its schema has ${unknown[0]}, unknown here): restore it with that version or a later one`,
      );
    }
    await checkArchive(work, manifest);

    const client = await connect(databaseUrl);
    try {
      const held = await contentOf(client);
      if (held.filled.length && !force) {
        throw new BackupError(
          `The database already holds data (${held.units} units, ${held.accounts} accounts, ${held.auditRecords} audit records in ${held.filled.length} tables): restore into an empty database, or add --force to replace what it holds`,
        );
      }
      await restoreFiles(work, manifest, filesDir);
      await clearSchema(client);
      // the schema as the backup's version had it
      await orm.getMigrator().up({ migrations: manifest.migrations });

      await client.query('begin');
      for (const s of SESSION_SETTINGS) await client.query(s);
      const present = new Map((await tablesOf(client)).map((t) => [t.name, t.columns]));
      for (const t of manifest.tables) {
        const columns = present.get(t.name);
        if (!columns || columns.join(',') !== t.columns.join(',')) {
          throw new BackupError(
            `The schema built for the backup does not match its data (table ${t.name}): the backup does not come from this application`,
          );
        }
      }
      // foreign keys are checked once all the data is in, whatever the order of the tables
      const keys = await client.query<{ tbl: string; name: string; def: string }>(
        `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
           from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace order by conrelid::regclass::text, conname`,
      );
      for (const k of keys.rows) await client.query(`alter table ${k.tbl} drop constraint ${ident(k.name)}`);
      // rows a migration writes (a parameter's shipped value) are in the backup too: its data replaces them
      for (const t of manifest.tables) {
        if ((await client.query(`select 1 from ${ident(t.name)} limit 1`)).rowCount) await client.query(`delete from ${ident(t.name)}`);
      }
      for (const t of manifest.tables) {
        const stream = client.query(copyFrom(`copy ${ident(t.name)} (${t.columns.map(ident).join(', ')}) from stdin`));
        await pipeline(createReadStream(path.join(work, 'database', `${t.name}.copy`)), stream);
        const n = Number((await client.query<{ n: string }>(`select count(*) as n from ${ident(t.name)}`)).rows[0].n);
        if (n !== t.rows) throw new BackupError(`Table ${t.name} holds ${n} rows after the restore, the backup ${t.rows}`);
      }
      for (const k of keys.rows) await client.query(`alter table ${k.tbl} add constraint ${ident(k.name)} ${k.def}`);
      for (const s of manifest.sequences) {
        const exists = (await client.query(`select to_regclass($1) is not null as present`, [`public.${ident(s.name)}`])).rows[0].present;
        if (exists) await client.query(`select setval($1::regclass, $2::bigint, $3)`, [`public.${ident(s.name)}`, s.lastValue, s.isCalled]);
      }
      await client.query('commit');
    } catch (e) {
      await client.query('rollback').catch(() => {});
      throw e;
    } finally {
      await client.end().catch(() => {});
    }

    // a backup made by an older version is brought up to this one
    const later = await orm.getMigrator().up();
    const audit = await verifyAuditChain(orm.em.fork());
    return { manifest, laterMigrations: later.map((m) => m.name), audit };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
