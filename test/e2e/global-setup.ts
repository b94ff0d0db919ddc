// Starts an embedded PostgreSQL and, on its one database, two processes of the real server as production
// runs it (compiled to JavaScript, compiled again here from the current sources: a second) with the built
// SPAs: one on today's clock (which migrates and creates the demo data) and one whose clock
// runs LATER_DAYS ahead, for what happens after a consultation window has closed or a month has ended. Their addresses
// reach the e2e files through E2E_BASE_URL and E2E_LATER_URL.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEmbeddedPostgres } from '../../packages/server/src/common/db/embedded.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * How far ahead the second server's clock runs: past the end of any window opened today (windows in
 * the e2e are shorter), and past the end of the month of today whatever its length.
 */
export const LATER_DAYS = 32;

export default async function setup() {
  for (const spa of ['admin', 'portal']) {
    if (!existsSync(path.join(root, `packages/${spa}/dist/index.html`))) throw new Error(`packages/${spa} is not built: run pnpm build first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  // compiled here unless `pnpm e2e` has compiled it once for all its shards
  if (!process.env.E2E_SERVER_BUILT) execFileSync(process.execPath, [path.join(root, 'packages/server/build.mjs'), '--quiet'], { stdio: 'inherit' });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gongkai-e2e-'));
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedPostgres({ dir: path.join(dataDir, 'pg'), persistent: false });
  await database.createDatabase('gongkai');
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: database.urlFor('gongkai'),
    // the browser here is one visitor from one address reading far faster than any person does: the
    // per-address limits on anonymous reads and forms (their own tests are in test/integration) stay out of its way
    PUBLIC_READS_PER_MINUTE: '100000',
    PUBLIC_FORMS_PER_10_MINUTES: '100000',
    CASES_PER_10_MINUTES: '100000',
  };
  const servers: ChildProcess[] = [];
  const stop = async () => {
    for (const child of servers) {
      if (child.exitCode === null) child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    }
    await database.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // the first migrates and seeds; the second starts on the database the first has made
    process.env.E2E_BASE_URL = await startServer(servers, env);
    process.env.E2E_LATER_URL = await startServer(servers, { ...env, CLOCK_OFFSET_DAYS: String(LATER_DAYS) });
    await coverComingYears(process.env.E2E_BASE_URL);
  } catch (e) {
    await stop();
    throw e;
  }
  return stop;
}

/**
 * Deadlines computed late in a year (and on the later server) land in the next, whose holidays the
 * State Council may not have published yet: as the administrator would once they are, the next two
 * years are marked known here (weekdays, no holidays entered), through the product's own operation.
 */
async function coverComingYears(base: string) {
  const post = (query: string, variables: Record<string, unknown>, cookie = '') =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const login = await post('mutation($u:String!,$p:String!){ login(username:$u, password:$p){ user { id } } }', { u: 'admin', p: 'Gongkai@2026' });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const year = new Date().getFullYear();
  for (const y of [year + 1, year + 2]) {
    const covered = (await (await post('query($y:Int!){ calendarYear(year:$y){ covered } }', { y }, cookie)).json()) as {
      data?: { calendarYear?: { covered: boolean } };
    };
    if (covered.data?.calendarYear?.covered) continue;
    const res = (await (await post('mutation($y:Int!){ setYearCovered(year:$y, covered:true){ year } }', { y }, cookie)).json()) as {
      errors?: unknown;
    };
    if (res.errors) throw new Error(`could not mark ${y} known: ${JSON.stringify(res.errors)}`);
  }
}

/** Starts one server process with `extra` in its environment; resolves to its address once it is ready. */
async function startServer(servers: ChildProcess[], extra: Record<string, string>): Promise<string> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
    cwd: path.join(root, 'packages/server'),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return base;
    if (Date.now() > deadline) throw new Error(`server not ready in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
