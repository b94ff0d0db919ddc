// Benchmark: the authorised user list query through the whole app, against a bare Apollo Server
// that answers the same query with two hand-written SQL statements. See README.md beside this file.
// Started by list-query.ts, which sets up the TypeScript compiler options the server needs.
import { startBenchDatabase } from './database.js'; // first: loads reflect-metadata
import { buildApp, SESSION_COOKIE } from '../../packages/server/src/app.js';
import { DEMO_PASSWORD } from '../../packages/server/src/modules/organisation/organisation.seed.js';
import { createRequire } from 'node:module';
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { setting } from './settings.js';

// Packages that only the server depends on resolve from the server's own node_modules. Only the
// little of their API used here is typed, since their type declarations are not reachable from here.
interface HttpServer {
  server: { address(): unknown };
  register(plugin: unknown, options?: unknown): PromiseLike<unknown>;
  listen(options: { host: string; port: number }): Promise<string>;
  close(): Promise<unknown>;
}
interface Apollo {
  start(): Promise<void>;
  stop(): Promise<void>;
}
interface ApolloOptions {
  typeDefs: string;
  resolvers: Record<string, Record<string, (...args: unknown[]) => unknown>>;
}
const serverRequire = createRequire(new URL('../../packages/server/package.json', import.meta.url));
const Fastify = serverRequire('fastify') as (options: { logger: boolean }) => HttpServer;
const { ApolloServer } = serverRequire('@apollo/server') as { ApolloServer: new (options: ApolloOptions) => Apollo };
const fastifyApollo = (serverRequire('@as-integrations/fastify') as { default: (apollo: Apollo) => unknown }).default;

// ——— settings ———

const SECONDS = setting('BENCH_SECONDS', 10, 1);
const WARMUP = setting('BENCH_WARMUP', 3, 0);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 10, 1);
const EXTRA_USERS = setting('BENCH_USERS', 3000, 0);
const POOL_MAX = setting('DB_POOL_MAX', 10, 1); // the ORM reads the same variable

const PAGE_SIZE = 50;
const APP_QUERY = `query { users(page:1, pageSize:${PAGE_SIZE}) { total items { id username displayName unitId roles } } }`;
const BASELINE_QUERY = '{ users { total items { id username displayName unitId roles } } }';

const BASELINE_TYPEDEFS = /* GraphQL */ `
  type U {
    id: ID!
    username: String!
    displayName: String!
    unitId: ID!
    roles: [String!]!
  }
  type Page {
    total: Int!
    items: [U!]!
  }
  type Query {
    users: Page!
  }
`;

// The same page the app returns: users ordered by their unit's sort order, then username.
const PAGE_SQL = `
  select u.id, u.username, u.display_name as "displayName", u.unit_id as "unitId", u.roles
  from app_user u join unit n on n.id = u.unit_id
  order by n.sort_order asc, u.username asc
  limit $1 offset $2`;
const COUNT_SQL = 'select count(*)::int as total from app_user';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// ——— the load generator (autocannon on a worker thread) ———

interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  seconds: number;
  latencies: Float64Array;
}

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The exact response body every request must get back (checked by autocannon). */
  expectBody: string;
}

function load(target: Target, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
      workerData: { url: target.url, headers: target.headers, body: target.body, expectBody: target.expectBody, seconds, connections: CONNECTIONS },
    });
    let settled = false;
    worker.once('message', (m: { result?: LoadResult; error?: string }) => {
      settled = true;
      if (m.error) reject(new Error(`load generator failed: ${m.error}`));
      else resolve(m.result!);
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`load generator exited with code ${code} before reporting`));
    });
  });
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

// ——— one GraphQL request outside the load, to check the answer ———

async function post(url: string, body: string, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: await res.text(), cookies: res.headers.getSetCookie() };
}

function checkedPage(name: string, status: number, text: string) {
  let parsed: { data?: { users?: { total: number; items: unknown[] } }; errors?: unknown[] };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${name}: the response is not JSON (HTTP ${status}): ${text.slice(0, 300)}`);
  }
  if (status !== 200 || parsed.errors?.length || !parsed.data?.users) {
    throw new Error(`${name}: expected HTTP 200 with data and no errors, got HTTP ${status}: ${text.slice(0, 500)}`);
  }
  const page = parsed.data.users;
  if (page.items.length !== Math.min(PAGE_SIZE, page.total)) {
    throw new Error(`${name}: expected ${Math.min(PAGE_SIZE, page.total)} items, got ${page.items.length}`);
  }
  return parsed.data;
}

// ——— main ———

async function main() {
  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step().catch((e) => log(`cleanup: ${(e as Error).message}`));
    cleanups.length = 0;
  };
  let interrupted = false;
  const onSignal = (signal: string) => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  // A hard bound, in case something hangs: setup, two warm-ups, two runs, and slack.
  const limitMs = (90 + 2 * (WARMUP + SECONDS) * 1.5) * 1000;
  const watchdog = setTimeout(() => {
    log(`still running after ${Math.round(limitMs / 1000)} s; giving up`);
    void Promise.race([cleanup(), new Promise((r) => setTimeout(r, 10_000))]).finally(() => process.exit(2));
  }, limitMs);
  watchdog.unref();

  try {
    const started = Date.now();

    // 1. database
    const { databaseUrl, config, orm } = await startBenchDatabase(cleanups, log);

    const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_MAX });
    // An idle connection can only fail when the database goes away (on Ctrl-C it gets the signal
    // too); queries in flight still report their own errors.
    let lost = false;
    pool.on('error', (e) => {
      if (!lost) log(`database connection lost: ${e.message}`);
      lost = true;
    });
    cleanups.push(() => pool.end());
    await pool.query(
      `insert into app_user (id, username, display_name, unit_id, roles, phone, password_hash)
       select gen_random_uuid(),
              'bench.' || lpad(i::text, 5, '0'),
              '测试用户' || lpad(i::text, 5, '0'),
              units.ids[1 + i % cardinality(units.ids)],
              (array['{DEPARTMENT_STAFF}', '{DEPARTMENT_HEAD}', '{DISCLOSURE_OFFICER}'])[1 + i % 3]::text[],
              case when i % 2 = 0 then '139' || lpad(i::text, 8, '0') end,
              (select password_hash from app_user where username = 'admin')
       from generate_series(1, $1::int) i,
            (select array_agg(id order by sort_order, id) as ids from unit) units`,
      [EXTRA_USERS],
    );
    await pool.query('analyze');
    const {
      rows: [counts],
    } = await pool.query<{ users: number; units: number }>(
      'select (select count(*)::int from app_user) as users, (select count(*)::int from unit) as units',
    );

    // 2. the app
    const app = await buildApp({ config, orm }); // config.logLevel 'silent' silences its pino logger
    cleanups.push(() => app.close());
    await app.listen({ host: '127.0.0.1', port: 0 });
    const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/graphql`;

    const signIn = await post(
      appUrl,
      JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }',
        variables: { u: 'admin', p: DEMO_PASSWORD },
      }),
      {},
    );
    const session = signIn.cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!session) throw new Error(`login as admin failed (HTTP ${signIn.status}): ${signIn.text.slice(0, 300)}`);

    // 3. the baseline: bare Apollo Server 5 on Fastify 5 (same integration as the app), SQL through pg
    const baselineApollo = new ApolloServer({
      typeDefs: BASELINE_TYPEDEFS,
      resolvers: {
        Query: {
          users: async () => {
            const [page, count] = await Promise.all([pool.query(PAGE_SQL, [PAGE_SIZE, 0]), pool.query(COUNT_SQL)]);
            return { total: count.rows[0].total, items: page.rows };
          },
        },
      },
    });
    await baselineApollo.start();
    cleanups.push(() => baselineApollo.stop());
    const baseline = Fastify({ logger: false });
    cleanups.push(() => baseline.close());
    await baseline.register(fastifyApollo(baselineApollo));
    await baseline.listen({ host: '127.0.0.1', port: 0 });
    const baselineUrl = `http://127.0.0.1:${(baseline.server.address() as { port: number }).port}/graphql`;

    // Both must answer, without errors, with the same page.
    const targets: Target[] = [];
    const pages: unknown[] = [];
    for (const [name, url, query, headers] of [
      ['baseline', baselineUrl, BASELINE_QUERY, {}],
      ['app', appUrl, APP_QUERY, { cookie: session }],
    ] as const) {
      const body = JSON.stringify({ query });
      const res = await post(url, body, headers);
      pages.push(checkedPage(name, res.status, res.text));
      targets.push({ name, url, headers: { 'content-type': 'application/json', ...headers }, body, expectBody: res.text });
    }
    if (!isDeepStrictEqual(pages[0], pages[1]))
      throw new Error('the baseline and the app return different pages; the comparison would be meaningless');
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.users} users in ${counts.units} units`);

    // 4. load: warm up each, then measure in two halves ordered baseline, app, app, baseline, so
    //    that a slow change in the machine's load weighs on both alike.
    for (const target of targets) {
      if (WARMUP === 0) break;
      log(`${target.name}: warming up for ${WARMUP} s`);
      const warm = await load(target, WARMUP);
      if (warm.non2xx || warm.errors || warm.timeouts || warm.mismatches) {
        throw new Error(
          `${target.name}: failures during warm-up (non-2xx ${warm.non2xx}, errors ${warm.errors}, timeouts ${warm.timeouts}, wrong bodies ${warm.mismatches})`,
        );
      }
    }
    const [base, full] = targets;
    const first = Math.floor(SECONDS / 2);
    const schedule: [Target, number][] =
      first === 0
        ? [
            [base, SECONDS],
            [full, SECONDS],
          ]
        : [
            [base, first],
            [full, first],
            [full, SECONDS - first],
            [base, SECONDS - first],
          ];
    const runs = new Map<string, LoadResult[]>();
    for (const [target, seconds] of schedule) {
      log(`${target.name}: measuring for ${seconds} s with ${CONNECTIONS} connections`);
      const r = await load(target, seconds);
      runs.set(target.name, [...(runs.get(target.name) ?? []), r]);
    }
    const results = new Map<string, LoadResult>();
    for (const [name, parts] of runs) {
      const sum = (k: 'requests' | 'ok' | 'non2xx' | 'errors' | 'timeouts' | 'mismatches' | 'seconds') => parts.reduce((n, p) => n + p[k], 0);
      const latencies = new Float64Array(parts.reduce((n, p) => n + p.latencies.length, 0));
      parts.reduce((at, p) => (latencies.set(p.latencies, at), at + p.latencies.length), 0);
      latencies.sort();
      results.set(name, {
        requestsPerSecond: sum('ok') / sum('seconds'),
        requests: sum('requests'),
        ok: sum('ok'),
        non2xx: sum('non2xx'),
        errors: sum('errors'),
        timeouts: sum('timeouts'),
        mismatches: sum('mismatches'),
        seconds: sum('seconds'),
        latencies,
      });
    }

    // 5. report
    const b = results.get('baseline')!;
    const a = results.get('app')!;
    const row = (name: string, r: LoadResult) => [
      name,
      r.requestsPerSecond.toFixed(1),
      percentile(r.latencies, 0.5).toFixed(2),
      percentile(r.latencies, 0.99).toFixed(2),
      String(r.ok),
      String(r.non2xx),
      String(r.errors + r.timeouts),
      String(r.mismatches),
    ];
    const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}×`;
    const table = [
      ['', 'req/s', 'p50 ms', 'p99 ms', '2xx', 'non-2xx', 'errors', 'bad body'],
      row('baseline', b),
      row('app', a),
      [
        'app/baseline',
        ratio(a.requestsPerSecond, b.requestsPerSecond),
        ratio(percentile(a.latencies, 0.5), percentile(b.latencies, 0.5)),
        ratio(percentile(a.latencies, 0.99), percentile(b.latencies, 0.99)),
        '',
        '',
        '',
        '',
      ],
    ];
    const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
    const lines = [
      '',
      `users(page:1, pageSize:${PAGE_SIZE}) as admin — ${counts.users} users in ${counts.units} units; ${CONNECTIONS} connections, ${SECONDS} s each${first ? ' (in two halves)' : ''} after ${WARMUP} s warm-up`,
      `Node ${process.version}, ${os.availableParallelism()} CPUs; baseline: bare Apollo Server on Fastify with pg, no auth, no ORM`,
      '',
      ...table.map((r) =>
        r
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
          .join('  ')
          .trimEnd(),
      ),
      '',
    ];
    process.stdout.write(lines.join('\n') + '\n');

    const failures = [...results].filter(([, r]) => r.non2xx || r.errors || r.timeouts || r.mismatches || r.ok === 0);
    if (failures.length) {
      throw new Error(`not every response was a 200 with the expected body: ${failures.map(([n]) => n).join(', ')} (see the table)`);
    }
  } finally {
    if (!interrupted) await cleanup();
    clearTimeout(watchdog);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`[bench] FAILED: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
