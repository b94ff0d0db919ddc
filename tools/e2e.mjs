// `pnpm e2e`: the e2e suite (vitest.e2e.config.ts) in E2E_SHARDS shards (default 2) run side by side, each
// with its own embedded PostgreSQL, servers and browser (test/e2e/global-setup.ts), so that no shard sees
// another's data. The files are dealt to the shards longest first, by their measured durations (WEIGHTS);
// a file not listed counts as 35 s. With files named on the command line (`pnpm e2e
// test/e2e/portal.e2e.ts`), or E2E_SHARDS=1, one run as before.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const named = args.some((a) => !a.startsWith('-'));
const shards = named ? 1 : Math.max(1, Number(process.env.E2E_SHARDS ?? 2) || 1);
const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');

/** Seconds a file took in a full run on a 2-core machine (only their proportions matter). */
const WEIGHTS = {
  'admin-accessibility': 330,
  'admin-documents': 100,
  'admin-complaints': 95,
  'admin-complaints-statistics': 80,
  portal: 80,
  'admin-evaluation': 70,
  'admin-requests': 60,
};
const weightOf = (file) => WEIGHTS[path.basename(file, '.e2e.ts')] ?? 35;

/** The files of each shard: the longest first, each to the shard with the least so far. */
function deal(count) {
  const files = readdirSync(path.join(ROOT, 'test/e2e'))
    .filter((f) => f.endsWith('.e2e.ts'))
    .map((f) => `test/e2e/${f}`)
    .sort((a, b) => weightOf(b) - weightOf(a) || a.localeCompare(b));
  const shares = Array.from({ length: count }, () => ({ files: [], load: 0 }));
  for (const f of files) {
    const least = shares.reduce((a, b) => (b.load < a.load ? b : a));
    least.files.push(f);
    least.load += weightOf(f);
  }
  return shares.map((s) => s.files);
}

// the server is compiled once here, not by each shard's setup at the same time into the same folder
execFileSync(process.execPath, [path.join(ROOT, 'packages/server/build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });

function run(shard, files) {
  const child = spawn(process.execPath, [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...files, ...args], {
    cwd: ROOT,
    env: { ...process.env, E2E_SERVER_BUILT: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    stdio: ['ignore', shards > 1 ? 'pipe' : 'inherit', shards > 1 ? 'pipe' : 'inherit'],
  });
  if (shards > 1) {
    // each line marked with its shard, as it comes
    const tag = `[${shard}/${shards}] `;
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      from.setEncoding('utf8');
      from.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) to.write(`${tag}${line}\n`);
      });
      from.on('end', () => rest && to.write(`${tag}${rest}\n`));
    }
  }
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

const dealt = shards > 1 ? deal(shards) : [[]];
const codes = await Promise.all(dealt.map((files, i) => run(i + 1, files)));
if (shards > 1) console.log(`e2e: ${codes.map((c, i) => `shard ${i + 1}/${shards} ${c === 0 ? 'passed' : 'failed'}`).join(', ')}`);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
