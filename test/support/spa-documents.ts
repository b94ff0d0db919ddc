// The operations the two SPAs send, read from their generated documents (every gql/gql.ts lists each
// document of its part of the SPA verbatim), so a test can ask the server exactly what a page asks.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

const ROOT = fileURLToPath(new URL('../../packages/', import.meta.url));

/** Every document string of the SPAs' generated `gql.ts` files. */
export function spaDocuments(): { file: string; document: DocumentNode }[] {
  const out: { file: string; document: DocumentNode }[] = [];
  for (const spa of ['admin', 'portal']) {
    const src = path.join(ROOT, spa, 'src');
    for (const entry of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith(`gql${path.sep}gql.ts`)) continue;
      const text = readFileSync(path.join(src, entry), 'utf8');
      const block = text.slice(text.indexOf('type Documents = {'), text.indexOf('const documents'));
      for (const m of block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof types\.\w+,$/gm)) {
        out.push({ file: `${spa}/src/${entry}`, document: parse(JSON.parse(m[1]) as string) });
      }
    }
  }
  return out;
}

export interface RootSelection {
  /** The SPA operation it comes from. */
  operation: string;
  file: string;
  /** A document asking only this root field, as the SPA's operation asks it (its fragments and variables). */
  query: string;
  variables: string[];
}

/** For each Query field, every SPA query that selects it at its root. */
export function rootSelections(): Map<string, RootSelection[]> {
  const docs = spaDocuments();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { document } of docs) for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const byField = new Map<string, RootSelection[]>();
  for (const { file, document } of docs) {
    for (const op of document.definitions) {
      if (op.kind !== Kind.OPERATION_DEFINITION || op.operation !== 'query') continue;
      for (const sel of op.selectionSet.selections) {
        if (sel.kind !== Kind.FIELD) continue;
        const single: OperationDefinitionNode = {
          ...op,
          selectionSet: { ...op.selectionSet, selections: [{ ...sel, alias: undefined } as FieldNode] },
        };
        // the fragments it spreads, transitively, and the variables it uses
        const usedFragments = new Set<string>();
        const usedVariables = new Set<string>();
        const collect = (node: unknown) =>
          visit(node as DocumentNode, {
            FragmentSpread(n) {
              if (usedFragments.has(n.name.value)) return;
              usedFragments.add(n.name.value);
              const f = fragments.get(n.name.value);
              if (f) collect(f);
            },
            Variable(n) {
              usedVariables.add(n.name.value);
            },
          });
        collect(single.selectionSet);
        const operation: OperationDefinitionNode = {
          ...single,
          variableDefinitions: (op.variableDefinitions ?? []).filter((v) => usedVariables.has(v.variable.name.value)),
        };
        const query = [print(operation), ...[...usedFragments].map((n) => print(fragments.get(n)!))].join('\n');
        const list = byField.get(sel.name.value) ?? [];
        if (!list.some((r) => r.query === query))
          list.push({ operation: op.name?.value ?? '(anonymous)', file, query, variables: [...usedVariables] });
        byField.set(sel.name.value, list);
      }
    }
  }
  return byField;
}
