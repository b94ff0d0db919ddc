import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const F = 'id version state disclosureAttribute documentNumber issueDate returnReason interpretationNeeded';
const CREATE = `mutation($i:DocumentInput!){ createDocument(input:$i){ ${F} } }`;
const UPDATE = `mutation($id:ID!,$v:Int!,$i:DocumentInput!){ updateDocument(id:$id, version:$v, input:$i){ ${F} } }`;
const step = (name: string, extra = '') =>
  `mutation($id:ID!,$v:Int!${extra ? ',' + extra.split(';')[0] : ''}){ ${name}(id:$id, version:$v${extra ? ',' + extra.split(';')[1] : ''}){ ${F} } }`;
const SUBMIT = step('submitDocument');
const SIGN = step('signOffDocument');
const OFFICER = step('approveDocumentAttribute');
const RETURN = step('returnDocument', '$r:String!;reason:$r');
const REVIEW = step('reviewDocument', '$i:ReviewDocumentInput!;input:$i');
const ISSUE = `mutation($id:ID!,$v:Int!,$d:String,$n:Int){ issueDocument(id:$id, version:$v, issueDate:$d, seq:$n){ ${F} } }`;
const SAVE_I = 'mutation($d:ID!,$i:InterpretationInput!){ saveInterpretation(documentId:$d, input:$i){ id version state deadline } }';
const PLAN = { scope: '全市居民', forms: ['WECHAT', 'INFOGRAPHIC'], schedule: '印发后3个工作日内', spokesperson: '分管副局长' };

type Doc = { id: string; version: number; state: string; documentNumber: string | null; issueDate: string | null; returnReason: string | null };
async function draft(user: string, input: Record<string, unknown>): Promise<Doc> {
  const r = await s.as(user, CREATE, { i: { kind: 'DEPARTMENT', title: '测试文件', body: '正文', ...input } });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createDocument;
}
async function go(user: string, q: string, d: Doc, vars: Record<string, unknown> = {}): Promise<Doc> {
  const r = await s.as(user, q, { id: d.id, v: d.version, ...vars });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data)[0] as Doc;
}
/** A government-level document from the education bureau, signed off and waiting for the Disclosure Office. */
async function atReview(extra: Record<string, unknown> = {}) {
  let d = await draft('jiaoyu.staff', { kind: 'GOVERNMENT', title: '朝阳市人民政府关于测试事项的通知', disclosureAttribute: 'PROACTIVE', ...extra });
  d = await go('jiaoyu.staff', SUBMIT, d);
  return go('jiaoyu.head', SIGN, d);
}

describe('the attribute is fixed at source', () => {
  it('refuses to send a draft on without an attribute, naming the field', async () => {
    const d = await draft('jiaoyu.staff', {});
    const r = await s.as('jiaoyu.staff', SUBMIT, { id: d.id, v: d.version });
    expect(codeOf(r)).toBe('ATTRIBUTE_REQUIRED');
    expect(r.errors![0].extensions!.field).toBe('disclosureAttribute');
  });

  it('refuses a non-proactive attribute without a reason, then without a legal basis', async () => {
    const d = await draft('jiaoyu.staff', { disclosureAttribute: 'ON_APPLICATION' });
    expect(codeOf(await s.as('jiaoyu.staff', SUBMIT, { id: d.id, v: d.version }))).toBe('ATTRIBUTE_REASON_REQUIRED');
    const u = (
      await s.as('jiaoyu.staff', UPDATE, {
        id: d.id,
        v: d.version,
        i: { kind: 'DEPARTMENT', title: '测试文件', disclosureAttribute: 'ON_APPLICATION', attributeReason: 'SPECIFIC_APPLICANTS' },
      })
    ).data.updateDocument;
    expect(codeOf(await s.as('jiaoyu.staff', SUBMIT, { id: u.id, v: u.version }))).toBe('ATTRIBUTE_BASIS_REQUIRED');
  });

  it('a document close to the public needs the interpretation plan, then the materials, before it leaves the unit', async () => {
    const d = await draft('jiaoyu.staff', { disclosureAttribute: 'PROACTIVE', closeToPublic: true });
    const none = await s.as('jiaoyu.staff', SUBMIT, { id: d.id, v: d.version });
    expect(codeOf(none)).toBe('INTERPRETATION_PLAN_REQUIRED');
    const plan = (await s.as('jiaoyu.staff', SAVE_I, { d: d.id, i: PLAN })).data.saveInterpretation;
    expect(codeOf(await s.as('jiaoyu.staff', SUBMIT, { id: d.id, v: d.version }))).toBe('INTERPRETATION_MATERIALS_REQUIRED');
    const saved = await s.as(
      'jiaoyu.staff',
      'mutation($d:ID!,$v:Int,$i:InterpretationInput!){ saveInterpretation(documentId:$d, version:$v, input:$i){ version } }',
      { d: d.id, v: plan.version, i: { ...PLAN, content: '解读正文' } },
    );
    expect(saved.errors).toBeUndefined();
    expect((await go('jiaoyu.staff', SUBMIT, d)).state).toBe('HEAD_SIGNOFF');
  });

  it('"not disclosed" goes to the unit\'s disclosure officer first; the head cannot sign off before', async () => {
    let d = await draft('jiaoyu.staff', {
      disclosureAttribute: 'NOT_DISCLOSED',
      attributeReason: 'INTERNAL_AFFAIRS',
      attributeBasis: '条例第十六条',
    });
    d = await go('jiaoyu.staff', SUBMIT, d);
    expect(d.state).toBe('OFFICER_REVIEW');
    expect(codeOf(await s.as('jiaoyu.head', SIGN, { id: d.id, v: d.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('minzheng.head', OFFICER, { id: d.id, v: d.version }))).toBe('FORBIDDEN');
    d = await go('jiaoyu.gk', OFFICER, d);
    expect(d.state).toBe('HEAD_SIGNOFF');
    d = await go('jiaoyu.head', SIGN, d);
    expect(d.state).toBe('READY_TO_ISSUE');
  });
});

describe('the Disclosure Office reviews government documents', () => {
  it('returns (退文) only with a reason; the drafter gets the draft back with approvals cleared', async () => {
    const d = await atReview();
    expect(codeOf(await s.as('gongkaiban', RETURN, { id: d.id, v: d.version, r: ' ' }))).toBe('RETURN_REASON_REQUIRED');
    const back = await go('gongkaiban', RETURN, d, { r: '请补充解读材料' });
    expect(back).toMatchObject({ state: 'RETURNED', returnReason: '请补充解读材料' });
    const todos = (await s.as('jiaoyu.staff', '{ myTodos { subjectId kind } }')).data.myTodos;
    expect(todos.find((t: any) => t.subjectId === d.id)?.kind).toBe('document.revise');
    const full = (await s.as('jiaoyu.staff', 'query($id:ID!){ document(id:$id){ headSignedAt } }', { id: d.id })).data.document;
    expect(full.headSignedAt).toBeNull();
  });

  it('must decide on interpretation, and forwards to the Document Section', async () => {
    const d = await atReview();
    const undecided = await s.as('gongkaiban', REVIEW, { id: d.id, v: d.version, i: {} });
    expect(codeOf(undecided)).toBe('INTERPRETATION_DECISION_REQUIRED');
    expect(codeOf(await s.as('gongkaiban', REVIEW, { id: d.id, v: d.version, i: { interpretationNeeded: true } }))).toBe(
      'INTERPRETATION_DECISION_REQUIRED',
    );
    const ok = await go('gongkaiban', REVIEW, d, { i: { interpretationNeeded: false } });
    expect(ok.state).toBe('FORWARDED');
  });

  it('refuses to forward a draft whose attribute, reason or unit approval is missing, even if it got this far', async () => {
    const a = await atReview();
    await s.sql('update policy_document set disclosure_attribute = null where id = ?', [a.id]);
    expect(codeOf(await s.as('gongkaiban', REVIEW, { id: a.id, v: a.version, i: { interpretationNeeded: false } }))).toBe('ATTRIBUTE_REQUIRED');
    const b = await atReview();
    await s.sql(`update policy_document set disclosure_attribute = 'NOT_DISCLOSED', attribute_reason = null where id = ?`, [b.id]);
    expect(codeOf(await s.as('gongkaiban', REVIEW, { id: b.id, v: b.version, i: { interpretationNeeded: false } }))).toBe(
      'ATTRIBUTE_REASON_REQUIRED',
    );
    await s.sql(`update policy_document set attribute_reason = 'INTERNAL_AFFAIRS', attribute_basis = '条例' where id = ?`, [b.id]);
    expect(codeOf(await s.as('gongkaiban', REVIEW, { id: b.id, v: b.version, i: { interpretationNeeded: false } }))).toBe(
      'OFFICER_APPROVAL_REQUIRED',
    );
    const c = await atReview();
    await s.sql('update policy_document set close_to_public = true where id = ?', [c.id]);
    expect(
      codeOf(await s.as('gongkaiban', REVIEW, { id: c.id, v: c.version, i: { interpretationNeeded: true, interpretationForms: ['WECHAT'] } })),
    ).toBe('INTERPRETATION_PLAN_REQUIRED');
  });

  it("only the Disclosure Office of the document's level reviews it", async () => {
    const d = await atReview();
    for (const user of ['jiaoyu.head', 'jiaoyu.gk', 'wendianke', 'admin']) {
      expect(codeOf(await s.as(user, REVIEW, { id: d.id, v: d.version, i: { interpretationNeeded: false } })), user).toBe('FORBIDDEN');
    }
  });
});

describe('numbering and issue', () => {
  it('only the Document Section issues a government document; numbers run per authority and year', async () => {
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const a = await go('gongkaiban', REVIEW, await atReview(), { i: { interpretationNeeded: false } });
    for (const user of ['jiaoyu.staff', 'jiaoyu.head', 'gongkaiban']) {
      expect(codeOf(await s.as(user, ISSUE, { id: a.id, v: a.version })), user).toBe('FORBIDDEN');
    }
    const first = await go('wendianke', ISSUE, a);
    expect(first.state).toBe('ISSUED');
    expect(first.documentNumber).toMatch(new RegExp(`^朝政发〔${year}〕(\\d+)号$`));
    const n = Number(/〕(\d+)号/.exec(first.documentNumber!)![1]);
    const b = await go('gongkaiban', REVIEW, await atReview(), { i: { interpretationNeeded: false } });
    expect((await go('wendianke', ISSUE, b)).documentNumber).toBe(`朝政发〔${year}〕${n + 1}号`);
    const c = await go('gongkaiban', REVIEW, await atReview(), { i: { interpretationNeeded: false } });
    const taken = await s.as('wendianke', ISSUE, { id: c.id, v: c.version, n });
    expect(codeOf(taken)).toBe('DOCUMENT_NUMBER_TAKEN');
    expect(codeOf(await s.as('wendianke', ISSUE, { id: c.id, v: c.version, d: '2099-01-01' }))).toBe('ISSUE_DATE_INVALID');
  });

  it('of 20 parallel issues of one document, exactly one numbers it', async () => {
    const d = await go('gongkaiban', REVIEW, await atReview(), { i: { interpretationNeeded: false } });
    await s.as('wendianke', '{ me { user { id } } }');
    const results = await Promise.all(Array.from({ length: 20 }, () => s.as('wendianke', ISSUE, { id: d.id, v: d.version })));
    expect(results.filter((r) => r.data?.issueDocument)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'VERSION_CONFLICT')).toHaveLength(19);
    const [{ n }] = await s.sql(`select count(*)::int as n from audit_record where subject_id = ? and action = 'PolicyDocument.issue'`, [d.id]);
    expect(n).toBe(1);
  });

  it("a department issues its own document after the head's sign-off, in its own number series", async () => {
    let d = await draft('jiaoyu.staff', { disclosureAttribute: 'PROACTIVE' });
    d = await go('jiaoyu.staff', SUBMIT, d);
    d = await go('jiaoyu.head', SIGN, d);
    expect(codeOf(await s.as('wendianke', ISSUE, { id: d.id, v: d.version }))).toBe('FORBIDDEN');
    d = await go('jiaoyu.staff', ISSUE, d);
    expect(d.documentNumber).toMatch(/^朝教发〔\d{4}〕\d+号$/);
  });

  it('stores the interpretation deadline (issue date + 3 working days) and publishes ready materials with the document', async () => {
    let d = await draft('jiaoyu.staff', { disclosureAttribute: 'PROACTIVE', closeToPublic: true, title: '关于国庆节期间学校安全工作的通知' });
    await s.as('jiaoyu.staff', SAVE_I, { d: d.id, i: { ...PLAN, content: '解读正文' } });
    d = await go('jiaoyu.staff', SUBMIT, d);
    d = await go('jiaoyu.head', SIGN, d);
    d = await go('jiaoyu.staff', ISSUE, d, { d: '2025-09-30' });
    const i = (await s.as('jiaoyu.staff', 'query($id:ID!){ document(id:$id){ interpretations { state deadline } } }', { id: d.id })).data.document
      .interpretations[0];
    // 2025-09-30 + 3 working days across National Day and its adjusted Saturday
    expect(i).toEqual({ state: 'PUBLISHED', deadline: '2025-10-11' });
    const pub = (await s.gql('{ publicInterpretations(pageSize: 100){ items { title documentId } } }')).data.publicInterpretations.items;
    expect(pub.some((x: any) => x.documentId === d.id)).toBe(true);
  });

  it('without materials, the deadline is set, the owner and the Disclosure Office get a to-do, and it shows overdue once passed', async () => {
    const a = await go('gongkaiban', REVIEW, await atReview(), {
      i: { interpretationNeeded: true, interpretationScope: '全市', interpretationForms: ['WECHAT'] },
    });
    const issued = await go('wendianke', ISSUE, a, { d: '2026-10-09' });
    const owner = (await s.as('jiaoyu.staff', '{ myTodos { kind title dueAt overdue } }')).data.myTodos.filter(
      (t: any) => t.kind === 'interpretation.publish' && t.title.includes('测试事项'),
    );
    expect(owner.length).toBeGreaterThan(0);
    expect(owner[0].overdue).toBe(true);
    const overdue = (await s.as('gongkaiban', '{ interpretations(filter:{ overdueOnly: true }){ items { documentId deadline overdue } } }')).data
      .interpretations.items;
    const mine = overdue.find((x: any) => x.documentId === issued.id);
    // Friday 2026-10-09 + 3 working days: Saturday 10-10 is worked (National Day 调休), then Monday 12 and Tuesday 13
    expect(mine).toMatchObject({ deadline: '2026-10-13', overdue: true });
    expect((await s.as('gongkaiban', '{ myTodos { kind subjectType } }')).data.myTodos.some((t: any) => t.kind === 'interpretation.publish')).toBe(
      true,
    );
  });
});

describe('interpretation after issue', () => {
  const I = 'id version state stage title deadline overdue publishedLate publishedAt';
  const SAVE_STAGE = `mutation($d:ID!,$n:Int!,$v:Int,$i:InterpretationInput!){ saveInterpretation(documentId:$d, stage:$n, version:$v, input:$i){ ${I} } }`;
  const PUBLISH_I = `mutation($id:ID!,$v:Int!){ publishInterpretation(id:$id, version:$v){ ${I} } }`;
  const OF = `query($id:ID!){ document(id:$id){ interpretations { ${I} } } }`;

  /** A department document close to the public, issued on `date` without its materials. */
  async function issuedWithout(date: string, title: string) {
    let d = await draft('jiaoyu.staff', { disclosureAttribute: 'PROACTIVE', closeToPublic: true, title });
    await s.as('jiaoyu.staff', SAVE_I, { d: d.id, i: { ...PLAN, content: '解读正文' } });
    d = await go('jiaoyu.staff', SUBMIT, d);
    d = await go('jiaoyu.head', SIGN, d);
    // the materials are withdrawn before issue (back to a plan only), so nothing is ready on the day
    await s.sql(`update interpretation set content = null where document_id = ?`, [d.id]);
    return go('jiaoyu.staff', ISSUE, d, { d: date });
  }

  it('a publication after the deadline stays marked late once published; one on time is not', async () => {
    const d = await issuedWithout('2026-10-09', '关于迟发解读测试的通知');
    let [i] = (await s.as('jiaoyu.staff', OF, { id: d.id })).data.document.interpretations;
    expect(i).toMatchObject({ state: 'DRAFT', deadline: '2026-10-13', overdue: true, publishedLate: false });
    i = (await s.as('jiaoyu.staff', SAVE_STAGE, { d: d.id, n: 1, v: i.version, i: { ...PLAN, content: '补发的解读正文' } })).data.saveInterpretation;
    i = (await s.as('jiaoyu.staff', PUBLISH_I, { id: i.id, v: i.version })).data.publishInterpretation;
    expect(i).toMatchObject({ state: 'PUBLISHED', overdue: false, publishedLate: true });
    const listed = (await s.as('gongkaiban', `{ interpretations(filter:{ published: true }, pageSize: 100){ items { id publishedLate } } }`)).data
      .interpretations.items;
    expect(listed.find((x: any) => x.id === i.id)).toEqual({ id: i.id, publishedLate: true });
    const overdue = (await s.as('gongkaiban', `{ interpretations(filter:{ overdueOnly: true }, pageSize: 100){ items { id } } }`)).data
      .interpretations.items;
    expect(overdue.some((x: any) => x.id === i.id)).toBe(false);
    // published with its document on the issue date: on time
    let onTime = await draft('jiaoyu.staff', { disclosureAttribute: 'PROACTIVE', closeToPublic: true, title: '关于按时解读测试的通知' });
    await s.as('jiaoyu.staff', SAVE_I, { d: onTime.id, i: { ...PLAN, content: '解读正文' } });
    onTime = await go('jiaoyu.head', SIGN, await go('jiaoyu.staff', SUBMIT, onTime));
    onTime = await go('jiaoyu.staff', ISSUE, onTime, { d: '2026-10-09' });
    expect((await s.as('jiaoyu.staff', OF, { id: onTime.id })).data.document.interpretations[0]).toMatchObject({
      state: 'PUBLISHED',
      publishedLate: false,
      overdue: false,
    });
  });

  it('later stages follow in order after issue, each with its plan and materials; a published stage is locked', async () => {
    let d = await draft('jiaoyu.staff', { disclosureAttribute: 'PROACTIVE', closeToPublic: true, title: '关于分期解读测试的通知' });
    await s.as('jiaoyu.staff', SAVE_I, { d: d.id, i: { ...PLAN, content: '第一期解读' } });
    // no later stage while the document is drafted
    expect(codeOf(await s.as('jiaoyu.staff', SAVE_STAGE, { d: d.id, n: 2, i: { ...PLAN, content: '第二期' } }))).toBe('INTERPRETATION_LOCKED');
    d = await go('jiaoyu.head', SIGN, await go('jiaoyu.staff', SUBMIT, d));
    d = await go('jiaoyu.staff', ISSUE, d, { d: '2026-10-09' });
    const [first] = (await s.as('jiaoyu.staff', OF, { id: d.id })).data.document.interpretations;
    expect(first.state).toBe('PUBLISHED');
    const locked = await s.as('jiaoyu.staff', SAVE_STAGE, { d: d.id, n: 1, v: first.version, i: { ...PLAN, content: '改写' } });
    expect(codeOf(locked)).toBe('INTERPRETATION_LOCKED');
    expect(locked.errors![0].message).toContain('新增一期');
    // stages in order: no third before a second
    expect(codeOf(await s.as('jiaoyu.staff', SAVE_STAGE, { d: d.id, n: 3, i: { ...PLAN, content: '第三期' } }))).toBe('INTERPRETATION_LOCKED');
    // a second stage: plan first, the materials are required to publish it
    let second = (await s.as('jiaoyu.staff', SAVE_STAGE, { d: d.id, n: 2, i: { ...PLAN } })).data.saveInterpretation;
    expect(second).toMatchObject({ stage: 2, state: 'DRAFT', title: '《关于分期解读测试的通知》解读（2）', deadline: null, overdue: false });
    expect(codeOf(await s.as('jiaoyu.staff', PUBLISH_I, { id: second.id, v: second.version }))).toBe('INTERPRETATION_MATERIALS_REQUIRED');
    second = (
      await s.as('jiaoyu.staff', SAVE_STAGE, { d: d.id, n: 2, v: second.version, i: { ...PLAN, scope: null, content: '第二期：群众关心的问题' } })
    ).data.saveInterpretation;
    expect(codeOf(await s.as('jiaoyu.staff', PUBLISH_I, { id: second.id, v: second.version }))).toBe('INTERPRETATION_PLAN_REQUIRED');
    second = (await s.as('jiaoyu.staff', SAVE_STAGE, { d: d.id, n: 2, v: second.version, i: { ...PLAN, content: '第二期：群众关心的问题' } })).data
      .saveInterpretation;
    // another unit neither writes nor publishes it
    expect(codeOf(await s.as('minzheng.staff', PUBLISH_I, { id: second.id, v: second.version }))).toBe('FORBIDDEN');
    second = (await s.as('jiaoyu.staff', PUBLISH_I, { id: second.id, v: second.version })).data.publishInterpretation;
    expect(second).toMatchObject({ state: 'PUBLISHED', publishedLate: false });
    const pub = (await s.gql('query($id:ID!){ publicDocument(id:$id){ interpretations { stage title } } }', { id: d.id })).data.publicDocument
      .interpretations;
    expect(pub.map((x: any) => x.stage).sort()).toEqual([1, 2]);
  });
});

describe('who sees what', () => {
  it("a department cannot read another unit's drafts; co-drafting units read joint documents but cannot edit them", async () => {
    const d = await draft('jiaoyu.staff', { title: '联合发文测试', coUnitIds: [demoUnitId('civil')] });
    const other = await draft('jiaoyu.staff', { title: '本局内部草稿' });
    expect(codeOf(await s.as('minzheng.staff', 'query($id:ID!){ document(id:$id){ id } }', { id: other.id }))).toBe('FORBIDDEN');
    const list = (await s.as('minzheng.staff', '{ documents(pageSize: 100){ items { id } } }')).data.documents.items.map((x: any) => x.id);
    expect(list).toContain(d.id);
    expect(list).not.toContain(other.id);
    expect(codeOf(await s.as('minzheng.staff', UPDATE, { id: d.id, v: d.version, i: { kind: 'DEPARTMENT', title: '改' } }))).toBe('FORBIDDEN');
  });

  it('the portal lists issued documents that are proactive (in full) or on application (title only), never others', async () => {
    const res = (await s.gql('{ publicDocuments(pageSize: 100){ total items { title disclosureAttribute body } } }')).data.publicDocuments;
    const titles = res.items.map((x: any) => x.title);
    expect(titles).toContain('朝阳市教育局关于做好2026年义务教育阶段招生入学工作的通知');
    const onApp = res.items.find((x: any) => x.disclosureAttribute === 'ON_APPLICATION');
    expect(onApp.body).toBeNull();
    expect(titles).not.toContain('关于做好2026年国家教育考试安全保密工作的通知');
    expect(titles).not.toContain('朝阳市人民政府关于印发朝阳市学前教育普惠发展三年行动计划（2026—2028年）的通知');
    const byNumber = (await s.gql('{ publicDocuments(filter:{ documentNumber: "朝教发" }){ items { documentNumber } } }')).data.publicDocuments.items;
    expect(byNumber.length).toBeGreaterThan(0);
    expect(byNumber.every((x: any) => x.documentNumber.startsWith('朝教发'))).toBe(true);
  });

  it('a classified document is registered without content: body, attachments and printing are refused', async () => {
    const REG = 'mutation($i:ClassifiedDocumentInput!){ registerClassifiedDocument(input:$i){ id body classified } }';
    const withBody = await s.as('jiaoyu.head', REG, {
      i: { kind: 'DEPARTMENT', title: '涉密测试', documentNumber: '朝教发〔2026〕90号', issueDate: '2026-11-01', body: '秘密内容' },
    });
    expect(codeOf(withBody)).toBe('CLASSIFIED_CONTENT_REFUSED');
    const ok = (
      await s.as('jiaoyu.head', REG, { i: { kind: 'DEPARTMENT', title: '涉密测试', documentNumber: '朝教发〔2026〕90号', issueDate: '2026-11-01' } })
    ).data.registerClassifiedDocument;
    expect(ok).toMatchObject({ body: null, classified: true });
    const cookie = await s.login('jiaoyu.head');
    const print = await s.app.inject({ url: `/documents/${ok.id}/docx`, headers: { cookie } });
    expect(print.statusCode).toBe(400);
    const boundary = '----gkc';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nPolicyDocument\r\n--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${ok.id}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--${boundary}--\r\n`;
    const up = await s.app.inject({
      method: 'POST',
      url: '/files',
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    expect(up.json().code).toBe('CLASSIFIED_CONTENT_REFUSED');
  });

  it('prints an issued document as .docx for those who may read it, and keeps its history', async () => {
    const issued = (
      await s.as('jiaoyu.staff', '{ documents(filter:{ state: ISSUED }, pageSize: 50){ items { id title classified } } }')
    ).data.documents.items.find((x: any) => !x.classified);
    const cookie = await s.login('jiaoyu.staff');
    const ok = await s.app.inject({ url: `/documents/${issued.id}/docx`, headers: { cookie } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('wordprocessingml');
    expect(ok.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const other = await s.login('minzheng.staff');
    expect((await s.app.inject({ url: `/documents/${issued.id}/docx`, headers: { cookie: other } })).statusCode).toBe(403);
    const history = (
      await s.as('jiaoyu.staff', 'query($id:ID!){ documentHistory(id:$id){ action actorName } }', { id: issued.id })
    ).data.documentHistory.map((h: any) => h.action);
    expect(history).toEqual(
      expect.arrayContaining(['PolicyDocument.create', 'PolicyDocument.submit', 'PolicyDocument.signOff', 'PolicyDocument.issue']),
    );
  });
});

describe('no read or write beyond the rules', () => {
  const READ = 'query($id:ID!){ document(id:$id){ id body returnReason } }';
  const HISTORY = 'query($id:ID!){ documentHistory(id:$id){ action } }';
  const REG = 'mutation($i:ClassifiedDocumentInput!){ registerClassifiedDocument(input:$i){ id documentNumber issuingAuthority } }';
  const READ_I = 'query($id:ID!){ interpretation(id:$id){ id scope } }';
  const listedInterpretation = async (user: string, id: string) =>
    (await s.as(user, '{ interpretations(pageSize: 200){ items { id } } }')).data.interpretations.items.some((x: any) => x.id === id);
  const listed = async (user: string, id: string) =>
    (await s.as(user, '{ documents(pageSize: 200){ items { id } } }')).data.documents.items.some((x: any) => x.id === id);
  const register = (user: string, documentNumber: string, kind = 'DEPARTMENT', issueDate = '2026-11-03') =>
    s.as(user, REG, { i: { kind, title: '涉密登记测试', documentNumber, issueDate } });

  it("the Disclosure Office does not read a unit's draft its own head returned; it reads it once it reaches the office's review", async () => {
    let d = await draft('jiaoyu.staff', { kind: 'GOVERNMENT', title: '代拟稿：局内退回', disclosureAttribute: 'PROACTIVE' });
    const plan = (await s.as('jiaoyu.staff', SAVE_I, { d: d.id, i: { ...PLAN, title: '代拟稿的解读方案' } })).data.saveInterpretation;
    d = await go('jiaoyu.staff', SUBMIT, d);
    d = await go('jiaoyu.head', RETURN, d, { r: '局内意见：暂缓报送' });
    expect(d.state).toBe('RETURNED');
    expect(codeOf(await s.as('gongkaiban', READ, { id: d.id }))).toBe('FORBIDDEN');
    // nor the interpretation drafted with it
    expect(codeOf(await s.as('gongkaiban', READ_I, { id: plan.id }))).toBe('FORBIDDEN');
    expect(await listedInterpretation('gongkaiban', plan.id)).toBe(false);
    expect(await listedInterpretation('jiaoyu.staff', plan.id)).toBe(true);
    expect(codeOf(await s.as('gongkaiban', HISTORY, { id: d.id }))).toBe('FORBIDDEN');
    expect(await listed('gongkaiban', d.id)).toBe(false);
    const cookie = await s.login('gongkaiban');
    expect((await s.app.inject({ url: `/documents/${d.id}/docx`, headers: { cookie } })).statusCode).toBe(403);
    // sent on and signed off: now before the office
    d = await go('jiaoyu.staff', SUBMIT, d);
    d = await go('jiaoyu.head', SIGN, d);
    expect((await s.as('gongkaiban', READ, { id: d.id })).data.document.id).toBe(d.id);
    expect(await listed('gongkaiban', d.id)).toBe(true);
    expect((await s.as('gongkaiban', READ_I, { id: plan.id })).data.interpretation.id).toBe(plan.id);
    expect(await listedInterpretation('gongkaiban', plan.id)).toBe(true);
    // returned by the office itself: still the office's to follow, resubmitted too
    d = await go('gongkaiban', RETURN, d, { r: '请补充解读方案' });
    expect((await s.as('gongkaiban', READ, { id: d.id })).data.document.returnReason).toBe('请补充解读方案');
    d = await go('jiaoyu.staff', SUBMIT, d);
    expect(d.state).toBe('HEAD_SIGNOFF');
    expect(await listed('gongkaiban', d.id)).toBe(true);
  });

  it("the Disclosure Office does not read a department's classified registrations", async () => {
    const c = (await register('jiaoyu.head', '朝教发〔2026〕91号')).data.registerClassifiedDocument;
    expect(codeOf(await s.as('gongkaiban', READ, { id: c.id }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', HISTORY, { id: c.id }))).toBe('FORBIDDEN');
    expect(await listed('gongkaiban', c.id)).toBe(false);
    expect(await listed('jiaoyu.staff', c.id)).toBe(true);
  });

  it("a classified registration takes a number of the issuer's own series for the year of issue, never one already used", async () => {
    expect(codeOf(await register('jiaoyu.head', '朝政发〔2026〕1号'))).toBe('DOCUMENT_NUMBER_FORMAT');
    expect(codeOf(await register('jiaoyu.head', '朝教密〔2026〕92号'))).toBe('DOCUMENT_NUMBER_FORMAT');
    expect(codeOf(await register('jiaoyu.head', '朝教发〔2025〕92号'))).toBe('DOCUMENT_NUMBER_FORMAT');
    expect(codeOf(await register('jiaoyu.head', '第92号'))).toBe('DOCUMENT_NUMBER_FORMAT');
    // a department registers its own documents, not the government's
    expect(codeOf(await register('jiaoyu.head', '朝政发〔2026〕92号', 'GOVERNMENT'))).toBe('KIND_NOT_ALLOWED');
    const ok = (await register('jiaoyu.head', '朝教发[2026]92号')).data.registerClassifiedDocument;
    expect(ok).toMatchObject({ documentNumber: '朝教发〔2026〕92号', issuingAuthority: '朝阳市教育局' });
    expect(codeOf(await register('jiaoyu.staff', '朝教发〔2026〕92号'))).toBe('DOCUMENT_NUMBER_TAKEN');
    // and the normal issue of the series does not hand it out again
    let d = await draft('jiaoyu.staff', { disclosureAttribute: 'PROACTIVE', title: '同号测试文件' });
    d = await go('jiaoyu.staff', SUBMIT, d);
    d = await go('jiaoyu.head', SIGN, d);
    expect(codeOf(await s.as('jiaoyu.staff', ISSUE, { id: d.id, v: d.version, d: '2026-11-03', n: 92 }))).toBe('DOCUMENT_NUMBER_TAKEN');
    const [{ n }] = await s.sql(`select count(*)::int as n from policy_document where document_number = '朝教发〔2026〕92号'`);
    expect(n).toBe(1);
  });

  it('co-drafting units are units of the same government that issue documents: not a county unit, a newspaper or a section', async () => {
    for (const key of ['shuangta.education', 'daily', 'disclosure']) {
      const r = await s.as('jiaoyu.staff', CREATE, { i: { kind: 'DEPARTMENT', title: '联合发文测试', coUnitIds: [demoUnitId(key)] } });
      expect(codeOf(r)).toBe('CO_UNIT_NOT_ALLOWED');
      expect(r.errors![0].extensions!.field).toBe('coUnitIds');
    }
    const d = await draft('jiaoyu.staff', { title: '联合发文测试', coUnitIds: [demoUnitId('finance')] });
    const widened = await s.as('jiaoyu.staff', UPDATE, {
      id: d.id,
      v: d.version,
      i: { kind: 'DEPARTMENT', title: '联合发文测试', coUnitIds: [demoUnitId('finance'), demoUnitId('shuangta.education')] },
    });
    expect(codeOf(widened)).toBe('CO_UNIT_NOT_ALLOWED');
    expect(codeOf(await s.as('shuangta.staff', READ, { id: d.id }))).toBe('FORBIDDEN');
  });
});

describe('separation of duties', () => {
  const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  it('the head who drafted a document does not sign it off; the rule is a policy parameter, on by default', async () => {
    let d = await draft('jiaoyu.head', { disclosureAttribute: 'PROACTIVE', title: '负责人自拟文件' });
    d = await go('jiaoyu.head', SUBMIT, d);
    const self = await s.as('jiaoyu.head', SIGN, { id: d.id, v: d.version });
    expect(codeOf(self)).toBe('SIGNER_IS_DRAFTER');
    expect(self.errors![0].message).toContain('起草人');
    // the parameter is versioned: a later version turns it off
    const off = await s.as('admin', 'mutation($i:ParameterVersionInput!){ addParameterVersion(input:$i){ key } }', {
      i: { key: 'documents.signerNotDrafter', value: 'false', effectiveFrom: shanghaiToday(), source: '本系统管理规定（修订）' },
    });
    expect(off.errors).toBeUndefined();
    expect((await go('jiaoyu.head', SIGN, d)).state).toBe('READY_TO_ISSUE');
  });
});
