import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateCase } from '../../packages/shared/src/index.js';
import { codeOf, demoUnitId, startSuite, type Suite } from '../support/suite.js';

// 自动统计 and 办结自动评价, checked against a set of cases counted by hand: March 2025 of the city,
// a period no demo case falls in.
let s: Suite;
beforeAll(async () => {
  s = await startSuite();
  await seedMarch();
});
afterAll(() => s.close());

interface Row {
  label: string;
  kind?: string;
  channel?: string;
  unit?: string | null;
  state: string;
  receivedOn?: string;
  dueOn?: string | null;
  late?: boolean;
  rating?: string | null;
  reopens?: number;
  consent?: boolean;
  government?: string;
  content?: string;
  reply?: string | null;
}
let seq = 0;
async function insertCase(r: Row) {
  const accepted = !['RECEIVED', 'NOT_ACCEPTED'].includes(r.state);
  const replied = ['REPLIED', 'CLOSED', 'RATED', 'UNRATED'].includes(r.state);
  const closed = ['CLOSED', 'RATED', 'UNRATED'].includes(r.state);
  const [{ id }] = await s.sql(
    `insert into complaint_case (id, case_number, check_code, kind, channel, government_id, assigned_unit_id, title, content, state,
       received_at, received_on, accepted_on, reply_working_days, due_on, reply, replied_on, replied_late, closed_on, rating, reopen_count,
       consent_to_publish, complainant_name, complainant_phone)
     values (gen_random_uuid(), ?, 'CHECK234', ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, 15, ?, ?, ?, ?, ?, ?, ?, ?, '张三', '13900001111') returning id`,
    [
      `TS20250301-S${String(++seq).padStart(5, '0')}`,
      r.kind ?? 'COMPLAINT',
      r.channel ?? 'PORTAL',
      r.government ?? demoUnitId('city'),
      r.unit === undefined ? null : r.unit,
      r.label,
      r.content ?? `${r.label}的具体情况说明`,
      r.state,
      r.receivedOn ?? '2025-03-10',
      accepted ? '2025-03-11' : null,
      accepted ? (r.dueOn === undefined ? '2025-04-01' : r.dueOn) : null,
      replied ? (r.reply ?? '已办理') : null,
      replied ? '2025-03-25' : null,
      r.late ?? false,
      closed ? '2025-03-28' : null,
      r.rating ?? null,
      r.reopens ?? 0,
      r.consent ?? false,
    ],
  );
  return id as string;
}

const EDU = demoUnitId('education');
const CIVIL = demoUnitId('civil');
const ids: Record<string, string> = {};
async function seedMarch() {
  const county = (await s.sql(`select government_id from unit where id = ?`, [demoUnitId('shuangta.education')]))[0].government_id;
  const rows: Row[] = [
    {
      label: '满意按时',
      unit: EDU,
      state: 'RATED',
      rating: 'SATISFIED',
      consent: true,
      content: '请联系我13912345678处理',
      reply: '已处理，电话024-12345678',
    },
    { label: '不满意逾期', unit: EDU, state: 'RATED', rating: 'DISSATISFIED', late: true },
    { label: '未评价重办', unit: CIVIL, state: 'UNRATED', reopens: 1 },
    { label: '逾期未答复', unit: CIVIL, state: 'ASSIGNED', dueOn: '2025-03-20' },
    { label: '期限未到', unit: CIVIL, state: 'ASSIGNED', dueOn: '2099-01-01' },
    { label: '不予受理', state: 'NOT_ACCEPTED' },
    { label: '待受理', state: 'RECEIVED' },
    { label: '已答复待办结', unit: EDU, state: 'REPLIED', consent: true },
    { label: '热线基本满意', unit: EDU, state: 'RATED', rating: 'BASICALLY_SATISFIED', kind: 'REPORT', channel: 'HOTLINE' },
    // outside the period, or of another level: not counted
    { label: '四月件', unit: EDU, state: 'RATED', rating: 'SATISFIED', receivedOn: '2025-04-01' },
    { label: '二月件', unit: EDU, state: 'RATED', rating: 'SATISFIED', receivedOn: '2025-02-28' },
    { label: '县级件', state: 'RECEIVED', government: county },
  ];
  for (const r of rows) ids[r.label] = await insertCase(r);
}

const STATS = `query($k:CasePeriodKind!,$y:Int!,$p:Int!,$d:CaseStatDimension!){ caseStatistics(periodKind:$k, year:$y, period:$p, dimension:$d){
  periodLabel asOf rows { key label total received accepted due replied onTime closed rated unrated satisfied reopened
  replyRate onTimeRate satisfactionRate reopenRate averageScore } definitions { key label definition } rule { version description } } }`;
const march = (user: string, d = 'UNIT') => s.as(user, STATS, { k: 'MONTH', y: 2025, p: 3, d });
const totalOf = (rows: any[]) => rows.find((r) => r.total);

describe('自动统计 of a month, counted by hand', () => {
  it('the whole level: received, accepted, due, replied, on time, closed, rated, unrated, satisfied, reopened, and their rates', async () => {
    const r = (await march('tousu')).data.caseStatistics;
    expect(r.periodLabel).toBe('2025年3月');
    expect(totalOf(r.rows)).toMatchObject({
      label: '合计',
      received: 9,
      accepted: 7,
      // replied (5) and the unanswered case past its last day; not the one still within its time
      due: 6,
      replied: 5,
      // the late reply does not count as on time
      onTime: 4,
      closed: 4,
      rated: 3,
      unrated: 1,
      satisfied: 2,
      reopened: 1,
    });
    const t = totalOf(r.rows);
    expect(t.replyRate).toBeCloseTo(5 / 6);
    expect(t.onTimeRate).toBeCloseTo(4 / 5);
    // the unrated case is not in the denominator
    expect(t.satisfactionRate).toBeCloseTo(2 / 3);
    expect(t.reopenRate).toBeCloseTo(1 / 4);
    // 100 (on time, satisfied) + 20 (late, dissatisfied) + 70 (on time, unrated, reopened once) + 90 (on time, basically satisfied)
    expect(t.averageScore).toBeCloseTo(70);
    expect(r.definitions.find((d: any) => d.key === 'satisfactionRate').definition).toContain('已评价件数');
    expect(r.rule.description).toContain('每重办一次扣10分');
  });

  it('by unit (with the cases not yet assigned), by kind and by channel; the rows add up to the total', async () => {
    const byUnit = (await march('leader')).data.caseStatistics.rows;
    const edu = byUnit.find((r: any) => r.key === EDU);
    const civil = byUnit.find((r: any) => r.key === CIVIL);
    const none = byUnit.find((r: any) => !r.total && r.key === null);
    expect(edu).toMatchObject({ label: '朝阳市教育局', received: 4, replied: 4, onTime: 3, rated: 3, satisfied: 2 });
    expect(civil).toMatchObject({ received: 3, accepted: 3, due: 2, replied: 1, unrated: 1, reopened: 1 });
    expect(none).toMatchObject({ label: '尚未交办', received: 2, accepted: 0 });
    expect(byUnit[byUnit.length - 1].total).toBe(true);
    for (const field of ['received', 'accepted', 'due', 'replied', 'closed', 'rated', 'satisfied']) {
      expect(byUnit.filter((r: any) => !r.total).reduce((n: number, r: any) => n + r[field], 0)).toBe(totalOf(byUnit)[field]);
    }
    const byKind = (await march('tousu', 'KIND')).data.caseStatistics.rows;
    expect(byKind.find((r: any) => r.key === 'REPORT')).toMatchObject({ label: '举报', received: 1, satisfied: 1 });
    const byChannel = (await march('tousu', 'CHANNEL')).data.caseStatistics.rows;
    expect(byChannel.find((r: any) => r.key === 'HOTLINE')).toMatchObject({ label: '12345热线', received: 1 });
    expect(byChannel.find((r: any) => r.key === 'PORTAL')).toMatchObject({ received: 8 });
  });

  it('a unit sees the figures of the cases assigned to it; a quarter holds its months; others are refused', async () => {
    const own = (await march('jiaoyu.staff')).data.caseStatistics.rows;
    expect(totalOf(own)).toMatchObject({ received: 4 });
    expect(own.filter((r: any) => !r.total).map((r: any) => r.key)).toEqual([EDU]);
    const q1 = (await s.as('tousu', STATS, { k: 'QUARTER', y: 2025, p: 1, d: 'UNIT' })).data.caseStatistics;
    // March's nine and February's one
    expect(totalOf(q1.rows).received).toBe(10);
    expect(codeOf(await march('mishuke'))).toBe('FORBIDDEN');
    expect(codeOf(await march(null as never))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.as('tousu', STATS, { k: 'MONTH', y: 2025, p: 13, d: 'UNIT' }))).toBe('CASE_STATS_PERIOD_INVALID');
  });

  it('a month with no case answers a total of zeros, with no rate', async () => {
    const r = (await s.as('tousu', STATS, { k: 'MONTH', y: 2019, p: 6, d: 'UNIT' })).data.caseStatistics;
    expect(r.rows).toEqual([expect.objectContaining({ total: true, received: 0, replyRate: null, satisfactionRate: null })]);
  });
});

describe('the counts of the quick views', () => {
  it('the office counts its level, a unit the cases assigned to it', async () => {
    const q = '{ caseCounts { received accepted assigned replied overdue extensionRequested } }';
    const office = (await s.as('tousu', q)).data.caseCounts;
    const [sql] = await s.sql(
      `select count(*) filter (where state = 'RECEIVED')::int as received, count(*) filter (where state = 'ASSIGNED')::int as assigned,
              count(*) filter (where state in ('ACCEPTED', 'ASSIGNED') and due_on < current_date)::int as overdue
         from complaint_case where government_id = ?`,
      [demoUnitId('city')],
    );
    expect(office).toMatchObject(sql);
    // 逾期未答复 and 期限未到 are the civil affairs bureau's, the first overdue
    const civil = (await s.as('minzheng.staff', q)).data.caseCounts;
    const [own] = await s.sql(`select count(*) filter (where state = 'ASSIGNED')::int as assigned from complaint_case where assigned_unit_id = ?`, [
      CIVIL,
    ]);
    expect(civil.assigned).toBe(own.assigned);
    expect(civil.overdue).toBeGreaterThanOrEqual(1);
    expect(civil.received).toBe(0);
    expect(codeOf(await s.as('mishuke', q))).toBe('FORBIDDEN');
  });
});

describe('办结自动评价', () => {
  it('each case is scored by the declared rule; the case and the statistics agree', async () => {
    const q = `query($id:ID!){ case(id:$id){ state closedOn repliedLate rating reopenCount evaluation { score grade ruleVersion } } }`;
    const expected: Record<string, [number, string]> = {
      满意按时: [100, '优秀'],
      不满意逾期: [20, '不合格'],
      未评价重办: [70, '合格'],
      热线基本满意: [90, '优秀'],
    };
    for (const [label, [score, grade]] of Object.entries(expected)) {
      const c = (await s.as('tousu', q, { id: ids[label] })).data.case;
      expect(c.evaluation, label).toEqual({ score, grade, ruleVersion: 1 });
      expect(evaluateCase(c)).toEqual(c.evaluation);
    }
    // not final before the rating or the end of its period
    const replied = (await s.as('tousu', q, { id: ids['已答复待办结'] })).data.case;
    expect(replied.evaluation).toBeNull();
  });
});

describe('publication', () => {
  const PUBLISH = `mutation($k:CasePeriodKind!,$y:Int!,$p:Int!){ publishCaseStatistics(periodKind:$k, year:$y, period:$p){ periodKey periodLabel csvUrl jsonUrl byUnit { label received total } } }`;
  const PUBLIC = `query($k:String!){ publicCaseStatistics(periodKey:$k){ periodLabel asOf byUnit { key received total } byKind { key received } definitions { key label } rule { version } } }`;

  it('the office publishes an ended period; it is frozen: a later case changes the live figures, not the published ones', async () => {
    expect(codeOf(await s.as('jiaoyu.staff', PUBLISH, { k: 'MONTH', y: 2025, p: 3 }))).toBe('FORBIDDEN');
    const now = new Date();
    expect(codeOf(await s.as('tousu', PUBLISH, { k: 'MONTH', y: now.getFullYear(), p: now.getMonth() + 1 }))).toBe('CASE_STATS_PERIOD_OPEN');
    const published = (await s.as('tousu', PUBLISH, { k: 'MONTH', y: 2025, p: 3 })).data.publishCaseStatistics;
    expect(published).toMatchObject({ periodKey: '2025-03', periodLabel: '2025年3月', csvUrl: '/open/complaints/statistics/2025-03.csv' });
    expect(codeOf(await s.as('tousu', PUBLISH, { k: 'MONTH', y: 2025, p: 3 }))).toBe('CASE_STATS_PUBLISHED');

    await insertCase({ label: '发布后补录', unit: EDU, state: 'RECEIVED' });
    expect(totalOf((await march('tousu')).data.caseStatistics.rows).received).toBe(10);
    const pub = (await s.gql(PUBLIC, { k: '2025-03' })).data.publicCaseStatistics;
    expect(totalOf(pub.byUnit).received).toBe(9);
    expect(pub.definitions.map((d: any) => d.key)).toContain('onTimeRate');
    const list = (await s.gql('{ publicCaseStatisticsReleases { periodKey } }')).data.publicCaseStatisticsReleases;
    expect(list.map((r: any) => r.periodKey)).toContain('2025-03');
    expect(codeOf(await s.gql(PUBLIC, { k: '2025-02' }))).toBe('NOT_FOUND');
  });

  it('every published figure downloads as CSV and JSON at its stable address', async () => {
    const json = await s.app.inject({ method: 'GET', url: '/open/complaints/statistics/2025-03.json' });
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toContain('application/json');
    const body = json.json();
    expect(body.period).toBe('2025-03');
    expect(totalOf(body.byUnit)).toMatchObject({ received: 9, satisfied: 2, rated: 3 });
    expect(body.evaluationRule.version).toBe(1);
    const csv = await s.app.inject({ method: 'GET', url: '/open/complaints/statistics/2025-03.csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('受理量');
    expect(lines[0]).toContain('满意率');
    // a row per unit, kind and channel group, and a total row for each of the three
    expect(lines.filter((l) => l.includes(',合计,'))).toHaveLength(3);
    expect(lines.find((l) => l.includes('按承办单位,合计,'))).toMatch(/,9,7,6,5,4,4,3,1,2,1,0\.8333/);
    for (const bad of ['2025-02.csv', '2025-13.json', 'x.csv', '2025-03.xml']) {
      const res = await s.app.inject({ method: 'GET', url: `/open/complaints/statistics/${bad}` });
      expect(res.statusCode, bad).toBe(404);
    }
  });
});

describe('办理情况公开', () => {
  it('lists closed cases whose citizen consented, without personal data', async () => {
    const q =
      'query($p:Int!){ publicCaseSummaries(page:$p, pageSize: 100){ total items { id title content reply unitName rating evaluation { score } } } }';
    // every page (the demo's history is published too)
    const items: any[] = [];
    for (let p = 1; ; p++) {
      const page = (await s.gql(q, { p })).data.publicCaseSummaries;
      items.push(...page.items);
      if (items.length >= page.total || !page.items.length) break;
    }
    const shown = items.find((c: any) => c.id === ids['满意按时']);
    expect(shown).toMatchObject({ unitName: '朝阳市教育局', rating: 'SATISFIED', evaluation: { score: 100 } });
    expect(shown.content).toContain('139****5678');
    expect(shown.content).not.toContain('13912345678');
    expect(shown.reply).not.toContain('12345678');
    expect(JSON.stringify(items)).not.toContain('张三');
    // not consented, or not closed
    expect(items.find((c: any) => c.id === ids['不满意逾期'])).toBeUndefined();
    expect(items.find((c: any) => c.id === ids['已答复待办结'])).toBeUndefined();
  });
});
