import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSuite, type Suite } from '../support/suite.js';
import { verifyAuditChain } from '../../packages/server/src/common/audit/audit.service.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

describe('audit trail', () => {
  it('records a change with actor, before/after, request id and address', async () => {
    const id = (await s.sql(`select id from app_user where username = 'jiaoyu.staff'`))[0].id;
    const res = await s.as(
      'admin',
      'mutation($id:ID!,$u:ID!){ updateUser(id:$id, input:{ displayName:"刘经办（改）", unitId:$u, roles:[DEPARTMENT_STAFF] }){ id } }',
      { id, u: (await s.sql(`select unit_id from app_user where id = ?`, [id]))[0].unit_id },
    );
    const rid = res.headers['x-request-id'];
    const page = await s.as(
      'admin',
      'query($id:String!){ auditRecords(filter:{ subjectId:$id, action:"User.update" }){ items { actorName before after requestId address } } }',
      { id },
    );
    const rec = page.data.auditRecords.items[0];
    expect(rec.actorName).toBe('系统管理员');
    expect(JSON.parse(rec.before).displayName).toBe('刘经办');
    expect(JSON.parse(rec.after).displayName).toBe('刘经办（改）');
    expect(rec.requestId).toBe(rid);
    expect(rec.address).toBe('127.0.0.1');
  });

  it('records sign-ins with the user who signed in', async () => {
    await s.login('wendianke');
    const page = await s.as('admin', '{ auditRecords(filter:{ action:"auth.login" }, pageSize: 100){ items { actorName subjectId } } }');
    expect(page.data.auditRecords.items.some((r: any) => r.actorName === '钱文电')).toBe(true);
  });

  it('is append-only in the database: UPDATE and DELETE are refused', async () => {
    await expect(s.sql(`update audit_record set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(s.sql(`delete from audit_record`)).rejects.toThrow(/append-only/);
  });

  it("verifies the hash chain, and finds the first record changed behind the database's back", async () => {
    const ok = await s.as('admin', '{ auditChainStatus { ok checked firstBrokenSeq } }');
    expect(ok.data.auditChainStatus.ok).toBe(true);
    expect(ok.data.auditChainStatus.checked).toBeGreaterThan(3);
    const [{ seq }] = await s.sql(`select seq_key::int as seq from audit_record order by seq_key limit 1 offset 2`);
    // a superuser bypasses the trigger, as an intruder with database access would
    await s.orm.em.getConnection().transactional(async (trx) => {
      await s.orm.em.getConnection().execute(`set local session_replication_role = replica`, [], 'run', trx);
      await s.orm.em.getConnection().execute(`update audit_record set actor_name = '伪造' where seq_key = ?`, [seq], 'run', trx);
    });
    const broken = await verifyAuditChain(s.orm.em.fork());
    expect(broken).toMatchObject({ ok: false, firstBrokenSeq: seq });
  });
});
