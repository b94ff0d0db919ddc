// A dropped database connection costs no request: transactions that lose their connection before
// committing are run again, plain reads are resent, and a database that cannot be reached at all is
// answered SERVICE_UNAVAILABLE (retryable, HTTP 503), never INTERNAL.
//
// The faults are made deterministic with triggers that terminate their own server process the first
// time they fire (a sequence counts the firings: sequences are not rolled back with the transaction).
import { createServer } from 'node:net';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../packages/server/src/app.js';
import { openOrm } from '../../packages/server/src/common/db/orm.js';
import { transaction } from '../../packages/server/src/common/tx.js';
import { PolicyDocument } from '../../packages/server/src/modules/documents/documents.entities.js';
import { codeOf, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
  await s.sql(`create sequence fault_firings;
    create function fault_once() returns trigger language plpgsql as $$
    begin
      if nextval('fault_firings') = 1 then perform pg_terminate_backend(pg_backend_pid()); end if;
      return null;
    end $$;
    create function fault_always() returns trigger language plpgsql as $$
    begin
      perform nextval('fault_firings');
      perform pg_terminate_backend(pg_backend_pid());
      return null;
    end $$;
    create function fault_bug() returns trigger language plpgsql as $$
    begin
      perform nextval('fault_firings');
      raise exception 'a fault that is nobody''s connection';
    end $$`);
});
afterAll(() => s.close());
afterEach(async () => {
  await s.sql(`drop trigger if exists fault on policy_document; select setval('fault_firings', 1, false)`);
});

const CREATE = 'mutation($i:DocumentInput!){ createDocument(input:$i){ id title version } }';
const firings = async () => (await s.sql<{ n: string }>(`select last_value::text as n from fault_firings where is_called`))[0]?.n ?? '0';
const rowsTitled = async (title: string) =>
  (await s.sql<{ n: number }>('select count(*)::int as n from policy_document where title = ?', [title]))[0].n;

describe('a transaction that loses its connection is run again', () => {
  it('a create whose connection is terminated in the middle of its INSERT succeeds, stored once', async () => {
    await s.sql('create trigger fault after insert on policy_document for each row execute function fault_once()');
    const title = '连接中断后重试的文件';
    const r = await s.as('jiaoyu.staff', CREATE, { i: { kind: 'DEPARTMENT', title, body: '正文' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.createDocument.title).toBe(title);
    expect(await firings()).toBe('2'); // the first attempt died, the second went through
    expect(await rowsTitled(title)).toBe(1);
  });

  it('a create whose connection is terminated during its COMMIT succeeds, stored once', async () => {
    await s.sql(`create constraint trigger fault after insert on policy_document deferrable initially deferred
      for each row execute function fault_once()`);
    const title = '提交时连接中断的文件';
    const r = await s.as('jiaoyu.staff', CREATE, { i: { kind: 'DEPARTMENT', title, body: '正文' } });
    expect(r.errors).toBeUndefined();
    expect(await firings()).toBe('2');
    expect(await rowsTitled(title)).toBe(1);
    // the audit chain holds the creation once
    const audits = await s.sql<{ n: number }>(
      `select count(*)::int as n from audit_record where action = 'PolicyDocument.create' and subject_id = ?`,
      [r.data.createDocument.id],
    );
    expect(audits[0].n).toBe(1);
  });

  it('a change to an object loaded before the transaction is written on the retry, though the first attempt had flushed it', async () => {
    const created = (await s.as('jiaoyu.staff', CREATE, { i: { kind: 'DEPARTMENT', title: '重试前已载入的文件', body: '正文' } })).data
      .createDocument;
    // fires at COMMIT, after the UPDATE was flushed (and the ORM had taken the new title as saved)
    await s.sql(`create constraint trigger fault after update on policy_document deferrable initially deferred
      for each row execute function fault_once()`);
    const ctx = await s.ctxAs('jiaoyu.staff');
    const d = await ctx.em.findOneOrFail(PolicyDocument, created.id);
    await transaction(ctx, async () => {
      d.title = '重试时改写的标题';
    });
    expect(await firings()).toBe('2');
    const [row] = await s.sql<{ title: string; version: number }>('select title, version from policy_document where id = ?', [created.id]);
    expect(row).toEqual({ title: '重试时改写的标题', version: created.version + 1 });
    expect(d.version).toBe(created.version + 1);
  });

  it('after every connection of the pool is terminated, concurrent writes and reads all succeed', async () => {
    const cookie = await s.login('jiaoyu.staff');
    // fill the pool with idle connections, then terminate them all from another one
    await Promise.all(Array.from({ length: 8 }, () => s.gql('{ me { user { id } } }', {}, { cookie })));
    const killed = await s.sql<{ n: number }>(
      'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    expect(killed[0].n).toBeGreaterThan(0);
    const titles = Array.from({ length: 6 }, (_, i) => `连接全部中断后的文件${i}`);
    const results = await Promise.all([
      ...titles.map((title) => s.gql(CREATE, { i: { kind: 'DEPARTMENT', title, body: '正文' } }, { cookie })),
      s.gql('{ me { user { id } } }', {}, { cookie }),
    ]);
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      expect(r.status).toBe(200);
    }
    for (const title of titles) expect(await rowsTitled(title)).toBe(1);
  });
});

describe('what is not retried, or not for ever', () => {
  it('a transaction whose connection is terminated at every attempt gives up: SERVICE_UNAVAILABLE, retryable, 503, nothing stored', async () => {
    await s.sql('create trigger fault after insert on policy_document for each row execute function fault_always()');
    const title = '每次都中断的文件';
    const r = await s.as('jiaoyu.staff', CREATE, { i: { kind: 'DEPARTMENT', title, body: '正文' } });
    expect(r.status).toBe(503);
    expect(r.headers['retry-after']).toBe('1');
    expect(r.errors).toEqual([
      { message: '系统繁忙，请稍后重试', path: ['createDocument'], extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } },
    ]);
    expect(r.data).toBeNull();
    // retried, and bounded: ten attempts at most (fewer if they take longer than the retry window)
    expect(Number(await firings())).toBeGreaterThan(1);
    expect(Number(await firings())).toBeLessThanOrEqual(10);
    expect(await rowsTitled(title)).toBe(0);
  });

  it('a transaction that fails for any other reason is not run again, and is no SERVICE_UNAVAILABLE', async () => {
    await s.sql('create trigger fault after insert on policy_document for each row execute function fault_bug()');
    const title = '出错的文件';
    const r = await s.as('jiaoyu.staff', CREATE, { i: { kind: 'DEPARTMENT', title, body: '正文' } });
    expect(codeOf(r)).toBe('INTERNAL');
    expect(await firings()).toBe('1');
    expect(await rowsTitled(title)).toBe(0);
  });
});

describe('a plain read that loses its connection is resent', () => {
  it('a SELECT outside a transaction whose connection is terminated is answered from the next connection', async () => {
    const rows = await s.sql<{ killed: boolean }>(
      `select case when nextval('fault_firings') = 1 then pg_terminate_backend(pg_backend_pid()) else false end as killed`,
    );
    expect(rows).toEqual([{ killed: false }]);
    expect(await firings()).toBe('2');
  });

  it('a write outside a transaction is not resent: its outcome is not known', async () => {
    await s.sql('create temporary table if not exists t (x int)'); // any statement that is not a SELECT
    await expect(s.sql(`do $$ begin perform nextval('fault_firings'); perform pg_terminate_backend(pg_backend_pid()); end $$`)).rejects.toMatchObject(
      { code: '57P01' },
    );
    expect(await firings()).toBe('1');
  });
});

describe('a database that cannot be reached', () => {
  let down: Awaited<ReturnType<typeof buildApp>>;
  let closeDown: () => Promise<void>;
  beforeAll(async () => {
    // a port nothing listens on
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const orm = await openOrm(`postgres://postgres@127.0.0.1:${port}/gongkai`, { connect: false });
    down = await buildApp({ config: s.config, orm, logger: pino({ level: 'silent' }) });
    await down.ready();
    closeDown = async () => {
      await down.close();
      await orm.close();
    };
  });
  afterAll(() => closeDown());

  const post = (query: string, cookie?: string) =>
    down.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      payload: JSON.stringify({ query }),
    });

  it('answers a query SERVICE_UNAVAILABLE, retryable, with HTTP 503', async () => {
    const res = await post('{ publicDocuments(page:1, pageSize:5){ total } }');
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    const body = res.json();
    expect(body.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(body.errors[0].message).toBe('系统繁忙，请稍后重试');
  });

  it('answers a mutation the same way', async () => {
    const res = await post('mutation { login(username:"jiaoyu.staff", password:"whatever-1A"){ user { id } } }');
    expect(res.statusCode).toBe(503);
    expect(codeOf({ ...res.json(), status: 503, headers: {} })).toBe('SERVICE_UNAVAILABLE');
    expect(res.json().errors[0].extensions.retryable).toBe(true);
  });

  it('answers SERVICE_UNAVAILABLE when the session itself cannot be looked up', async () => {
    const res = await post('{ me { user { id } } }', 'gk_session=some-token');
    expect(res.statusCode).toBe(503);
    expect(res.json().errors).toEqual([{ message: '系统繁忙，请稍后重试', extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }]);
  });

  it('answers the plain routes 503 with the same code, signed in or not', async () => {
    for (const cookie of [undefined, 'gk_session=some-token']) {
      const res = await down.inject({ method: 'GET', url: '/files/00000000-0000-4000-8000-000000000000', headers: cookie ? { cookie } : {} });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ code: 'SERVICE_UNAVAILABLE', message: '系统繁忙，请稍后重试', retryable: true });
    }
    const docx = await down.inject({ method: 'GET', url: '/documents/00000000-0000-4000-8000-000000000000/docx' });
    expect(docx.statusCode).toBe(503);
  });

  it('still answers a client’s own mistake as such', async () => {
    const res = await down.inject({ method: 'GET', url: '/files/not-an-id' });
    expect(res.statusCode).toBe(404);
  });
});
