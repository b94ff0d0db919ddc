// The audit trail in several hash chains: concurrent writes spread over them and each chain verifies;
// an anchor names every chain's head, so a chain cut short behind it is found, as a changed record is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSuite, type Suite } from '../support/suite.js';
import {
  ANCHOR_ACTION,
  anchorAuditChains,
  audit,
  hashedFieldsOf,
  recordHash,
  verifyAuditChain,
} from '../../packages/server/src/common/audit/audit.service.js';
import { transaction } from '../../packages/server/src/common/tx.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite({ auditChains: 4 });
});
afterAll(() => s.close());

const CREATE = 'mutation($i:DocumentInput!){ createDocument(input:$i){ id } }';

/** As an intruder with database access would: the append-only trigger bypassed. */
const behindTheBack = (sql: string, params: unknown[]) =>
  s.orm.em.getConnection().transactional(async (trx) => {
    await s.orm.em.getConnection().execute(`set local session_replication_role = replica`, [], 'run', trx);
    await s.orm.em.getConnection().execute(sql, params, 'run', trx);
  });

describe('audit chains', () => {
  it('spreads concurrent writes over the chains, each verifying on its own', async () => {
    await s.as('jiaoyu.staff', '{ __typename }'); // signed in once, before the writes
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => s.as('jiaoyu.staff', CREATE, { i: { kind: 'DEPARTMENT', title: `并发起草的文件${i}` } })),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    const ids = results.map((r) => r.data.createDocument.id);
    const chains = await s.sql<{ chain: number }>(
      `select distinct chain from audit_record where action = 'PolicyDocument.create' and subject_id = any(?::text[])`,
      [`{${ids.join(',')}}`],
    );
    // 24 writes over 4 chains at random: all on one chain would be a chance of 4^-23
    expect(chains.length).toBeGreaterThan(1);
    expect(chains.every((c) => c.chain >= 0 && c.chain < 4)).toBe(true);
    // within a chain, each record links to the one before it in that chain
    const [{ unlinked }] = await s.sql<{ unlinked: number }>(
      `select count(*)::int as unlinked from audit_record r
        where r.prev_hash <> coalesce((select p.hash from audit_record p where p.chain = r.chain and p.seq_key < r.seq_key order by p.seq_key desc limit 1), repeat('0', 64))`,
    );
    expect(unlinked).toBe(0);
    expect(await verifyAuditChain(s.orm.em.fork())).toMatchObject({ ok: true });
  });

  it('concurrent writes on one chain wait for its lock, each linking to the last record committed before it', async () => {
    // several records in one transaction, and many transactions at once, all on chain 0
    const oneChain = async () => ({ ...(await s.ctxAs('jiaoyu.staff')), config: { ...s.config, auditChains: 1 } });
    await Promise.all(
      Array.from({ length: 16 }, async (_, i) =>
        transaction(await oneChain(), async (tx) => {
          audit(tx, { action: 'Test.first', subjectType: 'Test', subjectId: `t${i}`, after: { i, text: '引号"与\\反斜杠\n换行' } });
          audit(tx, { action: 'Test.second', subjectType: 'Test', subjectId: `t${i}`, before: { i } });
        }),
      ),
    );
    const rows = await s.sql<Record<string, any>>(
      `select seq_key, at, actor_id, actor_name, action, subject_type, subject_id, before_data, after_data, request_id, address, chain, prev_hash, hash
         from audit_record where chain = 0 order by seq_key`,
    );
    expect(rows.filter((r) => r.action.startsWith('Test.'))).toHaveLength(32);
    // each record's hash, computed by the database, is the one the check computes, over its predecessor on the chain
    let prev = '0'.repeat(64);
    for (const r of rows) {
      expect(r.prev_hash).toBe(prev);
      expect(r.hash).toBe(recordHash(prev, hashedFieldsOf(r)));
      prev = r.hash;
    }
    // the two records of a transaction are next to each other on the chain
    const tests = rows.filter((r) => r.action.startsWith('Test.'));
    for (let i = 0; i < tests.length; i += 2)
      expect([tests[i].action, tests[i + 1].action, tests[i].subject_id]).toEqual(['Test.first', 'Test.second', tests[i + 1].subject_id]);
    expect(await verifyAuditChain(s.orm.em.fork())).toMatchObject({ ok: true });
  });

  it("an anchor names every chain's head; a chain cut short behind it is found", async () => {
    expect(await anchorAuditChains(s.orm.em.fork(), s.config)).toBe(1);
    // with nothing written since, the next hour's anchor would say the same: none is written
    expect(await anchorAuditChains(s.orm.em.fork(), s.config)).toBe(0);
    const [anchor] = await s.sql<{ seq: number; chain: number; after: { heads: Record<string, { seq: number; hash: string }> } }>(
      `select seq_key::int as seq, chain, after_data as after from audit_record where action = ? order by seq_key desc limit 1`,
      [ANCHOR_ACTION],
    );
    expect(anchor.chain).toBe(0);
    const heads = await s.sql<{ chain: number; seq: number; hash: string }>(
      `select distinct on (chain) chain, seq_key::int as seq, hash from audit_record where seq_key < ? order by chain, seq_key desc`,
      [anchor.seq],
    );
    expect(Object.keys(anchor.after.heads).map(Number).sort()).toEqual(heads.map((h) => h.chain).sort());
    for (const h of heads) expect(anchor.after.heads[String(h.chain)]).toEqual({ seq: h.seq, hash: h.hash });
    expect(await verifyAuditChain(s.orm.em.fork())).toMatchObject({ ok: true });

    // the last record of a chain other than the anchor's: no record links to it, only the anchor names it
    const cut = heads.find((h) => h.chain !== 0)!;
    await behindTheBack('delete from audit_record where seq_key = ?', [cut.seq]);
    expect(await verifyAuditChain(s.orm.em.fork())).toMatchObject({ ok: false, firstBrokenSeq: anchor.seq });
  });
});
