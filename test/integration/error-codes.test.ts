// One catalogue of error codes (code, module, Chinese meaning), generated from the server's error
// declarations into the shared package and the docs; it must be current and complete.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_DOC, CATALOGUE_FILE, collectErrorCodes, printCatalogue, printCatalogueDoc } from '../../packages/server/src/print-errors.js';
import { REPO_ROOT } from '../../packages/server/src/config.js';
import { ERROR_CODES } from '../../packages/shared/src/error-codes.js';

async function serverSources() {
  const root = path.join(REPO_ROOT, 'packages/server/src');
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
  return Promise.all(files.map(async (f) => ({ file: f, text: await readFile(path.join(root, f), 'utf8') })));
}

describe('error-code catalogue', () => {
  it('the committed catalogue and docs/error-codes.md are the ones the server prints (run `pnpm --filter @gongkai/server errors`)', async () => {
    const entries = await collectErrorCodes();
    expect(await readFile(CATALOGUE_FILE, 'utf8')).toBe(printCatalogue(entries));
    expect(await readFile(CATALOGUE_DOC, 'utf8')).toBe(printCatalogueDoc(entries));
  });

  it('names every code the server declares or raises, each with a Chinese meaning', async () => {
    const known = new Set(ERROR_CODES.map((e) => e.code));
    const declared: string[] = [];
    for (const { text } of await serverSources()) {
      // the members of every `enum …Error`, and every code written out where a refusal is raised
      for (const m of text.matchAll(/export enum \w+Error \{([^}]*)\}/g)) declared.push(...[...m[1].matchAll(/=\s*'([A-Z_]+)'/g)].map((c) => c[1]));
      declared.push(...[...text.matchAll(/AppError\(\s*'([A-Z_]+)'/g)].map((c) => c[1]));
    }
    expect(declared.length).toBeGreaterThan(100);
    expect([...new Set(declared.filter((c) => !known.has(c)))]).toEqual([]);
    expect(ERROR_CODES.filter((e) => !/[\u4e00-\u9fff]/.test(e.message))).toEqual([]);
  });
});
