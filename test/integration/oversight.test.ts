import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
