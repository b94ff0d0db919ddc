// The layering ARCHITECTURE.md asks for, checked on the source: the kernel (common/) imports no
// module, and no file imports itself back through others (type-only imports included).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;'"]*?(?:from\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Relative imports of every source file, as paths relative to src/ (`.js` read as the `.ts` beside it). */
export function importGraph(root = SRC): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => {
      const spec = (m[1] ?? m[2]).replace(/\.js$/, '.ts');
      return path.relative(root, path.resolve(path.dirname(file), spec));
    });
    graph.set(path.relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected groups of more than one file (Tarjan), and files that import themselves. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

describe('architecture', () => {
  const graph = importGraph();

  it('reads the imports it checks', () => {
    expect(graph.get('application.ts')).toEqual(expect.arrayContaining(['modules/index.ts', 'common/modules.ts']));
  });

  it('the kernel imports no module and no entry point', () => {
    const allowed = (target: string) => target.startsWith('common/') || target === 'config.ts' || target.startsWith('migrations/');
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith('common/') ? targets.filter((t) => !allowed(t)).map((t) => `${file} → ${t}`) : [],
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const sample = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(sample)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
