// Compiles the server (src → dist) and the shared package it imports (packages/shared/src → its dist)
// to JavaScript with swc, in a few seconds: what production runs (`node dist/main.js`), with no
// TypeScript loader. Types are checked by `pnpm typecheck`, not here.
//
// The options are the ones the TypeScript loader derives from tsconfig.base.json today (and vitest's
// swc plugin uses): legacy decorators with their design-type metadata, which type-graphql and
// MikroORM read, ES2022 with define semantics for class fields.
//
// The compiled server imports the compiled shared package by a relative path, so that `@gongkai/shared`
// keeps pointing to its TypeScript sources for everything else (vitest, the loader, vue-tsc, Vite).
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.resolve(SERVER, '../shared');
const SHARED_ENTRY = path.join(SHARED, 'dist/index.js');

/** Every file under `dir`, as paths relative to it. */
async function files(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

const isSource = (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.spec.ts');

/** Compiles `srcFile` to `target`, whose source map and imports are written for its final place `outFile`. */
async function compile(srcFile, target, outFile, rewrite) {
  const { code, map } = await transformFile(srcFile, {
    swcrc: false,
    sourceMaps: true,
    module: { type: 'es6' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
      keepClassNames: true,
    },
  });
  const sourceMap = JSON.parse(map);
  sourceMap.file = path.basename(outFile);
  sourceMap.sources = [path.relative(path.dirname(outFile), srcFile)];
  delete sourceMap.sourcesContent;
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${rewrite(code)}\n//# sourceMappingURL=${path.basename(outFile)}.map\n`);
  await writeFile(`${target}.map`, JSON.stringify(sourceMap));
}

/**
 * Compiles `pkg/src` into `pkg/dist`; other files under src (e.g. the sample files the server offers) are
 * copied. The output is written beside dist and then put in its place, so that a server running from dist
 * (or another build at the same moment, e.g. a backup's next to an e2e run's) never sees it half-written.
 */
async function build(pkg, rewrite = (code) => code) {
  const src = path.join(pkg, 'src');
  const dist = path.join(pkg, 'dist');
  const next = `${dist}.next-${process.pid}`;
  const all = await files(src);
  await rm(next, { recursive: true, force: true });
  await Promise.all(
    all.map(async (f) => {
      // the paths in the output (source maps, rewritten imports) are those it will have once in place
      const out = path.join(dist, f.replace(/\.ts$/, '.js'));
      const target = path.join(next, f.replace(/\.ts$/, '.js'));
      if (isSource(f)) return compile(path.join(src, f), target, out, (code) => rewrite(code, out));
      if (f.endsWith('.ts')) return;
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(src, f), target);
    }),
  );
  const aside = `${dist}.old-${process.pid}`;
  for (let attempt = 0; ; attempt++) {
    await rename(dist, aside).catch((e) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)));
    try {
      await rename(next, dist);
      break;
    } catch (e) {
      // another build put its dist in place between the two renames: move that one aside too
      if (!['ENOTEMPTY', 'EEXIST'].includes(e.code) || attempt === 5) throw e;
      await rm(aside, { recursive: true, force: true });
    }
  }
  await rm(aside, { recursive: true, force: true });
  return all.filter(isSource).length;
}

/** `from '@gongkai/shared'` (and `import('@gongkai/shared')`) → the compiled shared package, relative to the file. */
function sharedImports(code, outFile) {
  let relative = path.relative(path.dirname(outFile), SHARED_ENTRY).split(path.sep).join('/');
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return code.replace(/(\bfrom\s*|\bimport\s*\(\s*)(["'])@gongkai\/shared\2/g, (_, lead, quote) => `${lead}${quote}${relative}${quote}`);
}

const started = performance.now();
const shared = await build(SHARED);
const server = await build(SERVER, sharedImports);
const ms = Math.round(performance.now() - started);
if (!process.argv.includes('--quiet'))
  process.stdout.write(`server built: ${server} files of packages/server/src and ${shared} of packages/shared/src in ${ms} ms\n`);
