// Writes under load: concurrent `createDocument` calls by a department's staff, acknowledged per second,
// in one run on one database, the servers measured in turns: the design before (the audit trail in one
// hash chain, every write waiting for its lock, and the write path's statements as they were: see
// writes.legacy.ts), that path with several chains (AUDIT_CHAINS), and today's path with one chain, with
// several, and with several on two server instances sharing the load. The audit trail is verified at the
// end, and every acknowledged write must have left its document and its audit record.
import { startBenchDatabase } from './database.js'; // first: loads reflect-metadata
import { buildApp, SESSION_COOKIE } from '../../packages/server/src/app.js';
import { openOrm } from '../../packages/server/src/common/db/orm.js';
import { verifyAuditChain } from '../../packages/server/src/common/audit/audit.service.js';
import { DEMO_PASSWORD } from '../../packages/server/src/modules/organisation/organisation.seed.js';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { median, setting } from './settings.js';
import { LegacyAuditDriver, LegacySearchIndexer } from './writes.legacy.js';
import { createRequire } from 'node:module';

const SECONDS = setting('BENCH_SECONDS', 5, 1);
const ROUNDS = setting('BENCH_ROUNDS', 3, 1);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 20, 1);
const CHAINS = setting('AUDIT_CHAINS', 8, 2, 64);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

interface LoadResult {
  requestsPerSecond: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latencies: Float64Array;
}

/** The load of one server: CONNECTIONS connections split over its instances' URLs, at once. */
async function load(urls: string[], headers: Record<string, string>, body: string, seconds: number): Promise<LoadResult> {
  const parts = await Promise.all(
    urls.map(
      (url, i) =>
        new Promise<LoadResult>((resolve, reject) => {
          const connections = Math.floor(CONNECTIONS / urls.length) + (i < CONNECTIONS % urls.length ? 1 : 0);
          const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { url, headers, body, seconds, connections } });
          worker.once('message', (m: { result?: LoadResult; error?: string }) => {
            if (m.error) reject(new Error(`load generator failed: ${m.error}`));
            else resolve(m.result!);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  const sum = (k: 'requestsPerSecond' | 'ok' | 'non2xx' | 'errors' | 'timeouts') => parts.reduce((n, r) => n + r[k], 0);
  const latencies = new Float64Array(parts.reduce((n, r) => n + r.latencies.length, 0));
  parts.reduce((at, r) => (latencies.set(r.latencies, at), at + r.latencies.length), 0);
  return {
    requestsPerSecond: sum('requestsPerSecond'),
    ok: sum('ok'),
    non2xx: sum('non2xx'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    latencies,
  };
}

/** Statements sent to PostgreSQL by this process (every copy of `pg` the server loads), counted while a server is under load. */
let statementsSent = 0;
const fromServer = createRequire(new URL('../../packages/server/package.json', import.meta.url));
const fromKnex = createRequire(createRequire(createRequire(fromServer.resolve('@mikro-orm/postgresql')).resolve('@mikro-orm/knex')).resolve('knex'));
for (const pgModule of new Set([fromServer('pg'), fromKnex('pg')])) {
  const proto = pgModule.Client.prototype;
  const query = proto.query;
  proto.query = function (...args: unknown[]) {
    statementsSent++;
    return query.apply(this, args);
  };
}

interface Server {
  name: string;
  urls: string[];
  cookie: string;
  total: LoadResult[];
  statements: number;
}

async function main() {
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const { config, orm, databaseUrl } = await startBenchDatabase(cleanups, log);
    const quiet = { debug: false, logger: () => {} };
    // the path before on an ORM of its own (its flush subscriber and driver), and a second instance of today's
    const legacyOrm = await openOrm(databaseUrl, { ...quiet, driver: LegacyAuditDriver, subscribers: [new LegacySearchIndexer()] });
    cleanups.push(() => legacyOrm.close());
    const secondOrm = await openOrm(databaseUrl, quiet);
    cleanups.push(() => secondOrm.close());
    const start = async (o: typeof orm, chains: number) => {
      const app = await buildApp({ config: { ...config, auditChains: chains }, orm: o });
      cleanups.push(() => app.close());
      await app.listen({ host: '127.0.0.1', port: 0 });
      return `http://127.0.0.1:${(app.server.address() as { port: number }).port}/graphql`;
    };
    const setups: [string, () => Promise<string[]>][] = [
      ['before: one chain', async () => [await start(legacyOrm, 1)]],
      [`before: ${CHAINS} chains`, async () => [await start(legacyOrm, CHAINS)]],
      ['one chain', async () => [await start(orm, 1)]],
      [`${CHAINS} chains`, async () => [await start(orm, CHAINS)]],
      [`${CHAINS} chains, 2 servers`, async () => [await start(orm, CHAINS), await start(secondOrm, CHAINS)]],
    ];
    const servers: Server[] = [];
    for (const [name, setup] of setups) {
      const urls = await setup();
      const res = await fetch(urls[0], {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }',
          variables: { u: 'jiaoyu.staff', p: DEMO_PASSWORD },
        }),
      });
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
      if (!cookie) throw new Error(`login failed on ${name}: ${await res.text()}`);
      servers.push({ name, urls, cookie, total: [], statements: 0 });
    }
    const body = JSON.stringify({
      query: 'mutation($i: DocumentInput!) { createDocument(input: $i) { id } }',
      variables: { i: { kind: 'DEPARTMENT', title: '压力测试起草的文件', body: '正文' } },
    });
    const [{ before }] = await orm.em.fork().execute<{ before: number }[]>(`select count(*)::int as before from policy_document`);
    for (let round = 0; round < ROUNDS; round++) {
      // each round starts with another server, so that none is always measured first or last
      for (const s of servers.map((_, i) => servers[(i + round) % servers.length])) {
        log(`round ${round + 1}: ${s.name}, ${SECONDS} s with ${CONNECTIONS} connections`);
        const sent = statementsSent;
        const r = await load(s.urls, { 'content-type': 'application/json', cookie: s.cookie }, body, SECONDS);
        s.statements += statementsSent - sent;
        if (r.non2xx || r.errors || r.timeouts) throw new Error(`${s.name}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
        s.total.push(r);
      }
    }
    const em = orm.em.fork();
    const acknowledged = servers.flatMap((s) => s.total).reduce((n, r) => n + r.ok, 0);
    const [{ after }] = await em.execute<{ after: number }[]>(`select count(*)::int as after from policy_document`);
    const [{ audited }] = await em.execute<{ audited: number }[]>(
      `select count(*)::int as audited from audit_record where action = 'PolicyDocument.create'`,
    );
    if (after - before < acknowledged) throw new Error(`${acknowledged} writes acknowledged, ${after - before} documents stored`);
    const [{ unindexed }] = await em.execute<{ unindexed: number }[]>(
      `select count(*)::int as unindexed from policy_document d where not exists (select 1 from search_entry e where e.kind = 'document.staff' and e.item_id = d.id)`,
    );
    if (unindexed) throw new Error(`${unindexed} documents without their search entry`);
    const chain = await verifyAuditChain(em);
    if (!chain.ok) throw new Error(`the audit trail does not verify: first broken record ${chain.firstBrokenSeq}`);
    const [{ chains }] = await em.execute<{ chains: number }[]>(`select count(distinct chain)::int as chains from audit_record`);

    const ok = (s: Server) => s.total.reduce((n, r) => n + r.ok, 0);
    const rate = (s: Server) => ok(s) / (s.total.length * SECONDS);
    const [original] = servers;
    const lines = [
      `createDocument as a department's staff, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per server; Node ${process.version}, ${os.cpus().length} CPUs, load ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
      '',
      'write path                writes/s  per round             p50 ms  statements/write  × before, one chain',
      ...servers.map(
        (s) =>
          `${s.name.padEnd(24)} ${rate(s).toFixed(0).padStart(9)}  ${s.total
            .map((r) => r.requestsPerSecond.toFixed(0))
            .join(' / ')
            .padEnd(20)}  ${median(s.total.flatMap((r) => [...r.latencies]))
            .toFixed(1)
            .padStart(6)}  ${(s.statements / Math.max(1, ok(s))).toFixed(1).padStart(16)}  ${(rate(s) / rate(original)).toFixed(2).padStart(18)}×`,
      ),
      '',
      `every acknowledged write stored and indexed (${acknowledged} acknowledged, ${after - before} stored, ${audited} audit records of creation); the audit trail verifies (${chain.checked} records over ${chains} chains)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    for (const undo of cleanups.reverse()) await undo().catch(() => {});
  }
}

await main();
process.exit(0);
