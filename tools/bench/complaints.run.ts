// Benchmark: citizens' cases at scale (system 8). See README.md beside this file.
// Run by `pnpm bench:complaints`, which sets the TypeScript compiler options the server needs.
//
// 1. Generates BENCH_CASES cases (1,000,000) over five years, every channel, in SQL.
// 2. The year's statistics by unit through the app (computeCaseStatistics: the statement, then the
//    units' names) against the very same statement run raw through pg, alternated, in this run.
// 3. A handler's case list: the SQL statements one request runs, at page sizes 20 and 100.
// 4. Importing a BENCH_IMPORT_ROWS-row (100,000) 12345 file: rows per second and peak memory.
import { startBenchDatabase } from './database.js'; // first: loads reflect-metadata
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { IMPORT_MAPPINGS } from '../../packages/shared/src/index.js';
import { openOrm } from '../../packages/server/src/common/db/orm.js';
import { contextAs } from '../../packages/server/src/common/seed-context.js';
import { demoUnitId, demoUserId } from '../../packages/server/src/modules/organisation/organisation.seed.js';
import { generateCases } from '../../packages/server/src/modules/complaints/complaints.generator.js';
import { computeCaseStatistics, statisticsQuery } from '../../packages/server/src/modules/complaints/complaints.statistics.js';
import { listCases } from '../../packages/server/src/modules/complaints/complaints.service.js';
import { createImport, importJob, startImport } from '../../packages/server/src/modules/complaints/complaints.imports.js';
import { setting, median } from './settings.js';

const CASES = setting('BENCH_CASES', 1_000_000, 1000);
const ROUNDS = setting('BENCH_ROUNDS', 15, 3);
const IMPORT_ROWS = setting('BENCH_IMPORT_ROWS', 100_000, 100);
/** The app's statistics may cost at most this much more than the raw statement. */
const STATS_RATIO_MAX = 1.5;
const LIST_STATEMENTS_MAX = 3;

const log = (m: string) => console.log(`[bench] ${m}`);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const cleanups: (() => Promise<unknown>)[] = [];
let failed = false;
try {
  const { databaseUrl, config, orm } = await startBenchDatabase(cleanups, log);
  const city = demoUnitId('city');
  const units = [
    'housing',
    'transport',
    'environment',
    'education',
    'market',
    'health',
    'civil',
    'hrss',
    'police',
    'resources',
    'agriculture',
    'drc',
  ];

  // ——— 1. five years of cases ———
  const today = shanghaiToday();
  const fiveYearsAgo = `${Number(today.slice(0, 4)) - 5}${today.slice(4)}`;
  const chunk = 100_000;
  let t = performance.now();
  for (let offset = 0; offset < CASES; offset += chunk) {
    await generateCases(orm.em.fork(), {
      governmentId: city,
      unitIds: units.map(demoUnitId),
      from: fiveYearsAgo,
      to: today,
      count: Math.min(chunk, CASES - offset),
      seed: 1 + offset / chunk,
      includeOpen: true,
      offset: 10_000_000 + offset,
    });
  }
  await orm.em.getConnection().execute('analyze complaint_case');
  const [{ n }] = await orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from complaint_case');
  log(`${n} cases (${CASES} generated over ${fiveYearsAgo} – ${today}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // ——— 2. the year's statistics by unit: the app against the same statement raw ———
  const year = Number(today.slice(0, 4)) - 1;
  const office = await contextAs(orm.em.fork(), config, demoUserId('tousu'));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  cleanups.push(() => pool.end());
  const asOf = today;
  const q = statisticsQuery({ governmentIds: [city], from: `${year}-01-01`, to: `${year + 1}-01-01`, dimension: 'UNIT', asOf });
  let i = 0;
  const rawSql = q.sql.replace(/\?/g, () => `$${++i}`);
  const app = async () => (await computeCaseStatistics(office, city, 'YEAR', year, 1, 'UNIT')).rows;
  const raw = async () => (await pool.query(rawSql, q.params)).rows;
  const appRows = await app();
  const rawRows = await raw();
  const appTotal = appRows.find((r) => r.total)!;
  const rawTotal = rawRows.find((r: { is_total: number }) => r.is_total === 1);
  if (appTotal.received !== rawTotal.received || appTotal.satisfied !== rawTotal.satisfied) throw new Error('the app and the raw statement disagree');
  log(`statistics of ${year} by unit: ${appRows.length - 1} units, ${appTotal.received} cases received`);
  const appTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // alternated, so that the cache and the machine's load favour neither
    for (const [run, times] of (r % 2
      ? [
          [raw, rawTimes],
          [app, appTimes],
        ]
      : [
          [app, appTimes],
          [raw, rawTimes],
        ]) as [() => Promise<unknown>, number[]][]) {
      t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
  }
  const statsRatio = median(appTimes) / median(rawTimes);
  log(
    `statistics: app ${ms(median(appTimes))}, raw pg ${ms(median(rawTimes))} (medians of ${ROUNDS}) → ratio ${statsRatio.toFixed(2)} (at most ${STATS_RATIO_MAX})`,
  );
  if (statsRatio > STATS_RATIO_MAX) failed = true;

  // ——— 3. a handler's case list: statements per request ———
  // the statements that read the list, and those of the audit record the read of personal data writes (one transaction)
  let statements: string[] = [];
  const counting = await openOrm(databaseUrl, { debug: ['query'], logger: (m: string) => void statements.push(m), pool: { min: 0, max: 2 } });
  cleanups.push(() => counting.close());
  for (const pageSize of [20, 100]) {
    const handler = await contextAs(counting.em.fork(), config, demoUserId('jiaoyu.staff'));
    statements = [];
    t = performance.now();
    const page = await listCases(handler, {}, 1, pageSize);
    const took = performance.now() - t;
    const reads = statements.filter((m) => /from "complaint_case"/.test(m)).length;
    const audit = statements.filter((m) => /audit_record|begin|commit|pg_current_xact_id|pg_advisory_xact_lock/.test(m)).length;
    log(
      `a handler's case list, page size ${pageSize}: ${page.items.length} of ${page.total} cases, ${reads} SQL statements to read it ` +
        `(at most ${LIST_STATEMENTS_MAX}), ${audit} to record the read of personal data, ${ms(took)}`,
    );
    if (reads > LIST_STATEMENTS_MAX || reads === 0) failed = true;
  }

  // ——— 4. importing a 100,000-row 12345 file ———
  const file = path.join(os.tmpdir(), `gongkai-bench-import-${process.pid}.csv`);
  const columns = IMPORT_MAPPINGS.HOTLINE.columns;
  const out = createWriteStream(file);
  out.write('\ufeff' + columns.map((c) => c.headings[0]).join(',') + '\n');
  const kinds = ['投诉', '举报', '建议', '咨询'];
  for (let r = 1; r <= IMPORT_ROWS; r++) {
    const values: Record<string, string> = {
      sourceCaseId: `BENCH${String(r).padStart(8, '0')}`,
      kind: kinds[r % 4],
      title: `第${r}号工单`,
      content: '小区周边道路破损积水，请有关部门核实处理。',
      name: '王先生',
      phone: `139${String(r).padStart(8, '0')}`,
      unit: '朝阳市住房和城乡建设局',
      receivedAt: `2026-${String((r % 10) + 1).padStart(2, '0')}-${String((r % 27) + 1).padStart(2, '0')} 09:30`,
    };
    if (!out.write(columns.map((c) => values[c.field] ?? '').join(',') + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  cleanups.push(() => import('node:fs/promises').then((fs) => fs.rm(file, { force: true })));
  let peak = process.memoryUsage().rss;
  const before = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  t = performance.now();
  const imp = await createImport(await contextAs(orm.em.fork(), config, demoUserId('tousu')), 'HOTLINE', 'bench.csv', createReadStream(file));
  await startImport(orm.em.fork(), config, imp.id);
  await importJob(imp.id);
  const seconds = (performance.now() - t) / 1000;
  clearInterval(sampler);
  const [done] = await orm.em
    .getConnection()
    .execute<{ state: string; created: number; skipped: number; failed: number; rows_read: number }[]>(
      'select state, created, skipped, failed, rows_read from complaint_import where id = ?',
      [imp.id],
    );
  log(
    `import of ${IMPORT_ROWS} rows: ${done.state}, ${done.created} created, ${done.failed} refused (the consultations), in ${seconds.toFixed(1)} s → ` +
      `${Math.round(done.rows_read / seconds)} rows/s; peak memory ${(peak / 1024 / 1024).toFixed(0)} MB (${((peak - before) / 1024 / 1024).toFixed(0)} MB above the start)`,
  );
  if (done.state !== 'DONE' || done.rows_read !== IMPORT_ROWS) failed = true;
} catch (e) {
  console.error(e);
  failed = true;
} finally {
  for (const undo of cleanups.reverse()) await undo().catch(() => {});
}
log(failed ? 'FAILED' : 'passed');
process.exit(failed ? 1 : 0);
