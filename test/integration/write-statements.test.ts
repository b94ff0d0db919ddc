// Statements per write: a department's staff drafting a document (the write of `pnpm bench:writes`)
// sends the session's lookup, BEGIN, the document's insert, its search entries in one statement, its
// audit record with the transaction's id in one, and COMMIT; nothing is read back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSuite, type Suite } from '../support/suite.js';
import { countStatements } from '../support/statements.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const CREATE = 'mutation($i:DocumentInput!){ createDocument(input:$i){ id } }';

describe('statements per write', () => {
  it('createDocument: six statements', async () => {
    await s.as('jiaoyu.staff', '{ __typename }');
    const { result, statements } = await countStatements(() =>
      s.as('jiaoyu.staff', CREATE, { i: { kind: 'DEPARTMENT', title: '起草的文件', body: '正文' } }),
    );
    expect(result.errors).toBeUndefined();
    const shape = statements.map((x) => {
      const t = x.trim();
      if (/from "session"/.test(t)) return 'session';
      if (/^(BEGIN|COMMIT)\b/.test(t)) return t.replace(/;$/, '');
      if (/^insert into "policy_document"/.test(t)) return 'insert document';
      if (/^with x as .*insert into search_entry/s.test(t)) return 'search entries';
      if (/^select pg_current_xact_id\(\)::text as xid, audit_append\(/.test(t)) return 'audit';
      return t.slice(0, 80);
    });
    expect(shape).toEqual(['session', 'BEGIN', 'insert document', 'search entries', 'audit', 'COMMIT']);
  });
});
