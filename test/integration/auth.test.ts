import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const ME = '{ me { user { username roles } rules } }';
const LOGIN = 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ user { username } } }';

describe('sign-in', () => {
  it('signs in with the right password, sets an HTTP-only SameSite cookie, and me returns the user with rules', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: LOGIN, variables: { u: 'jiaoyu.staff', p: 'Gongkai@2026' } }),
    });
    const cookie = res.cookies.find((c) => c.name === 'gk_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const me = await s.gql(ME, {}, { cookie: `gk_session=${cookie.value}` });
    expect(me.data.me.user.username).toBe('jiaoyu.staff');
    expect(JSON.parse(me.data.me.rules).length).toBeGreaterThan(3);
  });

  it('refuses a wrong password with one message for unknown users and wrong passwords', async () => {
    const wrong = await s.gql(LOGIN, { u: 'jiaoyu.head', p: 'nope12345' }, { address: '127.0.1.1' });
    const unknown = await s.gql(LOGIN, { u: 'nobody', p: 'nope12345' }, { address: '127.0.1.1' });
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(JSON.stringify(wrong)).not.toMatch(/stack|at .*\.ts/);
  });

  it('throttles an address after 20 failures in 15 minutes, whatever the usernames', async () => {
    for (let i = 0; i < 20; i++) await s.gql(LOGIN, { u: `ghost${i}`, p: 'x1234567' }, { address: '127.0.3.3' });
    expect(codeOf(await s.gql(LOGIN, { u: 'jiaoyu.gk', p: 'Gongkai@2026' }, { address: '127.0.3.3' }))).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await s.gql(LOGIN, { u: 'jiaoyu.gk', p: 'Gongkai@2026' }, { address: '127.0.3.4' }))).toBeUndefined();
  });

  it('refuses a disabled account', async () => {
    const id = (await s.sql(`select id from app_user where username = 'shuangta.staff'`))[0].id;
    await s.as('admin', 'mutation($id:ID!){ setUserActive(id:$id, active:false){ active } }', { id });
    expect(codeOf(await s.gql(LOGIN, { u: 'shuangta.staff', p: 'Gongkai@2026' }, { address: '127.0.4.1' }))).toBe('ACCOUNT_DISABLED');
    await s.as('admin', 'mutation($id:ID!){ setUserActive(id:$id, active:true){ active } }', { id });
  });
});

describe('sessions', () => {
  it('a logged-out session is revoked: the old cookie no longer works', async () => {
    const cookie = await s.login('egov');
    expect((await s.gql(ME, {}, { cookie })).data.me.user.username).toBe('egov');
    await s.gql('mutation { logout }', {}, { cookie });
    expect((await s.gql(ME, {}, { cookie })).data.me).toBeNull();
    expect(codeOf(await s.gql('{ myTodos { id } }', {}, { cookie }))).toBe('UNAUTHENTICATED');
  });

  it('an expired session is refused', async () => {
    const cookie = await s.login('tousu');
    await s.sql(`update session set expires_at = now() - interval '1 minute' where user_id = (select id from app_user where username = 'tousu')`);
    expect((await s.gql(ME, {}, { cookie })).data.me).toBeNull();
  });

  it('disabling a user revokes the sessions already open', async () => {
    const cookie = await s.login('dangxiao');
    const id = (await s.sql(`select id from app_user where username = 'dangxiao'`))[0].id;
    await s.as('admin', 'mutation($id:ID!){ setUserActive(id:$id, active:false){ active } }', { id });
    expect((await s.gql(ME, {}, { cookie })).data.me).toBeNull();
    await s.as('admin', 'mutation($id:ID!){ setUserActive(id:$id, active:true){ active } }', { id });
  });

  it('changing the password needs the old one and a strong new one, and ends the other sessions', async () => {
    const first = await s.login('pinggu');
    const second = await s.login('pinggu');
    const CHANGE = 'mutation($o:String!,$n:String!){ changePassword(oldPassword:$o, newPassword:$n) }';
    expect(codeOf(await s.gql(CHANGE, { o: 'wrong-old-1', n: 'NewPass2026' }, { cookie: first }))).toBe('WRONG_OLD_PASSWORD');
    const weak = await s.gql(CHANGE, { o: 'Gongkai@2026', n: 'short' }, { cookie: first });
    expect(codeOf(weak)).toBe('PASSWORD_TOO_WEAK');
    expect(weak.errors![0].extensions!.field).toBe('newPassword');
    expect((await s.gql(CHANGE, { o: 'Gongkai@2026', n: 'NewPass2026' }, { cookie: first })).data.changePassword).toBe(true);
    expect((await s.gql(ME, {}, { cookie: first })).data.me.user.username).toBe('pinggu');
    expect((await s.gql(ME, {}, { cookie: second })).data.me).toBeNull();
  });
});

describe('request hardening', () => {
  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const res = await s.app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('{ units { id } }')}` });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/CSRF|preflight/i);
    const form = await s.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ query: '{ units { id } }' }),
    });
    expect(form.statusCode).toBeGreaterThanOrEqual(400);
  });

  it('refuses a too-deep query', async () => {
    let q = 'name';
    for (let i = 0; i < 10; i++) q = `level${i} { ${q} }`;
    const res = await s.gql(`{ me { user { unit { ${q} } } } }`);
    expect(res.errors?.some((e) => /depth/i.test(e.message))).toBe(true);
    expect(res.data).toBeNull();
  });

  it('refuses an alias-heavy query', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: units { id }`).join(' ');
    const res = await s.gql(`{ ${aliases} }`);
    expect(res.errors?.[0].message).toMatch(/alias/i);
    expect(res.data).toBeNull();
  });

  it('answers a bad id with a clear refusal, not a database error', async () => {
    const res = await s.as('admin', '{ user(id: "1; drop table unit") { id } }');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('编号格式不正确');
    // an address with a mistyped id is answered like one naming no record: in the answer, not as a broken request
    expect(res.status).toBe(200);
  });

  it('serves health and readiness', async () => {
    expect((await s.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await s.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });
});

describe('faults and production mode', () => {
  it('an unexpected fault reaches the client as INTERNAL with the request id, never a stack trace', async () => {
    await s.sql('alter table calendar_year rename to calendar_year_moved');
    try {
      const res = await s.gql('{ coveredYears }');
      expect(codeOf(res)).toBe('INTERNAL');
      const requestId = res.headers['x-request-id'] as string;
      expect(res.errors![0].extensions!.requestId).toBe(requestId);
      expect(res.errors![0].message).toContain(requestId);
      expect(JSON.stringify(res)).not.toMatch(/calendar_year|stacktrace|\.ts:\d+/);
    } finally {
      await s.sql('alter table calendar_year_moved rename to calendar_year');
    }
  });

  it('refuses a query with too many tokens', async () => {
    const fields = Array.from({ length: 3100 }, () => 'id').join(' ');
    const res = await s.gql(`{ units { ${fields} } }`);
    expect(res.errors?.some((e) => /token/i.test(e.message))).toBe(true);
  });

  it('in production, introspection and field suggestions are off', async () => {
    const { buildApp } = await import('../../packages/server/src/app.js');
    const pino = (await import('pino')).default;
    const prod = await buildApp({ config: { ...s.config, production: true }, orm: s.orm, logger: pino({ level: 'silent' }) });
    try {
      const ask = (query: string) =>
        prod
          .inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query }) })
          .then((r) => r.json());
      const intro = await ask('{ __schema { types { name } } }');
      expect(intro.errors?.[0].message).toMatch(/introspection/i);
      const typo = await ask('{ unit { id } }');
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
      const devTypo = await s.gql('{ unit { id } }');
      expect(devTypo.errors?.[0].message).toMatch(/Did you mean/);
    } finally {
      await prod.close();
    }
  });
});
