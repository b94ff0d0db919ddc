// `pnpm build`: both SPAs (Vite) and the server (swc, packages/server/build.mjs).
// `pnpm start` runs it with --changed: an SPA is built again only when what it is built from has changed
// since its last build here (its own files, the shared package, the lockfile, the base tsconfig: hashed by
// content, so a checkout that changes nothing builds nothing and one that changes a file is never served
// stale). The server is always compiled: that takes about a second.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SPAS = [
  { name: '@gongkai/admin', dir: 'packages/admin' },
  { name: '@gongkai/portal', dir: 'packages/portal' },
];
const STAMPS = path.join(ROOT, 'node_modules/.cache/gongkai-build');
const changedOnly = process.argv.includes('--changed');

/** The files under `dir` (relative to the root), leaving out installed packages and build output. */
async function files(dir) {
  const entries = await readdir(path.join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .filter((f) => !f.split(path.sep).some((part) => part === 'node_modules' || part === 'dist'));
}

/** One hash of every input of an SPA's build, by path and content. */
async function inputsHash(spa) {
  const inputs = [...(await files(spa.dir)), ...(await files('packages/shared')), 'pnpm-lock.yaml', 'tsconfig.base.json'].sort();
  const hash = createHash('sha256');
  for (const f of inputs)
    hash
      .update(`${f}\0`)
      .update(await readFile(path.join(ROOT, f)))
      .update('\0');
  return hash.digest('hex');
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`))));
  });
}

/**
 * What an SPA's last build here was built from, and the index.html it wrote (which names every chunk by its
 * content hash): a dist written since by other means, or half-deleted by a failed build, does not match.
 */
const stampFile = (spa) => path.join(STAMPS, `${spa.name.replace('/', '+')}.sha256`);
const builtIndex = (spa) =>
  readFile(path.join(ROOT, spa.dir, 'dist/index.html')).then(
    (html) => createHash('sha256').update(html).digest('hex'),
    () => 'none',
  );
const hashes = await Promise.all(SPAS.map(inputsHash));
const stale = [];
for (const [i, spa] of SPAS.entries()) {
  const last = await readFile(stampFile(spa), 'utf8').catch(() => '');
  if (!changedOnly || last !== `${hashes[i]} ${await builtIndex(spa)}`) stale.push(i);
  else process.stdout.write(`${spa.name} is up to date (built from the same sources)\n`);
}

const server = run(process.execPath, [path.join(ROOT, 'packages/server/build.mjs')]);
if (stale.length) {
  // one pnpm run builds them side by side, each with its own build script
  await run('pnpm', [...stale.flatMap((i) => ['--filter', SPAS[i].name]), 'build']);
  await mkdir(STAMPS, { recursive: true });
  for (const i of stale) await writeFile(stampFile(SPAS[i]), `${hashes[i]} ${await builtIndex(SPAS[i])}`);
}
await server;
