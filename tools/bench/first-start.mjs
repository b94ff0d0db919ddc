// `pnpm bench:start [--runs N]`: how long `pnpm start` takes to be ready on a fresh data folder (the first
// start: embedded database initialised, migrations, demo city, search index) and on the same folder again
// (a restart), after the install has built everything. Each run starts `pnpm start` with a new DATA_DIR
// and a free PORT, and prints the time to the server's "ready" log line (with the phases it reports) and
// to /readyz answering 200; the medians of N runs (default 1) at the end.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** `pnpm start` as the README runs it: the pnpm running this script, else the one on the PATH. */
function pnpmStart(env) {
  const own = process.env.npm_execpath;
  const [command, args] = own && /pnpm/.test(path.basename(own)) ? [process.execPath, [own, 'start']] : ['pnpm', ['start']];
  return spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
}

/** One start on `dataDir`: times (ms) to the ready line and to /readyz, and the phases the server logged. */
async function start(dataDir) {
  const port = await freePort();
  const t0 = performance.now();
  const child = pnpmStart({ ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
  let output = '';
  let readyLine = null;
  let buildChecked = null;
  const onData = (chunk) => {
    output += chunk;
    for (const line of String(chunk).split('\n')) {
      if (buildChecked === null && /up to date|built/.test(line)) buildChecked = performance.now() - t0;
      if (line.includes('"msg":"ready"')) readyLine = { at: performance.now() - t0, ...JSON.parse(line) };
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let readyz = null;
  while (readyz === null) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited:\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) readyz = performance.now() - t0;
    else await new Promise((r) => setTimeout(r, 50));
  }
  for (let i = 0; i < 100 && !readyLine; i++) await new Promise((r) => setTimeout(r, 20));
  process.kill(-child.pid, 'SIGINT');
  await exited;
  return { buildCheck: buildChecked, ready: readyLine?.at, readyz, server: readyLine?.ms, ...readyLine?.phases };
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : undefined;
};
const seconds = (ms) => (ms === undefined ? '—' : (ms / 1000).toFixed(2));

const results = { first: [], restart: [] };
for (let run = 1; run <= RUNS; run++) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gongkai-first-start-'));
  try {
    for (const kind of ['first', 'restart']) {
      const r = await start(dataDir);
      results[kind].push(r);
      process.stdout.write(
        `run ${run} ${kind.padEnd(7)} ready ${seconds(r.ready)} s, /readyz ${seconds(r.readyz)} s: ${Object.entries(r)
          .filter(([k]) => !['ready', 'readyz'].includes(k))
          .map(([k, v]) => `${k} ${seconds(v)}`)
          .join(', ')}\n`,
      );
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const phases = [...new Set(Object.values(results).flatMap((rs) => rs.flatMap((r) => Object.keys(r))))];
process.stdout.write(
  `\nmedians of ${RUNS} run(s), seconds (phases overlap: the database starts while the code loads, the app is built while the database is prepared)\n`,
);
process.stdout.write(`${'phase'.padEnd(14)}${'first'.padStart(8)}${'restart'.padStart(9)}\n`);
for (const p of phases)
  process.stdout.write(
    `${p.padEnd(14)}${seconds(median(results.first.map((r) => r[p]))).padStart(8)}${seconds(median(results.restart.map((r) => r[p]))).padStart(9)}\n`,
  );
