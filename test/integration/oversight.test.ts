import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_TRAINEE_ROLES } from '../../packages/shared/src/index.js';
import { codeOf, demoUnitId, demoUserId, startSuite, type Suite } from '../support/suite.js';

// Leaders and the Disclosure Office read every figure and list of their government, read only, and
// read the same numbers: the figures are counted over what each may read, under the same definitions.
let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

let n = 0;
const uniq = () => `${Date.now()}${++n}`;
const day = (k: number) => new Date(Date.now() + 8 * 3600_000 + k * 86400_000).toISOString().slice(0, 10);
const CITY = { unit: demoUnitId('education'), government: demoUnitId('city'), by: demoUserId('jiaoyu.staff') };
const COUNTY = { unit: demoUnitId('shuangta.education'), government: demoUnitId('shuangta'), by: demoUserId('shuangta.staff') };
type Where = typeof CITY;

/** An issued document with its interpretation not published and its deadline `deadlineIn` days from today. */
async function interpretation(w: Where, deadlineIn: number) {
  const [{ id: documentId }] = await s.sql(
    `insert into policy_document (id, kind, title, lead_unit_id, government_id, co_unit_ids, interpretation_forms, state, disclosure_attribute,
      head_signed_at, created_by_id, created_by_name, issue_date, document_number, classified, body)
     values (gen_random_uuid(), 'DEPARTMENT', ?, ?, ?, '{}', '{}', 'ISSUED', 'PROACTIVE', now(), ?, '测试', ?, ?, false, '正文') returning id`,
    [`监督测试文件${uniq()}`, w.unit, w.government, w.by, day(-20), `监测〔2026〕${uniq()}号`],
  );
  const [{ id }] = await s.sql(
    `insert into interpretation (id, document_id, stage, owner_unit_id, government_id, title, scope, forms, schedule, spokesperson, content, links, state, deadline)
     values (gen_random_uuid(), ?, 1, ?, ?, '监督测试解读', '全市', '{WECHAT}', '3日内', '科长', '解读正文', '{}', 'DRAFT', ?) returning id`,
    [documentId, w.unit, w.government, day(deadlineIn)],
  );
  return id as string;
}
async function topic(w: Where, state: string) {
  const [{ id }] = await s.sql(
    `insert into consultation_topic (id, undertaking_unit_id, government_id, title, category, draft, decision_basis, drafting_explanation,
      window_start, window_end, min_days, state, created_by_id) values (gen_random_uuid(), ?, ?, ?, 'LIVELIHOOD', '草案', '依据', '说明', ?, ?, 5, ?, ?) returning id`,
    [w.unit, w.government, `监督测试议题${uniq()}`, day(0), day(10), state, w.by],
  );
  return id as string;
}
async function meeting(w: Where) {
  const [{ id }] = await s.sql(
    `insert into government_meeting (id, government_id, kind, title, date, notice_working_days) values (gen_random_uuid(), ?, 'STANDING', '监督测试会议', ?, 3) returning id`,
    [w.government, day(5)],
  );
  return id as string;
}

const OVERDUE = '{ interpretations(filter: { overdueOnly: true }, pageSize: 100) { total items { id overdue } } }';
const OVERVIEW =
  '{ governmentOverview { consultationsInReview consultationsOpen meetingsUpcoming proposalsPending interpretationsOverdue casesOverdue requestsOverdue feedbackOverdue } }';
const FIGURES =
  '{ consultationFigures { byState { state count } mostOpinions { id } closedTopics { id } closedRates { opinionCount adoptedCount repliedCount } } }';
const MEETINGS = '{ meetings(pageSize: 100) { total items { id title date } } }';

async function read(username: string, q: string) {
  const r = await s.as(username, q);
  if (!r.data) throw new Error(`${username}: ${JSON.stringify(r.errors)}`);
  return r.data;
}

describe('the leader reads what the Disclosure Office reads, for the same government', () => {
  it('overdue interpretations: the one past its deadline is counted and listed for both, the county’s for neither', async () => {
    const late = await interpretation(CITY, -3);
    const onTime = await interpretation(CITY, 5);
    const county = await interpretation(COUNTY, -3);
    const leader = (await read('leader', OVERDUE)).interpretations;
    const office = (await read('gongkaiban', OVERDUE)).interpretations;
    const ids = (p: { items: { id: string }[] }) => p.items.map((x) => x.id).sort();
    expect(ids(leader)).toContain(late);
    expect(ids(leader)).not.toContain(onTime);
    expect(ids(leader)).not.toContain(county);
    expect(leader.items.every((x: { overdue: boolean }) => x.overdue)).toBe(true);
    expect(ids(leader)).toEqual(ids(office));
    expect(leader.total).toBe(office.total);
    // the home's figure is the list's count
    const glance = (await read('leader', OVERVIEW)).governmentOverview;
    expect(glance.interpretationsOverdue).toBe(leader.total);
    expect(glance.interpretationsOverdue).toBeGreaterThanOrEqual(1);
    expect(glance).toEqual((await read('gongkaiban', OVERVIEW)).governmentOverview);
  });

  it('consultation figures: the same for both; a submitted topic counts, a draft and the county’s do not', async () => {
    const before = (await read('leader', FIGURES)).consultationFigures;
    const count = (f: { byState: { state: string; count: number }[] }, st: string) => f.byState.find((x) => x.state === st)?.count ?? 0;
    await topic(CITY, 'SUBMITTED');
    await topic(CITY, 'DRAFT');
    await topic(COUNTY, 'SUBMITTED');
    const leader = (await read('leader', FIGURES)).consultationFigures;
    expect(count(leader, 'SUBMITTED')).toBe(count(before, 'SUBMITTED') + 1);
    expect(count(leader, 'DRAFT')).toBe(0);
    expect(leader).toEqual((await read('gongkaiban', FIGURES)).consultationFigures);
    expect((await read('leader', OVERVIEW)).governmentOverview.consultationsInReview).toBe(count(leader, 'SUBMITTED'));
  });

  it('meetings: the same list for both, without another government’s; opened by id, the county’s refused', async () => {
    const own = await meeting(CITY);
    const other = await meeting(COUNTY);
    const leader = (await read('leader', MEETINGS)).meetings;
    const office = (await read('gongkaiban', MEETINGS)).meetings;
    expect(leader.items.map((x: { id: string }) => x.id)).toContain(own);
    expect(leader.items.map((x: { id: string }) => x.id)).not.toContain(other);
    expect(leader).toEqual(office);
    expect((await s.as('leader', 'query($id:ID!){ meeting(id:$id){ id } }', { id: own })).data.meeting.id).toBe(own);
    const refused = await s.as('leader', 'query($id:ID!){ meeting(id:$id){ id } }', { id: other });
    expect(refused.data).toBeNull();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(refused));
  });

  it('reads only: the leader plans no meeting, reviews no topic, approves no attendance', async () => {
    const created = await s.as('leader', 'mutation($i:MeetingInput!){ createMeeting(input:$i){ id } }', {
      i: { kind: 'STANDING', title: '领导不得创建', date: day(7) },
    });
    expect(codeOf(created)).toBe('FORBIDDEN');
    const id = await topic(CITY, 'SUBMITTED');
    const approved = await s.as('leader', 'mutation($id:ID!){ approveTopic(id:$id, version:1){ id } }', { id });
    expect(codeOf(approved)).toBe('FORBIDDEN');
    const [{ state }] = await s.sql('select state from consultation_topic where id = ?', [id]);
    expect(state).toBe('SUBMITTED');
  });
});

const FIGURE_FIELDS =
  'consultationsInReview consultationsOpen meetingsUpcoming proposalsPending interpretationsOverdue casesOverdue requestsOverdue feedbackOverdue';
const ROLLUP = `query($g:ID){ governmentRollup(governmentId:$g) {
  government { governmentId governmentName level figures { ${FIGURE_FIELDS} } }
  children { governmentId governmentName level figures { ${FIGURE_FIELDS} } }
  total { ${FIGURE_FIELDS} } } }`;
type Figures = Record<string, number>;
type Row = { governmentId: string; level: string; figures: Figures };
const FIGURE_KEYS = FIGURE_FIELDS.split(' ');
const onlyFigures = (row: Row) => row.figures;

describe('the roll-up: a level and the governments below it', () => {
  it('the city reads its own row as its home counts it, one row per county, and their sum', async () => {
    await interpretation(COUNTY, -2);
    await topic(COUNTY, 'SUBMITTED');
    const r = (await read('leader', ROLLUP)).governmentRollup;
    expect(r.government.governmentId).toBe(CITY.government);
    expect(r.government.level).toBe('CITY');
    expect(onlyFigures(r.government)).toEqual((await read('leader', OVERVIEW)).governmentOverview);
    const [{ n }] = await s.sql(`select count(*)::int as n from unit where kind = 'GOVERNMENT' and active and parent_id = ?`, [CITY.government]);
    expect(r.children).toHaveLength(n);
    expect(r.children.every((c: Row) => c.level === 'COUNTY')).toBe(true);
    for (const key of FIGURE_KEYS) {
      expect(r.total[key]).toBe([r.government, ...r.children].reduce((sum: number, row: Row) => sum + row.figures[key], 0));
    }
    // the Disclosure Office reads the same roll-up
    expect((await read('gongkaiban', ROLLUP)).governmentRollup).toEqual(r);
  });

  it('a county’s records count in its row, not in the city’s; the county read alone has no rows below', async () => {
    const before = (await read('leader', ROLLUP)).governmentRollup;
    const countyRow = (r: { children: Row[] }) => r.children.find((c) => c.governmentId === COUNTY.government)!;
    await interpretation(COUNTY, -4);
    await topic(COUNTY, 'SUBMITTED');
    await topic(COUNTY, 'DRAFT');
    const after = (await read('leader', ROLLUP)).governmentRollup;
    expect(countyRow(after).figures.interpretationsOverdue).toBe(countyRow(before).figures.interpretationsOverdue + 1);
    expect(countyRow(after).figures.consultationsInReview).toBe(countyRow(before).figures.consultationsInReview + 1);
    expect(onlyFigures(after.government)).toEqual(onlyFigures(before.government));
    expect(after.total.interpretationsOverdue).toBe(before.total.interpretationsOverdue + 1);
    const alone = (await s.as('leader', ROLLUP, { g: COUNTY.government })).data!.governmentRollup;
    expect(alone.government).toEqual(countyRow(after));
    expect(alone.children).toEqual([]);
    expect(alone.total).toEqual(onlyFigures(countyRow(after)));
  });

  it('upwards and sideways it is refused: a county’s leader reads neither the city nor another county; a unit is not a government', async () => {
    const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'admin'`);
    await s.sql(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), 'shuangta.leader', '双塔区组长', ?, '{LEADER}', ?)`,
      [COUNTY.government, password_hash],
    );
    const own = (await s.as('shuangta.leader', ROLLUP)).data!.governmentRollup;
    expect(own.government.governmentId).toBe(COUNTY.government);
    for (const g of [CITY.government, demoUnitId('longcheng')]) {
      const refused = await s.as('shuangta.leader', ROLLUP, { g });
      expect(refused.data).toBeNull();
      expect(codeOf(refused)).toBe('NOT_FOUND');
    }
    const notGovernment = await s.as('leader', ROLLUP, { g: CITY.unit });
    expect(codeOf(notGovernment)).toBe('NOT_FOUND');
    // a unit's staff read no roll-up
    expect(codeOf(await s.as('jiaoyu.staff', ROLLUP))).toBe('FORBIDDEN');
  });
});

// Every dashboard reads the reader's own government by default; leaders and the Disclosure Office may read
// one below it, or a level with the governments directly below it, counted as those governments' leaders count
// them (one definition: a scope of several is the same query over their records together).
const SCOPED_FIGURES = `query($scope:GovernmentScopeInput){ consultationFigures(scope:$scope) { byState { state count } } }`;
const submittedOf = (d: { consultationFigures: { byState: { state: string; count: number }[] } }) =>
  d.consultationFigures.byState.find((x) => x.state === 'SUBMITTED')?.count ?? 0;
async function scoped(username: string, q: string, vars: Record<string, unknown>) {
  const r = await s.as(username, q, vars);
  if (!r.data) throw new Error(`${username}: ${JSON.stringify(r.errors)}`);
  return r.data;
}
async function countiesOfCity(): Promise<string[]> {
  const rows = await s.sql(`select id from unit where kind = 'GOVERNMENT' and active and parent_id = ? order by sort_order, name`, [CITY.government]);
  return rows.map((r: { id: string }) => r.id);
}

describe('dashboards read a government below, or a level with those below it', () => {
  it('consultation figures: a county’s topic counts in the county and in the level, never in the city alone', async () => {
    const before = {
      own: submittedOf(await scoped('leader', SCOPED_FIGURES, { scope: null })),
      county: submittedOf(await scoped('leader', SCOPED_FIGURES, { scope: { governmentId: COUNTY.government } })),
      level: submittedOf(await scoped('leader', SCOPED_FIGURES, { scope: { withChildren: true } })),
    };
    await topic(COUNTY, 'SUBMITTED');
    await topic(COUNTY, 'SUBMITTED');
    const own = submittedOf(await scoped('leader', SCOPED_FIGURES, { scope: null }));
    const county = submittedOf(await scoped('leader', SCOPED_FIGURES, { scope: { governmentId: COUNTY.government } }));
    const level = submittedOf(await scoped('gongkaiban', SCOPED_FIGURES, { scope: { governmentId: CITY.government, withChildren: true } }));
    expect([own, county, level]).toEqual([before.own, before.county + 2, before.level + 2]);
    // the level is the city and each county, each as its own leader counts it
    let sum = own;
    for (const g of await countiesOfCity()) sum += submittedOf(await scoped('leader', SCOPED_FIGURES, { scope: { governmentId: g } }));
    expect(level).toBe(sum);
    // the county's own leader reads the same figure as the city reads of it
    const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'admin'`);
    await s.sql(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), 'shuangta.leader2', '双塔区领导', ?, '{LEADER}', ?)
       on conflict (username) do nothing`,
      [COUNTY.government, password_hash],
    );
    expect(submittedOf(await scoped('shuangta.leader2', SCOPED_FIGURES, { scope: null }))).toBe(county);
  });

  it('complaint statistics: the county’s cases in the county’s scope and the level’s, as many as were received', async () => {
    const STATS = `query($scope:GovernmentScopeInput){ caseStatistics(periodKind:MONTH, year:2019, period:6, dimension:UNIT, scope:$scope) { rows { total received replied } } }`;
    const received = async (scope: unknown) =>
      (await scoped('leader', STATS, { scope })).caseStatistics.rows.find((r: { total: boolean }) => r.total)?.received ?? 0;
    const kase = (state: string) =>
      s.sql(
        `insert into complaint_case (id, case_number, check_code, kind, channel, government_id, assigned_unit_id, title, content, received_at, received_on,
                                     accepted_on, due_on, state, replied_late)
         values (gen_random_uuid(), ?, 'x', 'COMPLAINT', 'HOTLINE', ?, ?, '投诉', '内容', '2019-06-03T02:00:00Z', '2019-06-03', '2019-06-03', '2019-06-24', ?, false)`,
        [`TSSCOPE${uniq()}`, COUNTY.government, COUNTY.unit, state],
      );
    await kase('ASSIGNED');
    await kase('REPLIED');
    await kase('REPLIED');
    expect(await received(null)).toBe(0);
    expect(await received({ governmentId: COUNTY.government })).toBe(3);
    expect(await received({ withChildren: true })).toBe(3);
    // the Complaint Office reads its own level only: a scope is for leaders (and the Disclosure Office, who reads no case)
    expect(codeOf(await s.as('tousu', STATS, { scope: { governmentId: COUNTY.government } }))).toBe('FORBIDDEN');
  });

  it('training coverage: the county’s staff, counted by hand, in the county and in the level', async () => {
    const COVERAGE = `query($scope:GovernmentScopeInput){ trainingCoverage(year:2026, cycle:false, scope:$scope) { staff trained units { unitId staff } } }`;
    const PEOPLE = `query($scope:GovernmentScopeInput){ trainingPeople(year:2026, cycle:false, scope:$scope) { userId } }`;
    const trainees = async (governments: string[]) => {
      const [{ n }] = await s.sql(
        `select count(*)::int as n from app_user u join unit un on un.id = u.unit_id
          where u.active and un.active and un.kind <> 'EXTERNAL' and un.government_id = any(?::uuid[]) and u.roles && ?::text[]`,
        [`{${governments.join(',')}}`, `{${TRAINING_TRAINEE_ROLES.join(',')}}`],
      );
      return n as number;
    };
    const county = (await scoped('leader', COVERAGE, { scope: { governmentId: COUNTY.government } })).trainingCoverage;
    const own = (await scoped('leader', COVERAGE, { scope: null })).trainingCoverage;
    const level = (await scoped('leader', COVERAGE, { scope: { withChildren: true } })).trainingCoverage;
    expect(county.staff).toBeGreaterThan(0);
    expect(county.staff).toBe(await trainees([COUNTY.government]));
    expect(own.staff).toBe(await trainees([CITY.government]));
    expect(level.staff).toBe(await trainees([CITY.government, ...(await countiesOfCity())]));
    expect(level.units.length).toBe(
      own.units.length +
        (
          await Promise.all(
            (await countiesOfCity()).map(
              async (g) => (await scoped('leader', COVERAGE, { scope: { governmentId: g } })).trainingCoverage.units.length,
            ),
          )
        ).reduce((a, b) => a + b, 0),
    );
    expect((await scoped('leader', PEOPLE, { scope: { governmentId: COUNTY.government } })).trainingPeople).toHaveLength(county.staff);
  });

  it('joint meetings: each government is held to the minimum on its own; the level counts how many met it', async () => {
    const JM = `query($scope:GovernmentScopeInput){ jointMeetingFigures(year:2019, scope:$scope) { held met governments governmentsMet minPerYear openResolutions } }`;
    const counties = await countiesOfCity();
    const level = (await scoped('gongkaiban', JM, { scope: { withChildren: true } })).jointMeetingFigures;
    expect(level.governments).toBe(1 + counties.length);
    const alone = await Promise.all(
      [CITY.government, ...counties].map(async (g) => (await scoped('gongkaiban', JM, { scope: { governmentId: g } })).jointMeetingFigures),
    );
    expect(alone.every((f) => f.governments === 1)).toBe(true);
    expect(level.held).toBe(alone.reduce((n, f) => n + f.held, 0));
    expect(level.openResolutions).toBe(alone.reduce((n, f) => n + f.openResolutions, 0));
    expect(level.governmentsMet).toBe(alone.filter((f) => f.met).length);
    // in 2019 nobody met the minimum (none was held): the level has not met it, and says by how many
    expect(level.minPerYear).toBeGreaterThan(0);
    expect(level.met).toBe(false);
    expect(level.governmentsMet).toBe(0);
  });

  it('upwards, sideways and by a unit it is refused; the public quarter rate adds the level on request', async () => {
    const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'admin'`);
    await s.sql(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), 'shuangta.leader3', '双塔区领导', ?, '{LEADER}', ?)
       on conflict (username) do nothing`,
      [COUNTY.government, password_hash],
    );
    for (const g of [CITY.government, demoUnitId('longcheng')]) {
      expect(codeOf(await s.as('shuangta.leader3', SCOPED_FIGURES, { scope: { governmentId: g } }))).toBe('NOT_FOUND');
    }
    expect(codeOf(await s.as('leader', SCOPED_FIGURES, { scope: { governmentId: CITY.unit } }))).toBe('NOT_FOUND');
    // an id that is no id at all is a coded refusal, not a database error
    expect(codeOf(await s.as('leader', SCOPED_FIGURES, { scope: { governmentId: 'not-an-id' } }))).toBe('BAD_USER_INPUT');
    // a unit's disclosure officer reads its own unit's feedback figures, and no scope
    const FEEDBACK = `query($scope:GovernmentScopeInput){ supervisorFeedbackStats(scope:$scope) { total { filed } } }`;
    expect((await s.as('jiaoyu.gk', FEEDBACK, { scope: null })).data).not.toBeNull();
    const refused = await s.as('jiaoyu.gk', FEEDBACK, { scope: { withChildren: true } });
    expect(refused.data).toBeNull();
    expect(codeOf(refused)).toBe('FORBIDDEN');
    // the quarter's consultation rate (public): the level adds the counties' agenda items to the city's
    const RATES = `query($g:ID!,$c:Boolean!){ consultationRates(year:2026, quarter:4, governmentId:$g, withChildren:$c) { unitId required consulted } }`;
    const totalRow = (rows: { unitId: string | null; required: number }[]) => rows.find((r) => r.unitId === null)?.required ?? 0;
    const city = totalRow((await s.as(null, RATES, { g: CITY.government, c: false })).data.consultationRates);
    const level = totalRow((await s.as(null, RATES, { g: CITY.government, c: true })).data.consultationRates);
    let counties = 0;
    for (const g of await countiesOfCity()) counties += totalRow((await s.as(null, RATES, { g, c: false })).data.consultationRates);
    expect(level).toBe(city + counties);
  });
});
