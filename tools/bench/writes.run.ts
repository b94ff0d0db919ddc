// Writes under load: concurrent `createDocument` calls by a department's staff, acknowledged per second,
// with the audit trail in one hash chain (the design before, every write waiting for one lock) against
// several chains (AUDIT_CHAINS), in one run on one database, the two servers measured in turns. The
// audit trail is verified at the end, and every acknowledged write must have left its document and
// its audit record.
import { startBenchDatabase } from './database.js'; // first: loads reflect-metadata
import { buildApp, SESSION_COOKIE } from '../../packages/server/src/app.js';
import { verifyAuditChain } from '../../packages/server/src/common/audit/audit.service.js';
import { DEMO_PASSWORD } from '../../packages/server/src/modules/organisation/organisation.seed.js';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { median, setting } from './settings.js';

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

function load(url: string, headers: Record<string, string>, body: string, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
      workerData: { url, headers, body, seconds, connections: CONNECTIONS },
    });
    worker.once('message', (m: { result?: LoadResult; error?: string }) => {
      if (m.error) reject(new Error(`load generator failed: ${m.error}`));
      else resolve(m.result!);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function main() {
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const { config, orm } = await startBenchDatabase(cleanups, log);
    const servers: { name: string; url: string; cookie: string; total: LoadResult[] }[] = [];
    for (const [name, chains] of [
      ['one chain', 1],
      [`${CHAINS} chains`, CHAINS],
    ] as const) {
      const app = await buildApp({ config: { ...config, auditChains: chains }, orm });
      cleanups.push(() => app.close());
      await app.listen({ host: '127.0.0.1', port: 0 });
      const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/graphql`;
      const res = await fetch(url, {
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
      servers.push({ name, url, cookie, total: [] });
    }
    const body = JSON.stringify({
      query: 'mutation($i: DocumentInput!) { createDocument(input: $i) { id } }',
      variables: { i: { kind: 'DEPARTMENT', title: '压力测试起草的文件', body: '正文' } },
    });
    const [{ before }] = await orm.em.fork().execute<{ before: number }[]>(`select count(*)::int as before from policy_document`);
    for (let round = 0; round < ROUNDS; round++) {
      for (const s of round % 2 ? [...servers].reverse() : servers) {
        log(`round ${round + 1}: ${s.name}, ${SECONDS} s with ${CONNECTIONS} connections`);
        const r = await load(s.url, { 'content-type': 'application/json', cookie: s.cookie }, body, SECONDS);
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
    const chain = await verifyAuditChain(em);
    if (!chain.ok) throw new Error(`the audit trail does not verify: first broken record ${chain.firstBrokenSeq}`);
    const [{ chains }] = await em.execute<{ chains: number }[]>(`select count(distinct chain)::int as chains from audit_record`);

    const rate = (rs: LoadResult[]) => rs.reduce((n, r) => n + r.ok, 0) / (rs.length * SECONDS);
    const [one, many] = servers;
    const lines = [
      `createDocument as a department's staff, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per server; Node ${process.version}, ${os.cpus().length} CPUs, load ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
      '',
      'audit trail     writes/s  per round          p50 ms',
      ...servers.map(
        (s) =>
          `${s.name.padEnd(14)} ${rate(s.total).toFixed(0).padStart(9)}  ${s.total
            .map((r) => r.requestsPerSecond.toFixed(0))
            .join(' / ')
            .padEnd(17)}  ${median(s.total.flatMap((r) => [...r.latencies]))
            .toFixed(1)
            .padStart(6)}`,
      ),
      '',
      `${many.name} / one chain: ${(rate(many.total) / rate(one.total)).toFixed(2)}×`,
      `every acknowledged write stored (${acknowledged} acknowledged, ${after - before} stored, ${audited} audit records of creation); the audit trail verifies (${chain.checked} records over ${chains} chains)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    for (const undo of cleanups.reverse()) await undo().catch(() => {});
  }
}

await main();
process.exit(0);
