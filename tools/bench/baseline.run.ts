// Benchmark: Gongkai against PostGraphile on the same database, with the raw-SQL floor beside them.
// Run by `pnpm bench:baseline`, which sets the TypeScript compiler options the server needs. See
// "PostGraphile baseline" in README.md beside this file.
//
// 1. An embedded PostgreSQL with the demo city and BENCH_DOCS generated policy documents (200,000;
//    three in five issued and public); PostGraphile's views in a schema of their own (bench_pg).
// 2. Three servers, each in its own process with a pool of DB_POOL_MAX (20): the app (buildApp,
//    NODE_ENV=production), PostGraphile (Amber preset, production settings) and the floor (the
//    statements the app ran for each case, recorded from its ORM, replayed through pg as prepared
//    statements).
// 3. For each case, each server answers once and the answers are compared; then BENCH_ROUNDS (3)
//    rounds of BENCH_SECONDS each per server over BENCH_CONNECTIONS (20) connections, the order of
//    the servers alternating from round to round; req/s of all rounds together, and the ratios.
// 4. For each case where Gongkai is below PostGraphile, the app again in a process started with
//    --cpu-prof under the same load, and the functions with the most self time.
import { startBenchDatabase } from './database.js'; // first: loads reflect-metadata
import { generateDocuments } from './documents.generator.js';
import { POSTGRAPHILE_SCHEMA, POSTGRAPHILE_SQL } from './baseline.postgraphile-schema.js';
import { DEMO_PASSWORD, demoUnitId } from '../../packages/server/src/modules/organisation/organisation.seed.js';
import { SESSION_COOKIE } from '../../packages/server/src/app.js';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { setting } from './settings.js';

const DOCS = setting('BENCH_DOCS', 200_000, 1000);
const SECONDS = setting('BENCH_SECONDS', 5, 1);
const ROUNDS = setting('BENCH_ROUNDS', 3, 1);
const WARMUP = setting('BENCH_WARMUP', 2, 0);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 20, 1);
const POOL_MAX = setting('DB_POOL_MAX', 20, 1);
const PROFILE = setting('BENCH_PROFILE', 1, 0) > 0;
const PROFILE_SECONDS = setting('BENCH_PROFILE_SECONDS', 8, 1);
const ONLY = (process.env.BENCH_CASES ?? '').split(',').filter(Boolean);

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER_TSCONFIG = path.resolve(here, '../../packages/server/tsconfig.json');
const POSTGRAPHILE_VERSION = (
  JSON.parse(await readFile(path.join(path.dirname(createRequire(import.meta.url).resolve('postgraphile')), '../package.json'), 'utf8')) as {
    version: string;
  }
).version;
const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

// ——— the three servers, each a child process that tells its port over IPC ———

interface Child {
  proc: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

function message<T>(proc: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Record<string, unknown>) => {
      if (m && key in m) {
        proc.off('message', onMessage);
        proc.off('exit', onExit);
        resolve(m[key] as T);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`${path.basename(proc.spawnfile)} exited (${code}) before answering`));
    proc.on('message', onMessage);
    proc.once('exit', onExit);
  });
}

async function startChild(script: string, env: Record<string, string>, execArgv: string[] = [], init?: unknown): Promise<Child> {
  const proc = fork(path.join(here, script), [], {
    execArgv: [...execArgv, ...(script.endsWith('.ts') ? ['--import', '@swc-node/register/esm-register'] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = message<number>(proc, 'port');
  if (init !== undefined) proc.send(init as never);
  const child: Child = {
    proc,
    port: await port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
        proc.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        proc.kill('SIGTERM');
      }),
  };
  return child;
}

// ——— the load generator (autocannon on a worker thread) ———

interface LoadResult {
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
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The exact body every response must have (not for the floor, whose rows include counters). */
  expectBody?: string;
}

function load(target: Target, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
      workerData: { ...target, seconds, connections: CONNECTIONS },
    });
    worker.once('message', (m: { result?: LoadResult; error?: string }) =>
      m.error ? reject(new Error(`load generator failed: ${m.error}`)) : resolve(m.result!),
    );
    worker.once('error', reject);
  });
}

const failures = (r: LoadResult) => r.non2xx + r.errors + r.timeouts + r.mismatches;

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: await res.text(), cookies: res.headers.getSetCookie() };
}

// ——— the cases ———

type Data = Record<string, unknown>;
interface Case {
  key: string;
  title: string;
  app: { query: string; variables?: Data; staff?: boolean };
  postgraphile: { query: string; variables?: Data };
  /** What both answers must agree on (opinions submitted at the same moment come in either order). */
  app_facts(data: Data): unknown;
  pg_facts(data: Data): unknown;
}

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const sorted = (xs: string[]) => [...xs].sort();

function cases(doc: string, unit: string, topic: string): Case[] {
  return [
    {
      key: 'typename',
      title: '{ __typename }',
      app: { query: '{ __typename }' },
      postgraphile: { query: '{ __typename }' },
      app_facts: (d) => d.__typename,
      pg_facts: (d) => d.__typename,
    },
    {
      key: 'document',
      title: 'a public document by id (the portal’s query)',
      app: {
        query: `query PublicDocument($id: ID!) { publicDocument(id: $id) { id kind title documentNumber issuingAuthority issueDate disclosureAttribute body addressees interpretations { id title stage } } }`,
        variables: { id: doc },
      },
      postgraphile: {
        query: `query PublicDocument($id: UUID!) { publicDocumentByRowId(rowId: $id) { id: rowId kind title documentNumber issuingAuthority issueDate disclosureAttribute body addressees interpretations(orderBy: PUBLISHED_AT_DESC, first: 20) { nodes { id: rowId title stage } } } }`,
        variables: { id: doc },
      },
      app_facts: (d) => {
        const x = d.publicDocument as Data & { interpretations: { id: string }[] };
        return { ...x, interpretations: ids(x.interpretations) };
      },
      pg_facts: (d) => {
        const x = d.publicDocumentByRowId as Data & { interpretations: { nodes: { id: string }[] } };
        return { ...x, interpretations: ids(x.interpretations.nodes) };
      },
    },
    {
      key: 'newest',
      title: 'the 20 newest public documents with the total',
      app: {
        query: `query PublicDocuments($page: Int!, $pageSize: Int!) { publicDocuments(page: $page, pageSize: $pageSize) { total items { id title documentNumber issuingAuthority issueDate disclosureAttribute } } }`,
        variables: { page: 1, pageSize: 20 },
      },
      postgraphile: {
        query: `query PublicDocuments($first: Int!) { allPublicDocuments(first: $first, orderBy: [ISSUE_DATE_DESC, NUMBER_SEQ_DESC]) { totalCount nodes { id: rowId title documentNumber issuingAuthority issueDate disclosureAttribute } } }`,
        variables: { first: 20 },
      },
      app_facts: (d) => {
        const x = d.publicDocuments as { total: number; items: Data[] };
        return { total: x.total, items: x.items };
      },
      pg_facts: (d) => {
        const x = d.allPublicDocuments as { totalCount: number; nodes: Data[] };
        return { total: x.totalCount, items: x.nodes };
      },
    },
    {
      key: 'staff',
      title: 'a department’s documents as its staff sees them (ability’s filter) / PostGraphile unfiltered',
      app: {
        query: `query Documents($page: Int!, $pageSize: Int!) { documents(page: $page, pageSize: $pageSize) { total items { ${STAFF_FIELDS} } } }`,
        variables: { page: 1, pageSize: 20 },
        staff: true,
      },
      postgraphile: {
        query: `query Documents($unit: UUID!, $first: Int!) { unitDocuments(unit: $unit, first: $first, orderBy: UPDATED_AT_DESC) { totalCount nodes { ${STAFF_FIELDS.replace(/^id /, 'id: rowId ')} } } }`,
        variables: { unit, first: 20 },
      },
      app_facts: (d) => {
        const x = d.documents as { total: number; items: { id: string }[] };
        return { total: x.total, ids: ids(x.items) };
      },
      pg_facts: (d) => {
        const x = d.unitDocuments as { totalCount: number; nodes: { id: string }[] };
        return { total: x.totalCount, ids: ids(x.nodes) };
      },
    },
    {
      key: 'topic',
      title: 'a consultation topic with its opinions and rates (the portal’s query)',
      app: {
        query: `query PublicConsultation($id: ID!) { publicConsultation(id: $id) { id title category draft decisionBasis draftingExplanation windowStart windowEnd shortWindowReason phase undertakingUnitName resultsPublished summary attachments { id fileName mimeType size url } events { id form date place participants } opinions { id content authorName channel submittedAt reasonable adoption reply } rates { opinionCount reasonableCount adoptedCount repliedCount adoptionRate replyRate } } }`,
        variables: { id: topic },
      },
      postgraphile: {
        query: `query PublicConsultation($id: UUID!) { publicTopicByRowId(rowId: $id) { id: rowId title category draft decisionBasis draftingExplanation windowStart windowEnd shortWindowReason phase undertakingUnitName resultsPublished summary attachments(orderBy: CREATED_AT_ASC) { nodes { id: rowId fileName mimeType size url } } events { nodes { id: rowId form date place participants } } opinions(orderBy: SUBMITTED_AT_ASC, first: 2000) { nodes { id: rowId content authorName channel submittedAt reasonable adoption reply } } rates { opinionCount reasonableCount adoptedCount repliedCount adoptionRate replyRate } } }`,
        variables: { id: topic },
      },
      app_facts: (d) => {
        const x = d.publicConsultation as Data & { opinions: { id: string }[]; events: { id: string }[]; attachments: { id: string }[] };
        return {
          id: x.id,
          phase: x.phase,
          opinions: sorted(ids(x.opinions)),
          events: sorted(ids(x.events)),
          attachments: ids(x.attachments),
          rates: x.rates,
        };
      },
      pg_facts: (d) => {
        const x = d.publicTopicByRowId as Data & {
          opinions: { nodes: { id: string }[] };
          events: { nodes: { id: string }[] };
          attachments: { nodes: { id: string }[] };
        };
        return {
          id: x.id,
          phase: x.phase,
          opinions: sorted(ids(x.opinions.nodes)),
          events: sorted(ids(x.events.nodes)),
          attachments: ids(x.attachments.nodes),
          rates: x.rates,
        };
      },
    },
  ];
}

/** The admin's list fields (DocumentListFields), the same names on both sides. */
const STAFF_FIELDS = `id kind title classified closeToPublic wideScope highAttention specialised draftedOnBehalf coUnitIds disclosureAttribute
  attributeReason attributeBasis state returnReason headSignedAt headSignedBy officerApprovedAt officerApprovedBy documentNumber issueDate
  issuingAuthority interpretationNeeded published version createdByName createdAt updatedAt leadUnitId governmentId`.replace(/\s+/g, ' ');

// ——— the CPU profile: the functions with the most self time ———

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function place(url: string): string {
  if (!url) return '';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}/${rest.slice(2).join('/')}` : rest.join('/');
  }
  const repo = url.indexOf('/packages/');
  if (repo >= 0) return url.slice(repo + 1);
  return url.replace(/^file:\/\//, '');
}

/** Self time of the samples taken between `from` and `to` (the profile's clock, µs), idle time left out. */
async function topSelfTime(dir: string, from: number, to: number, limit: number) {
  const file = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile was written in ${dir}`);
  const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  let at = profile.startTime;
  let idle = 0;
  let window = 0;
  profile.samples.forEach((s, i) => {
    at += profile.timeDeltas[i];
    if (at < from || at > to) return;
    window++;
    if (byId.get(s)!.callFrame.functionName === '(idle)') idle++;
    else counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  const total = window - idle;
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, n] of counts) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = place(url);
    const key = `${functionName || '(anonymous)'}  ${where ? `${where}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + n);
    const pkg = !url
      ? functionName.startsWith('(')
        ? functionName
        : '(native)'
      : url.startsWith('node:')
        ? 'node:internal'
        : url.includes('/node_modules/')
          ? where
              .split('/')
              .slice(0, where.startsWith('@') ? 2 : 1)
              .join('/')
          : where.split('/').slice(0, 2).join('/');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + n);
  }
  const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, n]) => `  ${pct(n)}  ${name}`);
  return { samples: window, busy: total / window, functions: top(self, limit), packages: top(byPackage, 12) };
}

// ——— main ———

const cleanups: (() => Promise<unknown>)[] = [];
const children: Child[] = [];
let exitCode = 0;
try {
  const started = Date.now();
  const { databaseUrl, orm, config } = await startBenchDatabase(cleanups, log);
  const conn = orm.em.getConnection();

  log(`generating ${DOCS.toLocaleString()} documents`);
  const t0 = performance.now();
  await generateDocuments(conn, DOCS);
  await conn.execute('analyze');
  const [counts] = await conn.execute<{ all: number; public: number }[]>(
    `select count(*)::int as all, (count(*) filter (where state = 'ISSUED' and not classified and disclosure_attribute in ('PROACTIVE', 'ON_APPLICATION')))::int as public from policy_document`,
  );
  log(
    `${counts.all.toLocaleString()} documents, ${counts.public.toLocaleString()} issued and public, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  cleanups.push(() => client.end());
  await client.query(POSTGRAPHILE_SQL);

  // what the cases read: a proactive document with published interpretations (else the newest
  // public one), the education bureau's staff, the published topic with the most opinions
  const {
    rows: [doc],
  } = await client.query<{ id: string }>(
    `select d.id from bench_pg.public_document d left join bench_pg.public_interpretation i on i.document_id = d.id
      where d.disclosure_attribute = 'PROACTIVE' group by d.id, d.issue_date order by count(i.id) desc, d.issue_date desc, d.id limit 1`,
  );
  const {
    rows: [topic],
  } = await client.query<{ id: string; title: string; opinions: number }>(
    `select t.id, t.title, count(o.id)::int as opinions from bench_pg.public_topic t left join bench_pg.public_opinion o on o.topic_id = t.id
      group by t.id, t.title, t.results_published order by t.results_published desc, count(o.id) desc, t.id limit 1`,
  );
  const staffUser = 'jiaoyu.staff';
  const unit = demoUnitId('education');
  const all = cases(doc.id, unit, topic.id).filter((c) => !ONLY.length || ONLY.includes(c.key));
  log(`topic: ${topic.title} (${topic.opinions} opinions)`);

  const serverEnv = {
    DATABASE_URL: databaseUrl,
    DB_POOL_MAX: String(POOL_MAX),
    NODE_ENV: 'production',
    SWC_NODE_PROJECT: SERVER_TSCONFIG,
    BENCH_DATA_DIR: config.dataDir,
    LOG_LEVEL: 'silent',
    // the anonymous reads per address and minute: the load comes from one address
    PUBLIC_READS_PER_MINUTE: String(1_000_000_000),
  };
  const startApp = (extra: Record<string, string> = {}, execArgv: string[] = []) =>
    startChild('baseline-app.ts', { ...serverEnv, ...extra }, execArgv);

  // sign in as the staff user, and record the statements of one request of each case
  log('recording the statements the app runs for each case');
  const recorder = await startApp({ BENCH_CAPTURE: '1' });
  children.push(recorder);
  const recorderUrl = `http://127.0.0.1:${recorder.port}/graphql`;
  const signIn = await post(
    recorderUrl,
    JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }',
      variables: { u: staffUser, p: DEMO_PASSWORD },
    }),
  );
  const session = signIn.cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`login as ${staffUser} failed (HTTP ${signIn.status}): ${signIn.text.slice(0, 300)}`);
  const appHeaders = (c: Case): Record<string, string> => ({ 'content-type': 'application/json', ...(c.app.staff ? { cookie: session } : {}) });
  /** The app's statements per case: the ORM's as text with values inlined, prepared ones as text and values. */
  const statements: Record<string, (string | { text: string; values: unknown[] })[]> = {};
  for (const c of all) {
    const body = JSON.stringify({ query: c.app.query, variables: c.app.variables });
    await post(recorderUrl, body, appHeaders(c)); // the first: caches warm
    recorder.proc.send('capture');
    await message(recorder.proc, 'capturing');
    const res = await post(recorderUrl, body, appHeaders(c));
    recorder.proc.send('captured');
    statements[c.key] = await message<(typeof statements)[string]>(recorder.proc, 'captured');
    if (res.status !== 200) throw new Error(`app, ${c.key}: HTTP ${res.status}: ${res.text.slice(0, 300)}`);
    if (process.env.BENCH_PRINT_SQL) {
      const shown = statements[c.key].map((x) => (typeof x === 'string' ? x : `${x.text}\n  -- values: ${JSON.stringify(x.values)}`));
      log(`${c.key}: the app's statements:\n${shown.join(';\n')}`);
    }
  }
  await recorder.stop();
  children.splice(children.indexOf(recorder), 1);

  log('starting the app, PostGraphile and the floor');
  const app = await startApp();
  children.push(app);
  const printSchema = process.env.BENCH_PRINT_SCHEMA ? path.resolve(process.env.BENCH_PRINT_SCHEMA) : '';
  const postgraphile = await startChild('baseline-postgraphile.mjs', {
    ...serverEnv,
    GRAPHILE_ENV: 'production',
    BENCH_PG_SCHEMA: POSTGRAPHILE_SCHEMA,
    BENCH_PRINT_SCHEMA: printSchema,
  });
  children.push(postgraphile);
  const floor = await startChild('baseline-floor.mjs', serverEnv, [], { cases: statements });
  children.push(floor);

  // each server answers each case once; the answers must agree
  const targets = new Map<string, { app: Target; postgraphile: Target; floor: Target }>();
  const pgStatements: Record<string, number> = {};
  for (const c of all) {
    const appTarget: Target = {
      url: `http://127.0.0.1:${app.port}/graphql`,
      headers: appHeaders(c),
      body: JSON.stringify({ query: c.app.query, variables: c.app.variables }),
    };
    const pgTarget: Target = {
      url: `http://127.0.0.1:${postgraphile.port}/graphql`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: c.postgraphile.query, variables: c.postgraphile.variables }),
    };
    const floorTarget: Target = { url: `http://127.0.0.1:${floor.port}/${c.key}`, headers: { 'content-type': 'application/json' }, body: '{}' };
    const answers: Data[] = [];
    for (const [name, t] of [
      ['app', appTarget],
      ['PostGraphile', pgTarget],
    ] as const) {
      const res = await post(t.url, t.body, t.headers);
      const parsed = JSON.parse(res.text) as { data?: Data; errors?: unknown[] };
      if (res.status !== 200 || parsed.errors?.length || !parsed.data)
        throw new Error(`${name}, ${c.key}: HTTP ${res.status}: ${res.text.slice(0, 600)}`);
      t.expectBody = res.text;
      answers.push(parsed.data);
    }
    // how many statements PostGraphile sends for one request
    const before = (postgraphile.proc.send('statements'), await message<number>(postgraphile.proc, 'statements'));
    for (let k = 0; k < 5; k++) await post(pgTarget.url, pgTarget.body, pgTarget.headers);
    const after = (postgraphile.proc.send('statements'), await message<number>(postgraphile.proc, 'statements'));
    pgStatements[c.key] = (after - before) / 5;
    const [a, p] = [c.app_facts(answers[0]), c.pg_facts(answers[1])];
    if (!isDeepStrictEqual(a, p)) {
      throw new Error(
        `${c.key}: the app and PostGraphile answer differently:\napp          ${JSON.stringify(a).slice(0, 800)}\nPostGraphile ${JSON.stringify(p).slice(0, 800)}`,
      );
    }
    const f = await post(floorTarget.url, floorTarget.body);
    if (f.status !== 200) throw new Error(`floor, ${c.key}: HTTP ${f.status}: ${f.text.slice(0, 300)}`);
    targets.set(c.key, { app: appTarget, postgraphile: pgTarget, floor: floorTarget });
  }
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // the rounds: per case, the three servers in an order that turns from round to round
  type Side = 'app' | 'postgraphile' | 'floor';
  const orders: Side[][] = [
    ['app', 'postgraphile', 'floor'],
    ['floor', 'postgraphile', 'app'],
    ['postgraphile', 'app', 'floor'],
  ];
  const results = new Map<string, Record<Side, LoadResult[]>>();
  for (const c of all) {
    const t = targets.get(c.key)!;
    for (const side of ['app', 'postgraphile', 'floor'] as Side[]) {
      if (!WARMUP) break;
      const w = await load(t[side], WARMUP);
      if (failures(w))
        throw new Error(
          `${side}, ${c.key}: failures during the warm-up (non-2xx ${w.non2xx}, errors ${w.errors}, timeouts ${w.timeouts}, wrong bodies ${w.mismatches})`,
        );
    }
    const runs: Record<Side, LoadResult[]> = { app: [], postgraphile: [], floor: [] };
    for (let r = 0; r < ROUNDS; r++) {
      for (const side of orders[r % orders.length]) runs[side].push(await load(t[side], SECONDS));
      const rps = (side: Side) => (runs[side][r].ok / runs[side][r].seconds).toFixed(0);
      log(`${c.key}, round ${r + 1}: app ${rps('app')}, PostGraphile ${rps('postgraphile')}, floor ${rps('floor')} req/s`);
    }
    results.set(c.key, runs);
  }

  // the table
  const rate = (rs: LoadResult[]) => rs.reduce((n, r) => n + r.ok, 0) / rs.reduce((n, r) => n + r.seconds, 0);
  const p50 = (rs: LoadResult[]) => {
    const all = Float64Array.from(rs.flatMap((r) => [...r.latencies])).sort();
    return all[Math.floor(all.length / 2)];
  };
  const rows = [
    [
      'case',
      'Gongkai req/s',
      'PostGraphile req/s',
      'raw SQL req/s',
      'Gongkai/PostGraphile',
      'per round',
      'Gongkai/raw SQL',
      'p50 ms G / P',
      'statements G / P',
    ],
  ];
  const below: Case[] = [];
  let bad = 0;
  for (const [i, c] of all.entries()) {
    const r = results.get(c.key)!;
    const [a, p, f] = [rate(r.app), rate(r.postgraphile), rate(r.floor)];
    const perRound = r.app.map((x, k) => x.ok / x.seconds / (r.postgraphile[k].ok / r.postgraphile[k].seconds));
    if (a / p < 1) below.push(c);
    bad += [...r.app, ...r.postgraphile, ...r.floor].reduce((n, x) => n + failures(x), 0);
    rows.push([
      `${i + 1}. ${c.key}`,
      a.toFixed(0),
      p.toFixed(0),
      f.toFixed(0),
      `${(a / p).toFixed(2)}×`,
      `${Math.min(...perRound).toFixed(2)}–${Math.max(...perRound).toFixed(2)}`,
      statements[c.key].length ? `${(a / f).toFixed(2)}×` : '— (no SQL)',
      `${p50(r.app).toFixed(1)} / ${p50(r.postgraphile).toFixed(1)}`,
      `${statements[c.key].length} / ${pgStatements[c.key]}`,
    ]);
  }
  const widths = rows[0].map((_, k) => Math.max(...rows.map((r) => r[k].length)));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const out = [
    '',
    `Gongkai / PostGraphile ${POSTGRAPHILE_VERSION} (Amber preset) / raw SQL through pg — ${counts.all.toLocaleString()} policy documents (${counts.public.toLocaleString()} public)`,
    `${CONNECTIONS} connections, pool ${POOL_MAX} each, ${ROUNDS} rounds of ${SECONDS} s per server after ${WARMUP} s warm-up; Node ${process.version}, ${os.availableParallelism()} CPUs (${cpu}), load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
    '',
    ...rows.map((r) => r.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  ')),
    '',
    ...all.map((c, i) => `${i + 1}. ${c.key}: ${c.title}`),
    '',
  ];
  process.stdout.write(out.join('\n') + '\n');
  if (bad) {
    exitCode = 1;
    log(`${bad} responses were not a 200 with the expected body`);
  }

  // the profile of the app for each case below 1.0
  if (PROFILE && below.length) {
    await app.stop();
    children.splice(children.indexOf(app), 1);
    for (const c of below) {
      const dir = path.join(config.dataDir, `cpu-profile-${c.key}`);
      await mkdir(dir, { recursive: true });
      log(`${c.key}: profiling the app for ${PROFILE_SECONDS} s`);
      const profiled = await startApp({}, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
      children.push(profiled);
      const t = { ...targets.get(c.key)!.app, url: `http://127.0.0.1:${profiled.port}/graphql` };
      if (WARMUP) await load(t, WARMUP);
      profiled.proc.send('now');
      const from = await message<number>(profiled.proc, 'now');
      const r = await load(t, PROFILE_SECONDS);
      profiled.proc.send('now');
      const to = await message<number>(profiled.proc, 'now');
      await profiled.stop();
      children.splice(children.indexOf(profiled), 1);
      const top = await topSelfTime(dir, from, to, 15);
      process.stdout.write(
        [
          `${c.key} — the app's CPU profile over ${PROFILE_SECONDS} s of load (${(r.ok / r.seconds).toFixed(0)} req/s while profiled; the process was busy ${(100 * top.busy).toFixed(0)} % of ${top.samples} samples); share of the busy samples, self time by function:`,
          ...top.functions,
          '  by package:',
          ...top.packages,
          '',
        ].join('\n') + '\n',
      );
    }
  }
} catch (e) {
  exitCode = 1;
  process.stderr.write(`[bench] FAILED: ${(e as Error).stack ?? e}\n`);
} finally {
  for (const c of children.reverse()) await c.stop().catch(() => {});
  for (const undo of cleanups.reverse()) await undo().catch(() => {});
}
process.exit(exitCode);
