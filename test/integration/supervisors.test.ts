import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, demoUserId, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const ROSTER = '{ supervisors { total inTerm target items { id name organisation category termStart termEnd inTerm contact userId version } } }';
const CREATE = 'mutation($i:SupervisorInput!){ createSupervisor(input:$i){ id version contact termStart termEnd userId } }';
const UPDATE = 'mutation($id:ID!,$v:Int!,$i:SupervisorInput!){ updateSupervisor(id:$id, version:$v, input:$i){ id version termStart termEnd } }';
const FILE =
  'mutation($i:FeedbackInput!){ fileSupervisorFeedback(input:$i){ id version state filedOn dueOn answerWorkingDays overdue supervisorName targetUnitId } }';
const ANSWER =
  'mutation($id:ID!,$v:Int!,$a:String!){ answerSupervisorFeedback(id:$id, version:$v, answer:$a){ id version state answer answeredByName answeredLate } }';
const RATE =
  'mutation($id:ID!,$v:Int!,$r:FeedbackRating!,$c:String){ rateSupervisorFeedback(id:$id, version:$v, rating:$r, comment:$c){ id version state rating } }';
const REOPEN =
  'mutation($id:ID!,$v:Int!,$r:String!){ reopenSupervisorFeedback(id:$id, version:$v, reason:$r){ id version state dueOn reopenCount answer } }';
const LIST = 'query($f:FeedbackFilter){ supervisorFeedbacks(filter:$f, pageSize: 100){ total items { id title state overdue targetUnitId } } }';
const STATS = `query($y:Int){ supervisorFeedbackStats(year:$y){
  total { filed answered answeredOnTime overdueOpen rated satisfied basicallySatisfied dissatisfied onTimeRate satisfactionRate }
  byUnit { key name filed answered answeredOnTime overdueOpen rated satisfied basicallySatisfied dissatisfied onTimeRate satisfactionRate }
  bySupervisor { key name filed answered answeredOnTime overdueOpen rated satisfied basicallySatisfied dissatisfied onTimeRate satisfactionRate } } }`;
const MEDIA = 'jiandu.meiti';

const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
const year = () => Number(shanghaiToday().slice(0, 4));
const workingDaysAfter = async (date: string, days: number) =>
  (await s.gql('query($d:String!,$n:Int!){ addWorkingDays(date:$d, days:$n) }', { d: date, n: days })).data.addWorkingDays as string;
const supervisorInput = (over: Record<string, unknown> = {}) => ({
  name: '林晓燕',
  organisation: '朝阳市总工会',
  category: 'TRADE_UNION',
  termStart: `${year() - 1}-01-01`,
  termEnd: `${year() + 1}-12-31`,
  contact: '13904210099',
  ...over,
});
async function file(username: string, unit: string, over: Record<string, unknown> = {}) {
  const r = await s.as(username, FILE, {
    i: {
      targetUnitId: demoUnitId(unit),
      kind: 'SUGGESTION',
      title: '建议公开政策执行情况',
      content: '建议在门户网站定期公开政策执行情况和评估结果。',
      ...over,
    },
  });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.fileSupervisorFeedback;
}
const todosOf = async (username: string) =>
  (await s.as(username, '{ myTodos { kind subjectId overdue dueAt } }')).data.myTodos as {
    kind: string;
    subjectId: string;
    overdue: boolean;
    dueAt: string | null;
  }[];

describe('statistics per unit and per supervisor (on the demo data, then one late answer)', () => {
  it('counts filed, answered, on time, overdue open and satisfaction in SQL, over what the user may read', async () => {
    // the demo data: 陈立新 (jianduyuan) filed 4 — education new, civil overdue, civil answered, education reopened;
    // 周敏 filed 2 — education rated satisfied, 双塔区教育局 rated basically satisfied; every answer on time
    const stats = (await s.as('gongkaiban', STATS)).data.supervisorFeedbackStats;
    expect(stats.total).toEqual({
      filed: 6,
      answered: 3,
      answeredOnTime: 3,
      overdueOpen: 1,
      rated: 2,
      satisfied: 1,
      basicallySatisfied: 1,
      dissatisfied: 0,
      // three answered on time, and one past its day unanswered: not 100%
      onTimeRate: 0.75,
      satisfactionRate: 1,
    });
    const unit = (key: string) => stats.byUnit.find((r: any) => r.key === demoUnitId(key));
    expect(unit('education')).toMatchObject({
      name: '朝阳市教育局',
      filed: 3,
      answered: 1,
      answeredOnTime: 1,
      overdueOpen: 0,
      rated: 1,
      satisfied: 1,
      satisfactionRate: 1,
    });
    expect(unit('civil')).toMatchObject({ filed: 2, answered: 1, answeredOnTime: 1, overdueOpen: 1, rated: 0, satisfactionRate: null });
    // a county unit, addressed by a supervisor of the city's registry: the city's Disclosure Office sees it too
    expect(unit('shuangta.education')).toMatchObject({ filed: 1, answered: 1, rated: 1, basicallySatisfied: 1, satisfactionRate: 1 });
    const lawyer = stats.bySupervisor.find((r: any) => r.name === '陈立新');
    const journalist = stats.bySupervisor.find((r: any) => r.name === '周敏');
    expect(lawyer).toMatchObject({ filed: 4, answered: 1, overdueOpen: 1, rated: 0, satisfactionRate: null });
    expect(journalist).toMatchObject({ filed: 2, answered: 2, answeredOnTime: 2, rated: 2, satisfied: 1, basicallySatisfied: 1 });

    // one more item to 民政局, filed 40 days ago and answered today (late), then rated dissatisfied
    const f = await file(MEDIA, 'civil', { kind: 'FEEDBACK', title: '社会组织年检结果未公开' });
    const filedOn = shift(shanghaiToday(), -40);
    const dueOn = await workingDaysAfter(filedOn, 15);
    await s.sql('update supervisor_feedback set filed_on = ?, due_on = ? where id = ?', [filedOn, dueOn, f.id]);
    const answered = (await s.as('minzheng.staff', ANSWER, { id: f.id, v: f.version, a: '已在网站公开2025年度年检结果。' })).data
      .answerSupervisorFeedback;
    expect(answered.answeredLate).toBe(true);
    await s.as(MEDIA, RATE, { id: f.id, v: answered.version, r: 'DISSATISFIED', c: '答复超期' });

    const after = (await s.as('gongkaiban', STATS)).data.supervisorFeedbackStats;
    expect(after.total).toMatchObject({ filed: 7, answered: 4, answeredOnTime: 3, rated: 3, satisfied: 1, basicallySatisfied: 1, dissatisfied: 1 });
    expect(after.total.onTimeRate).toBeCloseTo(3 / 5);
    expect(after.total.satisfactionRate).toBeCloseTo(2 / 3);
    expect(after.byUnit.find((r: any) => r.key === demoUnitId('civil'))).toMatchObject({
      filed: 3,
      answered: 2,
      answeredOnTime: 1,
      overdueOpen: 1,
      onTimeRate: 1 / 3,
      rated: 1,
      dissatisfied: 1,
      satisfactionRate: 0,
    });
    expect(after.bySupervisor.find((r: any) => r.name === '周敏')).toMatchObject({
      filed: 3,
      answered: 3,
      answeredOnTime: 2,
      rated: 3,
      dissatisfied: 1,
    });

    // a unit sees its own figures only; a supervisor their own
    const civil = (await s.as('minzheng.staff', STATS)).data.supervisorFeedbackStats;
    expect(civil.total).toMatchObject({ filed: 3, answered: 2 });
    expect(civil.byUnit.map((r: any) => r.key)).toEqual([demoUnitId('civil')]);
    expect((await s.as(MEDIA, STATS)).data.supervisorFeedbackStats.total).toMatchObject({ filed: 3, rated: 3 });
    // by year of filing
    expect((await s.as('gongkaiban', STATS, { y: 2001 })).data.supervisorFeedbackStats.total).toMatchObject({
      filed: 0,
      onTimeRate: null,
      satisfactionRate: null,
    });
    expect(codeOf(await s.as('gongkaiban', STATS, { y: 1999 }))).toBe('FEEDBACK_YEAR_INVALID');
  });
});

describe('the registry of supervisors', () => {
  it('shows the count in term against the target in force; contact for the Disclosure Office only', async () => {
    const roster = (await s.as('gongkaiban', ROSTER)).data.supervisors;
    // 19 of the current term and 2 former members
    expect(roster).toMatchObject({ total: 21, inTerm: 19, target: 20 });
    const lawyer = roster.items.find((x: any) => x.userId === demoUserId('jianduyuan'));
    expect(lawyer).toMatchObject({ name: '陈立新', category: 'LAW_FIRM', inTerm: true, contact: '13841210011' });
    expect(roster.items.filter((x: any) => !x.inTerm)).toHaveLength(2);

    // reading the contacts is recorded
    const [{ n }] = await s.sql(`select count(*)::int as n from audit_record where action = 'Supervisor.readContacts' and actor_name = '王公开'`);
    expect(n).toBeGreaterThan(0);
    const leader = (await s.as('leader', ROSTER)).data.supervisors;
    const [{ byLeader }] = await s.sql(
      `select count(*)::int as "byLeader" from audit_record where action = 'Supervisor.readContacts' and actor_name = '李组长'`,
    );
    expect(byLeader).toBe(0);
    expect(leader.total).toBe(21);
    expect(leader.items.every((x: any) => x.contact === null)).toBe(true);
    const NOTES = '{ supervisors { items { note } } }';
    expect((await s.as('gongkaiban', NOTES)).data.supervisors.items.some((x: any) => x.note === '任期届满，未续聘')).toBe(true);
    expect((await s.as('leader', NOTES)).data.supervisors.items.every((x: any) => x.note === null)).toBe(true);
    expect((await s.as('jianduyuan', '{ mySupervisor { note } }')).data.mySupervisor.note).toBeNull();
    const mine = (await s.as('jianduyuan', '{ mySupervisor { id name termEnd contact } }')).data.mySupervisor;
    expect(mine).toMatchObject({ id: lawyer.id, name: '陈立新', contact: null });
    expect((await s.as('jianduyuan', 'query($id:ID!){ supervisor(id:$id){ contact } }', { id: lawyer.id })).data.supervisor.contact).toBeNull();
    expect((await s.as('jiaoyu.staff', '{ mySupervisor { id } }')).data.mySupervisor).toBeNull();
    expect(codeOf(await s.as('jiaoyu.staff', ROSTER))).toBe('FORBIDDEN');
    expect(
      codeOf(await s.as('jianduyuan', 'query($id:ID!){ supervisor(id:$id){ id } }', { id: roster.items.find((x: any) => x.name === '周敏').id })),
    ).toBe('FORBIDDEN');
  });

  it('refuses a term that ends before it starts, bad dates, a missing name, and accounts that are not supervisors or already linked', async () => {
    const endBeforeStart = await s.as('gongkaiban', CREATE, { i: supervisorInput({ termStart: '2026-06-01', termEnd: '2026-05-31' }) });
    expect(codeOf(endBeforeStart)).toBe('TERM_END_BEFORE_START');
    expect(endBeforeStart.errors![0].extensions!.field).toBe('termEnd');
    expect(codeOf(await s.as('gongkaiban', CREATE, { i: supervisorInput({ termStart: '2026-02-30' }) }))).toBe('TERM_DATE_INVALID');
    expect(codeOf(await s.as('gongkaiban', CREATE, { i: supervisorInput({ name: '  ' }) }))).toBe('SUPERVISOR_NAME_REQUIRED');
    expect(codeOf(await s.as('gongkaiban', CREATE, { i: supervisorInput({ userId: demoUserId('jiaoyu.staff') }) }))).toBe('ACCOUNT_NOT_SUPERVISOR');
    expect(codeOf(await s.as('gongkaiban', CREATE, { i: supervisorInput({ userId: demoUserId('jianduyuan') }) }))).toBe('SUPERVISOR_ACCOUNT_TAKEN');
    expect(codeOf(await s.as('jiaoyu.gk', CREATE, { i: supervisorInput() }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('leader', CREATE, { i: supervisorInput() }))).toBe('FORBIDDEN');

    // a vacancy filled: 20 in term now, as the target asks
    const created = (await s.as('gongkaiban', CREATE, { i: supervisorInput() })).data.createSupervisor;
    expect(created.contact).toBe('13904210099');
    expect((await s.as('gongkaiban', ROSTER)).data.supervisors).toMatchObject({ total: 22, inTerm: 20, target: 20 });
    // an update is checked the same way, and against the version seen
    expect(
      codeOf(await s.as('gongkaiban', UPDATE, { id: created.id, v: created.version, i: supervisorInput({ termEnd: `${year() - 2}-12-31` }) })),
    ).toBe('TERM_END_BEFORE_START');
    expect(codeOf(await s.as('gongkaiban', UPDATE, { id: created.id, v: created.version + 1, i: supervisorInput() }))).toBe('VERSION_CONFLICT');
    const accounts = (await s.as('gongkaiban', '{ supervisorAccounts { id username supervisorId } }')).data.supervisorAccounts;
    expect(accounts.find((a: any) => a.username === 'jianduyuan').supervisorId).not.toBeNull();

    // one account, linked to two new records at once: exactly one link holds
    const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'jianduyuan'`);
    const [{ id: accountId }] = await s.sql(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), 'jiandu.link', '林晓燕', ?, '{SUPERVISOR}', ?) returning id`,
      [demoUnitId('lawfirm'), password_hash],
    );
    const both = await Promise.all([1, 2].map(() => s.as('gongkaiban', CREATE, { i: supervisorInput({ userId: accountId }) })));
    expect(both.filter((r) => r.data?.createSupervisor?.userId === accountId)).toHaveLength(1);
    expect(both.map(codeOf).filter(Boolean)).toEqual(['SUPERVISOR_ACCOUNT_TAKEN']);
  });
});

describe('feedback and suggestions', () => {
  it('a supervisor in term files to a unit of any level; the deadline is fixed from the parameter and the calendar; the unit gets the to-do', async () => {
    const f = await file('jianduyuan', 'education');
    expect(f).toMatchObject({ state: 'SUBMITTED', answerWorkingDays: 15, overdue: false, supervisorName: '陈立新', filedOn: shanghaiToday() });
    expect(f.dueOn).toBe(await workingDaysAfter(shanghaiToday(), 15));
    for (const u of ['jiaoyu.staff', 'jiaoyu.gk'])
      expect((await todosOf(u)).some((t) => t.kind === 'supervisor.answer' && t.subjectId === f.id)).toBe(true);
    expect((await todosOf('jiaoyu.head')).some((t) => t.subjectId === f.id)).toBe(false);
    expect((await todosOf('minzheng.staff')).some((t) => t.subjectId === f.id)).toBe(false);
    // to a county department, and to the Disclosure Office itself (its staff gets the to-do)
    const county = await file('jianduyuan', 'shuangta.education');
    expect((await todosOf('shuangta.staff')).some((t) => t.subjectId === county.id)).toBe(true);
    const office = await file('jianduyuan', 'disclosure');
    expect((await todosOf('gongkaiban')).some((t) => t.kind === 'supervisor.answer' && t.subjectId === office.id)).toBe(true);
  });

  it('refuses filing outside the term, without a registry record, by staff, to an outside body, or without title and content', async () => {
    const roster = (await s.as('gongkaiban', ROSTER)).data.supervisors;
    const journalist = roster.items.find((x: any) => x.userId === demoUserId(MEDIA));
    const base = { name: journalist.name, organisation: journalist.organisation, category: journalist.category, userId: journalist.userId };
    const ended = (
      await s.as('gongkaiban', UPDATE, {
        id: journalist.id,
        v: journalist.version,
        i: { ...base, termStart: `${year() - 4}-01-01`, termEnd: shift(shanghaiToday(), -1) },
      })
    ).data.updateSupervisor;
    const late = await s.as(MEDIA, FILE, { i: { targetUnitId: demoUnitId('education'), kind: 'FEEDBACK', title: '意见', content: '内容' } });
    expect(codeOf(late)).toBe('SUPERVISOR_OUT_OF_TERM');
    const future = (
      await s.as('gongkaiban', UPDATE, {
        id: journalist.id,
        v: ended.version,
        i: { ...base, termStart: shift(shanghaiToday(), 1), termEnd: `${year() + 3}-12-31` },
      })
    ).data.updateSupervisor;
    expect(codeOf(await s.as(MEDIA, FILE, { i: { targetUnitId: demoUnitId('education'), kind: 'FEEDBACK', title: '意见', content: '内容' } }))).toBe(
      'SUPERVISOR_OUT_OF_TERM',
    );
    // the term starts today: filing is open
    await s.as('gongkaiban', UPDATE, {
      id: journalist.id,
      v: future.version,
      i: { ...base, termStart: shanghaiToday(), termEnd: `${year() + 1}-12-31` },
    });
    expect((await file(MEDIA, 'education')).state).toBe('SUBMITTED');

    // an account with the role but no record on a registry
    const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'jianduyuan'`);
    await s.sql(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), 'jiandu.new', '新监督员', ?, '{SUPERVISOR}', ?)`,
      [demoUnitId('lawfirm'), password_hash],
    );
    expect(
      codeOf(await s.as('jiandu.new', FILE, { i: { targetUnitId: demoUnitId('education'), kind: 'FEEDBACK', title: '意见', content: '内容' } })),
    ).toBe('SUPERVISOR_NOT_REGISTERED');

    expect(
      codeOf(await s.as('jiaoyu.staff', FILE, { i: { targetUnitId: demoUnitId('civil'), kind: 'FEEDBACK', title: '意见', content: '内容' } })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await s.as('gongkaiban', FILE, { i: { targetUnitId: demoUnitId('civil'), kind: 'FEEDBACK', title: '意见', content: '内容' } })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await s.as('jianduyuan', FILE, { i: { targetUnitId: demoUnitId('daily'), kind: 'FEEDBACK', title: '意见', content: '内容' } })),
    ).toBe('FEEDBACK_TARGET_INVALID');
    expect(
      codeOf(await s.as('jianduyuan', FILE, { i: { targetUnitId: demoUnitId('education'), kind: 'FEEDBACK', title: ' ', content: '内容' } })),
    ).toBe('FEEDBACK_TITLE_REQUIRED');
    expect(
      codeOf(await s.as('jianduyuan', FILE, { i: { targetUnitId: demoUnitId('education'), kind: 'FEEDBACK', title: '意见', content: '' } })),
    ).toBe('FEEDBACK_CONTENT_REQUIRED');
  });

  it('only the unit addressed answers, with an answer; only the supervisor who filed it rates, and only once answered', async () => {
    const f = await file('jianduyuan', 'education');
    expect(codeOf(await s.as('jianduyuan', RATE, { id: f.id, v: f.version, r: 'SATISFIED' }))).toBe('TRANSITION_NOT_ALLOWED');
    expect(codeOf(await s.as('minzheng.staff', ANSWER, { id: f.id, v: f.version, a: '答复' }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.head', ANSWER, { id: f.id, v: f.version, a: '答复' }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', ANSWER, { id: f.id, v: f.version, a: '答复' }))).toBe('FORBIDDEN');
    const empty = await s.as('jiaoyu.staff', ANSWER, { id: f.id, v: f.version, a: '   ' });
    expect(codeOf(empty)).toBe('FEEDBACK_ANSWER_REQUIRED');
    expect(empty.errors![0].extensions!.field).toBe('answer');

    const a = (await s.as('jiaoyu.gk', ANSWER, { id: f.id, v: f.version, a: '已采纳，将于本月底前公开。' })).data.answerSupervisorFeedback;
    expect(a).toMatchObject({ state: 'ANSWERED', answer: '已采纳，将于本月底前公开。', answeredByName: '杨公开', answeredLate: false });
    expect((await todosOf('jiaoyu.staff')).some((t) => t.subjectId === f.id)).toBe(false);
    expect((await todosOf('jianduyuan')).some((t) => t.kind === 'supervisor.rate' && t.subjectId === f.id)).toBe(true);
    expect(codeOf(await s.as('jiaoyu.gk', ANSWER, { id: f.id, v: a.version, a: '再答复' }))).toBe('TRANSITION_NOT_ALLOWED');

    expect(codeOf(await s.as(MEDIA, RATE, { id: f.id, v: a.version, r: 'DISSATISFIED' }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.gk', RATE, { id: f.id, v: a.version, r: 'SATISFIED' }))).toBe('FORBIDDEN');
    const rated = (await s.as('jianduyuan', RATE, { id: f.id, v: a.version, r: 'SATISFIED', c: '答复具体' })).data.rateSupervisorFeedback;
    expect(rated).toMatchObject({ state: 'RATED', rating: 'SATISFIED' });
    expect((await todosOf('jianduyuan')).some((t) => t.subjectId === f.id)).toBe(false);
    expect(codeOf(await s.as('jianduyuan', RATE, { id: f.id, v: rated.version, r: 'DISSATISFIED' }))).toBe('TRANSITION_NOT_ALLOWED');
    expect(codeOf(await s.as('jianduyuan', REOPEN, { id: f.id, v: rated.version, r: '不满意' }))).toBe('FEEDBACK_REOPEN_NOT_DISSATISFIED');
  });

  it('of two concurrent answers exactly one wins', async () => {
    const f = await file('jianduyuan', 'education');
    const results = await Promise.all([
      s.as('jiaoyu.staff', ANSWER, { id: f.id, v: f.version, a: '经办人的答复' }),
      s.as('jiaoyu.gk', ANSWER, { id: f.id, v: f.version, a: '公开工作机构的答复' }),
    ]);
    expect(results.filter((r) => r.data?.answerSupervisorFeedback?.state === 'ANSWERED')).toHaveLength(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['VERSION_CONFLICT']);
    const [{ n }] = await s.sql(`select count(*)::int as n from todo where subject_id = ? and kind = 'supervisor.rate'`, [f.id]);
    expect(n).toBe(1);
  });

  it('a dissatisfied supervisor asks once for a new answer, with a reason and a new deadline', async () => {
    const f = await file('jianduyuan', 'education');
    const a = (await s.as('jiaoyu.staff', ANSWER, { id: f.id, v: f.version, a: '正在研究。' })).data.answerSupervisorFeedback;
    const r = (await s.as('jianduyuan', RATE, { id: f.id, v: a.version, r: 'DISSATISFIED', c: '过于笼统' })).data.rateSupervisorFeedback;
    expect(codeOf(await s.as('jianduyuan', REOPEN, { id: f.id, v: r.version, r: ' ' }))).toBe('FEEDBACK_REOPEN_REASON_REQUIRED');
    expect(codeOf(await s.as(MEDIA, REOPEN, { id: f.id, v: r.version, r: '不满意' }))).toBe('FORBIDDEN');
    const reopened = (await s.as('jianduyuan', REOPEN, { id: f.id, v: r.version, r: '请明确公开时间' })).data.reopenSupervisorFeedback;
    expect(reopened).toMatchObject({ state: 'REOPENED', reopenCount: 1, answer: '正在研究。', dueOn: await workingDaysAfter(shanghaiToday(), 15) });
    expect((await todosOf('jiaoyu.staff')).some((t) => t.kind === 'supervisor.answer' && t.subjectId === f.id)).toBe(true);
    const a2 = (await s.as('jiaoyu.staff', ANSWER, { id: f.id, v: reopened.version, a: '将于下月5日前在网站公开。' })).data.answerSupervisorFeedback;
    const r2 = (await s.as('jianduyuan', RATE, { id: f.id, v: a2.version, r: 'DISSATISFIED' })).data.rateSupervisorFeedback;
    expect(codeOf(await s.as('jianduyuan', REOPEN, { id: f.id, v: r2.version, r: '仍不满意' }))).toBe('FEEDBACK_REOPEN_LIMIT');
  });

  it('lists are filtered by the ability: the supervisor their own, the unit what is addressed to it, the Disclosure Office and leaders the level; overdue items are marked', async () => {
    const edu = await file('jianduyuan', 'education', { title: '只给教育局的意见' });
    const ids = async (username: string, filter: Record<string, unknown> = {}) =>
      ((await s.as(username, LIST, { f: filter })).data.supervisorFeedbacks.items as any[]).map((x) => x.id);
    expect(await ids('jiaoyu.staff')).toContain(edu.id);
    expect(await ids('minzheng.staff')).not.toContain(edu.id);
    expect(await ids(MEDIA)).not.toContain(edu.id);
    expect(await ids('gongkaiban')).toContain(edu.id);
    expect(await ids('leader')).toContain(edu.id);
    expect(await ids('shuangta.staff')).not.toContain(edu.id);
    expect(codeOf(await s.as('minzheng.staff', 'query($id:ID!){ supervisorFeedback(id:$id){ id } }', { id: edu.id }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('egov', LIST))).toBe('FORBIDDEN');

    // the demo's overdue item at 民政局: marked, on the to-do list with its mark, found by the filter
    const overdue = (await s.as('minzheng.staff', LIST, { f: { overdue: true } })).data.supervisorFeedbacks.items;
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((x: any) => x.overdue && x.targetUnitId === demoUnitId('civil'))).toBe(true);
    expect((await todosOf('minzheng.staff')).some((t) => t.kind === 'supervisor.answer' && t.subjectId === overdue[0].id && t.overdue)).toBe(true);
    expect((await s.as('gongkaiban', LIST, { f: { overdue: true } })).data.supervisorFeedbacks.items.map((x: any) => x.id)).toContain(overdue[0].id);
    // "mine": what the signed-in user filed, whatever else they may read
    expect((await s.as('gongkaiban', LIST, { f: { mine: true } })).data.supervisorFeedbacks.total).toBe(0);
    expect(await ids('jianduyuan', { mine: true })).toContain(edu.id);
  });

  it('the deadline is the parameter in force when filed, stored on the item', async () => {
    const before = await file('jianduyuan', 'education');
    // a new version of the parameter in force from today (inserted directly: the administrator may only add future ones)
    await s.sql(
      `insert into policy_parameter_version (id, key, data, effective_from, source, created_at) values (gen_random_uuid(), 'supervisor.answerWorkingDays', '10', ?, '测试', now())`,
      [shanghaiToday()],
    );
    const after = await file('jianduyuan', 'education');
    expect(after.answerWorkingDays).toBe(10);
    expect(after.dueOn).toBe(await workingDaysAfter(shanghaiToday(), 10));
    const again = (await s.as('jianduyuan', 'query($id:ID!){ supervisorFeedback(id:$id){ answerWorkingDays dueOn } }', { id: before.id })).data
      .supervisorFeedback;
    expect(again).toEqual({ answerWorkingDays: 15, dueOn: before.dueOn });
  });
});
