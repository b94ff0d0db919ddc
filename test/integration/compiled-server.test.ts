// Production runs the compiled server: `pnpm start` compiles packages/server (and the shared package it
// imports) to JavaScript and starts dist/main.js with plain Node, no TypeScript loader. This builds it,
// starts it on a database cloned from the test template, waits until it answers, signs in (the schema and
// the entities stand on the decorators' metadata, which the compiled output must keep) and stops it.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../packages/server/src/common/db/embedded.js';
import { DEMO_PASSWORD } from '../../packages/server/src/modules/organisation/organisation.seed.js';

const root = path.resolve(import.meta.dirname, '../..');
const server = path.join(root, 'packages/server');

let child: ChildProcess | undefined;
let dataDir: string;
let databaseUrl: string;
let output = '';

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [path.join(server, 'build.mjs'), '--quiet']);
  const db = `${inject('templateDb').replace('gk_tpl_', 'gk_js_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('serverUrl') });
  await admin.connect();
  await admin.query(`create database "${db}" template "${inject('templateDb')}"`);
  await admin.end();
  const url = new URL(inject('serverUrl'));
  url.pathname = `/${db}`;
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'gongkai-prod-'));
  databaseUrl = url.toString();
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('the compiled server', () => {
  it('`pnpm start` runs the compiled server with plain Node', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toMatch(/node --enable-source-maps packages\/server\/dist\/main\.js$/);
    expect(scripts.start).not.toMatch(/--import|--loader|register|\.ts\b/);
    expect(existsSync(path.join(server, 'dist/main.js'))).toBe(true);
    expect(existsSync(path.join(server, 'dist/migrations/index.js'))).toBe(true);
    expect(existsSync(path.join(server, 'dist/modules/complaints/samples/minxin.xlsx'))).toBe(true);
    expect(existsSync(path.join(root, 'packages/shared/dist/index.js'))).toBe(true);
  });

  it('dist/main.js starts, answers and stops', async () => {
    const port = await freePort();
    // no loader can come in through the environment: what runs is JavaScript only
    const { NODE_OPTIONS: _, ...env } = process.env;
    child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
      cwd: server,
      env: { ...env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
      const ready = await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`the server was not ready in 20 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u:String!,$p:String!){ login(username:$u, password:$p){ user { username } } }',
        variables: { u: 'admin', p: DEMO_PASSWORD },
      }),
    });
    expect(await login.json()).toEqual({ data: { login: { user: { username: 'admin' } } } });
    expect(output).not.toMatch(/\.ts:\d+/);

    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);
});
