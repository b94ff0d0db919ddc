import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPLICANT_KINDS,
  MANUAL_SOURCES,
  OUTCOME_ROWS,
  SUM_RULES,
  TABLE_THREE_COLUMNS,
  assembleFigures,
  checkSums,
  emptyManual,
  emptyTableThree,
  type TableThree,
} from '../../packages/shared/src/index.js';
import { codeOf, demoUnitId, startSuite, type Suite } from '../support/suite.js';
import { openAnnualReportsOn } from '../../packages/server/src/modules/annual-report/annual-report.service.js';

let s: Suite;
/** Units whose reports the tests draft, each with a disclosure officer and a head (the education bureau's are the demo's). */
const UNITS = ['education', 'drc', 'police', 'justice', 'finance', 'hrss', 'resources', 'environment'];
const officer = (unit: string) => (unit === 'education' ? 'jiaoyu.gk' : `ar.gk.${unit}`);
const head = (unit: string) => (unit === 'education' ? 'jiaoyu.head' : `ar.head.${unit}`);
beforeAll(async () => {
  s = await startSuite();
  const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'admin'`);
  for (const unit of UNITS.slice(1)) {
    for (const [name, role, display] of [
      [officer(unit), 'DISCLOSURE_OFFICER', '测试公开'],
      [head(unit), 'DEPARTMENT_HEAD', '测试局长'],
    ]) {
      await s.sql(
        `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), ?, ?, ?, ?::text[], ?)`,
        [name, display, demoUnitId(unit), `{${role}}`, password_hash],
      );
    }
  }
});
afterAll(() => s.close());

const THIS_YEAR = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
/** Each test works on its own year of the education bureau (the seed published last year's). */
let nextYear = THIS_YEAR - 2;
const freshYear = () => nextYear--;
/** A unit and ended year not used yet, with the unit's officer and head. */
let slotSeq = 0;
function slot() {
  const n = slotSeq++;
  const units = UNITS.slice(1); // the education bureau's years are the tests' own (freshYear)
  const unit = units[n % units.length]!;
  return { unit, gk: officer(unit), head: head(unit), year: THIS_YEAR - 2 - Math.floor(n / units.length) };
}

const F = `id version state year scope unitId governmentId dueOn returnReason signedOffByName
  content { unitName overview frozen sumsOk requestFees
    tableTwo { key value computed source }
    tableThree { key values }
    tableFour { key values source }
    sums { id label left right ok } }`;
const CREATE = `mutation($y:Int!,$u:ID!){ createAnnualReport(year:$y, unitId:$u){ ${F} } }`;
const UPDATE = `mutation($id:ID!,$v:Int!,$i:AnnualReportInput!){ updateAnnualReport(id:$id, version:$v, input:$i){ ${F} } }`;
const step = (name: string, extra = '') =>
  `mutation($id:ID!,$v:Int!${extra ? ',$r:String!' : ''}){ ${name}(id:$id, version:$v${extra ? ', reason:$r' : ''}){ ${F} } }`;
const SUBMIT = step('submitAnnualReport');
const RETURN = step('returnAnnualReport', 'reason');
const SIGN_OFF = step('signOffAnnualReport');
const PUBLISH = step('publishAnnualReport');
const REFRESH = step('refreshAnnualReport');
const GET = `query($id:ID!){ annualReport(id:$id){ ${F} } }`;

type R = { id: string; version: number; state: string; content: any; [k: string]: any };
async function go(user: string, q: string, r: { id: string; version: number }, vars: Record<string, unknown> = {}): Promise<R> {
  const res = await s.as(user, q, { id: r.id, v: r.version, ...vars });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data)[0] as R;
}

/** A table 三 that adds up: n requests of natural persons and one of a business, one carried to next year. */
function goodTableThree(n = 5): TableThree {
  const t = emptyTableThree();
  const add = (row: keyof TableThree, col: (typeof APPLICANT_KINDS)[number], k: number) => {
    t[row][col] += k;
    t[row].TOTAL += k;
  };
  add('NEW', 'NATURAL_PERSON', n);
  add('NEW', 'BUSINESS', 1);
  add('CARRIED_OVER', 'NATURAL_PERSON', 1);
  add('DISCLOSED', 'NATURAL_PERSON', n - 1);
  add('NOT_DISCLOSED.STATE_SECRET', 'NATURAL_PERSON', 1);
  add('PARTLY_DISCLOSED', 'BUSINESS', 1);
  for (const col of TABLE_THREE_COLUMNS) t.TOTAL[col] = OUTCOME_ROWS.reduce((x, r) => x + t[r][col], 0);
  add('CARRIED_FORWARD', 'NATURAL_PERSON', 1);
  return t;
}
/** Table 三 as the requests would give it, constructed here (the requests are counted elsewhere). */
const putTableThree = (id: string, t: TableThree | null, fees = 0) =>
  s.sql(`update annual_report set computed = computed || ?::jsonb where id = ?`, [
    JSON.stringify({ tableThree: t, requestFees: t ? fees : null }),
    id,
  ]);

const FULL_MANUAL = {
  REGULATION_REPEALED: 0,
  NORMATIVE_REPEALED: 1,
  LICENCE_DECISIONS: 20,
  PENALTY_DECISIONS: 3,
  ENFORCEMENT_DECISIONS: 0,
  FEES_AMOUNT: 12.5,
  'RECONSIDERATION.UPHELD': 2,
  'RECONSIDERATION.CORRECTED': 1,
  'RECONSIDERATION.OTHER': 0,
  'RECONSIDERATION.PENDING': 1,
  'RECONSIDERATION.TOTAL': 4,
  'LITIGATION_DIRECT.UPHELD': 1,
  'LITIGATION_DIRECT.CORRECTED': 0,
  'LITIGATION_DIRECT.OTHER': 0,
  'LITIGATION_DIRECT.PENDING': 0,
  'LITIGATION_DIRECT.TOTAL': 1,
  'LITIGATION_AFTER.UPHELD': 0,
  'LITIGATION_AFTER.CORRECTED': 0,
  'LITIGATION_AFTER.OTHER': 0,
  'LITIGATION_AFTER.PENDING': 0,
  'LITIGATION_AFTER.TOTAL': 0,
};
const ALL_SOURCES = MANUAL_SOURCES.map((source) => ({ source, text: '本单位业务统计台账' }));
const input = (manual: Record<string, number | null> = FULL_MANUAL, sources = ALL_SOURCES, overview = '本年度政府信息公开工作总体情况。') => ({
  overview,
  problems: '存在的问题及改进情况。',
  otherMatters: '无。',
  figures: Object.entries(manual).map(([figure, value]) => ({ figure, value })),
  sources,
});

/** A complete draft of the education bureau's report of a fresh year, with table 三 as given. */
async function completeDraft(t: TableThree | null = goodTableThree()) {
  const { unit, gk, head, year } = slot();
  const res = await s.as(gk, CREATE, { y: year, u: demoUnitId(unit) });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const created = res.data.createAnnualReport as R;
  await putTableThree(created.id, t);
  return { ...(await go(gk, UPDATE, created, { i: input() })), gk, head };
}
async function submitted(t: TableThree = goodTableThree()) {
  const r = await completeDraft(t);
  return { ...(await go(r.gk, SUBMIT, r)), gk: r.gk, head: r.head };
}

describe('the template sums, as data', () => {
  const figures = (t: TableThree | null) => {
    const m = emptyManual();
    for (const [k, v] of Object.entries(FULL_MANUAL)) m.values[k as keyof typeof m.values] = v;
    return assembleFigures({ tableTwo: {}, tableThree: t, requestFees: 0 }, m);
  };
  it('a report that adds up passes every sum of the template', () => {
    const checks = checkSums(figures(goodTableThree()));
    expect(checks).toHaveLength(SUM_RULES.length);
    expect(checks.every((c) => c.ok)).toBe(true);
  });
  it('each sum fails when one of its cells is off by one, and names itself', () => {
    for (const rule of SUM_RULES) {
      const f = figures(goodTableThree());
      const [table, row, col] = rule.left[0]!;
      (f as any)[table][row][col] = ((f as any)[table][row][col] ?? 0) + 1;
      const failing = checkSums(f).filter((c) => !c.ok);
      expect(failing.map((c) => c.id)).toContain(rule.id);
      expect(rule.label).toMatch(/^表[三四]“/);
    }
  });
  it('covers the template: every column balance and total, every row of table 三, every block of table 四', () => {
    expect(SUM_RULES.filter((r) => r.id.startsWith('三.balance.'))).toHaveLength(TABLE_THREE_COLUMNS.length);
    expect(SUM_RULES.filter((r) => r.id.startsWith('三.total.'))).toHaveLength(TABLE_THREE_COLUMNS.length);
    expect(SUM_RULES.filter((r) => r.id.startsWith('三.row.'))).toHaveLength(OUTCOME_ROWS.length + 4);
    expect(SUM_RULES.filter((r) => r.id.startsWith('四.total.'))).toHaveLength(3);
  });
  it("table 三's sums are not checked while it is not counted", () => {
    expect(checkSums(figures(null)).every((c) => c.id.startsWith('四.'))).toBe(true);
  });
});

describe('a unit drafts its report', () => {
  it('generates it with the figures of table 二 computed from its issued documents, and a to-do due on the unit due date', async () => {
    const year = freshYear();
    const insert = (kind: string, issueDate: string) =>
      s.sql(
        `insert into policy_document (id, kind, title, lead_unit_id, government_id, co_unit_ids, interpretation_forms, state, disclosure_attribute, created_by_id, created_by_name, issue_date)
         values (gen_random_uuid(), ?, '测试文件', ?, ?, '{}', '{}', 'ISSUED', 'PROACTIVE', gen_random_uuid(), '测试', ?)`,
        [kind, demoUnitId('education'), demoUnitId('city'), issueDate],
      );
    const before = await s.sql<{ n: number }>(
      `select count(*)::int as n from policy_document where lead_unit_id = ? and state = 'ISSUED' and kind <> 'REGULATION' and issue_date <= make_date(?, 12, 31)`,
      [demoUnitId('education'), year],
    );
    await insert('DEPARTMENT', `${year}-03-01`);
    await insert('DEPARTMENT', `${year}-11-30`);
    await insert('DEPARTMENT', `${year + 1}-01-02`); // next year's: not counted
    await insert('REGULATION', `${year}-05-05`);
    const r = (await s.as('jiaoyu.gk', CREATE, { y: year, u: demoUnitId('education') })).data.createAnnualReport as R;
    expect(r.state).toBe('DRAFT');
    expect(r.scope).toBe('UNIT');
    expect(r.dueOn).toBe(`${year + 1}-01-31`);
    const two = Object.fromEntries(r.content.tableTwo.map((x: any) => [x.key, x]));
    expect(two.NORMATIVE_ISSUED.value).toBe(2);
    expect(two.NORMATIVE_IN_FORCE.value).toBe(before[0]!.n + 2);
    expect(two.REGULATION_ISSUED.value).toBe(1);
    expect(two.NORMATIVE_ISSUED.computed).toBe(true);
    expect(two.LICENCE_DECISIONS.computed).toBe(false);
    expect(two.LICENCE_DECISIONS.value).toBeNull();
    // table 三 is counted from the requests (none of that year for this unit) and adds up
    expect(r.content.tableThree.every((row: any) => row.values.every((v: number) => v === 0))).toBe(true);
    expect(r.content.sums.every((x: any) => x.ok)).toBe(true);
    const [todo] = await s.sql(`select kind, assignee_role, assignee_unit_id, due_at from todo where subject_id = ? and done_at is null`, [r.id]);
    expect(todo).toMatchObject({ kind: 'annualReport.draft', assignee_role: 'DISCLOSURE_OFFICER', assignee_unit_id: demoUnitId('education') });
    expect(new Date(todo.due_at).toISOString()).toBe(`${year + 1}-01-31T15:59:59.999Z`);
    // once per unit and year
    expect(codeOf(await s.as('jiaoyu.gk', CREATE, { y: year, u: demoUnitId('education') }))).toBe('ANNUAL_REPORT_EXISTS');
  });

  it('counts table 三 and the fees from the requests on application of the year, by applicant kind', async () => {
    const year = freshYear();
    /** A request of the education bureau as the requests module stores it: received, and replied with these items. */
    const request = async (kind: string, receivedOn: string, repliedOn: string | null, items: [string, string | null][], fee = 0) => {
      const [{ id }] = await s.sql(
        `insert into disclosure_request (id, request_number, check_code, unit_id, government_id, applicant_kind, applicant_name, id_proof_kind, id_proof_number,
           information_form, delivery_method, channel, state, submitted_at, received_on, replied_on, fee_charged)
         values (gen_random_uuid(), ?, 'CODE2345', ?, ?, ?, '申请人', 'ID_CARD', '210000000000000000', 'PAPER', 'POST', 'IN_PERSON', ?, now(), ?, ?, ?) returning id`,
        [
          `YS-${Math.random().toString(36).slice(2)}`,
          demoUnitId('education'),
          demoUnitId('city'),
          kind,
          repliedOn ? 'DELIVERED' : 'IN_PROGRESS',
          receivedOn,
          repliedOn,
          fee,
        ],
      );
      let seq = 1;
      for (const [outcome, reason] of items) {
        await s.sql(
          `insert into disclosure_request_item (id, request_id, seq, description, outcome, outcome_reason) values (gen_random_uuid(), ?, ?, '所需信息', ?, ?)`,
          [id, seq++, outcome, reason],
        );
      }
    };
    await request('NATURAL_PERSON', `${year}-02-01`, `${year}-02-20`, [['DISCLOSED', null]], 10);
    await request('NATURAL_PERSON', `${year}-03-01`, `${year}-03-25`, [
      ['DISCLOSED', null],
      ['NOT_DISCLOSED', 'STATE_SECRET'],
    ]);
    await request('BUSINESS', `${year}-04-01`, `${year}-04-10`, [['CANNOT_PROVIDE', 'NOT_HELD']]);
    await request('LEGAL_SERVICE', `${year}-12-20`, null, [[null as never, null]]); // carried to next year
    await request('NATURAL_PERSON', `${year - 1}-12-25`, `${year}-01-15`, [['DISCLOSED', null]]); // carried over
    const r = (await s.as('jiaoyu.gk', CREATE, { y: year, u: demoUnitId('education') })).data.createAnnualReport as R;
    const t = Object.fromEntries(r.content.tableThree.map((x: any) => [x.key, x.values]));
    // columns: natural person, business, research, public interest, legal service, other, total
    expect(t.NEW).toEqual([2, 1, 0, 0, 1, 0, 4]);
    expect(t.CARRIED_OVER).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.DISCLOSED).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(t.PARTLY_DISCLOSED).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t['CANNOT_PROVIDE.NOT_HELD']).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(t.TOTAL).toEqual([3, 1, 0, 0, 0, 0, 4]);
    expect(t.CARRIED_FORWARD).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(r.content.requestFees).toBe(10);
    expect(r.content.sumsOk).toBe(true);
  });

  it('refreshes the computed figures while a draft', async () => {
    const r = (await s.as('jiaoyu.gk', CREATE, { y: freshYear(), u: demoUnitId('education') })).data.createAnnualReport as R;
    await s.sql(
      `insert into policy_document (id, kind, title, lead_unit_id, government_id, co_unit_ids, interpretation_forms, state, disclosure_attribute, created_by_id, created_by_name, issue_date)
       values (gen_random_uuid(), 'DEPARTMENT', '新印发文件', ?, ?, '{}', '{}', 'ISSUED', 'PROACTIVE', gen_random_uuid(), '测试', make_date(?, 6, 1))`,
      [demoUnitId('education'), demoUnitId('city'), r.year],
    );
    const issued = (x: R) => x.content.tableTwo.find((c: any) => c.key === 'NORMATIVE_ISSUED').value;
    const refreshed = await go('jiaoyu.gk', REFRESH, r);
    expect(issued(refreshed)).toBe(issued(r) + 1);
  });

  it('only the right roles generate it: a unit its own, the Disclosure Office the government’s', async () => {
    const y = freshYear();
    expect(codeOf(await s.as('jiaoyu.staff', CREATE, { y, u: demoUnitId('education') }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.head', CREATE, { y, u: demoUnitId('education') }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.gk', CREATE, { y, u: demoUnitId('civil') }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.gk', CREATE, { y, u: demoUnitId('city') }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', CREATE, { y, u: demoUnitId('education') }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('leader', CREATE, { y, u: demoUnitId('city') }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.gk', CREATE, { y: 1999, u: demoUnitId('education') }))).toBe('ANNUAL_REPORT_YEAR_INVALID');
    expect(codeOf(await s.as('jiaoyu.gk', CREATE, { y: THIS_YEAR + 1, u: demoUnitId('education') }))).toBe('ANNUAL_REPORT_YEAR_INVALID');
    const g = (await s.as('gongkaiban', CREATE, { y, u: demoUnitId('city') })).data.createAnnualReport as R;
    expect(g.scope).toBe('GOVERNMENT');
    expect(g.dueOn).toBe(`${y + 1}-03-31`);
    const [todo] = await s.sql(`select assignee_role, assignee_unit_id from todo where subject_id = ?`, [g.id]);
    expect(todo).toMatchObject({ assignee_role: 'DISCLOSURE_OFFICE', assignee_unit_id: demoUnitId('disclosure') });
  });

  it('refuses figures that are not counts or amounts, and figures the template does not have', async () => {
    const r = (await s.as('jiaoyu.gk', CREATE, { y: freshYear(), u: demoUnitId('education') })).data.createAnnualReport as R;
    const upd = (figure: string, value: number) => s.as('jiaoyu.gk', UPDATE, { id: r.id, v: r.version, i: { figures: [{ figure, value }] } });
    expect(codeOf(await upd('LICENCE_DECISIONS', -1))).toBe('ANNUAL_REPORT_FIGURE_INVALID');
    expect(codeOf(await upd('LICENCE_DECISIONS', 1.5))).toBe('ANNUAL_REPORT_FIGURE_INVALID');
    expect(codeOf(await upd('FEES_AMOUNT', 1.23456))).toBe('ANNUAL_REPORT_FIGURE_INVALID');
    expect(codeOf(await upd('REGULATION_ISSUED', 3))).toBe('ANNUAL_REPORT_FIGURE_UNKNOWN'); // computed, not entered
    expect(codeOf(await upd('NOPE', 3))).toBe('ANNUAL_REPORT_FIGURE_UNKNOWN');
    const ok = (await upd('FEES_AMOUNT', 1.2345)).data.updateAnnualReport as R;
    expect(ok.content.tableTwo.find((c: any) => c.key === 'FEES_AMOUNT').value).toBe(1.2345);
    // another unit's officer, the head, the staff: not theirs to edit
    for (const u of ['jiaoyu.head', 'jiaoyu.staff', 'gongkaiban']) {
      expect(codeOf(await s.as(u, UPDATE, { id: r.id, v: ok.version, i: { overview: '改写' } }))).toBe('FORBIDDEN');
    }
  });
});

describe('submission and sign-off are refused until the report is complete and adds up', () => {
  it('refuses a report of a year not ended', async () => {
    const r = (await s.as('jiaoyu.gk', CREATE, { y: THIS_YEAR, u: demoUnitId('education') })).data.createAnnualReport as R;
    expect(codeOf(await s.as('jiaoyu.gk', SUBMIT, { id: r.id, v: r.version }))).toBe('ANNUAL_REPORT_YEAR_NOT_ENDED');
  });
  it('refuses without table 三, without the overview, with a figure or a source missing', async () => {
    const noThree = await completeDraft(null);
    expect(codeOf(await s.as(noThree.gk, SUBMIT, { id: noThree.id, v: noThree.version }))).toBe('ANNUAL_REPORT_TABLE_THREE_MISSING');
    const r = await completeDraft();
    const blank = await go(r.gk, UPDATE, r, { i: { overview: '  ' } });
    expect(codeOf(await s.as(r.gk, SUBMIT, { id: blank.id, v: blank.version }))).toBe('ANNUAL_REPORT_TEXT_REQUIRED');
    const missing = await go(r.gk, UPDATE, blank, { i: { overview: '总体情况。', figures: [{ figure: 'PENALTY_DECISIONS', value: null }] } });
    const res = await s.as(r.gk, SUBMIT, { id: missing.id, v: missing.version });
    expect(codeOf(res)).toBe('ANNUAL_REPORT_FIGURE_MISSING');
    expect(res.errors![0]!.message).toContain('行政处罚本年处理决定数量');
    const unsourced = await go(r.gk, UPDATE, missing, {
      i: { figures: [{ figure: 'PENALTY_DECISIONS', value: 3 }], sources: [{ source: 'RECONSIDERATION', text: '' }] },
    });
    const res2 = await s.as(r.gk, SUBMIT, { id: unsourced.id, v: unsourced.version });
    expect(codeOf(res2)).toBe('ANNUAL_REPORT_SOURCE_REQUIRED');
    expect(res2.errors![0]!.message).toContain('行政复议');
  });

  const off: [string, (t: TableThree) => void, string][] = [
    [
      'a column whose new + carried over ≠ total + carried forward',
      (t) => ((t.NEW.NATURAL_PERSON += 1), (t.NEW.TOTAL += 1)),
      '本年新收申请数量＋上年结转申请数量＝办理结果总计＋结转下年度继续办理',
    ],
    [
      'a total that is not the sum of the outcome rows',
      (t) => ((t.TOTAL.BUSINESS += 1), (t.CARRIED_OVER.BUSINESS += 1), (t.TOTAL.TOTAL += 1), (t.CARRIED_OVER.TOTAL += 1)),
      '“商业企业”列：办理结果总计＝各项办理结果之和',
    ],
    [
      'a row whose total column is not the sum of the six applicant columns',
      (t) => ((t['CANNOT_PROVIDE.NOT_HELD'].TOTAL += 0), (t.CARRIED_FORWARD.TOTAL += 1), (t.CARRIED_OVER.TOTAL += 1)),
      '行：总计＝自然人与五类法人或其他组织之和',
    ],
  ];
  for (const [what, spoil, words] of off) {
    it(`refuses ${what}, naming the sum in Chinese`, async () => {
      const t = goodTableThree();
      spoil(t);
      const r = await completeDraft(t);
      const res = await s.as(r.gk, SUBMIT, { id: r.id, v: r.version });
      expect(codeOf(res)).toBe('ANNUAL_REPORT_SUMS_OFF');
      expect(res.errors![0]!.message).toContain(words);
      const shown = (await s.as(r.gk, GET, { id: r.id })).data.annualReport.content;
      expect(shown.sumsOk).toBe(false);
      expect(shown.sums.filter((x: any) => !x.ok).length).toBeGreaterThan(0);
    });
  }

  it('refuses a block of table 四 whose total is not 维持+纠正+其他+尚未审结', async () => {
    const r = await completeDraft();
    const bad = await go(r.gk, UPDATE, r, { i: { figures: [{ figure: 'LITIGATION_DIRECT.TOTAL', value: 2 }] } });
    const res = await s.as(r.gk, SUBMIT, { id: bad.id, v: bad.version });
    expect(codeOf(res)).toBe('ANNUAL_REPORT_SUMS_OFF');
    expect(res.errors![0]!.message).toContain('表四“行政诉讼（未经复议直接起诉）”：总计＝结果维持＋结果纠正＋其他结果＋尚未审结');
    // corrected, it goes
    const fixed = await go(r.gk, UPDATE, bad, { i: { figures: [{ figure: 'LITIGATION_DIRECT.TOTAL', value: 1 }] } });
    expect((await go(r.gk, SUBMIT, fixed)).state).toBe('SUBMITTED');
  });

  it('refuses the sign-off while a sum is off, and signs off once it adds up', async () => {
    const r = await submitted();
    // the figures changed behind the report's back (e.g. restored from an older copy): the head is refused
    const t = goodTableThree();
    t.DISCLOSED.NATURAL_PERSON += 1;
    await putTableThree(r.id, t);
    const res = await s.as(r.head, SIGN_OFF, { id: r.id, v: r.version });
    expect(codeOf(res)).toBe('ANNUAL_REPORT_SUMS_OFF');
    expect(res.errors![0]!.message).toMatch(/^表三“自然人”列/);
    const back = await go(r.head, RETURN, r, { r: '表三自然人列合计不符，请核对' });
    expect(back.state).toBe('DRAFT');
    expect(back.returnReason).toBe('表三自然人列合计不符，请核对');
    await putTableThree(r.id, goodTableThree());
    const again = await go(r.gk, SUBMIT, back);
    const signed = await go(r.head, SIGN_OFF, again);
    expect(signed.state).toBe('SIGNED_OFF');
    expect(signed.signedOffByName).toBe('测试局长');
    expect(signed.content.frozen).toBe(true);
    expect(signed.content.sumsOk).toBe(true);
  });
});

describe('sign-off', () => {
  it('only the head of the unit signs off a unit’s report; the leaders the government’s', async () => {
    const r = await submitted();
    for (const u of [r.gk, 'jiaoyu.head', 'minzheng.head', 'leader', 'gongkaiban']) {
      expect(codeOf(await s.as(u, SIGN_OFF, { id: r.id, v: r.version })), u).toBe('FORBIDDEN');
    }
    expect(codeOf(await s.as(r.head, RETURN, { id: r.id, v: r.version, r: ' ' }))).toBe('ANNUAL_REPORT_REASON_REQUIRED');
    expect((await go(r.head, SIGN_OFF, r)).state).toBe('SIGNED_OFF');

    const g = (await s.as('gongkaiban', CREATE, { y: freshYear(), u: demoUnitId('city') })).data.createAnnualReport as R;
    await putTableThree(g.id, goodTableThree(20));
    const gs = await go('gongkaiban', SUBMIT, await go('gongkaiban', UPDATE, g, { i: input() }));
    expect(codeOf(await s.as('jiaoyu.head', SIGN_OFF, { id: gs.id, v: gs.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', SIGN_OFF, { id: gs.id, v: gs.version }))).toBe('FORBIDDEN');
    const [todo] = await s.sql(
      `select assignee_role, assignee_unit_id from todo where subject_id = ? and kind = 'annualReport.signOff' and done_at is null`,
      [gs.id],
    );
    expect(todo).toMatchObject({ assignee_role: 'LEADER', assignee_unit_id: demoUnitId('city') });
    const signed = await go('leader', SIGN_OFF, gs);
    expect(signed.state).toBe('SIGNED_OFF');
    expect(codeOf(await s.as('leader', PUBLISH, { id: signed.id, v: signed.version }))).toBe('FORBIDDEN');
    expect((await go('gongkaiban', PUBLISH, signed)).state).toBe('PUBLISHED');
  });

  it('freezes the figures: later work changes nothing, and nothing may be edited or refreshed', async () => {
    const sub = await submitted();
    const r: R = { ...(await go(sub.head, SIGN_OFF, sub)), gk: sub.gk };
    const before = r.content;
    await s.sql(
      `insert into policy_document (id, kind, title, lead_unit_id, government_id, co_unit_ids, interpretation_forms, state, disclosure_attribute, created_by_id, created_by_name, issue_date)
       values (gen_random_uuid(), 'DEPARTMENT', '审签后印发', ?, ?, '{}', '{}', 'ISSUED', 'PROACTIVE', gen_random_uuid(), '测试', make_date(?, 7, 1))`,
      [demoUnitId('education'), demoUnitId('city'), r.year],
    );
    await putTableThree(r.id, goodTableThree(9));
    await s.sql(`update annual_report set manual = jsonb_set(manual, '{values,LICENCE_DECISIONS}', '999') where id = ?`, [r.id]);
    const after = (await s.as(r.gk, GET, { id: r.id })).data.annualReport;
    expect(after.content).toEqual(before);
    expect(codeOf(await s.as(r.gk, REFRESH, { id: r.id, v: after.version }))).toBe('TRANSITION_NOT_ALLOWED');
    expect(codeOf(await s.as(r.gk, UPDATE, { id: r.id, v: after.version, i: { overview: '改' } }))).toBe('TRANSITION_NOT_ALLOWED');
    const published = await go(r.gk, PUBLISH, after);
    const pub = (
      await s.gql(
        `query($id:ID!){ publicAnnualReport(id:$id){ year unitName content { frozen tableThree { key values } tableTwo { key value } } } }`,
        { id: r.id },
      )
    ).data.publicAnnualReport;
    expect(pub.unitName).toBe(after.content.unitName);
    expect(pub.content.tableThree).toEqual(before.tableThree);
    expect(published.state).toBe('PUBLISHED');
  });

  it('of two concurrent sign-offs exactly one wins', async () => {
    const r = await submitted();
    await s.as(r.head, '{ me { id } }'); // signed in before, so that only the sign-offs race
    const results = await Promise.all([s.as(r.head, SIGN_OFF, { id: r.id, v: r.version }), s.as(r.head, SIGN_OFF, { id: r.id, v: r.version })]);
    expect(results.filter((x) => x.data?.signOffAnnualReport).length).toBe(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['VERSION_CONFLICT']);
  });
});

describe('the portal', () => {
  it('lists published reports only, and serves their .docx and .xlsx to anyone; a draft’s files only to its readers', async () => {
    const draft = await completeDraft();
    const sub = await submitted();
    const pub = await go(sub.gk, PUBLISH, await go(sub.head, SIGN_OFF, sub));
    const list = (await s.gql(`query{ publicAnnualReports { id year scope unitName docxUrl xlsxUrl } }`)).data.publicAnnualReports as any[];
    expect(list.map((x) => x.id)).toContain(pub.id);
    expect(list.map((x) => x.id)).not.toContain(draft.id);
    // the seed published last year's reports of the city and two departments
    expect(list.filter((x) => x.year === THIS_YEAR - 1).map((x) => x.unitName)).toEqual(
      expect.arrayContaining(['朝阳市人民政府', '朝阳市教育局', '朝阳市民政局']),
    );
    expect(codeOf(await s.gql(`query($id:ID!){ publicAnnualReport(id:$id){ id } }`, { id: draft.id }))).toBe('NOT_FOUND');

    const get = (url: string, cookie?: string) => s.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
    const docx = await get(`/annual-reports/${pub.id}.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await get(`/annual-reports/${pub.id}.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(xlsx.headers['content-disposition']))).toContain(
      `${pub.content.unitName}${pub.year}年政府信息公开工作年度报告.xlsx`,
    );
    expect((await get(`/annual-reports/${draft.id}.docx`)).statusCode).toBe(401);
    expect((await get(`/annual-reports/${draft.id}.docx`, await s.login('minzheng.head'))).statusCode).toBe(403);
    expect((await get(`/annual-reports/${draft.id}.docx`, await s.login(draft.head))).statusCode).toBe(200);
    expect((await get(`/annual-reports/not-a-report.docx`)).statusCode).toBe(404);
  });
});

describe('who reads reports', () => {
  it('a unit reads its own; leaders and the Disclosure Office their whole level', async () => {
    const r = await completeDraft();
    const LIST = `query{ annualReports { id } }`;
    const sees = async (u: string) => ((await s.as(u, LIST)).data?.annualReports ?? []).some((x: any) => x.id === r.id);
    expect(await sees(r.gk)).toBe(true);
    expect(await sees(r.head)).toBe(true);
    expect(await sees('jiaoyu.gk')).toBe(false);
    expect(await sees('leader')).toBe(true);
    expect(await sees('gongkaiban')).toBe(true);
    expect(await sees('minzheng.head')).toBe(false);
    expect(codeOf(await s.as('minzheng.head', GET, { id: r.id }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.staff', LIST))).toBe('FORBIDDEN');
  });
});

describe('when a year has ended', () => {
  it("opens each unit's report with a to-do due on the unit due date, and the government's due on the government due date, once", async () => {
    const ended = THIS_YEAR; // as seen from the next January
    const run = () => openAnnualReportsOn(s.orm.em.fork(), s.config, `${ended + 1}-01-05`);
    expect(await run()).toBeGreaterThan(0);
    const rows = await s.sql<{
      unit_id: string;
      scope: string;
      due_on: string;
      kind: string;
      assignee_role: string;
      assignee_unit_id: string;
      due_at: Date;
    }>(
      `select r.unit_id, r.scope, r.due_on::text, t.kind, t.assignee_role, t.assignee_unit_id, t.due_at
         from annual_report r join todo t on t.subject_id = r.id::text and t.done_at is null
        where r.year = ? and r.unit_id in (?, ?)`,
      [ended, demoUnitId('drc'), demoUnitId('city')],
    );
    const drc = rows.find((x) => x.unit_id === demoUnitId('drc'))!;
    expect(drc).toMatchObject({
      scope: 'UNIT',
      due_on: `${ended + 1}-01-31`,
      kind: 'annualReport.draft',
      assignee_role: 'DISCLOSURE_OFFICER',
      assignee_unit_id: demoUnitId('drc'),
    });
    const city = rows.find((x) => x.unit_id === demoUnitId('city'))!;
    expect(city).toMatchObject({
      scope: 'GOVERNMENT',
      due_on: `${ended + 1}-03-31`,
      assignee_role: 'DISCLOSURE_OFFICE',
      assignee_unit_id: demoUnitId('disclosure'),
    });
    expect(new Date(city.due_at).toISOString()).toBe(`${ended + 1}-03-31T15:59:59.999Z`);
    // a unit without a disclosure officer has none to draft; a second run makes nothing more
    expect(await s.sql(`select 1 from annual_report where year = ? and unit_id = ?`, [ended, demoUnitId('agriculture')])).toHaveLength(0);
    expect(await run()).toBe(0);
    // after the reporting season, nothing is opened
    expect(await openAnnualReportsOn(s.orm.em.fork(), s.config, `${ended + 2}-04-01`)).toBe(0);
  });
});

describe('section 五 lists the rectifications of the yearly review', () => {
  it("the year's rectifications of the level, each as the review recorded it, frozen in the published report", async () => {
    const [rect] = await s.sql(
      `select finding, requirement, verified_on::text as verified_on, year from review_rectification where state = 'VERIFIED' order by year limit 1`,
    );
    // the demo's review of that year has a verified rectification
    expect(rect?.finding).toEqual(expect.any(String));
    const list = (await s.gql(`query($y:Int){ publicAnnualReports(year:$y){ id scope } }`, { y: rect.year })).data.publicAnnualReports;
    const city = list.find((r: { scope: string }) => r.scope === 'GOVERNMENT');
    const content = (await s.gql(`query($id:ID!){ publicAnnualReport(id:$id){ content { rectifications } } }`, { id: city.id })).data
      .publicAnnualReport.content;
    expect(content.rectifications).toHaveLength(1);
    expect(content.rectifications[0]).toContain(rect.finding);
    expect(content.rectifications[0]).toContain(`整改要求：${rect.requirement.replace(/[。；]+$/, '')}）`);
    expect(content.rectifications[0]).toContain(`已于${rect.verified_on}整改到位并通过核查`);
    // frozen: a rectification ordered afterwards for that year is not in the published report
    await s.sql(
      `insert into review_rectification (id, spot_check_id, campaign_id, unit_id, government_id, year, finding, due_on, state, ordered_on, version)
       select gen_random_uuid(), spot_check_id, campaign_id, unit_id, government_id, year, '后来发现的问题', due_on, 'ORDERED', ordered_on, 1
         from review_rectification where state = 'VERIFIED' and year = ? limit 1`,
      [rect.year],
    );
    const again = (await s.gql(`query($id:ID!){ publicAnnualReport(id:$id){ content { rectifications } } }`, { id: city.id })).data.publicAnnualReport
      .content;
    expect(again.rectifications).toEqual(content.rectifications);
  });
});
