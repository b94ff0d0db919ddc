// A production start on an empty database: no demo data, the first administrator from a one-time
// setup token (usable once) or from ADMIN_INITIAL_PASSWORD, Secure cookies, no introspection.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../packages/server/src/app.js';
import { migrate, openOrm } from '../../packages/server/src/common/db/orm.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { firstStart, seedReferenceData } from '../../packages/server/src/seed.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A fresh, empty, migrated database and the app on it, configured from the given environment. */
async function emptyProduction(env: Record<string, string>) {
  const serverUrl = inject('serverUrl');
  const db = `gk_p_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${db}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  const orm = await openOrm(url.toString(), { debug: false });
  await migrate(orm);
  await seedReferenceData(orm);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gongkai-files-'));
  const config = { ...loadConfig({ NODE_ENV: 'production', ...env }), dataDir, logLevel: 'silent' };
  const start = await firstStart(orm, config);
  const app = await buildApp({ config, orm, logger: pino({ level: 'silent' }) });
  await app.ready();
  cleanups.push(async () => {
    await app.close();
    await orm.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const sql = <R = any>(text: string, params: unknown[] = []) => orm.em.getConnection().execute<R[]>(text, params);
  const post = (url: string, body: unknown, address = '10.9.0.1') =>
    app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body), remoteAddress: address });
  return { app, orm, config, start, sql, post };
}

const LOGIN = 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ user { username roles } } }';

describe('production start on an empty database', () => {
  it('creates no demo data, only the administrator; the setup token sets the password once and a second use is refused', async () => {
    const p = await emptyProduction({});
    expect(p.start.demo).toBe(false);
    expect(p.start.setupToken).toMatch(/^[\w-]{20,}$/);
    const users = await p.sql(`select username, roles from app_user`);
    expect(users.map((u) => u.username)).toEqual(['admin']);
    expect((await p.sql(`select count(*)::int as n from unit`))[0].n).toBe(1);
    expect((await p.sql(`select count(*)::int as n from consultation_topic`))[0].n).toBe(0);
    // the demo password does not open it
    const demo = await p.post('/graphql', { query: LOGIN, variables: { u: 'admin', p: 'Gongkai@2026' } });
    expect(demo.json().errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    // a wrong token and a weak password are refused
    const wrong = await p.post('/setup', { token: 'not-the-token', password: 'FirstAdmin2026' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('SETUP_TOKEN_INVALID');
    const weak = await p.post('/setup', { token: p.start.setupToken, password: 'short' });
    expect(weak.json().code).toBe('PASSWORD_TOO_WEAK');
    // the token works once
    const first = await p.post('/setup', { token: p.start.setupToken, password: 'FirstAdmin2026' });
    expect(first.statusCode).toBe(200);
    const second = await p.post('/setup', { token: p.start.setupToken, password: 'Hijacked2026x' });
    expect(second.statusCode).toBe(403);
    expect(second.json().code).toBe('SETUP_TOKEN_INVALID');
    // the administrator signs in with the password set, over a Secure cookie
    const res = await p.post('/graphql', { query: LOGIN, variables: { u: 'admin', p: 'FirstAdmin2026' } }, '10.9.0.2');
    expect(res.json().data.login.user.roles).toEqual(['ADMIN']);
    const cookie = res.cookies.find((c) => c.name === 'gk_session')!;
    expect(cookie.secure).toBe(true);
    expect(cookie.httpOnly).toBe(true);
    expect(codeOfBody((await p.post('/graphql', { query: LOGIN, variables: { u: 'admin', p: 'Hijacked2026x' } }, '10.9.0.3')).json())).toBe(
      'INVALID_CREDENTIALS',
    );
    // a later start has no pending setup: no token is printed
    expect((await firstStart(p.orm, p.config)).setupToken).toBeUndefined();
    const [rec] = await p.sql(`select count(*)::int as n from audit_record where action = 'auth.setup'`);
    expect(rec.n).toBe(1);
  });

  it('a restart while the setup is pending prints a fresh token and the old one no longer works', async () => {
    const p = await emptyProduction({});
    const again = await firstStart(p.orm, p.config);
    expect(again.setupToken).toBeDefined();
    expect(again.setupToken).not.toBe(p.start.setupToken);
    expect((await p.post('/setup', { token: p.start.setupToken, password: 'FirstAdmin2026' })).statusCode).toBe(403);
    expect((await p.post('/setup', { token: again.setupToken, password: 'FirstAdmin2026' })).statusCode).toBe(200);
    expect((await p.sql(`select count(*)::int as n from app_user`))[0].n).toBe(1);
  });

  it('takes the first password from ADMIN_INITIAL_PASSWORD when given (no token), and refuses a weak one', async () => {
    const p = await emptyProduction({ ADMIN_INITIAL_PASSWORD: 'FromEnv2026pw' });
    expect(p.start).toEqual({ demo: false, adminFromEnvironment: true });
    const res = await p.post('/graphql', { query: LOGIN, variables: { u: 'admin', p: 'FromEnv2026pw' } });
    expect(res.json().data.login.user.username).toBe('admin');
    await expect(emptyProduction({ ADMIN_INITIAL_PASSWORD: 'weak' })).rejects.toThrow(/密码至少8位/);
  });

  it('seeds the demo city in production only when asked (SEED_DEMO=true)', async () => {
    const p = await emptyProduction({ SEED_DEMO: 'true' });
    expect(p.start.demo).toBe(true);
    expect((await p.sql(`select count(*)::int as n from app_user`))[0].n).toBeGreaterThan(10);
  });

  it('has introspection and field suggestions off in production', async () => {
    const p = await emptyProduction({ ADMIN_INITIAL_PASSWORD: 'FromEnv2026pw' });
    const intro = await p.post('/graphql', { query: '{ __schema { types { name } } }' });
    expect(JSON.stringify(intro.json())).not.toContain('"types"');
    expect(intro.json().errors?.length).toBeGreaterThan(0);
    const typo = await p.post('/graphql', { query: '{ unitz { id } }' });
    expect(JSON.stringify(typo.json())).not.toMatch(/Did you mean/i);
  });
});

function codeOfBody(body: { errors?: { extensions?: { code?: string } }[] }) {
  return body.errors?.[0]?.extensions?.code;
}
