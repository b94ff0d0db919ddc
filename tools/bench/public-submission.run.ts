// Benchmark: citizens submitting opinions on an open consultation, under load, through the whole
// app, with retries and over-limit addresses mixed in; then a check in the database that every
// accepted opinion is stored exactly once. See README.md beside this file.
// Started by public-submission.ts, which sets up the TypeScript compiler options the server needs.
import { startBenchDatabase } from './database.js'; // first: loads reflect-metadata
import { buildApp } from '../../packages/server/src/app.js';
import { OPINION_LIMITS } from '../../packages/server/src/modules/consultation/consultation.errors.js';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { setting } from './settings.js';

// ——— settings ———

const SECONDS = setting('BENCH_SECONDS', 10, 1);
const WARMUP = setting('BENCH_WARMUP', 3, 0);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 50, 1);
const RETRY_PERCENT = setting('BENCH_RETRY_PERCENT', 10, 0, 90);
const ABUSERS = setting('BENCH_OVER_LIMIT', 3, 0, 254);
const ABUSE_PERCENT = setting('BENCH_OVER_LIMIT_PERCENT', 3, 0, 50);
const POOL_MAX = setting('DB_POOL_MAX', 10, 1); // the ORM reads the same variable

const TOPIC_TITLE = '朝阳市普惠性幼儿园认定和扶持办法（征求意见稿）';
const LIMIT = OPINION_LIMITS.perAddress;
/** New opinions per citizen's address: half the limit, so that none comes near it. */
const PER_CITIZEN = Math.max(1, Math.floor(LIMIT / 2));
const TIMEOUT_MS = 10_000;

// Simulated addresses, all in 127.0.0.0/8 and only ever sent as X-Forwarded-For (the traffic itself
// stays on 127.0.0.1). Citizens of the measured run from 127.1.0.0 up, of the warm-up from
// 127.128.0.0 up; the over-limit addresses are 127.255.255.1, .2, …; the demo seed uses 127.0.0.x.
const MEASURED_BASE = 1 << 16;
const WARMUP_BASE = 128 << 16;
const abuseAddress = (i: number) => `127.255.255.${1 + i}`;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// ——— the load generator (submit-worker.mjs on a worker thread) ———

interface RequestRecord {
  seq: number; // 0 for a retry
  kind: 'new' | 'retry' | 'abuse';
  key: string;
  address: string;
  retryOf: number | null;
  content: string | null;
  name: string | null;
  contact: string | null;
  status: number;
  at: number; // ms from the start of the run to the request
  ms: number;
  outcome: 'accepted' | 'refused' | 'error';
  receipt?: string;
  code?: string;
  detail?: string;
}
interface LoadResult {
  records: RequestRecord[];
  seconds: number;
  citizens: number;
}
interface LoadPlan {
  seconds: number;
  citizenBase: number;
  abuseAddresses: string[];
  keyPrefix: string;
  seed: number;
}

function load(url: string, topicId: string, plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./submit-worker.mjs', import.meta.url), {
      workerData: {
        url,
        topicId,
        connections: CONNECTIONS,
        retryShare: RETRY_PERCENT / 100,
        perCitizen: PER_CITIZEN,
        abuseShare: ABUSE_PERCENT / 100,
        timeoutMs: TIMEOUT_MS,
        ...plan,
      },
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
const latencies = (records: RequestRecord[]) => Float64Array.from(records, (r) => r.ms).sort();

function formatTable(rows: string[][], leftColumns = 1): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell = '', i) => (i < leftColumns ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

// ——— the check against the database ———

interface Check {
  what: string;
  ok: boolean;
  problems: string[];
}

interface StoredOpinion {
  receipt_code: string;
  idempotency_key: string | null;
  address: string | null;
  content: string;
  author_name: string | null;
  contact: string | null;
  channel: string;
}

async function verify(pool: pg.Pool, topicId: string, before: Set<string>, records: RequestRecord[]): Promise<{ checks: Check[]; stored: number }> {
  const checks: Check[] = [];
  const check = (what: string, problems: string[]) => checks.push({ what, ok: problems.length === 0, problems });

  const { rows: all } = await pool.query<StoredOpinion>(
    'select receipt_code, idempotency_key, address, content, author_name, contact, channel from opinion where topic_id = $1',
    [topicId],
  );
  const stored = all.filter((r) => !before.has(r.receipt_code));
  const storedByReceipt = new Map(stored.map((r) => [r.receipt_code, r]));
  const storedKeys = new Set(stored.map((r) => r.idempotency_key));

  const originals = records.filter((r) => r.kind !== 'retry');
  const accepted = originals.filter((r) => r.outcome === 'accepted');
  const originalBySeq = new Map(originals.map((r) => [r.seq, r]));

  // 1. the receipts given for new submissions are exactly the rows stored during the run
  {
    const problems: string[] = [];
    const given = new Map<string, RequestRecord>();
    for (const r of accepted) {
      const other = given.get(r.receipt!);
      if (other) problems.push(`receipt ${r.receipt} given for two keys, ${other.key} and ${r.key}`);
      given.set(r.receipt!, r);
    }
    for (const r of accepted) if (!storedByReceipt.has(r.receipt!)) problems.push(`receipt ${r.receipt} (key ${r.key}) was given but is not stored`);
    for (const row of stored)
      if (!given.has(row.receipt_code))
        problems.push(`stored opinion ${row.receipt_code} (key ${row.idempotency_key}) was never given to a client as a new receipt`);
    check(`rows stored during the run (${stored.length}) = receipts given for new submissions (${given.size}), as sets`, problems);
  }

  // 2. each stored row is what its request sent
  {
    const problems: string[] = [];
    for (const r of accepted) {
      const row = storedByReceipt.get(r.receipt!);
      if (!row) continue; // reported above
      const differs = [
        row.idempotency_key !== r.key && 'key',
        row.address !== r.address && 'address',
        row.content !== r.content && 'content',
        row.author_name !== r.name && 'name',
        row.contact !== r.contact && 'contact',
        row.channel !== 'PORTAL' && 'channel',
      ].filter(Boolean);
      if (differs.length) problems.push(`${row.receipt_code}: ${differs.join(', ')} not stored as key ${r.key} sent it`);
    }
    check('each stored row has the key, address (from X-Forwarded-For), content, name and contact its request sent', problems);
  }

  // 3. no idempotency key twice (the unique constraint should make this impossible)
  {
    const { rows } = await pool.query<{ idempotency_key: string; n: number }>(
      `select idempotency_key, count(*)::int as n from opinion where topic_id = $1 and idempotency_key is not null
       group by idempotency_key having count(*) > 1`,
      [topicId],
    );
    check(
      'no idempotency key stored twice for the topic',
      rows.map((r) => `key ${r.idempotency_key} stored ${r.n} times`),
    );
  }

  // 4. every retry got its key's first receipt, and added nothing
  {
    const problems: string[] = [];
    const retries = records.filter((r) => r.kind === 'retry');
    for (const r of retries) {
      const original = originalBySeq.get(r.retryOf!);
      if (!original || original.outcome !== 'accepted') problems.push(`retry of key ${r.key}: its original was ${original?.outcome ?? 'not found'}`);
      else if (r.outcome !== 'accepted') problems.push(`retry of key ${r.key}: ${r.outcome} ${r.code ?? r.detail ?? ''}`);
      else if (r.receipt !== original.receipt) problems.push(`retry of key ${r.key} got ${r.receipt}, its original got ${original.receipt}`);
    }
    const keys = new Set(retries.map((r) => r.key));
    const racing = retries.filter((r) => {
      const original = originalBySeq.get(r.retryOf!);
      return original !== undefined && r.at < original.at + original.ms;
    }).length;
    check(
      `each of the ${retries.length} retries (of ${keys.size} keys; ${racing} sent before their original was answered) got its key's original receipt`,
      problems,
    );
  }

  // 5. refused requests stored nothing
  {
    const refused = originals.filter((r) => r.outcome === 'refused');
    check(
      `the ${refused.length} refused submissions stored nothing`,
      refused.filter((r) => storedKeys.has(r.key)).map((r) => `refused key ${r.key} is stored`),
    );
  }

  // 6. the over-limit addresses: every submission refused
  {
    const abuse = records.filter((r) => r.kind === 'abuse');
    check(
      `each of the ${abuse.length} submissions from over-limit addresses was refused with TOO_MANY_OPINIONS`,
      abuse.filter((r) => r.code !== 'TOO_MANY_OPINIONS').map((r) => `${r.address}, key ${r.key}: ${r.outcome} ${r.code ?? r.detail ?? ''}`),
    );
  }

  // 7. no address over the limit in the database
  {
    const { rows } = await pool.query<{ address: string; n: number }>(
      `select address, count(*)::int as n from opinion where address is not null and submitted_at > now() - make_interval(mins => $1)
       group by address having count(*) > $2`,
      [OPINION_LIMITS.windowMinutes, LIMIT],
    );
    check(
      `no address has more than ${LIMIT} opinions stored in ${OPINION_LIMITS.windowMinutes} minutes`,
      rows.map((r) => `${r.address}: ${r.n}`),
    );
  }

  return { checks, stored: stored.length };
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
  // A hard bound, in case something hangs: setup, warm-up, the run, the requests in flight, slack.
  const limitMs = (90 + (WARMUP + SECONDS) * 1.5 + (2 * TIMEOUT_MS) / 1000) * 1000;
  const watchdog = setTimeout(() => {
    log(`still running after ${Math.round(limitMs / 1000)} s; giving up`);
    void Promise.race([cleanup(), new Promise((r) => setTimeout(r, 10_000))]).finally(() => process.exit(2));
  }, limitMs);
  watchdog.unref();

  try {
    const started = Date.now();

    // 1. database
    const { databaseUrl, config, orm } = await startBenchDatabase(cleanups, log);

    // A separate small pool for the checks; the app has its own.
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    let lost = false;
    pool.on('error', (e) => {
      if (!lost) log(`database connection lost: ${e.message}`);
      lost = true;
    });
    cleanups.push(() => pool.end());
    const { rows: topics } = await pool.query<{ id: string }>(
      `select id from consultation_topic where title = $1 and state = 'PUBLISHED' and window_start <= $2::date and window_end >= $2::date`,
      [TOPIC_TITLE, new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())],
    );
    if (topics.length !== 1) throw new Error(`expected the demo seed's open topic “${TOPIC_TITLE}”, found ${topics.length}`);
    const topicId = topics[0].id;

    // 2. the app, trusting X-Forwarded-For so that each simulated citizen has its own address
    process.env.TRUST_PROXY = 'true';
    const app = await buildApp({ config, orm }); // config.logLevel 'silent' silences its pino logger
    cleanups.push(() => app.close());
    await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/graphql`;
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // 3. warm-up, its own addresses, no over-limit ones; its failures stop the run
    if (WARMUP > 0) {
      log(`warming up for ${WARMUP} s with ${CONNECTIONS} connections`);
      const warm = await load(url, topicId, { seconds: WARMUP, citizenBase: WARMUP_BASE, abuseAddresses: [], keyPrefix: 'benchwarm-', seed: 7 });
      const bad = warm.records.filter((r) => r.outcome !== 'accepted');
      if (bad.length) {
        throw new Error(
          `${bad.length} of ${warm.records.length} warm-up submissions failed, e.g. ${bad[0].outcome} ${bad[0].code ?? ''} ${bad[0].detail ?? ''}`,
        );
      }
    }

    // 4. the over-limit addresses send as many opinions as the limit allows, one at a time, before
    //    the run; during the run, everything more from them must be refused.
    const abuseAddresses = Array.from({ length: ABUSERS }, (_, i) => abuseAddress(i));
    for (const address of abuseAddresses) {
      for (let n = 1; n <= LIMIT; n++) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({
            query: 'mutation($i: PublicOpinionInput!) { submitOpinion(input: $i) { receiptCode } }',
            variables: {
              i: { topicId, content: `同一地址的第${n}条意见。`, idempotencyKey: `benchfill-${1 + abuseAddresses.indexOf(address)}-${n}` },
            },
          }),
        });
        const text = await res.text();
        if (res.status !== 200 || !text.includes('"receiptCode"'))
          throw new Error(`${address}, opinion ${n} of ${LIMIT}: HTTP ${res.status}: ${text.slice(0, 300)}`);
      }
    }

    // 5. the measured run
    const { rows: beforeRows } = await pool.query<{ receipt_code: string }>('select receipt_code from opinion where topic_id = $1', [topicId]);
    const before = new Set(beforeRows.map((r) => r.receipt_code));
    log(`measuring for ${SECONDS} s with ${CONNECTIONS} connections`);
    // Meanwhile, what the app's database sessions are doing, ten times a second.
    const samples: { busy: number; advisory: number }[] = [];
    let sampling = false;
    const sampler = setInterval(() => {
      if (sampling) return;
      sampling = true;
      pool
        .query<{ busy: number; advisory: number }>(
          `select count(*) filter (where state <> 'idle')::int as busy,
                count(*) filter (where wait_event_type = 'Lock' and wait_event = 'advisory')::int as advisory
         from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
        )
        .then(
          (r) => samples.push(r.rows[0]),
          () => {},
        )
        .finally(() => (sampling = false));
    }, 100);
    const run = await load(url, topicId, { seconds: SECONDS, citizenBase: MEASURED_BASE, abuseAddresses, keyPrefix: 'bench-', seed: 42 }).finally(
      () => clearInterval(sampler),
    );
    const { records } = run;

    // 6. the check
    log('checking the opinion table');
    const { checks, stored } = await verify(pool, topicId, before, records);

    // 7. report
    const NEW_OK = 'new opinion: accepted, new receipt';
    const RETRY_OK = 'retry: accepted, same receipt as before';
    const ABUSE_REFUSED = 'over-limit address: TOO_MANY_OPINIONS (expected)';
    const ERRORS = 'errors: 5xx, INTERNAL, network, timeout';
    const originalReceipt = new Map(records.filter((r) => r.kind !== 'retry').map((r) => [r.seq, r.receipt]));
    const label = (r: RequestRecord): string => {
      if (r.outcome === 'error') return ERRORS;
      if (r.kind === 'new') return r.outcome === 'accepted' ? NEW_OK : `new opinion: ${r.code} (unexpected)`;
      if (r.kind === 'retry') {
        if (r.outcome === 'refused') return `retry: ${r.code} (unexpected)`;
        return r.receipt === originalReceipt.get(r.retryOf!) ? RETRY_OK : 'retry: a different receipt (unexpected)';
      }
      if (r.outcome === 'accepted') return 'over-limit address: accepted (unexpected)';
      return r.code === 'TOO_MANY_OPINIONS' ? ABUSE_REFUSED : `over-limit address: ${r.code} (unexpected)`;
    };
    const byLabel = new Map<string, RequestRecord[]>([NEW_OK, RETRY_OK, ABUSE_REFUSED].map((l) => [l, []]));
    for (const r of records) {
      const l = label(r);
      if (!byLabel.has(l)) byLabel.set(l, []);
      byLabel.get(l)!.push(r);
    }
    const errors = byLabel.get(ERRORS) ?? [];
    byLabel.delete(ERRORS);
    const unexpected = [...byLabel].filter(([l]) => l.endsWith('(unexpected)')).flatMap(([, list]) => list);
    if (unexpected.length === 0) byLabel.set('unexpected answers', []);
    byLabel.set(ERRORS, errors);
    const fiveHundreds = errors.filter((r) => r.status >= 500).length;

    const row = (label: string, list: RequestRecord[], rate = false) => {
      const lat = latencies(list);
      return [
        label,
        String(list.length),
        rate ? (list.length / run.seconds).toFixed(1) : '',
        list.length ? percentile(lat, 0.5).toFixed(2) : '',
        list.length ? percentile(lat, 0.99).toFixed(2) : '',
      ];
    };
    const table = [
      ['', 'requests', 'req/s', 'p50 ms', 'p99 ms'],
      row('all requests', records, true),
      ...[...byLabel].map(([l, list]) => row(`  ${l}`, list)),
    ];
    const accepted = records.filter((r) => r.kind !== 'retry' && r.outcome === 'accepted').length;
    const mean = (f: (x: (typeof samples)[number]) => number) =>
      (samples.length ? samples.reduce((n, x) => n + f(x), 0) / samples.length : Number.NaN).toFixed(1);
    const lines = [
      '',
      `submitOpinion without login on “${TOPIC_TITLE}” — ${CONNECTIONS} connections for ${SECONDS} s (${run.seconds.toFixed(2)} s with the last answers)${WARMUP ? ` after ${WARMUP} s warm-up` : ''}`,
      `${run.citizens} citizens' addresses (at most ${PER_CITIZEN} new opinions each), ${RETRY_PERCENT}% of their requests retries; ${ABUSE_PERCENT}% of requests from ${ABUSERS} addresses already at the limit (${LIMIT} in ${OPINION_LIMITS.windowMinutes} min)`,
      `Node ${process.version}, ${os.availableParallelism()} CPUs; database pool ${POOL_MAX}; embedded PostgreSQL with fsync off`,
      '',
      ...formatTable(table),
      '',
      `accepted new opinions: ${(accepted / run.seconds).toFixed(1)}/s`,
      `the app's database sessions, sampled every 100 ms while measuring: on average ${mean((x) => x.busy)} of ${POOL_MAX} busy, ${mean((x) => x.advisory)} of them waiting for an advisory lock`,
      '',
      'the opinion table afterwards:',
      ...checks.map((c) => `  ${c.ok ? 'ok    ' : 'FAILED'}  ${c.what}`),
      '',
    ];
    process.stdout.write(lines.join('\n') + '\n');

    for (const c of checks.filter((x) => !x.ok)) {
      log(`FAILED: ${c.what}`);
      for (const p of c.problems.slice(0, 10)) log(`  ${p}`);
      if (c.problems.length > 10) log(`  … and ${c.problems.length - 10} more`);
    }
    for (const r of [...unexpected, ...errors].slice(0, 10))
      log(`${r.kind} ${r.key} from ${r.address}: ${r.outcome} ${r.code ?? r.receipt ?? ''} ${r.detail ?? ''}`);

    const reasons = [
      checks.some((c) => !c.ok) && 'the opinion table does not match the answers (see above)',
      errors.length > 0 && `${errors.length} requests failed (${fiveHundreds} with HTTP 5xx)`,
      unexpected.length > 0 && `${unexpected.length} requests were refused or answered unexpectedly`,
      accepted === 0 && 'no opinion was accepted',
    ].filter(Boolean);
    if (stored === 0 && accepted > 0) reasons.push('nothing was stored');
    if (reasons.length) throw new Error(reasons.join('; '));
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
