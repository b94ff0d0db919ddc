// Two server instances on one database and one files folder, as behind a load balancer: each has
// its own connection pool, identity map and HTTP server. Whatever one does, the other sees; the
// limits count across both; the start-up work and the jobs run safely on both at once.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../packages/server/src/app.js';
import { openOrm, ormOptions } from '../../packages/server/src/common/db/orm.js';
import { pruneIdempotencyRecords } from '../../packages/server/src/common/idempotency/idempotency.js';
import { verifyAuditChain } from '../../packages/server/src/common/audit/audit.service.js';
import { MIGRATIONS } from '../../packages/server/src/migrations/index.js';
import { loadConfig } from '../../packages/server/src/config.js';
import { prepareDatabase } from '../../packages/server/src/prepare.js';
import { codeOf, DEMO_PASSWORD, gqlOn, startSuite, type Suite } from '../support/suite.js';

type Instance = Pick<Suite, 'app' | 'config' | 'gql' | 'login'>;

let a: Suite;
let b: Instance;
const cleanups: (() => Promise<unknown>)[] = [];

/** A second instance on the first one's database and files folder. */
async function secondInstance(first: Suite): Promise<Instance> {
  const orm = await openOrm(first.orm.config.get('clientUrl') as string, { pool: { min: 0, max: 25 } });
  const config = { ...first.config };
  const app = await buildApp({ config, orm, logger: pino({ level: 'silent' }) });
  await app.ready();
  cleanups.push(async () => {
    await app.close();
    await orm.close();
  });
  const gql = gqlOn(app);
  async function login(username: string, password = DEMO_PASSWORD, address = '127.0.10.1') {
    const res = await gql(
      `mutation($u:String!,$p:String!){ login(username:$u,password:$p){ user { id } } }`,
      { u: username, p: password },
      { address },
    );
    const set = res.headers['set-cookie'];
    const cookie = (Array.isArray(set) ? set : [set]).map(String).find((c) => c.startsWith('gk_session='));
    if (!cookie) throw new Error(`login failed for ${username}: ${JSON.stringify(res.errors)}`);
    return cookie.split(';')[0];
  }
  return { app, config, gql, login };
}

beforeAll(async () => {
  a = await startSuite();
  b = await secondInstance(a);
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await a.close();
});

const ME = '{ me { user { username } } }';
const LOGIN = 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ user { username } } }';

describe('sessions', () => {
  it('a session made on A works on B, and signing out on A ends it on B', async () => {
    const cookie = await a.login('jiaoyu.staff');
    expect((await b.gql(ME, {}, { cookie })).data.me.user.username).toBe('jiaoyu.staff');
    expect((await a.gql('mutation { logout }', {}, { cookie })).data.logout).toBe(true);
    const after = await b.gql('{ myTodos { id } }', {}, { cookie });
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect((await b.gql(ME, {}, { cookie })).data.me).toBeNull();
  });
});

describe('limits count across both instances', () => {
  it('sign-in failures on A and on B add up for one account and address', async () => {
    const address = '10.30.0.1';
    for (let i = 0; i < 5; i++) {
      const on = i % 2 ? b : a;
      expect(codeOf(await on.gql(LOGIN, { u: 'minzheng.staff', p: `wrong-pass-${i}` }, { address }))).toBe('INVALID_CREDENTIALS');
    }
    // five failures, three on A and two on B: held back on both, even with the right password
    expect(codeOf(await a.gql(LOGIN, { u: 'minzheng.staff', p: DEMO_PASSWORD }, { address }))).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await b.gql(LOGIN, { u: 'minzheng.staff', p: DEMO_PASSWORD }, { address }))).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await b.gql(LOGIN, { u: 'minzheng.staff', p: DEMO_PASSWORD }, { address: '10.30.0.2' }))).toBeUndefined();
  });

  it('anonymous forms on A and on B count against one limit per address', async () => {
    const limits = [a.config.publicFormsPerTenMinutes, b.config.publicFormsPerTenMinutes];
    a.config.publicFormsPerTenMinutes = 3;
    b.config.publicFormsPerTenMinutes = 3;
    try {
      const FORM =
        'mutation { submitOpinion(input:{ topicId:"00000000-0000-4000-8000-000000000000", content:"一条意见内容", idempotencyKey:"k-two-1" }) { receiptCode } }';
      const codes: (string | undefined)[] = [];
      for (const on of [a, b, a, b, a]) codes.push(codeOf(await on.gql(FORM, {}, { address: '10.31.0.1' })));
      // the window may turn between two hits: at least the two beyond the limit are refused
      expect(codes.slice(0, 3).every((c) => c !== 'RATE_LIMITED')).toBe(true);
      expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(1);
      const [row] = await a.sql(`select sum(hits)::int as hits from rate_counter where bucket = 'form:10.31.0.1'`);
      expect(row.hits).toBe(5);
    } finally {
      [a.config.publicFormsPerTenMinutes, b.config.publicFormsPerTenMinutes] = limits;
    }
  });
});

const day = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);
const F = 'id version state';
const CREATE = `mutation($i:TopicInput!,$k:String){ createTopic(input:$i, idempotencyKey:$k){ ${F} } }`;
const TOPIC = { title: '两个实例上的议题', category: 'LIVELIHOOD', draft: '草案', decisionBasis: '依据', draftingExplanation: '说明' };

describe('idempotency keys', () => {
  it('a key used on A and then on B makes one topic; the same key sent to both at once too', async () => {
    const [ca, cb] = [await a.login('jiaoyu.staff'), await b.login('jiaoyu.staff')];
    const input = { ...TOPIC, windowStart: day(1), windowEnd: day(10) };
    const first = await a.gql(CREATE, { i: input, k: 'two-instances-key-1' }, { cookie: ca });
    const again = await b.gql(CREATE, { i: input, k: 'two-instances-key-1' }, { cookie: cb });
    expect(again.data.createTopic.id).toBe(first.data.createTopic.id);
    const both = await Promise.all([
      a.gql(CREATE, { i: { ...input, title: '同时提交的议题' }, k: 'two-instances-key-2' }, { cookie: ca }),
      b.gql(CREATE, { i: { ...input, title: '同时提交的议题' }, k: 'two-instances-key-2' }, { cookie: cb }),
    ]);
    expect(both[1].data.createTopic.id).toBe(both[0].data.createTopic.id);
    const rows = await a.sql(
      `select title, count(*)::int as n from consultation_topic where title in ('两个实例上的议题', '同时提交的议题') group by title`,
    );
    expect(rows.map((r) => r.n)).toEqual([1, 1]);
  });
});

describe('the consultation, alternating between A and B', () => {
  it('create, submit, approve, publish, a citizen opinion, the answer and the results: the to-dos agree on both', async () => {
    const staff = { a: await a.login('jiaoyu.staff'), b: await b.login('jiaoyu.staff') };
    const msk = { a: await a.login('mishuke'), b: await b.login('mishuke') };
    const egov = { a: await a.login('egov'), b: await b.login('egov') };
    const todos = async (on: Instance, cookie: string, id: string) =>
      ((await on.gql('{ myTodos { kind subjectId } }', {}, { cookie })).data.myTodos as { kind: string; subjectId: string }[])
        .filter((t) => t.subjectId === id)
        .map((t) => t.kind);
    const step = async (on: Instance, cookie: string, op: string, vars: Record<string, unknown>) => {
      const r = await on.gql(op, vars, { cookie });
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return Object.values(r.data)[0] as { id: string; version: number; state: string };
    };
    const T = (name: string) => `mutation($id:ID!,$v:Int!){ ${name}(id:$id, version:$v){ ${F} } }`;

    let t = await step(a, staff.a, CREATE, { i: { ...TOPIC, title: '交替办理的议题', windowStart: day(0), windowEnd: day(9) } });
    t = await step(b, staff.b, T('submitTopic'), { id: t.id, v: t.version });
    expect(t.state).toBe('SUBMITTED');
    expect(await todos(a, msk.a, t.id)).toEqual(['consultation.review']);
    expect(await todos(b, msk.b, t.id)).toEqual(['consultation.review']);
    // the Secretariat approves on both at once: exactly one wins, the other is told the topic changed
    const approvals = await Promise.all([
      a.gql(T('approveTopic'), { id: t.id, v: t.version }, { cookie: msk.a }),
      b.gql(T('approveTopic'), { id: t.id, v: t.version }, { cookie: msk.b }),
    ]);
    expect(approvals.map((r) => codeOf(r) ?? r.data.approveTopic.state).sort()).toEqual(['APPROVED', 'VERSION_CONFLICT']);
    t = approvals.find((r) => r.data)!.data.approveTopic;
    expect(await todos(b, msk.b, t.id)).toEqual([]);
    expect(await todos(b, egov.b, t.id)).toEqual(['consultation.publish']);
    expect(await todos(a, egov.a, t.id)).toEqual(['consultation.publish']);
    t = await step(b, egov.b, T('publishTopic'), { id: t.id, v: t.version });
    expect(t.state).toBe('PUBLISHED');
    expect(await todos(a, egov.a, t.id)).toEqual([]);

    // the citizen's opinion on A's public API, read back on B
    const sent = await a.gql(
      'mutation($i:PublicOpinionInput!){ submitOpinion(input:$i){ receiptCode } }',
      { i: { topicId: t.id, content: '建议在两个实例上都能看到这条意见。', idempotencyKey: `two-${randomBytes(6).toString('hex')}` } },
      { address: '10.32.0.1' },
    );
    const code = sent.data.submitOpinion.receiptCode as string;
    expect((await b.gql('query($c:String!){ opinionReceipt(code:$c){ content reply } }', { c: code })).data.opinionReceipt.reply).toBeNull();
    const [opinion] = (await b.gql('query($t:ID!){ topicOpinions(topicId:$t){ id } }', { t: t.id }, { cookie: staff.b })).data.topicOpinions;
    await a.sql('update consultation_topic set window_start = ?, window_end = ? where id = ?', [day(-12), day(-1), t.id]);
    const answered = await a.gql(
      'mutation($id:ID!,$i:AnswerInput!){ answerOpinion(id:$id, input:$i){ adoption } }',
      { id: opinion.id, i: { reasonable: true, adoption: 'ADOPTED', reply: '已采纳，谢谢。' } },
      { cookie: staff.a },
    );
    expect(answered.data.answerOpinion.adoption).toBe('ADOPTED');
    let cur = (await b.gql('query($id:ID!){ consultationTopic(id:$id){ id version } }', { id: t.id }, { cookie: staff.b })).data.consultationTopic;
    cur = await step(b, staff.b, 'mutation($id:ID!,$v:Int!){ saveTopicSummary(id:$id, version:$v, summary:"共收到意见1条"){ id version state } }', {
      id: cur.id,
      v: cur.version,
    });
    t = await step(a, staff.a, T('publishTopicResults'), { id: cur.id, v: cur.version });
    expect(t.state).toBe('RESULTS_PUBLISHED');
    expect((await b.gql('query($c:String!){ opinionReceipt(code:$c){ reply } }', { c: code })).data.opinionReceipt.reply).toBe('已采纳，谢谢。');
    const rates = (await b.gql('query($id:ID!){ publicConsultation(id:$id){ rates { opinionCount adoptedCount replyRate } } }', { id: t.id })).data
      .publicConsultation.rates;
    expect(rates).toEqual({ opinionCount: 1, adoptedCount: 1, replyRate: 1 });
  });
});

describe('files', () => {
  it('the same file uploaded to A and B at the same moment is stored once, and each serves what the other stored', async () => {
    const [{ id: topicId }] = await a.sql(`select id from consultation_topic where title = '朝阳市中小学课后服务收费管理办法（草案）'`);
    const [ca, cb] = [await a.login('jiaoyu.staff'), await b.login('jiaoyu.staff')];
    const boundary = '----gktwo';
    const body = (name: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nConsultationTopic\r\n--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${topicId}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n两个实例同时上传的同一份文件\r\n--${boundary}--\r\n`;
    const uploads = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? b : a).app.inject({
          method: 'POST',
          url: '/files',
          headers: { cookie: i % 2 ? cb : ca, 'content-type': `multipart/form-data; boundary=${boundary}` },
          payload: body(`说明${i}.txt`),
        }),
      ),
    );
    expect(uploads.map((u) => u.statusCode)).toEqual(Array(12).fill(200));
    expect(new Set(uploads.map((u) => u.json().sha256)).size).toBe(1);
    const fromA = uploads[0].json().url as string;
    const fromB = uploads[1].json().url as string;
    expect((await b.app.inject({ url: fromA, headers: { cookie: cb } })).body).toBe('两个实例同时上传的同一份文件');
    expect((await a.app.inject({ url: fromB, headers: { cookie: ca } })).body).toBe('两个实例同时上传的同一份文件');
  });
});

describe('start-up and jobs', () => {
  it('two instances starting at once on an empty database migrate and seed it once', async () => {
    const serverUrl = inject('serverUrl');
    const db = `${inject('templateDb').replace('gk_tpl_', 'gk_t2_')}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database "${db}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${db}`;
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gongkai-files-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const config = { ...loadConfig({ NODE_ENV: 'production', ADMIN_INITIAL_PASSWORD: 'Initial2026pass' }), dataDir, logLevel: 'silent' };
    const quiet = { debug: false, migrations: { ...ormOptions(url.toString()).migrations, silent: true } };
    const orms = await Promise.all([openOrm(url.toString(), quiet), openOrm(url.toString(), quiet)]);
    cleanups.push(() => Promise.all(orms.map((o) => o.close())));
    const starts = await Promise.allSettled(orms.map((o) => prepareDatabase(o, config)));
    expect(starts.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
    // the first made the administrator; the second found the database ready
    const made = starts.map((s) => (s as PromiseFulfilledResult<{ adminFromEnvironment?: boolean }>).value.adminFromEnvironment === true);
    expect(made.filter(Boolean)).toHaveLength(1);
    const sql = (q: string) => orms[0].em.getConnection().execute(q);
    expect((await sql('select count(*)::int as n from mikro_orm_migrations'))[0].n).toBe(MIGRATIONS.length);
    expect((await sql('select count(*)::int as n from unit'))[0].n).toBe(1);
    expect((await sql(`select count(*)::int as n from app_user where username = 'admin'`))[0].n).toBe(1);
    const years = await sql('select year, count(*)::int as n from calendar_year group by year having count(*) > 1');
    expect(years).toEqual([]);
    expect((await sql('select count(*)::int as n from calendar_year'))[0].n).toBeGreaterThan(0);
  });

  it('pruning idempotency records on both at once removes each old record once and keeps the recent ones', async () => {
    const [{ id: userId }] = await a.sql(`select id from app_user where username = 'egov'`);
    for (let i = 0; i < 30; i++) {
      await a.sql(
        `insert into idempotency_record (id, user_id, operation, key, payload_hash, result_id, created_at)
         values (gen_random_uuid(), ?, 'pruneTest', ?, 'h', gen_random_uuid(), now() - make_interval(days => ?))`,
        [userId, `prune-key-${i}`, i < 20 ? 8 : 1],
      );
    }
    const bOrm = await openOrm(a.orm.config.get('clientUrl') as string, { debug: false });
    cleanups.push(() => bOrm.close());
    const removed = await Promise.all([pruneIdempotencyRecords({ em: a.orm.em.fork() }), pruneIdempotencyRecords({ em: bOrm.em.fork() })]);
    expect(removed[0] + removed[1]).toBe(20);
    const [{ n }] = await a.sql(`select count(*)::int as n from idempotency_record where operation = 'pruneTest'`);
    expect(n).toBe(10);
  });
});

describe('writes on both instances', () => {
  it('drafts sent to A and B at once share the audit chains (each record links to the one before it) and are all indexed', async () => {
    const cookie = await a.login('jiaoyu.staff');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? b : a).gql(
          'mutation($i:DocumentInput!){ createDocument(input:$i){ id } }',
          { i: { kind: 'DEPARTMENT', title: `两个实例同时起草的文件${i}` } },
          { cookie },
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    const ids = results.map((r) => r.data.createDocument.id as string);
    const [{ unlinked }] = await a.sql<{ unlinked: number }>(
      `select count(*)::int as unlinked from audit_record r
        where r.prev_hash <> coalesce((select p.hash from audit_record p where p.chain = r.chain and p.seq_key < r.seq_key order by p.seq_key desc limit 1), repeat('0', 64))`,
    );
    expect(unlinked).toBe(0);
    expect(await verifyAuditChain(a.orm.em.fork())).toMatchObject({ ok: true });
    const [{ indexed }] = await a.sql<{ indexed: number }>(
      `select count(*)::int as indexed from search_entry where kind = 'document.staff' and item_id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    expect(indexed).toBe(20);
  });
});
