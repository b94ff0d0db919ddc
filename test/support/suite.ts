// One suite's own database (cloned from the prepared template) and the app in-process; requests go
// through the real HTTP stack with fastify's inject.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { buildApp } from '../../packages/server/src/app.js';
import { openOrm } from '../../packages/server/src/common/db/orm.js';
import { loadConfig, type AppConfig } from '../../packages/server/src/config.js';
import { contextAs } from '../../packages/server/src/common/seed-context.js';
import { DEMO_PASSWORD, demoUnitId, demoUserId } from '../../packages/server/src/modules/organisation/organisation.seed.js';

export { DEMO_PASSWORD, demoUnitId, demoUserId };

export interface GqlResult<T = any> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  headers: Record<string, unknown>;
}

/** `overrides` change the app's configuration for this suite (e.g. higher anonymous limits). */
type InjectingApp = Awaited<ReturnType<typeof buildApp>>;
/** A GraphQL call injected into an app (no socket): the answer's status, data, errors and headers. */
export function gqlOn(app: InjectingApp) {
  return async function gql<T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    opts: { cookie?: string; address?: string; headers?: Record<string, string> } = {},
  ): Promise<GqlResult<T>> {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers },
      payload: JSON.stringify({ query, variables }),
      remoteAddress: opts.address ?? '127.0.0.1',
    });
    const body = res.json();
    return { status: res.statusCode, data: body.data ?? null, errors: body.errors, headers: res.headers };
  };
}

/**
 * A fresh database cloned from the template, and the app on it. The next year's working days count
 * as known (weekdays, no holidays entered) unless `nextYearUnknown`: deadlines computed from today
 * late in a year land in the next, whose holidays the State Council has perhaps not yet published.
 */
export async function startSuite(overrides: Partial<AppConfig> = {}, { nextYearUnknown = false } = {}) {
  const serverUrl = inject('serverUrl');
  const templateDb = inject('templateDb');
  const db = `${templateDb.replace('gk_tpl_', 'gk_s_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${db}" template "${templateDb}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  const orm = await openOrm(url.toString(), { pool: { min: 0, max: 25 } });
  if (!nextYearUnknown) {
    await orm.em
      .getConnection()
      .execute(`insert into calendar_year (year, covered, source) values (?, true, 'test') on conflict (year) do nothing`, [
        new Date().getFullYear() + 1,
      ]);
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gongkai-files-'));
  const config = { ...loadConfig(), dataDir, logLevel: 'silent', ...overrides };
  const app = await buildApp({ config, orm, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) });
  await app.ready();

  const cookies = new Map<string, string>();
  let addressCounter = 0;

  const gql = gqlOn(app);

  /** Sign in and return the session cookie. */
  async function login(username: string, password = DEMO_PASSWORD, address?: string): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        query: 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ user { id } } }',
        variables: { u: username, p: password },
      }),
      remoteAddress: address ?? `127.0.9.${++addressCounter % 250}`,
    });
    const set = res.cookies.find((c) => c.name === 'gk_session');
    if (!set) throw new Error(`login failed for ${username}: ${res.body}`);
    return `gk_session=${set.value}`;
  }

  /** A GraphQL call as a demo user (signed in once per suite). */
  async function as<T = any>(username: string | null, query: string, variables: Record<string, unknown> = {}) {
    if (!username) return gql<T>(query, variables);
    if (!cookies.has(username)) cookies.set(username, await login(username));
    return gql<T>(query, variables, { cookie: cookies.get(username) });
  }

  return {
    app,
    orm,
    config,
    gql,
    login,
    as,
    /** A service context acting as a demo user, for preparing data through the real services. */
    ctxAs: (username: string | null) => contextAs(orm.em.fork(), config, username ? demoUserId(username) : null),
    sql: <R = any>(text: string, params: unknown[] = []) => orm.em.getConnection().execute<R[]>(text, params),
    async close() {
      await app.close();
      await orm.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type Suite = Awaited<ReturnType<typeof startSuite>>;

export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
