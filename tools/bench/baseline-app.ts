// The app's side of `pnpm bench:baseline`, in a process of its own (see README.md beside this file):
// the real server (buildApp) on the benchmark's database, with the environment the parent gives it
// (NODE_ENV=production, DB_POOL_MAX). Tells the parent its port over IPC. With BENCH_CAPTURE=1 it
// also records every statement the app sends through its ORM's pool, between the parent's 'capture' and
// 'captured' messages: the ORM's as their SQL text with the values inlined as the ORM inlines them, the
// prepared ones (common/db/prepared.ts, `$n` parameters) as their text and values. The raw-SQL floor
// replays them.
import { openOrm } from '../../packages/server/src/common/db/orm.js'; // first: loads reflect-metadata
import { buildApp } from '../../packages/server/src/app.js';
import { loadConfig } from '../../packages/server/src/config.js';

const send = (message: unknown) => process.send!(message);
/** An ORM statement's text, or a prepared statement's text and values. */
type Captured = string | { text: string; values: unknown[] };
const captured: Captured[] = [];
let capturing = false;
let formatQuery: ((sql: string, params: readonly unknown[]) => string) | null = null;

const orm = await openOrm(process.env.DATABASE_URL!, {
  debug: false,
  logger: () => {},
  ...(process.env.BENCH_CAPTURE === '1'
    ? {
        onQuery: (sql: string, params: unknown[]) => {
          // the ORM writes `?` for its values; a prepared statement has `$1` … and sends its values apart
          if (capturing && formatQuery) captured.push(params.length && /\$\d/.test(sql) ? { text: sql, values: params } : formatQuery(sql, params));
          return sql;
        },
      }
    : {}),
});
const platform = orm.em.getPlatform();
formatQuery = (sql, params) => platform.formatQuery(sql, params);

const config = { ...loadConfig(), dataDir: process.env.BENCH_DATA_DIR!, logLevel: 'silent', host: '127.0.0.1', port: 0 };
const app = await buildApp({ config, orm });
await app.listen({ host: '127.0.0.1', port: 0 });

process.on('message', (m) => {
  if (m === 'capture') {
    captured.length = 0;
    capturing = true;
    send({ capturing: true });
  } else if (m === 'now') {
    // the clock of the CPU profile's timestamps (monotonic, microseconds): marks the measured window
    send({ now: Number(process.hrtime.bigint() / 1000n) });
  } else if (m === 'captured') {
    capturing = false;
    send({ captured: [...captured] });
  }
});
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close().catch(() => {});
  await orm.close().catch(() => {});
  process.exit(0); // writes the CPU profile when started with --cpu-prof
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => {}); // the parent stops us
process.on('disconnect', () => void stop());
send({ port: (app.server.address() as { port: number }).port });
