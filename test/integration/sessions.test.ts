import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const LOGIN = 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ user { username } } }';
const RIGHT = 'Gongkai@2026';
const attempt = (u: string, p: string, address: string) => s.gql(LOGIN, { u, p }, { address });
const userId = async (username: string) => (await s.sql(`select id from app_user where username = ?`, [username]))[0].id as string;

describe('sign-in throttling per account and address', () => {
  it('holds back one account from one address after 5 failures, while the same account signs in from another address', async () => {
    for (let i = 0; i < 5; i++) expect(codeOf(await attempt('minzheng.staff', 'bad-pass-1', '10.1.0.1'))).toBe('INVALID_CREDENTIALS');
    const held = await attempt('minzheng.staff', RIGHT, '10.1.0.1');
    expect(codeOf(held)).toBe('TOO_MANY_ATTEMPTS');
    expect(held.errors![0].extensions!.retryAfter).toBeGreaterThan(800);
    expect(held.errors![0].message).not.toMatch(/账号|锁定/);
    expect(codeOf(await attempt('minzheng.staff', RIGHT, '10.1.0.2'))).toBeUndefined();
  });

  it('answers an unknown name exactly as a known one: same code and message for a wrong password, same refusal when held back', async () => {
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 6; i++) {
      const k = await attempt('jiaoyu.staff', 'bad-pass-2', '10.2.0.1');
      const u = await attempt('nobody.here', 'bad-pass-2', '10.2.0.2');
      known.push(`${codeOf(k)} ${k.errors![0].message}`);
      unknown.push(`${codeOf(u)} ${u.errors![0].message}`);
    }
    expect(known).toEqual(unknown);
    expect(known[0]).toBe('INVALID_CREDENTIALS 用户名或密码错误');
    expect(known[5]).toMatch(/^TOO_MANY_ATTEMPTS /);
  });

  it('slows down failures from many addresses against one account, but never locks its owner out of an address it signed in from', async () => {
    // the owner signs in from the office
    expect(codeOf(await attempt('jiaoyu.head', RIGHT, '10.3.0.250'))).toBeUndefined();
    // ten failures from ten addresses (each under the per-pair limit)
    for (let i = 0; i < 10; i++) expect(codeOf(await attempt('jiaoyu.head', 'guess-pass-' + i, `10.3.1.${i}`))).toBe('INVALID_CREDENTIALS');
    // an eleventh address must now wait, even with the right password
    const slowed = await attempt('jiaoyu.head', RIGHT, '10.3.2.1');
    expect(codeOf(slowed)).toBe('TOO_MANY_ATTEMPTS');
    expect(slowed.errors![0].extensions!.retryAfter).toBeGreaterThanOrEqual(1);
    // the owner, from the office, is not held back
    expect(codeOf(await attempt('jiaoyu.head', RIGHT, '10.3.0.250'))).toBeUndefined();
    // an unknown name behaves the same: no way to tell which names exist
    for (let i = 0; i < 10; i++) await attempt('ghost.head', 'guess-pass-' + i, `10.3.3.${i}`);
    expect(codeOf(await attempt('ghost.head', RIGHT, '10.3.2.2'))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('an administrator unlocks an account (audited); others may not', async () => {
    for (let i = 0; i < 10; i++) await attempt('minzheng.head', 'guess-pass-' + i, `10.4.1.${i}`);
    expect(codeOf(await attempt('minzheng.head', RIGHT, '10.4.2.1'))).toBe('TOO_MANY_ATTEMPTS');
    const id = await userId('minzheng.head');
    const UNLOCK = 'mutation($id:ID!){ unlockUser(id:$id) }';
    expect(codeOf(await s.as('minzheng.staff', UNLOCK, { id }))).toBe('FORBIDDEN');
    expect((await s.as('admin', UNLOCK, { id })).data.unlockUser).toBe(true);
    const [rec] = await s.sql(
      `select after_data as after from audit_record where action = 'User.unlock' and subject_id = ? order by at desc limit 1`,
      [id],
    );
    expect(rec.after.clearedFailures).toBe(10);
    expect(codeOf(await attempt('minzheng.head', RIGHT, '10.4.2.1'))).toBeUndefined();
    expect(codeOf(await s.as('admin', UNLOCK, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it("an administrator's password reset clears the failures too", async () => {
    for (let i = 0; i < 5; i++) await attempt('shuangta.staff', 'bad-pass-9', '10.6.0.1');
    expect(codeOf(await attempt('shuangta.staff', RIGHT, '10.6.0.1'))).toBe('TOO_MANY_ATTEMPTS');
    const id = await userId('shuangta.staff');
    expect((await s.as('admin', 'mutation($id:ID!){ resetPassword(id:$id, newPassword:"Reset2026ok") }', { id })).data.resetPassword).toBe(true);
    expect(codeOf(await attempt('shuangta.staff', 'Reset2026ok', '10.6.0.1'))).toBeUndefined();
  });

  it('throttles changePassword with a wrong old password like a failed sign-in', async () => {
    const cookie = await s.login('jiaoyu.gk', RIGHT, '10.5.0.1');
    const CHANGE = 'mutation($o:String!,$n:String!){ changePassword(oldPassword:$o, newPassword:$n) }';
    for (let i = 0; i < 5; i++)
      expect(codeOf(await s.gql(CHANGE, { o: 'wrong-old-' + i, n: 'NewPass2026' }, { cookie, address: '10.5.0.1' }))).toBe('WRONG_OLD_PASSWORD');
    const held = await s.gql(CHANGE, { o: RIGHT, n: 'NewPass2026' }, { cookie, address: '10.5.0.1' });
    expect(codeOf(held)).toBe('TOO_MANY_ATTEMPTS');
    const [{ n }] = await s.sql(`select count(*)::int as n from audit_record where action = 'auth.changePassword' and subject_id = ?`, [
      await userId('jiaoyu.gk'),
    ]);
    expect(n).toBe(0);
  });
});
