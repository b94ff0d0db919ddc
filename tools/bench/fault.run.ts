// Benchmark: writers creating documents while every server process of the database is terminated
// again and again; then a count in the database of what was acknowledged, stored, lost or doubled.
// See README.md beside this file. Started by fault.ts, which sets up the TypeScript compiler options
// the server needs.
import { startBenchDatabase } from './database.js'; // first: loads reflect-metadata
import { buildApp, SESSION_COOKIE } from '../../packages/server/src/app.js';
import { DEMO_PASSWORD } from '../../packages/server/src/modules/organisation/organisation.seed.js';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import pino from 'pino';
import { setting } from './settings.js';

// ——— settings ———

const SECONDS = setting('BENCH_SECONDS', 30, 1, 600);
const KILL_EVERY_MS = setting('BENCH_KILL_EVERY_MS', 500, 50);
const WRITERS = setting('BENCH_WRITERS', 20, 1, 500);
const TIMEOUT_MS = setting('BENCH_TIMEOUT_MS', 10_000, 100);
const CONTROL_SECONDS = setting('BENCH_CONTROL_SECONDS', 5, 0, 600);
const USER = 'jiaoyu.staff'; // a department user of the demo city
const TITLE_PREFIX = '故障测试-';
const CONTROL_PREFIX = '对照测试-';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// ——— the writers (fault-worker.mjs on a worker thread) ———

interface RequestRecord {
  title: string;
  start: number; // ms since the epoch
  end: number;
  status: number;
  outcome: 'acknowledged' | 'failed' | 'timeout';
  code: string | null;
}

/** Start the writers' thread; once it is ready, `run(stopAt)` sets them going until then and gives their records. */
function writers(url: string, cookie: string, titlePrefix: string): Promise<{ run: (stopAt: number) => Promise<RequestRecord[]> }> {
  return new Promise((ready, failed) => {
    const worker = new Worker(new URL('./fault-worker.mjs', import.meta.url), {
      workerData: { url, cookie, writers: WRITERS, timeoutMs: TIMEOUT_MS, titlePrefix },
    });
    let done: { resolve: (r: RequestRecord[]) => void; reject: (e: Error) => void } | null = null;
    const fail = (e: Error) => (done ? done.reject(e) : failed(e));
    worker.on('message', (m: { ready?: true; records?: RequestRecord[]; error?: string }) => {
      if (m.ready) {
        ready({
          run: (stopAt) =>
            new Promise((resolve, reject) => {
              done = { resolve, reject };
              worker.postMessage({ stopAt });
            }),
        });
      } else if (m.error) fail(new Error(`writers failed: ${m.error}`));
      else {
        const d = done;
        done = null;
        d?.resolve(m.records!);
      }
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (done) done.reject(new Error(`writers exited with code ${code} before reporting`));
    });
  });
}

// ——— the faults ———

interface Kill {
  at: number;
  terminated: number;
}

/** Every `KILL_EVERY_MS` until `stopAt`, terminate every other server process of the database. */
async function kill(admin: pg.Client, stopAt: number): Promise<Kill[]> {
  const kills: Kill[] = [];
  for (let next = Date.now() + KILL_EVERY_MS; next < stopAt; next += KILL_EVERY_MS) {
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    const at = Date.now();
    const { rows } = await admin.query<{ n: number }>(
      `select count(*) filter (where pg_terminate_backend(pid))::int as n
       from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    kills.push({ at, terminated: rows[0].n });
  }
  return kills;
}

// ——— what the server logged (counted, not kept) ———

const LOGGED = {
  retried: 'transaction retried after a transient database fault',
  exhausted: 'transaction failed on a transient database fault',
  unknown: 'commit outcome unknown',
  unavailable: 'database unavailable',
  unexpected: 'unexpected fault',
} as const;

function countingLogger() {
  let shown = 0;
  const counts = Object.fromEntries(Object.keys(LOGGED).map((k) => [k, 0])) as Record<keyof typeof LOGGED, number>;
  const stream = {
    write(line: string) {
      for (const [k, msg] of Object.entries(LOGGED)) if (line.includes(`"msg":"${msg}"`)) counts[k as keyof typeof LOGGED]++;
      // what the server could not explain is worth reading
      if (line.includes(`"msg":"${LOGGED.unexpected}"`) && shown++ < 5) log(`server: ${line.slice(0, 1500)}`);
    },
  };
  return { logger: pino({ level: 'info' }, stream), counts };
}

// ——— report ———

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(2)}%` : '–');

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
  // A hard bound, in case something hangs: setup, the run, the requests' own time-out, and slack.
  const limitMs = (120 + SECONDS + CONTROL_SECONDS) * 1000 + 3 * TIMEOUT_MS;
  const watchdog = setTimeout(() => {
    log(`still running after ${Math.round(limitMs / 1000)} s; giving up`);
    void Promise.race([cleanup(), new Promise((r) => setTimeout(r, 10_000))]).finally(() => process.exit(2));
  }, limitMs);
  watchdog.unref();

  try {
    // 1. database and app
    const { databaseUrl, config, orm } = await startBenchDatabase(cleanups, log);
    const { logger, counts } = countingLogger();
    const app = await buildApp({ config, orm, logger });
    cleanups.push(() => app.close());
    await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/graphql`;

    const signIn = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ user { id } } }',
        variables: { u: USER, p: DEMO_PASSWORD },
      }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error(`login as ${USER} failed (HTTP ${signIn.status}): ${(await signIn.text()).slice(0, 300)}`);

    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    cleanups.push(() => admin.end());

    // 2. the control: the same writers without faults, for what this machine does at the moment
    let control = '';
    if (CONTROL_SECONDS > 0) {
      log(`control: ${WRITERS} writers for ${CONTROL_SECONDS} s, no faults`);
      const lanes = await writers(url, cookie, CONTROL_PREFIX);
      const records = await lanes.run(Date.now() + CONTROL_SECONDS * 1000);
      const ok = records.filter((r) => r.outcome === 'acknowledged');
      const ms = ok.map((r) => r.end - r.start).sort((a, b) => a - b);
      control = `${(ok.length / CONTROL_SECONDS).toFixed(1)} acknowledged/s, p50 ${percentile(ms, 0.5)} ms, ${records.length - ok.length} failed`;
    }

    // 3. the run
    const {
      rows: [{ n: before }],
    } = await admin.query<{ n: number }>('select count(*)::int as n from policy_document');
    log(`${WRITERS} writers for ${SECONDS} s, every server process of the database terminated every ${KILL_EVERY_MS} ms`);
    const lanes = await writers(url, cookie, TITLE_PREFIX);
    const startedAt = Date.now();
    const stopAt = startedAt + SECONDS * 1000;
    const [records, kills] = await Promise.all([lanes.run(stopAt), kill(admin, stopAt)]);
    const endedAt = Date.now();

    // 4. the count
    const { rows: stored } = await admin.query<{ title: string; n: number; made: Date }>(
      'select title, count(*)::int as n, min(created_at) as made from policy_document where starts_with(title, $1) group by title',
      [TITLE_PREFIX],
    );
    const {
      rows: [{ n: after }],
    } = await admin.query<{ n: number }>('select count(*)::int as n from policy_document');
    const storedTitles = new Map(stored.map((r) => [r.title, r.n]));
    const acknowledged = records.filter((r) => r.outcome === 'acknowledged');
    const failed = records.filter((r) => r.outcome === 'failed');
    const timedOut = records.filter((r) => r.outcome === 'timeout');
    const lost = acknowledged.filter((r) => !storedTitles.has(r.title));
    const phantom = records.filter((r) => r.outcome !== 'acknowledged' && storedTitles.has(r.title));
    const duplicates = stored.filter((r) => r.n > 1);
    const strangers = stored.filter((r) => !records.some((x) => x.title === r.title));
    const byCode = new Map<string, number>();
    for (const r of failed) byCode.set(`${r.code} (HTTP ${r.status})`, (byCode.get(`${r.code} (HTTP ${r.status})`) ?? 0) + 1);

    // recovery: from each kill that terminated something, to the acknowledgement of the first document
    // made (in the attempt that committed) after it
    const made = new Map(stored.map((r) => [r.title, r.made.getTime()]));
    const recoveries: number[] = [];
    let unrecovered = 0;
    for (const k of kills.filter((k) => k.terminated > 0)) {
      let next: number | null = null;
      for (const r of acknowledged) if ((made.get(r.title) ?? -Infinity) >= k.at && (next === null || r.end < next)) next = r.end;
      if (next === null) unrecovered++;
      else recoveries.push(next - k.at);
    }
    recoveries.sort((a, b) => a - b);

    const latencies = acknowledged.map((r) => r.end - r.start).sort((a, b) => a - b);
    const lines = [
      '',
      `createDocument as ${USER}: ${WRITERS} writers, ${SECONDS} s (${((endedAt - startedAt) / 1000).toFixed(1)} s with the last answers); every server process of the database terminated every ${KILL_EVERY_MS} ms`,
      `Node ${process.version}, ${os.availableParallelism()} CPUs, database pool ${process.env.DB_POOL_MAX ?? 10}; client time-out ${TIMEOUT_MS} ms, writers never retry`,
      '',
      ...(control ? [`without faults        ${control}  (control run, ${CONTROL_SECONDS} s before)`] : []),
      `kills                 ${kills.length} (${kills.reduce((s, k) => s + k.terminated, 0)} server processes terminated)`,
      `requests              ${records.length}`,
      `acknowledged          ${acknowledged.length}  (p50 ${percentile(latencies, 0.5)} ms, p99 ${percentile(latencies, 0.99)} ms, max ${latencies.at(-1) ?? '–'} ms)`,
      `failed                ${failed.length + timedOut.length}  (${pct(failed.length + timedOut.length, records.length)})`,
      ...[...byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `  ${code.padEnd(38)} ${n}  (${pct(n, records.length)})`),
      ...(timedOut.length ? [`  ${'client time-out'.padEnd(38)} ${timedOut.length}  (${pct(timedOut.length, records.length)})`] : []),
      `lost                  ${lost.length}  (acknowledged, not stored)`,
      `phantom               ${phantom.length}  (stored, not acknowledged: ${phantom.filter((r) => r.outcome === 'timeout').length} timed out at the client, ${phantom.filter((r) => r.outcome === 'failed').length} answered with an error)`,
      `duplicates            ${duplicates.length}  (titles stored more than once)`,
      `rows                  ${after - before} new, ${stored.length} titles of this run${strangers.length ? `, ${strangers.length} never sent (!)` : ''}`,
      `recovery              p50 ${percentile(recoveries, 0.5)} ms, p99 ${percentile(recoveries, 0.99)} ms, max ${recoveries.at(-1) ?? '–'} ms over ${recoveries.length} kills${unrecovered ? ` (${unrecovered} kills with no success after them)` : ''}`,
      `server log            ${counts.retried} transactions retried, ${counts.exhausted} gave up, ${counts.unknown} commits of unknown outcome, ${counts.unavailable} answered unavailable, ${counts.unexpected} unexpected faults`,
      '',
    ];
    const failedShare = (failed.length + timedOut.length) / Math.max(1, records.length);
    const goals: [string, boolean][] = [
      ['failed < 1%', failedShare < 0.01],
      ['0 lost', lost.length === 0],
      ['0 duplicated', duplicates.length === 0],
      ['recovery < 1 s (max)', recoveries.length > 0 && unrecovered === 0 && recoveries.at(-1)! < 1000],
    ];
    lines.push(`goals                 ${goals.map(([g, ok]) => `${g}: ${ok ? 'met' : 'MISSED'}`).join('; ')}`, '');
    process.stdout.write(lines.join('\n') + '\n');
    if (lost.length || duplicates.length || strangers.length) throw new Error('acknowledged writes were lost or stored twice (see above)');
    if (records.length === 0) throw new Error('no request was made');
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
