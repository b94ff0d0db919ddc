import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from './config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './common/db/embedded.js';
import type { FirstStart } from './seed.js';

// Start-up phases, timed for the log line that says the server is ready (ms since the process started).
const phases: Record<string, number> = {};
const timed = async <T>(phase: string, work: Promise<T> | (() => Promise<T>)): Promise<T> => {
  const from = performance.now();
  try {
    return await (typeof work === 'function' ? work() : work);
  } finally {
    phases[phase] = Math.round(performance.now() - from);
  }
};

const config = loadConfig();
let embedded: EmbeddedDatabase | undefined;

/** The embedded database (initialised on the first start), with the application's database in it. */
async function startDatabase(): Promise<string> {
  try {
    embedded = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'pg'),
      persistent: true,
      onLog: (m) => /^(the data folder|stopping the database)/.test(m) && process.stdout.write(m + '\n'),
    });
  } catch (e) {
    process.stderr.write(`The embedded database did not start: ${(e as Error).message}\n`);
    process.exit(1);
  }
  try {
    await embedded.createDatabase('gongkai');
  } catch (e) {
    if (!String((e as Error).message).includes('already exists')) throw e;
  }
  return embedded.urlFor('gongkai');
}

// The database starts (initdb on the first start) while the server's code loads: neither waits for the other.
const database = config.databaseUrl ? Promise.resolve(config.databaseUrl) : timed('database', startDatabase);
const [
  { openOrm },
  { buildApp },
  { pruneIdempotencyRecords },
  { prepareDatabase },
  { APPLICATION },
  { DEMO_ACCOUNTS, DEMO_PASSWORD },
  { ROLE_LABELS },
] = await timed(
  'code',
  Promise.all([
    import('./common/db/orm.js'),
    import('./app.js'),
    import('./common/idempotency/idempotency.js'),
    import('./prepare.js'),
    import('./application.js'),
    import('./modules/organisation/organisation.seed.js'),
    import('@gongkai/shared'),
  ]),
);
database.catch(() => {}); // failures are met where it is awaited
const databaseUrl = await database;

const orm = await timed('orm', openOrm(databaseUrl));
let start: FirstStart;
// the HTTP server (schema, routes) is built while the database is prepared; it listens once both are done
const building = timed('app', buildApp({ config, orm }));
building.catch(() => {});
try {
  // migrations, reference data, the first start: one server process at a time on one database
  start = await timed('prepare', prepareDatabase(orm, config, phases));
} catch (e) {
  process.stderr.write(`The database could not be prepared: ${(e as Error).message}\n`);
  process.exit(1);
}
const seeded = start.demo;
const app = await building;

// idempotency keys are kept for their retention period (IDEMPOTENCY_RETENTION_DAYS), then pruned: now and once a day
const prune = () =>
  pruneIdempotencyRecords({ em: orm.em.fork() }).catch((e: unknown) => app.log.warn({ err: e }, 'pruning idempotency records failed'));
void prune();
const pruning = setInterval(() => void prune(), 24 * 3600_000);
pruning.unref();

// the modules' jobs (e.g. closing cases left unrated past their rating period): now and then at their interval
const jobs = APPLICATION.jobs.map((job) => {
  const run = () =>
    job
      .run(orm.em.fork(), config)
      .then((changed) => changed && app.log.info({ job: job.name, changed }, 'job done'))
      .catch((e: unknown) => app.log.warn({ err: e, job: job.name }, 'job failed'));
  void run();
  const timer = setInterval(() => void run(), job.everyHours * 3600_000);
  timer.unref();
  return timer;
});

let stopping = false;
async function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  clearInterval(pruning);
  jobs.forEach((timer) => clearInterval(timer));
  app.log.info({ signal }, 'stopping');
  await app.close().catch(() => {});
  await orm.close().catch(() => {});
  await embedded?.stop().catch(() => {});
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await timed('listen', app.listen({ port: config.port, host: config.host }));
} catch (e) {
  const inUse = (e as NodeJS.ErrnoException).code === 'EADDRINUSE';
  process.stderr.write(
    inUse
      ? `Port ${config.port} is already in use: stop what runs there, or start with another PORT (e.g. PORT=4001 pnpm start)\n`
      : `${String(e)}\n`,
  );
  await shutdown('listen failed', 1);
}
const base = `http://localhost:${config.port}`;
const lines = [
  '',
  `Gongkai 政务公开工作平台 is running${embedded ? ' (embedded PostgreSQL, data in ' + (path.relative(process.cwd(), embedded.dataDir).startsWith('..') ? embedded.dataDir : path.relative(process.cwd(), embedded.dataDir)) + ')' : ''}${seeded ? ', demo data created' : ''}`,
  `  门户 portal:        ${base}/`,
  `  管理端 admin:       ${base}/admin/`,
  `  GraphQL:            ${base}/graphql`,
  ...(config.clockOffsetDays ? [`  Clock: ${config.clockOffsetDays} days from today (CLOCK_OFFSET_DAYS), for tests and demonstrations`] : []),
  ...(seeded || !config.production
    ? [
        `  Demo accounts (password ${DEMO_PASSWORD}):`,
        ...DEMO_ACCOUNTS.map((a) => `    ${a.username.padEnd(16)} ${a.roles.map((r) => ROLE_LABELS[r]).join('、')}`),
      ]
    : []),
  ...(start.adminFromEnvironment ? ['  First administrator: admin, with the password in ADMIN_INITIAL_PASSWORD (change it after signing in)'] : []),
  ...(start.setupToken
    ? [
        '  First administrator: admin, no password yet. Set it once with this one-time setup token (shown only now):',
        `    ${start.setupToken}`,
        `    curl -X POST ${base}/setup -H 'content-type: application/json' -d '{"token":"<token>","password":"<new password>"}'`,
      ]
    : []),
  '  Ctrl-C stops the server and the database.',
  '',
];
process.stdout.write(lines.join('\n') + '\n');
app.log.info({ ms: Math.round(performance.now()), phases }, 'ready');
