import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawSample } from '../../packages/shared/src/review/sample.js';
import { codeOf, demoUnitId, startSuite, type Suite } from '../support/suite.js';
import { today } from '../../packages/server/src/common/clock.js';
import * as docs from '../../packages/server/src/modules/documents/documents.service.js';
import { rectificationsOf } from '../../packages/server/src/modules/review/review.service.js';
import { registerRequest } from '../../packages/server/src/modules/requests/requests.service.js';

let s: Suite;
const year = Number(today().slice(0, 4));
const yesterday = () => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const later = (days: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A document of the education bureau kept undisclosed, issued today through the real flow. */
async function issuedNotDisclosed(title: string) {
  const staff = await s.ctxAs('jiaoyu.staff');
  const d = await docs.createDocument(staff, {
    kind: 'DEPARTMENT',
    title,
    body: `${title}的正文。`,
    disclosureAttribute: 'NOT_DISCLOSED',
    attributeReason: 'PROCESS_INFORMATION',
    attributeBasis: '《中华人民共和国政府信息公开条例》第十六条第二款',
  });
  const a = await docs.submitDocument(await s.ctxAs('jiaoyu.staff'), d.id, d.version);
  const b = await docs.approveDocumentAttribute(await s.ctxAs('jiaoyu.gk'), d.id, a.version);
  const c = await docs.signOffDocument(await s.ctxAs('jiaoyu.head'), d.id, b.version);
  return docs.issueDocument(await s.ctxAs('jiaoyu.staff'), d.id, c.version, today());
}

const TO_CONVERT = '朝阳市教育局关于审查测试转为主动公开文件的通知';
const TO_REDACT = '朝阳市教育局关于审查测试剔除秘密内容文件的通知';
let convertId: string;
let redactId: string;

beforeAll(async () => {
  s = await startSuite();
  // this year's review as the demo data opened it is removed: the tests open it themselves
  const [c] = await s.sql(`select id from review_campaign where year = ?`, [year]);
  await s.sql(`delete from todo where subject_type = 'ReviewReport' and subject_id in (select id::text from review_report where campaign_id = ?)`, [
    c.id,
  ]);
  await s.sql(`delete from review_item where report_id in (select id from review_report where campaign_id = ?)`, [c.id]);
  await s.sql(`delete from review_report where campaign_id = ?`, [c.id]);
  await s.sql(`delete from review_campaign where id = ?`, [c.id]);
  convertId = (await issuedNotDisclosed(TO_CONVERT)).id;
  redactId = (await issuedNotDisclosed(TO_REDACT)).id;
}, 60_000);
afterAll(() => s.close());

const CAMPAIGN = 'id version year state reportDueOn openedByName';
const REPORT = 'id version state dueOn overdue submittedOn submittedLate returnReason situation workSummary unitId';
const ITEM = 'id version source documentId title attributeBefore classified outcome reason allowedOutcomes appliedAt';
const OPEN = `mutation($y:Int!){ openReviewCampaign(year:$y){ ${CAMPAIGN} } }`;
const REPORTS = `query($f:ReviewReportFilter){ reviewReports(filter:$f){ ${REPORT} } }`;
const REPORT_Q = `query($id:ID!){ reviewReport(id:$id){ ${REPORT} items { ${ITEM} } } }`;
const DECIDE = `mutation($id:ID!,$v:Int!,$o:ReviewOutcome!,$r:String!){ decideReviewItem(id:$id, version:$v, outcome:$o, reason:$r){ ${ITEM} } }`;
const UPDATE = `mutation($id:ID!,$v:Int!,$i:ReviewReportInput!){ updateReviewReport(id:$id, version:$v, input:$i){ ${REPORT} } }`;
const step = (name: string, extra = '') =>
  `mutation($id:ID!,$v:Int!${extra ? ',' + extra.split(';')[0] : ''}){ ${name}(id:$id, version:$v${extra ? ',' + extra.split(';')[1] : ''}){ id version state } }`;
const SUBMIT = step('submitReviewReport');
const SIGN_OFF = step('signOffReviewReport');
const RETURN = step('returnReviewReport', '$r:String!;reason:$r');
const PUBLIC_DOCS = `query($s:String){ publicDocuments(filter:{search:$s}){ total items { id title disclosureAttribute body } } }`;

async function ok<T = any>(user: string, q: string, vars: Record<string, unknown> = {}): Promise<T> {
  const r = await s.as(user, q, vars);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data)[0] as T;
}
const reportOf = async (user: string, unit: string) => (await ok<any[]>(user, REPORTS, { f: { year } })).find((r) => r.unitId === demoUnitId(unit))!;
const fullReport = (user: string, id: string) => ok(user, REPORT_Q, { id });

let campaign: any;

describe('the Disclosure Office opens the year’s review', () => {
  it('refuses a unit, a year out of range, and opens one per level and year with the report day in force', async () => {
    expect(codeOf(await s.as('jiaoyu.staff', OPEN, { y: year }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', OPEN, { y: year + 1 }))).toBe('REVIEW_YEAR_INVALID');
    expect(codeOf(await s.as('gongkaiban', OPEN, { y: year - 2 }))).toBe('REVIEW_YEAR_INVALID');
    // the administrator moves the report day from today on: the campaign takes the value in force
    const p = await s.as('admin', `mutation($i:ParameterVersionInput!){ addParameterVersion(input:$i){ key } }`, {
      i: { key: 'review.reportDue', value: '"12-30"', effectiveFrom: today(), source: '测试' },
    });
    expect(p.errors).toBeUndefined();
    campaign = await ok('gongkaiban', OPEN, { y: year });
    expect(campaign).toMatchObject({ year, state: 'OPEN', reportDueOn: `${year}-12-30`, openedByName: '王公开' });
    expect(codeOf(await s.as('gongkaiban', OPEN, { y: year }))).toBe('REVIEW_CAMPAIGN_EXISTS');
    // last year's (demo data) is there and closed
    expect(codeOf(await s.as('gongkaiban', OPEN, { y: year - 1 }))).toBe('REVIEW_CAMPAIGN_EXISTS');
  });

  it('gives every unit of the level its report, due on the report day, with a to-do for its drafters', async () => {
    const reports = await ok<any[]>('gongkaiban', REPORTS, { f: { campaignId: campaign.id } });
    const [{ n }] = await s.sql(
      `select count(*)::int as n from unit where government_id = ? and active and kind in ('DEPARTMENT','AFFILIATED','PARK')`,
      [demoUnitId('city')],
    );
    expect(reports).toHaveLength(n);
    expect(reports.every((r) => r.dueOn === `${year}-12-30` && r.state === 'DRAFT' && !r.overdue)).toBe(true);
    const todos = await s.sql(
      `select assignee_role, due_at from todo where kind = 'review.report' and assignee_unit_id = ? and done_at is null and subject_id = ?`,
      [demoUnitId('education'), reports.find((r) => r.unitId === demoUnitId('education')).id],
    );
    expect(todos.map((t) => t.assignee_role).sort()).toEqual(['DEPARTMENT_STAFF', 'DISCLOSURE_OFFICER']);
    expect(new Date(todos[0].due_at).toISOString()).toBe(new Date(`${year}-12-30T23:59:59.999+08:00`).toISOString());
    // a unit reads its own report only; the other unit's is refused
    const own = await ok<any[]>('jiaoyu.staff', REPORTS, { f: { year } });
    expect(own.map((r) => r.unitId)).toEqual([demoUnitId('education')]);
    const civil = reports.find((r) => r.unitId === demoUnitId('civil'));
    expect(codeOf(await s.as('jiaoyu.staff', REPORT_Q, { id: civil.id }))).toBe('FORBIDDEN');
  });
});

describe('a unit reviews its items and its head signs the report off', () => {
  it('lists the issued documents not disclosed proactively, and allows only the outcomes that fit each', async () => {
    const r = await fullReport('jiaoyu.staff', (await reportOf('jiaoyu.staff', 'education')).id);
    const byDoc = new Map(r.items.map((i: any) => [i.documentId, i]));
    expect(byDoc.has(convertId) && byDoc.has(redactId)).toBe(true);
    expect(r.items.every((i: any) => ['ON_APPLICATION', 'NOT_DISCLOSED'].includes(i.attributeBefore))).toBe(true);
    const classified = r.items.find((i: any) => i.classified);
    expect(classified.allowedOutcomes).toEqual(['KEEP']);
    expect(codeOf(await s.as('jiaoyu.staff', DECIDE, { id: classified.id, v: classified.version, o: 'CONVERT_TO_PROACTIVE', r: '可公开' }))).toBe(
      'REVIEW_CLASSIFIED_KEEP_ONLY',
    );
    const onApplication = r.items.find((i: any) => !i.classified && i.attributeBefore === 'ON_APPLICATION');
    expect(
      codeOf(await s.as('jiaoyu.staff', DECIDE, { id: onApplication.id, v: onApplication.version, o: 'REDACT_TO_ON_APPLICATION', r: '剔除' })),
    ).toBe('REVIEW_OUTCOME_NOT_APPLICABLE');
    const c = byDoc.get(convertId) as any;
    expect(codeOf(await s.as('jiaoyu.staff', DECIDE, { id: c.id, v: c.version, o: 'KEEP', r: '   ' }))).toBe('REVIEW_REASON_REQUIRED');
    // another unit, and the head (who signs, not drafts), may not decide
    expect(codeOf(await s.as('minzheng.staff', DECIDE, { id: c.id, v: c.version, o: 'KEEP', r: '维持' }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.head', DECIDE, { id: c.id, v: c.version, o: 'KEEP', r: '维持' }))).toBe('FORBIDDEN');
  });

  it('lists the information often requested: a document asked for, and information asked for without one', async () => {
    const REQUESTED = '本市各学区划分方案及入学划片范围';
    for (const [n, name] of ['赵一', '钱二', '孙三'].entries()) {
      await registerRequest(await s.ctxAs('jiaoyu.gk'), {
        unitId: demoUnitId('education'),
        applicantKind: 'NATURAL_PERSON',
        applicantName: name,
        idProofKind: 'ID_CARD',
        idProofNumber: `21130219900101${String(1000 + n)}`,
        phone: `1390421${String(1000 + n)}`,
        postalAddress: '辽宁省朝阳市双塔区朝阳大街1号',
        items: [{ description: n === 1 ? ` ${REQUESTED} ` : REQUESTED }],
        informationForm: 'ELECTRONIC',
        deliveryMethod: 'POST',
        channel: 'IN_PERSON',
        receivedOn: today(),
      } as never);
    }
    const r = await reportOf('jiaoyu.staff', 'education');
    const collected = await ok('jiaoyu.gk', step('collectReviewItems'), { id: r.id, v: r.version });
    expect(collected.version).toBe(r.version);
    const items = (await fullReport('jiaoyu.staff', r.id)).items;
    const asked = items.find((i: any) => i.title === REQUESTED);
    expect(asked).toMatchObject({ source: 'FREQUENT_REQUEST', documentId: null, attributeBefore: null, outcome: null });
    expect(asked.allowedOutcomes).toEqual(['CONVERT_TO_PROACTIVE', 'KEEP']);
    const [{ n }] = await s.sql(`select request_count as n from review_item where id = ?`, [asked.id]);
    expect(n).toBe(3);
    // the teacher-qualification notice was asked for three times (demo data): its item carries the count
    const [{ c }] = await s.sql(`select request_count as c from review_item where report_id = ? and title like '%教师资格认定%'`, [r.id]);
    expect(c).toBe(3);
    // collected again: listed once
    const again = await reportOf('jiaoyu.staff', 'education');
    await ok('jiaoyu.staff', step('collectReviewItems'), { id: again.id, v: again.version });
    expect((await fullReport('jiaoyu.staff', r.id)).items.filter((i: any) => i.title === REQUESTED)).toHaveLength(1);
  });

  it('is submitted only with every item decided and both texts written', async () => {
    const r = await reportOf('jiaoyu.staff', 'education');
    expect(codeOf(await s.as('jiaoyu.staff', SUBMIT, { id: r.id, v: r.version }))).toBe('REVIEW_ITEMS_UNDECIDED');
    const full = await fullReport('jiaoyu.staff', r.id);
    for (const i of full.items) {
      const [o, why] =
        i.documentId === convertId
          ? ['CONVERT_TO_PROACTIVE', '涉及学生家长切身利益，不涉及秘密，应主动公开。']
          : i.documentId === redactId
            ? ['REDACT_TO_ON_APPLICATION', '剔除涉及个人信息的附件后可依申请公开。']
            : ['KEEP', '维持原公开属性。'];
      // the disclosure officer decides as well as the staff
      await ok(i.classified ? 'jiaoyu.gk' : 'jiaoyu.staff', DECIDE, { id: i.id, v: i.version, o, r: why });
    }
    const again = await reportOf('jiaoyu.staff', 'education');
    expect(codeOf(await s.as('jiaoyu.staff', SUBMIT, { id: again.id, v: again.version }))).toBe('REVIEW_SITUATION_REQUIRED');
    const u1 = await ok('jiaoyu.staff', UPDATE, { id: again.id, v: again.version, i: { situation: '逐件审查了本局不予公开和依申请公开的文件。' } });
    expect(codeOf(await s.as('jiaoyu.staff', SUBMIT, { id: u1.id, v: u1.version }))).toBe('REVIEW_SUMMARY_REQUIRED');
    const u2 = await ok('jiaoyu.gk', UPDATE, { id: u1.id, v: u1.version, i: { workSummary: '本年度政务公开工作总结。' } });
    expect(u2.situation).toContain('逐件审查');
    const sent = await ok('jiaoyu.staff', SUBMIT, { id: u2.id, v: u2.version });
    expect(sent.state).toBe('HEAD_SIGNOFF');
    // locked for the drafters once sent
    const item = (await fullReport('jiaoyu.staff', r.id)).items[0];
    expect(codeOf(await s.as('jiaoyu.staff', DECIDE, { id: item.id, v: item.version, o: 'KEEP', r: '维持' }))).toBe('REVIEW_REPORT_LOCKED');
    const [{ n }] = await s.sql(`select count(*)::int as n from todo where kind = 'review.signOff' and subject_id = ? and done_at is null`, [r.id]);
    expect(n).toBe(1);
  });

  it('is signed off by the head only; the head may send it back with a reason', async () => {
    let r = await reportOf('jiaoyu.head', 'education');
    expect(codeOf(await s.as('jiaoyu.staff', SIGN_OFF, { id: r.id, v: r.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.gk', SIGN_OFF, { id: r.id, v: r.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('minzheng.head', SIGN_OFF, { id: r.id, v: r.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', SIGN_OFF, { id: r.id, v: r.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.head', RETURN, { id: r.id, v: r.version, r: ' ' }))).toBe('REVIEW_REASON_REQUIRED');
    await ok('jiaoyu.head', RETURN, { id: r.id, v: r.version, r: '工作总结请补充全年依申请公开办理情况。' });
    r = await reportOf('jiaoyu.staff', 'education');
    expect(r).toMatchObject({ state: 'DRAFT', returnReason: '工作总结请补充全年依申请公开办理情况。' });
    const [{ n }] = await s.sql(`select count(*)::int as n from todo where kind = 'review.report' and subject_id = ? and done_at is null`, [r.id]);
    expect(n).toBe(2);
    const u = await ok('jiaoyu.staff', UPDATE, { id: r.id, v: r.version, i: { workSummary: '本年度政务公开工作总结，含依申请公开办理情况。' } });
    await ok('jiaoyu.staff', SUBMIT, { id: u.id, v: u.version });
  });

  it("carries out the outcomes at the head's sign-off: the converted document is public on the portal, audited", async () => {
    const before = (await s.gql(PUBLIC_DOCS, { s: '审查测试' })).data!.publicDocuments;
    expect(before.items.map((d: any) => d.id)).not.toContain(convertId);
    const r = await reportOf('jiaoyu.head', 'education');
    const signed = await ok('jiaoyu.head', SIGN_OFF, { id: r.id, v: r.version });
    expect(signed.state).toBe('SUBMITTED');
    const after = await reportOf('jiaoyu.head', 'education');
    expect(after).toMatchObject({ submittedOn: today(), submittedLate: false, overdue: false });
    const portal = (await s.gql(PUBLIC_DOCS, { s: '审查测试' })).data!.publicDocuments;
    const converted = portal.items.find((d: any) => d.id === convertId);
    expect(converted).toMatchObject({ title: TO_CONVERT, disclosureAttribute: 'PROACTIVE', body: `${TO_CONVERT}的正文。` });
    // redacted: on application, listed by title only
    expect(portal.items.find((d: any) => d.id === redactId)).toMatchObject({ disclosureAttribute: 'ON_APPLICATION', body: null });
    const audits = await s.sql(
      `select action, after_data from audit_record where subject_type = 'PolicyDocument' and subject_id = ? order by seq_key`,
      [convertId],
    );
    const conversion = audits.find((a) => a.action === 'PolicyDocument.convertToProactive');
    expect(conversion.after_data.reason).toContain('涉及学生家长切身利益');
    const items = (await fullReport('jiaoyu.head', r.id)).items;
    expect(items.filter((i: any) => i.outcome !== 'KEEP').every((i: any) => i.appliedAt)).toBe(true);
    const [{ n }] = await s.sql(`select count(*)::int as n from todo where subject_id = ? and done_at is null`, [r.id]);
    expect(n).toBe(0);
  });

  it('flags a report not submitted after its day, and marks one submitted late', async () => {
    let r = await reportOf('gongkaiban', 'civil');
    await s.sql(`update review_report set due_on = ? where id = ?`, [yesterday(), r.id]);
    r = await reportOf('gongkaiban', 'civil');
    expect(r.overdue).toBe(true);
    const overdue = await ok<any[]>('gongkaiban', REPORTS, { f: { campaignId: campaign.id, overdue: true } });
    expect(overdue.map((x) => x.id)).toEqual([r.id]);
    const full = await fullReport('minzheng.staff', r.id);
    for (const i of full.items) await ok('minzheng.staff', DECIDE, { id: i.id, v: i.version, o: 'KEEP', r: '维持' });
    const cur = await reportOf('minzheng.staff', 'civil');
    const u = await ok('minzheng.staff', UPDATE, { id: cur.id, v: cur.version, i: { situation: '审查情况', workSummary: '工作总结' } });
    const sent = await ok('minzheng.staff', SUBMIT, { id: u.id, v: u.version });
    // two sign-offs at once: exactly one wins
    const both = await Promise.all([
      s.as('minzheng.head', SIGN_OFF, { id: r.id, v: sent.version }),
      s.as('minzheng.head', SIGN_OFF, { id: r.id, v: sent.version }),
    ]);
    expect(both.filter((x) => x.data?.signOffReviewReport).length).toBe(1);
    expect(both.map(codeOf).filter(Boolean)).toEqual(['VERSION_CONFLICT']);
    expect(await reportOf('gongkaiban', 'civil')).toMatchObject({ state: 'SUBMITTED', overdue: false, submittedLate: true });
  });

  it('is not closed before the report day while units have not submitted', async () => {
    const c = await ok('gongkaiban', `query($id:ID!){ reviewCampaign(id:$id){ id version } }`, { id: campaign.id });
    expect(codeOf(await s.as('jiaoyu.head', step('closeReviewCampaign'), { id: c.id, v: c.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', step('closeReviewCampaign'), { id: c.id, v: c.version }))).toBe('REVIEW_CAMPAIGN_NOT_DONE');
  });
});

const DRAW = `mutation($c:ID!,$i:SpotCheckInput!){ drawSpotCheck(campaignId:$c, input:$i){ id version method seed sampleSize populationIds sampledIds sampledUnitIds drawnByName drawnAt reproducible } }`;
const ORDER = `mutation($s:ID!,$i:RectificationInput!){ orderRectification(spotCheckId:$s, input:$i){ id version state dueOn overdue unitId } }`;
const RECT = 'id version state dueOn overdue returnCount returnReason report reportedOn verifiedOn verifiedByName';

describe('the Disclosure Office spot-checks and orders rectification', () => {
  let check: any;
  it('draws a seeded sample that is recorded and drawn again the same', async () => {
    const input = { method: 'UNITS', sampleSize: 3, seed: '抽查-2026-甲' };
    expect(codeOf(await s.as('jiaoyu.staff', DRAW, { c: campaign.id, i: input }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', DRAW, { c: campaign.id, i: { ...input, sampleSize: 0 } }))).toBe('REVIEW_SAMPLE_SIZE');
    expect(codeOf(await s.as('gongkaiban', DRAW, { c: campaign.id, i: { ...input, sampleSize: 999 } }))).toBe('REVIEW_SAMPLE_SIZE');
    expect(codeOf(await s.as('gongkaiban', DRAW, { c: campaign.id, i: { ...input, seed: 'x'.repeat(65) } }))).toBe('REVIEW_SEED_INVALID');
    check = await ok('gongkaiban', DRAW, { c: campaign.id, i: input });
    expect(check).toMatchObject({ method: 'UNITS', seed: '抽查-2026-甲', sampleSize: 3, drawnByName: '王公开', reproducible: true });
    expect(check.sampledIds).toHaveLength(3);
    expect(check.sampledIds).toEqual(drawSample(check.populationIds, '抽查-2026-甲', 3));
    const again = await ok('gongkaiban', DRAW, { c: campaign.id, i: input });
    expect(again.sampledIds).toEqual(check.sampledIds);
    // a sample of items: from the decided items of the submitted reports (education's and civil's)
    const items = await ok('gongkaiban', DRAW, { c: campaign.id, i: { method: 'ITEMS', sampleSize: 2 } });
    const [{ n }] = await s.sql(
      `select count(*)::int as n from review_item i join review_report r on r.id = i.report_id where r.campaign_id = ? and r.state = 'SUBMITTED'`,
      [campaign.id],
    );
    expect(items.populationIds).toHaveLength(n);
    expect(items.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(items.reproducible).toBe(true);
    const [{ drawn }] = await s.sql(`select count(*)::int as drawn from audit_record where action = 'SpotCheck.draw' and subject_id = ?`, [check.id]);
    expect(drawn).toBe(1);
  });

  it('orders rectification to a sampled unit only, with a finding and a due date after today', async () => {
    const [{ n }] = await s.sql(`select count(*)::int as n from review_report where campaign_id = ?`, [campaign.id]);
    const everyone = await ok('gongkaiban', DRAW, { c: campaign.id, i: { method: 'UNITS', sampleSize: n, seed: 'all' } });
    const notSampled = check.populationIds.find((id: string) => !check.sampledUnitIds.includes(id));
    const base = { unitId: demoUnitId('education'), finding: '转为主动公开的文件未在规定时间内发布', dueOn: later(20) };
    expect(codeOf(await s.as('gongkaiban', ORDER, { s: check.id, i: { ...base, unitId: notSampled } }))).toBe('REVIEW_UNIT_NOT_SAMPLED');
    expect(codeOf(await s.as('gongkaiban', ORDER, { s: everyone.id, i: { ...base, finding: ' ' } }))).toBe('REVIEW_FINDING_REQUIRED');
    expect(codeOf(await s.as('gongkaiban', ORDER, { s: everyone.id, i: { ...base, dueOn: today() } }))).toBe('REVIEW_RECTIFICATION_DUE_INVALID');
    expect(codeOf(await s.as('gongkaiban', ORDER, { s: everyone.id, i: { ...base, dueOn: '2026-02-30' } }))).toBe('REVIEW_RECTIFICATION_DUE_INVALID');
    expect(codeOf(await s.as('jiaoyu.staff', ORDER, { s: everyone.id, i: base }))).toBe('FORBIDDEN');
    const r = await ok('gongkaiban', ORDER, { s: everyone.id, i: base });
    expect(r).toMatchObject({ state: 'ORDERED', overdue: false, unitId: demoUnitId('education') });
    const todos = await s.sql(`select assignee_role, due_at from todo where kind = 'review.rectify' and subject_id = ? and done_at is null`, [r.id]);
    expect(todos).toHaveLength(2);
    expect(new Date(todos[0].due_at).toISOString()).toBe(new Date(`${base.dueOn}T23:59:59.999+08:00`).toISOString());
    // the unit reads the spot check that drew it; a unit not drawn does not
    expect((await ok('jiaoyu.staff', `query($id:ID!){ spotCheck(id:$id){ id } }`, { id: everyone.id })).id).toBe(everyone.id);
  });

  it('flags an overdue rectification; the unit reports it, the office sends it back, then verifies it', async () => {
    const [r0] = await ok<any[]>('jiaoyu.staff', `query{ rectifications(filter:{}){ ${RECT} } }`);
    await s.sql(`update review_rectification set due_on = ? where id = ?`, [yesterday(), r0.id]);
    const overdue = await ok<any[]>('gongkaiban', `query{ rectifications(filter:{overdue:true}){ ${RECT} } }`);
    expect(overdue.map((x) => x.id)).toContain(r0.id);
    expect(overdue.find((x) => x.id === r0.id).overdue).toBe(true);
    const REPORT_R = step('reportRectification', '$t:String!;report:$t');
    const VERIFY = step('verifyRectification');
    const SEND_BACK = `mutation($id:ID!,$v:Int!,$r:String!,$d:String){ returnRectification(id:$id, version:$v, reason:$r, dueOn:$d){ ${RECT} } }`;
    expect(codeOf(await s.as('minzheng.staff', REPORT_R, { id: r0.id, v: r0.version, t: '已整改' }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.staff', REPORT_R, { id: r0.id, v: r0.version, t: ' ' }))).toBe('REVIEW_RECTIFICATION_REPORT_REQUIRED');
    expect(codeOf(await s.as('gongkaiban', VERIFY, { id: r0.id, v: r0.version }))).toBe('FORBIDDEN');
    const rep = await ok('jiaoyu.staff', REPORT_R, { id: r0.id, v: r0.version, t: '已在门户网站发布。' });
    expect(rep.state).toBe('REPORTED');
    expect(codeOf(await s.as('jiaoyu.staff', VERIFY, { id: r0.id, v: rep.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', SEND_BACK, { id: r0.id, v: rep.version, r: ' ', d: null }))).toBe('REVIEW_REASON_REQUIRED');
    expect(codeOf(await s.as('gongkaiban', SEND_BACK, { id: r0.id, v: rep.version, r: '未附链接', d: yesterday() }))).toBe(
      'REVIEW_RECTIFICATION_DUE_INVALID',
    );
    const back = await ok('gongkaiban', SEND_BACK, { id: r0.id, v: rep.version, r: '请附发布页面链接。', d: later(10) });
    expect(back).toMatchObject({ state: 'ORDERED', returnCount: 1, returnReason: '请附发布页面链接。', dueOn: later(10), overdue: false });
    const rep2 = await ok('jiaoyu.staff', REPORT_R, { id: r0.id, v: back.version, t: '已发布，链接见附件。' });
    const done = await ok('gongkaiban', `mutation($id:ID!,$v:Int!){ verifyRectification(id:$id, version:$v){ ${RECT} } }`, {
      id: r0.id,
      v: rep2.version,
    });
    expect(done).toMatchObject({ state: 'VERIFIED', verifiedOn: today(), verifiedByName: '王公开' });
    const [{ n }] = await s.sql(`select count(*)::int as n from todo where subject_id = ? and done_at is null`, [r0.id]);
    expect(n).toBe(0);
  });

  it('gives the annual report its rows: unit, finding, due date, state, verified date', async () => {
    const rows = await rectificationsOf(await s.ctxAs('gongkaiban'), { governmentId: demoUnitId('city'), year });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ unitName: '朝阳市教育局', state: 'VERIFIED', stateLabel: '已核查通过', verifiedOn: today() });
    const lastYear = await rectificationsOf(await s.ctxAs('gongkaiban'), { governmentId: demoUnitId('city'), year: year - 1 });
    expect(lastYear).toHaveLength(1);
    expect(lastYear[0]).toMatchObject({ unitName: '朝阳市教育局', state: 'VERIFIED' });
    // another unit reads none of the education bureau's
    expect(await rectificationsOf(await s.ctxAs('minzheng.staff'), { governmentId: demoUnitId('city'), year })).toEqual([]);
  });

  it("keeps last year's finished review: closed, its spot check drawn again the same", async () => {
    const campaigns = await ok<any[]>('gongkaiban', `query{ reviewCampaigns{ year state spotChecks { reproducible seed method } } }`);
    const last = campaigns.find((c) => c.year === year - 1);
    expect(last.state).toBe('CLOSED');
    expect(last.spotChecks).toEqual([{ reproducible: true, seed: `${year - 1}年度抽查`, method: 'ITEMS' }]);
  });
});
