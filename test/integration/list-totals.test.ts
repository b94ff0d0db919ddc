// Totals only when asked for, and cheap when asked: a page without its total is one statement; the
// portal's document list reads its page (and counts) through the partial index of its order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { asksFor } from '../../packages/server/src/common/paging.js';
import { countStatements } from '../support/statements.js';
import { startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s?.close());

const documentStatements = (statements: string[]) => statements.filter((sql) => /from "policy_document"/.test(sql));

describe('totals on demand', () => {
  it('a page asked for without its total sends no count; with it, the total is every public document', async () => {
    const page = '{ publicDocuments(pageSize: 3){ items { id } } }';
    const counted = '{ publicDocuments(pageSize: 3){ total items { id } } }';
    await s.as(null, counted);
    const without = await countStatements(() => s.as(null, page));
    const withTotal = await countStatements(() => s.as(null, counted));
    expect(without.result.data.publicDocuments.items).toHaveLength(3);
    expect(documentStatements(without.statements)).toHaveLength(1);
    expect(documentStatements(withTotal.statements)).toHaveLength(2);
    const [{ n }] = await s.sql<{ n: number }>(
      `select count(*)::int as n from policy_document where state = 'ISSUED' and not classified and disclosure_attribute in ('PROACTIVE', 'ON_APPLICATION')`,
    );
    expect(withTotal.result.data.publicDocuments.total).toBe(n);
    // the staff's list likewise
    const staff = await countStatements(() => s.as('gongkaiban', '{ documents(pageSize: 3){ items { id } } }'));
    expect(documentStatements(staff.statements)).toHaveLength(1);
    expect((await s.as('gongkaiban', '{ documents(pageSize: 3){ total } }')).data.documents.total).toBeGreaterThan(3);
  });

  it('reads a selection as asked: a field by name, a fragment as asking', () => {
    const fieldOf = (query: string) => (parse(query).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
    expect(asksFor({ fieldNodes: [fieldOf('{ list { items { id } } }')] }, 'total')).toBe(false);
    expect(asksFor({ fieldNodes: [fieldOf('{ list { total items { id } } }')] }, 'total')).toBe(true);
    expect(asksFor({ fieldNodes: [fieldOf('{ list { ... on Page { total } } }')] }, 'total')).toBe(true);
  });

  it("the portal's page and its count can use the partial index of its order (its predicate is the app's)", async () => {
    const { statements } = await countStatements(() => s.as(null, '{ publicDocuments(pageSize: 20){ total items { id } } }'));
    const found = documentStatements(statements);
    const count = found.find((sql) => /count\(/.test(sql))!;
    const pageSql = found.find((sql) => sql !== count)!;
    expect(count).toBeDefined();
    // the statements as sent, with their parameters inlined by the ORM; the planner made to avoid the table scan
    await s.orm.em.transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      await conn.execute('set local enable_seqscan = off', [], 'run', ctx);
      await conn.execute('set local enable_bitmapscan = off', [], 'run', ctx);
      for (const sql of [pageSql, count]) {
        const plan = (await conn.execute<{ 'QUERY PLAN': string }[]>(`explain ${sql}`, [], 'all', ctx)).map((r) => r['QUERY PLAN']).join('\n');
        expect(plan, sql).toContain('policy_document_public_order_index');
        expect(plan, sql).not.toMatch(/\bSort\b/);
      }
    });
  });

  it("the staff's total, an ability's `or`, is counted branch by branch on indexes and exactly (a row in two branches once)", async () => {
    const [{ id: unit }] = await s.sql<{ id: string }>(`select id from unit where name = '朝阳市教育局'`);
    const [led] = await s.sql<{ id: string }>(`select id from policy_document where lead_unit_id = ? order by updated_at desc limit 1`, [unit]);
    const [other] = await s.sql<{ id: string }>(
      `select id from policy_document where lead_unit_id <> ? and not co_unit_ids @> array[?]::uuid[] limit 1`,
      [unit, unit],
    );
    // one document both led and (as data allows) listed as co-drafted by the unit, one co-drafted only
    await s.sql(`update policy_document set co_unit_ids = array_append(co_unit_ids, ?) where id in (?, ?)`, [unit, led.id, other.id]);
    try {
      const { result, statements } = await countStatements(() => s.as('jiaoyu.staff', '{ documents(pageSize: 3){ total items { id } } }'));
      const [{ n }] = await s.sql<{ n: number }>(
        `select count(*)::int as n from policy_document where lead_unit_id = ? or co_unit_ids @> array[?]::uuid[]`,
        [unit, unit],
      );
      expect(result.data.documents.total).toBe(n);
      const count = documentStatements(statements).find((sql) => /count\(/.test(sql))!;
      expect(count).toMatch(/^select 0 \+/);
      // each term on an index, none reading the table through
      await s.orm.em.transactional(async (tx) => {
        const conn = tx.getConnection();
        const ctx = tx.getTransactionContext();
        await conn.execute('set local enable_seqscan = off', [], 'run', ctx);
        const plan = (await conn.execute<{ 'QUERY PLAN': string }[]>(`explain ${count}`, [], 'all', ctx)).map((r) => r['QUERY PLAN']).join('\n');
        expect(plan).toContain('policy_document_lead_unit_id_index');
        expect(plan).toContain('policy_document_co_unit_ids_index');
        expect(plan).not.toMatch(/Seq Scan/);
      });
    } finally {
      await s.sql(`update policy_document set co_unit_ids = array_remove(co_unit_ids, ?) where id in (?, ?)`, [unit, led.id, other.id]);
    }
  });
});
