// Personal data is read only by those who need it, and every read is recorded: staff accounts by
// level, staff's network addresses in a document's history, citizens' contacts in an answered opinion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, demoUserId, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const day = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);

describe('staff accounts', () => {
  const USER = 'query($id:ID!){ user(id:$id){ id username phone } }';
  const USERS = 'query($u:ID){ users(filter:{ unitId: $u }, pageSize: 100){ total items { id username } } }';

  it("a leader reads the accounts of the own government's units, not those of a county", async () => {
    expect((await s.as('leader', USER, { id: demoUserId('jiaoyu.staff') })).data.user.username).toBe('jiaoyu.staff');
    expect(codeOf(await s.as('leader', USER, { id: demoUserId('shuangta.staff') }))).toBe('FORBIDDEN');
    const county = (await s.as('leader', USERS, { u: demoUnitId('shuangta.education') })).data.users;
    expect(county.total).toBe(0);
    const all = (await s.as('leader', USERS, { u: null })).data.users.items.map((u: any) => u.username);
    expect(all).toContain('jiaoyu.staff');
    expect(all).not.toContain('shuangta.staff');
    // the administrator still manages every account
    expect((await s.as('admin', USER, { id: demoUserId('shuangta.staff') })).data.user.username).toBe('shuangta.staff');
  });
});

describe("a document's history", () => {
  it("shows staff's network addresses only to those who may read the audit trail", async () => {
    const cookie = await s.login('jiaoyu.staff');
    const created = await s.gql(
      'mutation($i:DocumentInput!){ createDocument(input:$i){ id } }',
      { i: { kind: 'DEPARTMENT', title: '地址测试文件' } },
      { cookie, address: '10.20.30.40' },
    );
    const id = created.data.createDocument.id;
    const HISTORY = 'query($id:ID!){ documentHistory(id:$id){ action actorName address } }';
    for (const reader of ['jiaoyu.staff', 'jiaoyu.head', 'jiaoyu.gk']) {
      const history = (await s.as(reader, HISTORY, { id })).data.documentHistory;
      expect(history.map((h: any) => h.action)).toContain('PolicyDocument.create');
      expect(history.every((h: any) => h.address === null)).toBe(true);
    }
    const audit = (
      await s.as('admin', 'query($id:String){ auditRecords(filter:{ subjectType: "PolicyDocument", subjectId: $id }){ items { action address } } }', {
        id,
      })
    ).data.auditRecords.items;
    expect(audit.find((r: any) => r.action === 'PolicyDocument.create').address).toBe('10.20.30.40');
  });
});

describe("a citizen's contact", () => {
  const F = 'id version state';
  const T = (name: string) => `mutation($id:ID!,$v:Int!){ ${name}(id:$id, version:$v){ ${F} } }`;
  const reads = async (topicId: string) =>
    (
      await s.sql<{ n: number }>(
        `select coalesce(sum((after_data->>'count')::int), 0)::int as n from audit_record where action = 'Opinion.readContacts' and subject_id = ?`,
        [topicId],
      )
    )[0].n;

  it('is shown in an answered opinion to the undertaking unit only, and the read is recorded', async () => {
    let t = (
      await s.as('jiaoyu.staff', `mutation($i:TopicInput!){ createTopic(input:$i){ ${F} } }`, {
        i: {
          title: '联系方式测试议题',
          category: 'LIVELIHOOD',
          draft: '草案',
          decisionBasis: '依据',
          draftingExplanation: '说明',
          windowStart: day(0),
          windowEnd: day(9),
        },
      })
    ).data.createTopic;
    t = (await s.as('jiaoyu.staff', T('submitTopic'), { id: t.id, v: t.version })).data.submitTopic;
    t = (await s.as('mishuke', T('approveTopic'), { id: t.id, v: t.version })).data.approveTopic;
    t = (await s.as('egov', T('publishTopic'), { id: t.id, v: t.version })).data.publishTopic;
    const sent = await s.gql(
      'mutation($i:PublicOpinionInput!){ submitOpinion(input:$i){ receiptCode } }',
      { i: { topicId: t.id, content: '建议延长校车服务时间。', name: '王女士', contact: '13900001111', idempotencyKey: 'contact-test-0001' } },
      { address: '127.0.9.1' },
    );
    expect(sent.errors).toBeUndefined();
    await s.sql('update consultation_topic set window_start = ?, window_end = ? where id = ?', [day(-12), day(-1), t.id]);
    const [{ id }] = await s.sql<{ id: string }>('select id from opinion where topic_id = ?', [t.id]);

    const ANSWER = 'mutation($id:ID!,$i:AnswerInput!){ answerOpinion(id:$id, input:$i){ reply contact } }';
    const before = await reads(t.id);
    const answered = (await s.as('jiaoyu.staff', ANSWER, { id, i: { reasonable: true, adoption: 'ADOPTED', reply: '已采纳。' } })).data.answerOpinion;
    expect(answered.contact).toBe('13900001111');
    expect(await reads(t.id)).toBe(before + 1);
    const [record] = await s.sql<{ actor_id: string }>(
      `select actor_id from audit_record where action = 'Opinion.readContacts' and subject_id = ? order by seq_key desc limit 1`,
      [t.id],
    );
    expect(record.actor_id).toBe(demoUserId('jiaoyu.staff'));

    // the E-Government Center moderates opinions without their contacts; nothing is recorded for it
    const moderated = (await s.as('egov', 'query($t:ID!){ topicOpinions(topicId:$t){ contact } }', { t: t.id })).data.topicOpinions;
    expect(moderated.every((o: any) => o.contact === null)).toBe(true);
    expect(await reads(t.id)).toBe(before + 1);
  });
});
