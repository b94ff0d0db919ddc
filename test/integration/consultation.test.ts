import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const day = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);
const F = 'id version state minDays windowDays phase returnReason';
const CREATE = `mutation($i:TopicInput!){ createTopic(input:$i){ ${F} } }`;
const UPDATE = `mutation($id:ID!,$v:Int!,$i:TopicInput!){ updateTopic(id:$id, version:$v, input:$i){ ${F} } }`;
const T = (name: string, extra = '') => `mutation($id:ID!,$v:Int!${extra ? ',$r:String!' : ''}){ ${name}(id:$id, version:$v${extra}){ ${F} } }`;
const SUBMIT = T('submitTopic');
const APPROVE = T('approveTopic');
const RETURN = T('returnTopic', ', reason:$r');
const PUBLISH = T('publishTopic');
const RESULTS = T('publishTopicResults');
const MATERIALS = { draft: '草案', decisionBasis: '依据', draftingExplanation: '说明' };
const SUBMIT_OPINION = 'mutation($i:PublicOpinionInput!){ submitOpinion(input:$i){ receiptCode content } }';

type Topic = { id: string; version: number; state: string; minDays: number; windowDays: number; phase: string | null };
async function topic(input: Record<string, unknown>, user = 'jiaoyu.staff'): Promise<Topic> {
  const r = await s.as(user, CREATE, {
    i: { title: '测试议题', category: 'LIVELIHOOD', ...MATERIALS, windowStart: day(1), windowEnd: day(10), ...input },
  });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createTopic;
}
async function go(user: string, q: string, t: Topic, vars: Record<string, unknown> = {}): Promise<Topic> {
  const r = await s.as(user, q, { id: t.id, v: t.version, ...vars });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data)[0] as Topic;
}
/** A topic open for opinions now. */
async function openTopic(title = '开放议题'): Promise<Topic> {
  let t = await topic({ title, windowStart: day(0), windowEnd: day(9) });
  t = await go('jiaoyu.staff', SUBMIT, t);
  t = await go('mishuke', APPROVE, t);
  return go('egov', PUBLISH, t);
}
const closeWindow = (id: string) => s.sql(`update consultation_topic set window_start = ?, window_end = ? where id = ?`, [day(-12), day(-1), id]);
let keyCounter = 0;
const opinion = (topicId: string, content: string, address = '127.0.5.1', key = `test-key-${++keyCounter}-${Date.now()}`) =>
  s.gql(SUBMIT_OPINION, { i: { topicId, content, idempotencyKey: key } }, { address });

describe('the comment window', () => {
  it('is at least 30 days for a major administrative decision (the parameter in force), shorter only with a published reason', async () => {
    const t = await topic({ category: 'MAJOR_DECISION_POLICY', windowStart: day(1), windowEnd: day(20) });
    expect(t.minDays).toBe(30);
    const short = await s.as('jiaoyu.staff', SUBMIT, { id: t.id, v: t.version });
    expect(codeOf(short)).toBe('WINDOW_TOO_SHORT');
    expect(short.errors![0].message).toContain('30');
    const withReason = (
      await s.as('jiaoyu.staff', UPDATE, {
        id: t.id,
        v: t.version,
        i: {
          title: '测试议题',
          category: 'MAJOR_DECISION_POLICY',
          ...MATERIALS,
          windowStart: day(1),
          windowEnd: day(20),
          shortWindowReason: '时间紧迫，特此说明',
        },
      })
    ).data.updateTopic;
    expect((await go('jiaoyu.staff', SUBMIT, withReason)).state).toBe('SUBMITTED');
  });

  it('is at least 5 days otherwise, with no shortening', async () => {
    const t = await topic({ windowStart: day(1), windowEnd: day(4), shortWindowReason: '想缩短' });
    expect(t.minDays).toBe(5);
    expect(t.windowDays).toBe(4);
    expect(codeOf(await s.as('jiaoyu.staff', SUBMIT, { id: t.id, v: t.version }))).toBe('WINDOW_TOO_SHORT');
    const five = await topic({ windowStart: day(1), windowEnd: day(5) });
    expect((await go('jiaoyu.staff', SUBMIT, five)).state).toBe('SUBMITTED');
  });

  it('a major decision created under the 2017 rules has 15 days and no shortening, whatever the reason (the exception dates from 2019-09-01)', async () => {
    const t = await topic({ category: 'MAJOR_DECISION_POLICY', windowStart: day(1), windowEnd: day(10), shortWindowReason: '时间紧迫，特此说明' });
    await s.sql(`update consultation_topic set created_at = '2018-06-01T10:00:00+08:00', min_days = 15 where id = ?`, [t.id]);
    const refused = await s.as('jiaoyu.staff', SUBMIT, { id: t.id, v: t.version });
    expect(codeOf(refused)).toBe('WINDOW_TOO_SHORT');
    expect(refused.errors![0].message).toContain('不允许缩短');
    await s.sql('update consultation_topic set window_end = ? where id = ?', [day(15), t.id]);
    expect((await go('jiaoyu.staff', SUBMIT, t)).state).toBe('SUBMITTED');
    // the parameter answers by date
    const VALUE = 'query($k:String!,$d:String!){ parameterValue(key:$k, date:$d){ value } }';
    expect((await s.as('gongkaiban', VALUE, { k: 'consultation.majorDecision.shorteningAllowed', d: '2019-08-31' })).data.parameterValue.value).toBe(
      'false',
    );
    expect((await s.as('gongkaiban', VALUE, { k: 'consultation.majorDecision.shorteningAllowed', d: '2019-09-01' })).data.parameterValue.value).toBe(
      'true',
    );
  });

  it('needs the draft, the decision basis and the drafting explanation, and a window not yet begun', async () => {
    const t = await topic({ decisionBasis: null });
    const r = await s.as('jiaoyu.staff', SUBMIT, { id: t.id, v: t.version });
    expect(codeOf(r)).toBe('MATERIALS_REQUIRED');
    expect(r.errors![0].extensions!.field).toBe('decisionBasis');
    const past = await topic({ windowStart: day(-1), windowEnd: day(10) });
    expect(codeOf(await s.as('jiaoyu.staff', SUBMIT, { id: past.id, v: past.version }))).toBe('WINDOW_IN_PAST');
  });

  it('a topic kept confidential by law is exempt, with its reason, and is not put to the public', async () => {
    const noReason = await s.as('jiaoyu.staff', CREATE, { i: { title: '保密议题', category: 'OTHER', exempt: true } });
    expect(codeOf(noReason)).toBe('EXEMPT_REASON_REQUIRED');
    const t = await topic({ exempt: true, exemptReason: '涉及国家秘密' });
    expect(codeOf(await s.as('jiaoyu.staff', SUBMIT, { id: t.id, v: t.version }))).toBe('TOPIC_EXEMPT');
  });
});

describe('review and publication', () => {
  it('the Secretariat returns with a reason, approves, and the E-Government Center publishes; the window opens by the calendar', async () => {
    let t = await topic({ windowStart: day(2), windowEnd: day(12) });
    t = await go('jiaoyu.staff', SUBMIT, t);
    expect(codeOf(await s.as('mishuke', RETURN, { id: t.id, v: t.version, r: ' ' }))).toBe('RETURN_REASON_REQUIRED');
    t = await go('mishuke', RETURN, t, { r: '请补充起草说明' });
    expect(t).toMatchObject({ state: 'RETURNED', returnReason: '请补充起草说明' });
    t = await go('jiaoyu.staff', SUBMIT, t);
    expect(codeOf(await s.as('jiaoyu.staff', APPROVE, { id: t.id, v: t.version }))).toBe('FORBIDDEN');
    t = await go('mishuke', APPROVE, t);
    expect(
      (await s.as('egov', '{ myTodos { kind subjectId } }')).data.myTodos.some((x: any) => x.subjectId === t.id && x.kind === 'consultation.publish'),
    ).toBe(true);
    t = await go('egov', PUBLISH, t);
    expect(t).toMatchObject({ state: 'PUBLISHED', phase: 'UPCOMING' });
    const pub = (await s.gql('{ publicConsultations(phase: UPCOMING, pageSize: 100){ items { id phase } } }')).data.publicConsultations.items;
    expect(pub.some((x: any) => x.id === t.id)).toBe(true);
    await s.sql('update consultation_topic set window_start = ? where id = ?', [day(0), t.id]);
    expect((await s.gql('query($id:ID!){ publicConsultation(id:$id){ phase } }', { id: t.id })).data.publicConsultation.phase).toBe('OPEN');
  });

  it('publication counts the days the public actually has: too few left against the minimum is refused', async () => {
    let t = await topic({ windowStart: day(1), windowEnd: day(10) });
    t = await go('jiaoyu.staff', SUBMIT, t);
    t = await go('mishuke', APPROVE, t);
    // approved for a window that has since half run out: published today, the public has 3 days of 5
    await s.sql('update consultation_topic set window_start = ?, window_end = ? where id = ?', [day(-7), day(2), t.id]);
    const late = await s.as('egov', PUBLISH, { id: t.id, v: t.version });
    expect(codeOf(late)).toBe('PUBLIC_WINDOW_TOO_SHORT');
    expect(late.errors![0].message).toContain('3日');
    await s.sql('update consultation_topic set window_end = ? where id = ?', [day(4), t.id]);
    expect((await go('egov', PUBLISH, t)).state).toBe('PUBLISHED');
  });

  it('a window lawfully shortened with its reason must reach the public in full', async () => {
    let t = await topic({ category: 'MAJOR_DECISION_POLICY', windowStart: day(1), windowEnd: day(20), shortWindowReason: '时间紧迫，特此说明' });
    t = await go('jiaoyu.staff', SUBMIT, t);
    t = await go('mishuke', APPROVE, t);
    await s.sql('update consultation_topic set window_start = ?, window_end = ? where id = ?', [day(-2), day(17), t.id]);
    expect(codeOf(await s.as('egov', PUBLISH, { id: t.id, v: t.version }))).toBe('PUBLIC_WINDOW_TOO_SHORT');
    await s.sql('update consultation_topic set window_start = ?, window_end = ? where id = ?', [day(0), day(19), t.id]);
    expect((await go('egov', PUBLISH, t)).state).toBe('PUBLISHED');
  });

  it('a unit never reviews its own topic, even when its staff hold the Secretariat role', async () => {
    const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'mishuke'`);
    await s.sql(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), 'msk.both', '秘书科兼经办', ?, '{SECRETARIAT,DEPARTMENT_STAFF}', ?)`,
      [demoUnitId('secretariat'), password_hash],
    );
    let t = await topic({ title: '秘书科自己的议题' }, 'msk.both');
    t = await go('msk.both', SUBMIT, t);
    expect(codeOf(await s.as('msk.both', APPROVE, { id: t.id, v: t.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('mishuke', APPROVE, { id: t.id, v: t.version }))).toBe('FORBIDDEN');
  });
});

describe('opinions from the public', () => {
  it('are accepted only while the window is open, within length limits', async () => {
    const t = await openTopic('征集中议题A');
    const ok = await opinion(t.id, '建议增加公交线路。');
    expect(ok.data.submitOpinion.receiptCode).toMatch(/^YJ\d{8}-[A-Z2-9]{6}$/);
    expect(codeOf(await opinion(t.id, '短'))).toBe('OPINION_LENGTH');
    expect(codeOf(await opinion(t.id, '长'.repeat(5001)))).toBe('OPINION_LENGTH');
    await closeWindow(t.id);
    const late = await opinion(t.id, '征集结束后提交的意见。');
    expect(codeOf(late)).toBe('CONSULTATION_NOT_OPEN');
    const upcoming = await openTopic('征集中议题B');
    await s.sql('update consultation_topic set window_start = ? where id = ?', [day(3), upcoming.id]);
    expect(codeOf(await opinion(upcoming.id, '尚未开始就提交的意见。'))).toBe('CONSULTATION_NOT_OPEN');
  });

  it('a retried submit with the same key never duplicates, even when the retries race', async () => {
    const t = await openTopic('幂等议题');
    const key = 'same-key-0123456789';
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => opinion(t.id, '同一条意见，重复提交。', `127.0.6.${i}`, key)));
    const codes = new Set(results.map((r) => r.data?.submitOpinion.receiptCode));
    expect(codes.size).toBe(1);
    expect([...codes][0]).toMatch(/^YJ\d{8}-[A-Z2-9]{6}$/);
    const [{ n }] = await s.sql('select count(*)::int as n from opinion where topic_id = ?', [t.id]);
    expect(n).toBe(1);
  });

  it('limits how many opinions one address sends in ten minutes', async () => {
    const t = await openTopic('限流议题');
    for (let i = 0; i < 10; i++) expect(codeOf(await opinion(t.id, `第${i}条意见内容。`, '127.0.7.7'))).toBeUndefined();
    expect(codeOf(await opinion(t.id, '第十一条意见内容。', '127.0.7.7'))).toBe('TOO_MANY_OPINIONS');
    expect(codeOf(await opinion(t.id, '另一个地址的意见。', '127.0.7.8'))).toBeUndefined();
  });

  it('holds the limit when one address sends many at the same moment', async () => {
    const t = await openTopic('并发限流议题');
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => opinion(t.id, `同时提交的第${i}条意见。`, '127.0.8.8')));
    expect(results.filter((r) => r.data?.submitOpinion)).toHaveLength(10);
    expect(results.filter((r) => codeOf(r) === 'TOO_MANY_OPINIONS')).toHaveLength(20);
    const [{ n }] = await s.sql(`select count(*)::int as n from opinion where topic_id = ? and address = '127.0.8.8'`, [t.id]);
    expect(n).toBe(10);
  });
});

describe('answers and results', () => {
  it('computes the adoption and reply rates from the answers, on a hand-counted set, and publishes them', async () => {
    const t = await openTopic('结果议题');
    const ids: string[] = [];
    for (const c of ['意见甲：建议采纳的意见。', '意见乙：合理但未采纳。', '意见丙：不合理的意见。', '意见丁：含辱骂内容的意见。']) {
      await opinion(t.id, c);
    }
    const list = (await s.as('jiaoyu.staff', 'query($t:ID!){ topicOpinions(topicId:$t){ id content } }', { t: t.id })).data.topicOpinions;
    for (const c of ['意见甲', '意见乙', '意见丙', '意见丁']) ids.push(list.find((o: any) => o.content.startsWith(c)).id);
    // moderation: only the E-Government Center hides, with a reason; the opinion stays in the database
    const MOD = 'mutation($id:ID!,$r:String){ moderateOpinion(id:$id, hidden:true, reason:$r){ hidden } }';
    expect(codeOf(await s.as('jiaoyu.staff', MOD, { id: ids[3], r: '辱骂' }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('egov', MOD, { id: ids[3], r: null }))).toBe('RETURN_REASON_REQUIRED');
    expect((await s.as('egov', MOD, { id: ids[3], r: '含有辱骂内容' })).data.moderateOpinion.hidden).toBe(true);
    const visible = (await s.gql('query($id:ID!){ publicConsultation(id:$id){ opinions { content } } }', { id: t.id })).data.publicConsultation
      .opinions;
    expect(visible.map((o: any) => o.content)).not.toContain('意见丁：含辱骂内容的意见。');

    const ANSWER = 'mutation($id:ID!,$i:AnswerInput!){ answerOpinion(id:$id, input:$i){ reasonable adoption } }';
    expect(codeOf(await s.as('jiaoyu.staff', ANSWER, { id: ids[0], i: { reasonable: true, adoption: 'ADOPTED', reply: '采纳' } }))).toBe(
      'WINDOW_NOT_CLOSED',
    );
    await closeWindow(t.id);
    expect(codeOf(await s.as('jiaoyu.staff', ANSWER, { id: ids[0], i: { reasonable: true, reply: '采纳' } }))).toBe('ADOPTION_REQUIRED');
    expect(codeOf(await s.as('jiaoyu.staff', ANSWER, { id: ids[0], i: { reasonable: true, adoption: 'ADOPTED', reply: ' ' } }))).toBe(
      'REPLY_REQUIRED',
    );
    await s.as('jiaoyu.staff', ANSWER, { id: ids[0], i: { reasonable: true, adoption: 'ADOPTED', reply: '已采纳。' } });
    await s.as('jiaoyu.staff', ANSWER, { id: ids[1], i: { reasonable: true, adoption: 'NOT_ADOPTED', reply: '因财力所限暂不采纳。' } });

    let cur = (await s.as('jiaoyu.staff', 'query($id:ID!){ consultationTopic(id:$id){ id version } }', { id: t.id })).data.consultationTopic;
    expect(codeOf(await s.as('jiaoyu.staff', RESULTS, { id: cur.id, v: cur.version }))).toBe('SUMMARY_REQUIRED');
    cur = (
      await s.as('jiaoyu.staff', 'mutation($id:ID!,$v:Int!){ saveTopicSummary(id:$id, version:$v, summary:"共收到意见3条"){ id version } }', {
        id: cur.id,
        v: cur.version,
      })
    ).data.saveTopicSummary;
    const unanswered = await s.as('jiaoyu.staff', RESULTS, { id: cur.id, v: cur.version });
    expect(codeOf(unanswered)).toBe('OPINIONS_UNANSWERED');
    expect(unanswered.errors![0].message).toContain('1条');
    await s.as('jiaoyu.staff', ANSWER, { id: ids[2], i: { reasonable: false, reply: '感谢关注。' } });
    expect((await go('jiaoyu.staff', RESULTS, cur as Topic)).state).toBe('RESULTS_PUBLISHED');

    // three visible opinions, two reasonable, one of them adopted; all three answered
    const pub = (
      await s.gql(
        'query($id:ID!){ publicConsultation(id:$id){ resultsPublished summary rates { opinionCount reasonableCount adoptedCount adoptionRate replyRate } opinions { adoption reply } } }',
        { id: t.id },
      )
    ).data.publicConsultation;
    expect(pub.rates).toEqual({ opinionCount: 3, reasonableCount: 2, adoptedCount: 1, adoptionRate: 0.5, replyRate: 1 });
    expect(pub.opinions.every((o: any) => o.reply)).toBe(true);
  });

  it("the notice's own consultation (2017) shows its results: 3 of 3 reasonable opinions adopted in whole or part", async () => {
    const items = (await s.gql('{ publicConsultations(phase: CLOSED, pageSize: 100){ items { id title windowStart windowEnd } } }')).data
      .publicConsultations.items;
    const notice = items.find((x: any) => x.title.includes('关于建立政务公开工作制度的通知'));
    expect(notice).toMatchObject({ windowStart: '2017-03-28', windowEnd: '2017-04-10' });
    const rates = (
      await s.gql('query($id:ID!){ publicConsultation(id:$id){ rates { opinionCount reasonableCount adoptedCount adoptionRate replyRate } } }', {
        id: notice.id,
      })
    ).data.publicConsultation.rates;
    expect(rates).toEqual({ opinionCount: 4, reasonableCount: 3, adoptedCount: 3, adoptionRate: 1, replyRate: 1 });
  });

  it('a receipt code finds the opinion, with its answer once the results are out; contacts stay with the handling unit', async () => {
    const t = await openTopic('回执议题');
    const r = await s.gql(SUBMIT_OPINION, {
      i: { topicId: t.id, content: '请公开收费明细。', name: '王先生', contact: '13900000000', idempotencyKey: `receipt-key-${Date.now()}` },
    });
    const code = r.data.submitOpinion.receiptCode;
    const found = (await s.gql('query($c:String!){ opinionReceipt(code:$c){ content reply } }', { c: code })).data.opinionReceipt;
    expect(found).toEqual({ content: '请公开收费明细。', reply: null });
    const asUnit = (await s.as('jiaoyu.staff', 'query($t:ID!){ topicOpinions(topicId:$t){ contact } }', { t: t.id })).data.topicOpinions[0];
    expect(asUnit.contact).toBe('13900000000');
    // the read of personal data is in the audit trail
    const [{ n }] = await s.sql(
      `select count(*)::int as n from audit_record where action = 'Opinion.readContacts' and subject_id = ? and actor_name = '刘经办'`,
      [t.id],
    );
    expect(n).toBe(1);
    const asEgov = (await s.as('egov', 'query($t:ID!){ topicOpinions(topicId:$t){ contact } }', { t: t.id })).data.topicOpinions[0];
    expect(asEgov.contact).toBeNull();
    const pub = (await s.gql('query($id:ID!){ publicConsultation(id:$id){ opinions { authorName } } }', { id: t.id })).data.publicConsultation
      .opinions[0];
    expect(pub).toEqual({ authorName: '王先生' });
  });
});

describe('hearings, polls and symposiums', () => {
  const ADD = 'mutation($t:ID!,$i:EventInput!){ addConsultationEvent(topicId:$t, input:$i){ id leadDays } }';
  const DELIVER = 'mutation($e:ID!,$i:DeliveryInput!){ recordMaterialDelivery(eventId:$e, input:$i){ late lateReason } }';

  it('materials reach hearing representatives 7 days before (the 2019 rule in force), symposium ones 5 days before', async () => {
    const t = await openTopic('听证议题');
    const hearing = (await s.as('jiaoyu.staff', ADD, { t: t.id, i: { form: 'HEARING', date: day(20), place: '市政府第一会议室' } })).data
      .addConsultationEvent;
    expect(hearing.leadDays).toBe(7);
    const late = await s.as('jiaoyu.staff', DELIVER, { e: hearing.id, i: { representative: '张代表', deliveredOn: day(14) } });
    expect(codeOf(late)).toBe('MATERIALS_LATE');
    expect(late.errors![0].message).toContain(day(13));
    expect(
      (await s.as('jiaoyu.staff', DELIVER, { e: hearing.id, i: { representative: '张代表', deliveredOn: day(13) } })).data.recordMaterialDelivery,
    ).toEqual({ late: false, lateReason: null });
    const flagged = (
      await s.as('jiaoyu.staff', DELIVER, { e: hearing.id, i: { representative: '李代表', deliveredOn: day(15), lateReason: '代表临时增补' } })
    ).data.recordMaterialDelivery;
    expect(flagged).toEqual({ late: true, lateReason: '代表临时增补' });

    const symposium = (await s.as('jiaoyu.staff', ADD, { t: t.id, i: { form: 'SYMPOSIUM', date: day(20) } })).data.addConsultationEvent;
    expect(symposium.leadDays).toBe(5);
    expect(codeOf(await s.as('jiaoyu.staff', DELIVER, { e: symposium.id, i: { representative: '王代表', deliveredOn: day(16) } }))).toBe(
      'MATERIALS_LATE',
    );
    expect(codeOf(await s.as('jiaoyu.staff', DELIVER, { e: symposium.id, i: { representative: '王代表', deliveredOn: day(15) } }))).toBeUndefined();
    const poll = (await s.as('jiaoyu.staff', ADD, { t: t.id, i: { form: 'POLL', date: day(20) } })).data.addConsultationEvent;
    expect(codeOf(await s.as('jiaoyu.staff', DELIVER, { e: poll.id, i: { representative: '某', deliveredOn: day(19) } }))).toBe(
      'DELIVERY_NOT_NEEDED',
    );
    const pub = (await s.gql('query($id:ID!){ publicConsultation(id:$id){ events { form } } }', { id: t.id })).data.publicConsultation.events.map(
      (e: any) => e.form,
    );
    expect(pub).toEqual(['HEARING', 'SYMPOSIUM', 'POLL']);
  });
});

describe("the topic's files", () => {
  it('the unit attaches files to its topic; once published anyone downloads them, before that only the unit', async () => {
    let t = await topic({ title: '附件议题', windowStart: day(0), windowEnd: day(9) });
    const cookie = await s.login('jiaoyu.staff');
    const boundary = '----gkt';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nConsultationTopic\r\n--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${t.id}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="起草说明.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 explanation\r\n--${boundary}--\r\n`;
    const up = await s.app.inject({
      method: 'POST',
      url: '/files',
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    expect(up.statusCode).toBe(200);
    const url = up.json().url;
    expect((await s.app.inject({ url })).statusCode).toBe(401);
    t = await go('jiaoyu.staff', SUBMIT, t);
    t = await go('mishuke', APPROVE, t);
    t = await go('egov', PUBLISH, t);
    const pub = (await s.gql('query($id:ID!){ publicConsultation(id:$id){ undertakingUnitName attachments { fileName url } } }', { id: t.id })).data
      .publicConsultation;
    expect(pub).toEqual({ undertakingUnitName: '朝阳市教育局', attachments: [{ fileName: '起草说明.pdf', url }] });
    const dl = await s.app.inject({ url });
    expect(dl.statusCode).toBe(200);
    expect(dl.body).toBe('%PDF-1.4 explanation');
    // public: caches may keep it; the unit's own download stays private
    expect(dl.headers['cache-control']).toBe('public, max-age=3600');
    expect((await s.app.inject({ url, headers: { cookie } })).headers['cache-control']).toBe('private, no-store');
  });
});

describe('rates on a list', () => {
  it('each topic of a list gets its own figures, loaded together', async () => {
    const items = (await s.as('jiaoyu.staff', '{ consultationTopics(pageSize: 100){ items { title rates { opinionCount } } } }')).data
      .consultationTopics.items;
    const open = items.find((t: any) => t.title === '朝阳市普惠性幼儿园认定和扶持办法（征求意见稿）');
    expect(open.rates.opinionCount).toBe(3);
    const draft = items.find((t: any) => t.title === '朝阳市中小学课后服务收费管理办法（草案）');
    expect(draft.rates.opinionCount).toBe(0);
    expect(items.length).toBeGreaterThan(5);
  });
});

describe('the dashboard figures', () => {
  const FIGURES = `{ consultationFigures {
    byState { state count }
    mostOpinions { title rates { opinionCount } }
    closedTopics { title state windowEnd rates { opinionCount reasonableCount adoptedCount repliedCount adoptionRate replyRate } }
    closedRates { opinionCount reasonableCount adoptedCount repliedCount adoptionRate replyRate } } }`;
  const CLOSED_DEMO = '朝阳市城乡居民最低生活保障审核确认办法（征求意见稿）';

  it('count what each user may read, and compute the rates of the closed topics from the answers', async () => {
    // the Civil Affairs Bureau reads only its own topic: closed yesterday, four portal opinions, none answered yet
    const first = await s.as('minzheng.staff', FIGURES);
    if (!first.data) throw new Error(JSON.stringify(first.errors));
    let civil = first.data.consultationFigures;
    expect(civil.byState).toEqual([{ state: 'PUBLISHED', count: 1 }]);
    expect(civil.mostOpinions).toEqual([{ title: CLOSED_DEMO, rates: { opinionCount: 4 } }]);
    expect(civil.closedTopics).toEqual([
      {
        title: CLOSED_DEMO,
        state: 'PUBLISHED',
        windowEnd: day(-1),
        rates: { opinionCount: 4, reasonableCount: 0, adoptedCount: 0, repliedCount: 0, adoptionRate: null, replyRate: 0 },
      },
    ]);

    // two answered: one reasonable and partly adopted, one not reasonable → 1 of 1 reasonable adopted, 2 of 4 replied
    const ids = (
      await s.as('minzheng.staff', 'query($t:ID!){ consultationTopic(id:$t){ id } topicOpinions(topicId:$t){ id } }', {
        t: (await s.sql(`select id from consultation_topic where title = ?`, [CLOSED_DEMO]))[0].id,
      })
    ).data.topicOpinions.map((o: any) => o.id);
    const ANSWER = 'mutation($id:ID!,$i:AnswerInput!){ answerOpinion(id:$id, input:$i){ id } }';
    expect(
      codeOf(
        await s.as('minzheng.staff', ANSWER, {
          id: ids[0],
          i: { reasonable: true, adoption: 'PARTLY_ADOPTED', reply: '部分采纳，时限缩短为15个工作日。' },
        }),
      ),
    ).toBeUndefined();
    expect(codeOf(await s.as('minzheng.staff', ANSWER, { id: ids[1], i: { reasonable: false, reply: '感谢您的关注。' } }))).toBeUndefined();
    civil = (await s.as('minzheng.staff', FIGURES)).data.consultationFigures;
    const rates = { opinionCount: 4, reasonableCount: 1, adoptedCount: 1, repliedCount: 2, adoptionRate: 1, replyRate: 0.5 };
    expect(civil.closedTopics[0].rates).toEqual(rates);
    expect(civil.closedRates).toEqual(rates);

    // the Education Bureau sees its own topics in every state, not the Civil Affairs one
    const education = (await s.as('jiaoyu.staff', FIGURES)).data.consultationFigures;
    expect(education.closedTopics.map((t: any) => t.title)).not.toContain(CLOSED_DEMO);
    const states = Object.fromEntries(education.byState.map((x: any) => [x.state, x.count]));
    expect(states.DRAFT).toBeGreaterThanOrEqual(1);
    expect(states.RETURNED).toBeGreaterThanOrEqual(1);
    // the Secretariat sees every unit's topics past the draft, never a draft
    const secretariat = (await s.as('mishuke', FIGURES)).data.consultationFigures;
    expect(secretariat.byState.map((x: any) => x.state)).not.toContain('DRAFT');
    expect(secretariat.closedTopics.map((t: any) => t.title)).toContain(CLOSED_DEMO);
    // the notice's 2017 consultation counts among the closed ones: 4 opinions, 3 reasonable, 3 adopted, 4 replied
    const notice = secretariat.closedTopics.find((t: any) => t.title.includes('关于建立政务公开工作制度的通知'));
    expect(notice.rates).toEqual({ opinionCount: 4, reasonableCount: 3, adoptedCount: 3, repliedCount: 4, adoptionRate: 1, replyRate: 1 });
  });

  it('are refused to whoever may read no topic', async () => {
    expect(codeOf(await s.as('tousu', FIGURES))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(FIGURES))).toBe('UNAUTHENTICATED');
  });
});
