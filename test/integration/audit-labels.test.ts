// Every action the server writes to the audit trail reads in Chinese in the admin's audit log: its
// verb and its subject have a label (an unlabelled one would show as a code such as 'Resolution.add').
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../packages/server/src/application.js';
import zhCN from '../../packages/admin/src/i18n/zh-CN.js';
import { REPO_ROOT } from '../../packages/server/src/config.js';

const SRC = path.join(REPO_ROOT, 'packages/server/src');

/** The actions written by name in the server's code, and those of every workflow's transitions. */
async function auditedActions(): Promise<string[]> {
  const actions = new Set<string>();
  const files = (await readdir(SRC, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
  for (const f of files) {
    const text = await readFile(path.join(SRC, f), 'utf8');
    for (const m of text.matchAll(/action: '([A-Za-z]+\.[A-Za-z]+)'/g)) actions.add(m[1]);
    // and those named by a constant (e.g. ANCHOR_ACTION = 'AuditChain.anchor')
    for (const m of text.matchAll(/_ACTION = '([A-Za-z]+\.[A-Za-z]+)'/g)) actions.add(m[1]);
    if (f.endsWith('.workflow.ts')) {
      const mod = (await import(path.join(SRC, f))) as Record<string, unknown>;
      for (const w of Object.values(mod) as { subject?: string; transitions?: Record<string, unknown> }[]) {
        if (w && typeof w === 'object' && typeof w.subject === 'string' && w.transitions) {
          for (const name of Object.keys(w.transitions)) actions.add(`${w.subject}.${name}`);
        }
      }
    }
  }
  return [...actions].sort();
}

describe('the audit log in Chinese', () => {
  it('has a label for the verb and the subject of every audited action', async () => {
    const actions = await auditedActions();
    expect(actions.length).toBeGreaterThan(100);
    const verbs = zhCN.auditVerb as Record<string, string>;
    const subjects = zhCN.subject as Record<string, string>;
    const missing = actions.filter((a) => {
      const [head, verb] = a.split('.') as [string, string];
      return !verbs[verb] || (head !== 'auth' && !subjects[head]);
    });
    expect(missing).toEqual([]);
  });
});
