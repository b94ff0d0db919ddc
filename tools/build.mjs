// `pnpm build`: both SPAs (Vite) and the server (swc, packages/server/build.mjs).
// With --changed (`pnpm start`, and `pnpm install` through the root postinstall script), a part is built
// again only when what it is built from has changed since its last build here (its own files, the shared
// package, the lockfile, the base tsconfig: hashed by content, so a checkout that changes nothing builds
// nothing and one that changes a file is never served stale). So the install builds, and the start that
// follows finds everything built.
// With --install (the postinstall script): nothing is built under CI (its own build step follows), and a
// failed build does not fail the install (the next `pnpm start` builds again and shows the error).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMMON_INPUTS = ['pnpm-lock.yaml', 'tsconfig.base.json'];
/** What is built, from what, and the file of its output whose content names the rest. */
const PARTS = [
  { name: '@gongkai/admin', spa: true, inputs: ['packages/admin', 'packages/shared'], output: ['packages/admin/dist/index.html'] },
  { name: '@gongkai/portal', spa: true, inputs: ['packages/portal', 'packages/shared'], output: ['packages/portal/dist/index.html'] },
  {
    name: '@gongkai/server',
    spa: false,
    inputs: ['packages/server/src', 'packages/server/build.mjs', 'packages/shared/src'],
    output: ['packages/server/dist/main.js', 'packages/shared/dist/index.js'],
  },
];
const STAMPS = path.join(ROOT, 'node_modules/.cache/gongkai-build');
const changedOnly = process.argv.includes('--changed');
const install = process.argv.includes('--install');

if (install && process.env.CI && process.env.CI !== 'false') {
  process.stdout.write('CI: the builds are left to its build step\n');
  process.exit(0);
}

/** The files under `dir` (or `dir` itself, a file), relative to the root, leaving out installed packages and build output. */
async function files(dir) {
  const entries = await readdir(path.join(ROOT, dir), { recursive: true, withFileTypes: true }).catch((e) =>
    e.code === 'ENOTDIR' ? null : Promise.reject(e),
  );
  if (!entries) return [dir];
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .filter((f) => !f.split(path.sep).some((part) => part === 'node_modules' || part === 'dist' || part.startsWith('dist.')));
}

/** One hash of every input of a part's build, by path and content. */
async function inputsHash(part) {
  const inputs = [...new Set([...(await Promise.all(part.inputs.map(files))).flat(), ...COMMON_INPUTS])].sort();
  const hash = createHash('sha256');
  for (const f of inputs)
    hash
      .update(`${f}\0`)
      .update(await readFile(path.join(ROOT, f)))
      .update('\0');
  return hash.digest('hex');
}

/** The pnpm running this script (install, start), else the one on the PATH. */
function pnpm(args) {
  const own = process.env.npm_execpath;
  return own && /pnpm/.test(path.basename(own)) && /\.c?js$/.test(own) ? [process.execPath, [own, ...args]] : ['pnpm', args];
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`))));
  });
}

/**
 * What a part's last build here was built from, and its output's entry files (the SPA's index.html names
 * every chunk by its content hash): an output written since by other means, or half-deleted by a failed
 * build, does not match.
 */
const stampFile = (part) => path.join(STAMPS, `${part.name.replace('/', '+')}.sha256`);
const outputHash = async (part) => {
  const hash = createHash('sha256');
  for (const f of part.output) {
    const content = await readFile(path.join(ROOT, f)).catch(() => null);
    if (!content) return 'none';
    hash.update(content);
  }
  return hash.digest('hex');
};

async function main() {
  const started = performance.now();
  const hashes = await Promise.all(PARTS.map(inputsHash));
  const stale = [];
  for (const [i, part] of PARTS.entries()) {
    const last = await readFile(stampFile(part), 'utf8').catch(() => '');
    if (!changedOnly || last !== `${hashes[i]} ${await outputHash(part)}`) stale.push(i);
    else process.stdout.write(`${part.name} is up to date (built from the same sources)\n`);
  }
  const stamp = async (i) => {
    await mkdir(STAMPS, { recursive: true });
    await writeFile(stampFile(PARTS[i]), `${hashes[i]} ${await outputHash(PARTS[i])}`);
  };
  const spas = stale.filter((i) => PARTS[i].spa);
  const builds = [];
  if (stale.some((i) => !PARTS[i].spa)) {
    const i = PARTS.findIndex((p) => !p.spa);
    builds.push(run(process.execPath, [path.join(ROOT, 'packages/server/build.mjs')]).then(() => stamp(i)));
  }
  if (spas.length) {
    // one pnpm run builds them side by side, each with its own build script
    const [command, args] = pnpm([...spas.flatMap((i) => ['--filter', PARTS[i].name]), 'build', '--logLevel', 'warn']);
    builds.push(run(command, args).then(() => Promise.all(spas.map(stamp))));
  }
  const results = await Promise.allSettled(builds);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  if (stale.length)
    process.stdout.write(`built ${stale.map((i) => PARTS[i].name).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

try {
  await main();
} catch (e) {
  if (!install) throw e;
  process.stderr.write(`The build did not succeed (${e.message}); \`pnpm start\` builds again and shows why.\n`);
}
