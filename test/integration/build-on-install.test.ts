// `pnpm install` builds (the root postinstall script runs tools/build.mjs --changed --install), so that
// the `pnpm start` that follows finds everything built. The rules, on a stand-in project whose builds
// only note that they ran: a part is built when what it is built from has changed (or its output is
// missing), never otherwise; under CI the install leaves the builds to CI's own step; a failed build
// does not fail the install, and the start shows it.
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let project: string;

/** A build that notes its part's name in builds.log and writes its output from its source. */
const noting = (name: string, outputs: string[]) => `import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const here = path.dirname(new URL(import.meta.url).pathname);
if (process.env.FAIL_BUILD === '${name}') { console.error('${name}: broken'); process.exit(1); }
appendFileSync(path.join(here, '../../builds.log'), '${name}\\n');
for (const out of ${JSON.stringify(outputs)}) {
  mkdirSync(path.dirname(path.join(here, out)), { recursive: true });
  writeFileSync(path.join(here, out), readFileSync(path.join(here, 'src/index.ts')));
}
`;

async function write(file: string, content: string) {
  await mkdir(path.dirname(path.join(project, file)), { recursive: true });
  await writeFile(path.join(project, file), content);
}

async function build(args: string[], env: Record<string, string> = {}) {
  const { CI: _, ...rest } = process.env;
  const before = (await readFile(path.join(project, 'builds.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean).length;
  const run = await promisify(execFile)(process.execPath, ['tools/build.mjs', ...args], { cwd: project, env: { ...rest, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  const built = (await readFile(path.join(project, 'builds.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean).slice(before);
  return { code: run.code, output: run.stdout + run.stderr, built: built.sort() };
}

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'gongkai-build-'));
  await cp(path.join(root, 'tools/build.mjs'), path.join(project, 'tools/build.mjs'));
  await write('package.json', JSON.stringify({ name: 'stand-in', private: true, type: 'module' }));
  await write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  await write('pnpm-lock.yaml', "lockfileVersion: '9.0'\n");
  await write('tsconfig.base.json', '{}\n');
  await write('packages/shared/src/index.ts', 'export const shared = 1;\n');
  for (const spa of ['admin', 'portal']) {
    await write(
      `packages/${spa}/package.json`,
      JSON.stringify({ name: `@gongkai/${spa}`, private: true, type: 'module', scripts: { build: 'node build.js' } }),
    );
    await write(`packages/${spa}/build.js`, noting(spa, ['dist/index.html']));
    await write(`packages/${spa}/src/index.ts`, `export const ${spa} = 1;\n`);
  }
  await write('packages/server/build.mjs', noting('server', ['dist/main.js', '../shared/dist/index.js']));
  await write('packages/server/src/index.ts', 'export const server = 1;\n');
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('the builds at install', { timeout: 120_000 }, () => {
  it('the root postinstall script builds what changed', async () => {
    const scripts = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.postinstall).toBe('node tools/build.mjs --changed --install');
    expect(scripts.start).toMatch(/^node tools\/build\.mjs --changed && /);
  });

  it('builds every part the first time, then nothing while nothing changes', async () => {
    expect((await build(['--changed', '--install'])).built).toEqual(['admin', 'portal', 'server']);
    const again = await build(['--changed']);
    expect(again.built).toEqual([]);
    expect(again.output).toMatch(/@gongkai\/server is up to date/);
    expect((await build(['--changed', '--install'])).built).toEqual([]);
  });

  it('builds again the parts whose sources or output changed, and only those', async () => {
    await appendFile(path.join(project, 'packages/portal/src/index.ts'), '// changed\n');
    expect((await build(['--changed'])).built).toEqual(['portal']);
    await appendFile(path.join(project, 'packages/shared/src/index.ts'), '// changed\n');
    expect((await build(['--changed'])).built).toEqual(['admin', 'portal', 'server']);
    await rm(path.join(project, 'packages/server/dist/main.js'));
    expect((await build(['--changed'])).built).toEqual(['server']);
    await writeFile(path.join(project, 'packages/admin/dist/index.html'), 'written by other means');
    expect((await build(['--changed'])).built).toEqual(['admin']);
    // without --changed (`pnpm build`), everything
    expect((await build([])).built).toEqual(['admin', 'portal', 'server']);
  });

  it('leaves the builds to CI under CI, where its build step follows', async () => {
    await appendFile(path.join(project, 'packages/admin/src/index.ts'), '// changed\n');
    const ci = await build(['--changed', '--install'], { CI: 'true' });
    expect(ci).toMatchObject({ code: 0, built: [] });
    expect((await build(['--changed'])).built).toEqual(['admin']);
  });

  it('a failed build does not fail the install; the start fails and shows it', async () => {
    await appendFile(path.join(project, 'packages/admin/src/index.ts'), '// changed again\n');
    const install = await build(['--changed', '--install'], { FAIL_BUILD: 'admin' });
    expect(install.code).toBe(0);
    expect(install.output).toMatch(/pnpm start.* builds again/);
    const start = await build(['--changed'], { FAIL_BUILD: 'admin' });
    expect(start.code).not.toBe(0);
    expect(start.output).toMatch(/admin: broken/);
    expect((await build(['--changed'])).built).toEqual(['admin']);
  });
});
