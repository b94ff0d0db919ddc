// Idempotency keys on creations: a retry with the same key by the same user answers the object the
// first request made, and nothing is written twice (no second row, no second audit entry).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, demoUserId, startSuite, type Suite } from '../support/suite.js';
import { IDEMPOTENCY_RETENTION_DAYS, pruneIdempotencyRecords } from '../../packages/server/src/common/idempotency/idempotency.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const key = () => `k-${randomUUID()}`;
const day = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);
let uniqCounter = 0;
const uniq = () => `${Date.now().toString(36)}${(uniqCounter++).toString(36)}`;
let enteredYear = 2040;
let fixtureYear = 2201;

const CREATE_DOC = 'mutation($i:DocumentInput!,$k:String){ createDocument(input:$i, idempotencyKey:$k){ id title version } }';
const DOC = (title = '幂等测试文件') => ({ kind: 'DEPARTMENT', title, disclosureAttribute: 'PROACTIVE' });
const count = async (table: string, where: string, params: unknown[]) =>
  (await s.sql(`select count(*)::int as n from ${table} where ${where}`, params))[0].n as number;
const auditCount = (subjectId: string) => count('audit_record', 'subject_id = ?', [subjectId]);

// ——— fixtures inserted directly (as the permission suite does), for the operations that need a parent ———
const city = () => demoUnitId('city');
async function publishedTopic() {
  const [{ id }] = await s.sql(
    `insert into consultation_topic (id, undertaking_unit_id, government_id, title, category, draft, decision_basis, drafting_explanation,
      window_start, window_end, min_days, state, created_by_id) values (gen_random_uuid(), ?, ?, ?, 'LIVELIHOOD', '草案', '依据', '说明', ?, ?, 5, 'PUBLISHED', ?) returning id`,
    [demoUnitId('education'), city(), `幂等议题${uniq()}`, day(0), day(10), demoUserId('jiaoyu.staff')],
  );
  return id as string;
}
async function hearing() {
  const topicId = await publishedTopic();
  const [{ id }] = await s.sql(
    `insert into consultation_event (id, topic_id, undertaking_unit_id, government_id, form, date, lead_days) values (gen_random_uuid(), ?, ?, ?, 'HEARING', ?, 7) returning id`,
    [topicId, demoUnitId('education'), city(), day(20)],
  );
  return id as string;
}
async function meeting() {
  const [{ id }] = await s.sql(
    `insert into government_meeting (id, government_id, kind, title, date, notice_working_days) values (gen_random_uuid(), ?, 'STANDING', '幂等会议', ?, 3) returning id`,
    [city(), day(30)],
  );
  return id as string;
}
async function approvedInvitee() {
  const meetingId = await meeting();
  const [{ id: itemId }] = await s.sql(
    `insert into agenda_item (id, meeting_id, position, title, submitting_unit_id, category) values (gen_random_uuid(), ?, 1, '幂等议题', ?, 'LIVELIHOOD') returning id`,
    [meetingId, demoUnitId('education')],
  );
  const [{ id: proposalId }] = await s.sql(
    `insert into attendance_proposal (id, agenda_item_id, submitting_unit_id, government_id, invite, state, created_by_id) values (gen_random_uuid(), ?, ?, ?, false, 'APPROVED', ?) returning id`,
    [itemId, demoUnitId('education'), city(), demoUserId('jiaoyu.staff')],
  );
  const [{ id }] = await s.sql(
    `insert into invitee (id, proposal_id, name, category) values (gen_random_uuid(), ?, '代表', 'GRASSROOTS') returning id`,
    [proposalId],
  );
  return id as string;
}
async function indicatorSystem(state: 'DRAFT' | 'APPROVED', year = fixtureYear++) {
  const [{ id }] = await s.sql(
    `insert into indicator_system (id, government_id, year, revision, title, state, frozen, created_by_id)
    values (gen_random_uuid(), ?, ?, 1, '幂等指标体系', ?, false, ?) returning id`,
    [city(), year, state, demoUserId('xueyuan')],
  );
  const dims = ['POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY'];
  for (const [i, d] of dims.entries()) {
    await s.sql(
      `insert into indicator (id, system_id, dimension, position, code, name, max_score, methods, leaf)
      values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, '{DOCUMENT_REVIEW}', true)`,
      [id, d, i, String(i + 1), d, i < 2 ? 20 : 15],
    );
  }
  return { id: id as string, year };
}

interface Case {
  operation: string;
  user: string;
  /** The mutation, with `$k` for the key; answers `{ id }` (or `noticeLate` for the notice). */
  document: string;
  /** Variables, made fresh for each case (parents inserted as needed). */
  variables: () => Promise<Record<string, unknown>>;
  /** The table the creation writes a row to, and the id the answer carries. */
  table?: string;
}

const CASES: Case[] = [
  {
    operation: 'createDocument',
    user: 'jiaoyu.staff',
    document: CREATE_DOC,
    variables: async () => ({ i: DOC() }),
    table: 'policy_document',
  },
  {
    operation: 'registerClassifiedDocument',
    user: 'jiaoyu.staff',
    document:
      'mutation($n:String!,$k:String){ registerClassifiedDocument(input:{ kind: DEPARTMENT, title:"涉密", documentNumber:$n, issueDate:"2026-11-01" }, idempotencyKey:$k){ id } }',
    // a number of the issuer's own series, far past the demo's
    variables: async () => ({ n: `朝教发〔2026〕${1000 + uniqCounter++}号` }),
    table: 'policy_document',
  },
  {
    operation: 'createTopic',
    user: 'jiaoyu.staff',
    document: 'mutation($i:TopicInput!,$k:String){ createTopic(input:$i, idempotencyKey:$k){ id } }',
    variables: async () => ({ i: { title: '幂等议题', category: 'LIVELIHOOD', draft: '草案', decisionBasis: '依据', draftingExplanation: '说明' } }),
    table: 'consultation_topic',
  },
  {
    operation: 'recordOpinion',
    user: 'jiaoyu.staff',
    document: 'mutation($t:ID!,$k:String){ recordOpinion(input:{ topicId:$t, content:"来信意见内容", channel: LETTER }, idempotencyKey:$k){ id } }',
    variables: async () => ({ t: await publishedTopic() }),
    table: 'opinion',
  },
  {
    operation: 'addConsultationEvent',
    user: 'jiaoyu.staff',
    document:
      'mutation($t:ID!,$d:String!,$k:String){ addConsultationEvent(topicId:$t, input:{ form: SYMPOSIUM, date:$d }, idempotencyKey:$k){ id } }',
    variables: async () => ({ t: await publishedTopic(), d: day(20) }),
    table: 'consultation_event',
  },
  {
    operation: 'recordMaterialDelivery',
    user: 'jiaoyu.staff',
    document:
      'mutation($e:ID!,$d:String!,$k:String){ recordMaterialDelivery(eventId:$e, input:{ representative:"代表", deliveredOn:$d }, idempotencyKey:$k){ id } }',
    variables: async () => ({ e: await hearing(), d: day(5) }),
    table: 'material_delivery',
  },
  {
    operation: 'createMeeting',
    user: 'mishuke',
    document: 'mutation($d:String!,$k:String){ createMeeting(input:{ kind: STANDING, title:"幂等会议", date:$d }, idempotencyKey:$k){ id } }',
    variables: async () => ({ d: day(40) }),
    table: 'government_meeting',
  },
  {
    operation: 'addAgendaItem',
    user: 'mishuke',
    document:
      'mutation($m:ID!,$u:ID!,$k:String){ addAgendaItem(meetingId:$m, input:{ title:"议题", submittingUnitId:$u, category: OTHER }, idempotencyKey:$k){ id } }',
    variables: async () => ({ m: await meeting(), u: demoUnitId('education') }),
    table: 'agenda_item',
  },
  {
    operation: 'recordNoticeDelivery',
    user: 'jiaoyu.staff',
    document:
      'mutation($i:ID!,$d:String!,$k:String){ recordNoticeDelivery(inviteeId:$i, deliveredOn:$d, idempotencyKey:$k){ id noticeDeliveredOn } }',
    variables: async () => ({ i: await approvedInvitee(), d: day(0) }),
  },
  {
    operation: 'createIndicatorSystem',
    user: 'xueyuan',
    document: 'mutation($y:Int!,$k:String){ createIndicatorSystem(input:{ year:$y, title:"幂等指标体系" }, idempotencyKey:$k){ id } }',
    variables: async () => ({ y: enteredYear++ }),
    table: 'indicator_system',
  },
  {
    operation: 'copyIndicatorSystem',
    user: 'xueyuan',
    document: 'mutation($id:ID!,$k:String){ copyIndicatorSystem(id:$id, idempotencyKey:$k){ id } }',
    variables: async () => ({ id: (await indicatorSystem('DRAFT', enteredYear++)).id }),
    table: 'indicator_system',
  },
  {
    operation: 'createEvaluationRound',
    user: 'xueyuan',
    document:
      'mutation($s:ID!,$y:Int!,$k:String){ createEvaluationRound(input:{ year:$y, title:"评估", systemId:$s, periodStart:"2026-01-01", periodEnd:"2026-12-31" }, idempotencyKey:$k){ id } }',
    variables: async () => {
      const system = await indicatorSystem('APPROVED', enteredYear++);
      return { s: system.id, y: system.year };
    },
    table: 'evaluation_round',
  },
  {
    operation: 'createSupervisor',
    user: 'gongkaiban',
    document: 'mutation($i:SupervisorInput!,$k:String){ createSupervisor(input:$i, idempotencyKey:$k){ id } }',
    variables: async () => ({
      i: { name: '幂等监督员', organisation: '测试单位', category: 'COMMUNITY', termStart: '2026-01-01', termEnd: '2027-12-31' },
    }),
    table: 'supervisor',
  },
  {
    operation: 'fileSupervisorFeedback',
    user: 'jianduyuan',
    document:
      'mutation($u:ID!,$k:String){ fileSupervisorFeedback(input:{ targetUnitId:$u, kind: SUGGESTION, title:"建议", content:"建议内容" }, idempotencyKey:$k){ id } }',
    variables: async () => ({ u: demoUnitId('education') }),
    table: 'supervisor_feedback',
  },
  {
    operation: 'registerCase',
    user: 'tousu',
    document:
      'mutation($k:String){ registerCase(input:{ kind: COMPLAINT, channel: LETTER, title:"来信反映", content:"来信反映的具体问题内容" }, idempotencyKey:$k){ id } }',
    variables: async () => ({}),
    table: 'complaint_case',
  },
  {
    operation: 'createAccountRequest',
    user: 'minzheng.head',
    document:
      'mutation($n:String!,$k:String){ createAccountRequest(input:{ displayName:"新同事", username:$n, roles:[DEPARTMENT_STAFF], reason:"工作需要" }, idempotencyKey:$k){ id } }',
    variables: async () => ({ n: `idem.${uniq()}` }),
    table: 'account_request',
  },
];

describe('every creation listed takes an idempotency key', () => {
  it.each(CASES)('$operation: a repeat with the same key answers the same object and writes nothing more', async (c) => {
    const vars = await c.variables();
    const k = key();
    const rowsBefore = c.table ? await count(c.table, 'true', []) : 0;
    const first = await s.as(c.user, c.document, { ...vars, k });
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    const id = first.data[c.operation].id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const audits = await s.sql('select count(*)::int as n from audit_record');
    const second = await s.as(c.user, c.document, { ...vars, k });
    expect(second.errors).toBeUndefined();
    expect(second.data[c.operation]).toEqual(first.data[c.operation]);
    if (c.table) expect(await count(c.table, 'true', [])).toBe(rowsBefore + 1);
    expect((await s.sql('select count(*)::int as n from audit_record'))[0].n).toBe(audits[0].n);
    expect(await count('idempotency_record', 'key = ? and operation = ?', [k, c.operation])).toBe(1);
  });

  it('every creation mutation of the schema that the rule names declares the argument', async () => {
    const r = await s.gql('{ __schema { mutationType { fields { name args { name type { name kind } } } } } }');
    const fields = r.data.__schema.mutationType.fields as { name: string; args: { name: string; type: { name: string; kind: string } }[] }[];
    for (const c of CASES) {
      const f = fields.find((x) => x.name === c.operation);
      expect(f?.args.find((a) => a.name === 'idempotencyKey')?.type, c.operation).toEqual({ name: 'String', kind: 'SCALAR' });
    }
  });
});

describe('the rules of a key', () => {
  it('without a key, two sends make two objects (the key is optional)', async () => {
    const a = await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('无标识文件') });
    const b = await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('无标识文件') });
    expect(a.data.createDocument.id).not.toBe(b.data.createDocument.id);
  });

  it('a repeat answers the first object as it is now, with one audit entry for it', async () => {
    const k = key();
    const first = (await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('重试文件'), k })).data.createDocument;
    const again = (await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('重试文件'), k })).data.createDocument;
    expect(again).toEqual(first);
    expect(await count('policy_document', 'title = ?', ['重试文件'])).toBe(1);
    expect(await auditCount(first.id)).toBe(1);
  });

  it('ten requests racing with the same key store exactly one object, and all ten answer it', async () => {
    const k = key();
    const title = `并发文件${uniq()}`;
    const cookie = await s.login('jiaoyu.staff');
    const answers = await Promise.all(Array.from({ length: 10 }, () => s.gql(CREATE_DOC, { i: DOC(title), k }, { cookie })));
    for (const a of answers) expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    const ids = new Set(answers.map((a) => a.data.createDocument.id));
    expect(ids.size).toBe(1);
    expect(await count('policy_document', 'title = ?', [title])).toBe(1);
    expect(await count('idempotency_record', 'key = ?', [k])).toBe(1);
    expect(await auditCount([...ids][0])).toBe(1);
  });

  it('the same key with another payload is refused with IDEMPOTENCY_KEY_REUSED, and nothing is created', async () => {
    const k = key();
    await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('原文件'), k });
    const r = await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('另一个文件'), k });
    expect(r.status).toBe(200);
    expect(codeOf(r)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(r.errors![0].extensions!.field).toBe('idempotencyKey');
    expect(r.errors![0].message).toMatch(/提交标识/);
    expect(await count('policy_document', 'title = ?', ['另一个文件'])).toBe(0);
  });

  it('keys of another user are independent: the same key by two users makes two objects', async () => {
    const k = key();
    const a = await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('两人同标识'), k });
    const b = await s.as('minzheng.staff', CREATE_DOC, { i: DOC('两人同标识'), k });
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data.createDocument.id).not.toBe(b.data.createDocument.id);
    expect(await count('idempotency_record', 'key = ?', [k])).toBe(2);
  });

  it('the same key on another operation is another key', async () => {
    const k = key();
    const doc = await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('跨操作文件'), k });
    const topic = await s.as('jiaoyu.staff', 'mutation($i:TopicInput!,$k:String){ createTopic(input:$i, idempotencyKey:$k){ id } }', {
      i: { title: '跨操作议题', category: 'LIVELIHOOD', draft: '草案', decisionBasis: '依据', draftingExplanation: '说明' },
      k,
    });
    expect(doc.errors).toBeUndefined();
    expect(topic.errors).toBeUndefined();
  });

  it.each([
    ['too short', 'abc1234'],
    ['too long', 'a'.repeat(101)],
    ['a space', 'abcd efgh'],
    ['a Chinese character', '标识标识标识标识'],
    ['a NUL byte', 'abcdefgh\u0000'],
    ['empty', ''],
  ])('a key with %s is refused with BAD_USER_INPUT on the key, and nothing is created', async (_what, bad) => {
    const title = `坏标识${uniq()}`;
    const r = await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC(title), k: bad });
    expect(r.status).toBeLessThan(500); // a NUL byte is refused for the whole request (400), the others in the answer
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await count('policy_document', 'title = ?', [title])).toBe(0);
  });

  it('a key of 8 and one of 100 characters are taken', async () => {
    for (const k of [`${uniq()}abcdefgh`.slice(0, 8), 'a-_Z9'.repeat(20)]) {
      const r = await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('边界标识'), k });
      expect(r.errors, k).toBeUndefined();
    }
  });

  it('a creation refused by its own rule records no key: the same key may then be sent corrected', async () => {
    const k = key();
    const bad = await s.as('jiaoyu.staff', CREATE_DOC, { i: { ...DOC(''), title: '' }, k });
    expect(bad.errors?.[0]?.extensions?.code).toBe('TITLE_REQUIRED');
    expect(await count('idempotency_record', 'key = ?', [k])).toBe(0);
    const good = await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('更正后的文件'), k });
    expect(good.errors).toBeUndefined();
    expect(await count('idempotency_record', 'key = ?', [k])).toBe(1);
  });

  it(`records older than the retention period (${IDEMPOTENCY_RETENTION_DAYS} days) are pruned, newer ones kept`, async () => {
    const old = key();
    const fresh = key();
    await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('旧标识'), k: old });
    await s.as('jiaoyu.staff', CREATE_DOC, { i: DOC('新标识'), k: fresh });
    await s.sql(`update idempotency_record set created_at = now() - make_interval(days => ?) where key = ?`, [IDEMPOTENCY_RETENTION_DAYS + 1, old]);
    const pruned = await pruneIdempotencyRecords({ em: s.orm.em.fork() });
    expect(pruned).toBeGreaterThanOrEqual(1);
    expect(await count('idempotency_record', 'key = ?', [old])).toBe(0);
    expect(await count('idempotency_record', 'key = ?', [fresh])).toBe(1);
  });
});
