import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOME_ROWS, requestOutcome } from '../../packages/shared/src/index.js';
import { codeOf, demoUnitId, startSuite, type Suite } from '../support/suite.js';
import { remindRequestDeadlines } from '../../packages/server/src/modules/requests/requests.service.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const F = `id version state receivedOn clockStartOn dueOn correctionNoticeDueOn correctionAskedOn correctionDueOn correctionReceivedOn
  thirdPartyFrom thirdPartyDueOn pausedWorkingDays extensionState extensionDays repliedOn repliedLate deliveredOn overdue requestNumber
  tableRow items { id seq description documentId outcome outcomeReason }`;
type R = { id: string; version: number; state: string; dueOn: string | null; items: { id: string; seq: number }[]; [k: string]: any };

const PERSON = {
  applicantKind: 'NATURAL_PERSON',
  applicantName: '张三',
  idProofKind: 'ID_CARD',
  idProofNumber: '211302198503120017',
  phone: '13904210001',
  informationForm: 'ELECTRONIC',
  deliveryMethod: 'POST',
  postalAddress: '朝阳市双塔区朝阳大街1号',
};
const ORG = (kind: string) => ({
  ...PERSON,
  applicantKind: kind,
  applicantName: '某某有限公司',
  idProofKind: 'CREDIT_CODE',
  idProofNumber: '91211300MA0XXXXX1K',
  contactPerson: '王经理',
});
const REGISTER = `mutation($i:RegisterRequestInput!){ registerDisclosureRequest(input:$i){ ${F} } }`;
async function register(
  who: string,
  unit: string,
  receivedOn: string,
  extra: Record<string, unknown> = {},
  items = [{ description: '2026年义务教育招生计划' }],
) {
  const r = await s.as(who, REGISTER, { i: { unitId: demoUnitId(unit), channel: 'IN_PERSON', receivedOn, items, ...PERSON, ...extra } });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.registerDisclosureRequest as R;
}
const M = (name: string, args = '', params = '') =>
  `mutation($id:ID!,$v:Int!${params ? ',' + params : ''}){ ${name}(id:$id, version:$v${args ? ',' + args : ''}){ ${F} } }`;
const CONFIRM = M('confirmDisclosureRequest', 'on:$on', '$on:String');
const ASK = M('askDisclosureRequestCorrection', 'text:$t, dueOn:$d, on:$on', '$t:String!,$d:String!,$on:String');
const CORRECTED = M('receiveDisclosureRequestCorrection', 'on:$on', '$on:String');
const END = M('endUncorrectedDisclosureRequest', 'on:$on', '$on:String');
const CONSULT = M('consultDisclosureRequestThirdParty', 'thirdParty:$p, on:$on', '$p:String!,$on:String');
const RESUME = M('resumeDisclosureRequest', 'on:$on', '$on:String');
const EXTEND = M('requestDisclosureRequestExtension', 'days:$d, reason:$r', '$d:Int!,$r:String!');
const APPROVE = M('approveDisclosureRequestExtension');
const REJECT = M('rejectDisclosureRequestExtension', 'reason:$r', '$r:String!');
const REPLY = M('replyDisclosureRequest', 'input:$i', '$i:RequestReplyInput!');
const DELIVER = M('deliverDisclosureRequest', 'method:$m, on:$on', '$m:DeliveryMethod!,$on:String');

async function go(who: string, q: string, r: R, vars: Record<string, unknown> = {}): Promise<R> {
  const res = await s.as(who, q, { id: r.id, v: r.version, ...vars });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data)[0] as R;
}
const refusal = async (who: string, q: string, r: R, vars: Record<string, unknown> = {}) => {
  const res = await s.as(who, q, { id: r.id, v: r.version, ...vars });
  expect(res.data?.[Object.keys(res.data ?? {})[0] ?? ''] ?? null).toBeNull();
  return { code: codeOf(res), message: res.errors?.[0]?.message as string };
};
const outcomes = (r: R, list: [string, string | null][]) => ({
  i: {
    outcomes: r.items.map((it, n) => ({ itemId: it.id, outcome: list[n]![0], reason: list[n]![1] })),
    reply: '现答复如下。',
    on: null as string | null,
  },
});
const replyOn = (r: R, list: [string, string | null][], on: string) => {
  const v = outcomes(r, list);
  v.i.on = on;
  return v;
};

// The calendar of 2026 (State Council): 中秋 9-25..27 off, 国庆 10-1..7 off, Sunday 9-20 and Saturday 10-10 worked.
describe('the clock (Art. 33), on hand-worked dates across 中秋, 国庆 and 调休', () => {
  it('20 working days after the day of receipt, that day not counted: received 2026-09-18 → 2026-10-22', async () => {
    const r = await register('jiaoyu.gk', 'education', '2026-09-18');
    expect(r.state).toBe('IN_PROGRESS');
    expect(r.receivedOn).toBe('2026-09-18');
    expect(r.dueOn).toBe('2026-10-22');
    // the correction notice is due within 7 working days: 9-20 (worked Sunday) … 9-29
    expect(r.correctionNoticeDueOn).toBe('2026-09-29');
    // long past: overdue, and too late to ask for an extension
    expect(r.overdue).toBe(true);
    expect((await refusal('jiaoyu.gk', EXTEND, r, { d: 10, r: '需要汇总' })).code).toBe('REQUEST_EXTENSION_TOO_LATE');
  });

  it('补正: one notice within 7 working days; the clock stops, and restarts from the corrected request', async () => {
    const r = await register('jiaoyu.gk', 'education', '2026-09-18');
    const late = await refusal('jiaoyu.gk', ASK, r, { t: '请写明文件名称', d: '2026-10-20', on: '2026-09-30' });
    expect(late.code).toBe('REQUEST_CORRECTION_TOO_LATE');
    expect(late.message).toContain('2026-09-29');
    expect((await refusal('jiaoyu.gk', ASK, r, { t: ' ', d: '2026-10-20', on: '2026-09-29' })).code).toBe('REQUEST_REASON_REQUIRED');
    expect((await refusal('jiaoyu.gk', ASK, r, { t: '请写明文件名称', d: '2026-09-29', on: '2026-09-29' })).code).toBe(
      'REQUEST_CORRECTION_DUE_INVALID',
    );
    const c = await go('jiaoyu.gk', ASK, r, { t: '请写明文件名称', d: '2026-10-20', on: '2026-09-29' });
    expect(c.state).toBe('CORRECTION');
    expect(c.dueOn).toBeNull();
    expect(c.overdue).toBe(false);
    // a correction after its period is refused: the request counts as abandoned
    expect((await refusal('jiaoyu.gk', CORRECTED, c, { on: '2026-10-21' })).code).toBe('REQUEST_CORRECTION_OVER');
    const back = await go('jiaoyu.gk', CORRECTED, c, { on: '2026-10-09' });
    expect(back.state).toBe('IN_PROGRESS');
    expect(back.clockStartOn).toBe('2026-10-09');
    // 10-10 is a worked Saturday: 20 working days after 10-09 → 11-05
    expect(back.dueOn).toBe('2026-11-05');
    // one notice only
    const again = await refusal('jiaoyu.gk', ASK, back, { t: '再补正', d: '2026-11-20', on: '2026-10-12' });
    expect(again.code).toBe('REQUEST_CORRECTION_ONCE');
  });

  it('no correction in time ends the request as 其他处理 — 逾期不补正, not before the period has passed', async () => {
    const r = await register('jiaoyu.gk', 'education', '2026-09-18');
    const c = await go('jiaoyu.gk', ASK, r, { t: '请写明文件名称', d: '2026-10-20', on: '2026-09-22' });
    expect((await refusal('jiaoyu.gk', END, c, { on: '2026-10-20' })).code).toBe('REQUEST_CORRECTION_NOT_DUE');
    const e = await go('jiaoyu.gk', END, c, { on: '2026-10-21' });
    expect(e.state).toBe('REPLIED');
    expect(e.items[0]).toMatchObject({ outcome: 'OTHER', outcomeReason: 'NO_CORRECTION' });
    expect(e.tableRow).toBe('OTHER.NO_CORRECTION');
  });

  it('a third party: the working days paused are not counted, at most 15', async () => {
    const r = await register('jiaoyu.gk', 'education', '2026-09-18');
    const p = await go('jiaoyu.gk', CONSULT, r, { p: '某培训机构', on: '2026-09-23' });
    expect(p.state).toBe('THIRD_PARTY');
    expect(p.overdue).toBe(false);
    // 15 working days for the third party: 9-24, 9-28..30, 10-8..10, 10-12..16, 10-19..21 → 10-21
    expect(p.thirdPartyDueOn).toBe('2026-10-21');
    // resumed 10-09: 6 working days paused (9-24, 9-28, 9-29, 9-30, 10-8, 10-9) → 26 working days → 10-30
    const back = await go('jiaoyu.gk', RESUME, p, { on: '2026-10-09' });
    expect(back.pausedWorkingDays).toBe(6);
    expect(back.dueOn).toBe('2026-10-30');

    const r2 = await register('jiaoyu.gk', 'education', '2026-09-18');
    const p2 = await go('jiaoyu.gk', CONSULT, r2, { p: '某培训机构', on: '2026-09-21' });
    const capped = await go('jiaoyu.gk', RESUME, p2, { on: '2026-11-20' });
    expect(capped.pausedWorkingDays).toBe(15);
    expect(capped.dueOn).toBe('2026-11-12');
  });

  it('one extension of at most 20 working days, approved by the head of the disclosure body', async () => {
    const r = await register('jiaoyu.gk', 'education', '2026-09-18');
    const p = await go('jiaoyu.gk', CONSULT, r, { p: '某培训机构', on: '2026-09-23' });
    expect((await refusal('jiaoyu.gk', EXTEND, p, { d: 21, r: '涉及多个科室' })).code).toBe('REQUEST_EXTENSION_DAYS');
    expect((await refusal('jiaoyu.gk', EXTEND, p, { d: 20, r: ' ' })).code).toBe('REQUEST_REASON_REQUIRED');
    const x = await go('jiaoyu.gk', EXTEND, p, { d: 20, r: '涉及多个科室' });
    expect(x.extensionState).toBe('REQUESTED');
    // the officer does not approve their own request; the head of another unit cannot either
    expect((await refusal('jiaoyu.gk', APPROVE, x)).code).toBe('FORBIDDEN');
    expect((await refusal('minzheng.head', APPROVE, x)).code).toBe('FORBIDDEN');
    expect((await refusal('jiaoyu.head', REJECT, x, { r: ' ' })).code).toBe('REQUEST_REASON_REQUIRED');
    const y = await go('jiaoyu.head', APPROVE, x);
    expect(y.extensionState).toBe('APPROVED');
    expect((await refusal('jiaoyu.gk', EXTEND, y, { d: 5, r: '再延' })).code).toBe('REQUEST_EXTENSION_ONCE');
    // 20 + 20 extension + 6 paused = 46 working days after 9-18 → 11-27
    const back = await go('jiaoyu.gk', RESUME, y, { on: '2026-10-09' });
    expect(back.dueOn).toBe('2026-11-27');
    // a refusal needs a reason, and the extension cannot be decided twice
    expect((await refusal('jiaoyu.head', REJECT, back, { r: '不同意' })).code).toBe('REQUEST_EXTENSION_NOT_REQUESTED');
  });

  it('a deadline that reaches a year the calendar does not cover is refused, not guessed', async () => {
    await s.sql(`update calendar_year set covered = false where year = 2026`);
    try {
      const res = await s.as('jiaoyu.gk', REGISTER, {
        i: {
          unitId: demoUnitId('education'),
          channel: 'LETTER',
          receivedOn: '2025-12-15',
          items: [{ description: '2025年教育经费执行情况' }],
          ...PERSON,
        },
      });
      expect(codeOf(res)).toBe('CALENDAR_NOT_COVERED');
      const [{ n }] = await s.sql(
        `select count(*)::int as n from disclosure_request r join disclosure_request_item i on i.request_id = r.id where i.description = ?`,
        ['2025年教育经费执行情况'],
      );
      expect(n).toBe(0);
    } finally {
      await s.sql(`update calendar_year set covered = true where year = 2026`);
    }
    // 2025-12-15 + 20 working days, over 元旦 2026 (1-1..3 off, Sunday 1-4 worked) → 2026-01-13
    const r = await register('jiaoyu.gk', 'education', '2025-12-15', { channel: 'LETTER' });
    expect(r.dueOn).toBe('2026-01-13');
  });
});

describe('registration and replies', () => {
  it('refuses what an application may not be', async () => {
    const base = {
      unitId: demoUnitId('education'),
      channel: 'IN_PERSON',
      receivedOn: '2026-09-18',
      items: [{ description: '招生计划文件' }],
      ...PERSON,
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: 'ONLINE' }, 'REQUEST_CHANNEL_INVALID'],
      [{ receivedOn: '2099-01-01' }, 'REQUEST_RECEIVED_ON_INVALID'],
      [{ receivedOn: '18/09/2026' }, 'REQUEST_RECEIVED_ON_REQUIRED'],
      [{ applicantName: ' ' }, 'REQUEST_APPLICANT_REQUIRED'],
      [{ idProofKind: 'CREDIT_CODE' }, 'REQUEST_ID_PROOF_KIND'],
      [{ idProofNumber: '12345' }, 'REQUEST_ID_PROOF_REQUIRED'],
      [{ phone: '123', postalAddress: null }, 'REQUEST_PHONE_INVALID'],
      [{ phone: null, postalAddress: null, deliveryMethod: 'PICKUP' }, 'REQUEST_CONTACT_REQUIRED'],
      [{ deliveryMethod: 'EMAIL' }, 'REQUEST_EMAIL_INVALID'],
      [{ items: [] }, 'REQUEST_ITEMS_REQUIRED'],
      [{ items: [{ description: '文件' }] }, 'REQUEST_ITEM_DESCRIPTION'],
      [{ unitId: '00000000-0000-4000-8000-000000000000' }, 'REQUEST_UNIT_INVALID'],
      [{ items: [{ description: '招生计划文件', documentId: '00000000-0000-4000-8000-000000000000' }] }, 'REQUEST_DOCUMENT_INVALID'],
    ];
    for (const [patch, code] of cases) {
      const res = await s.as('jiaoyu.gk', REGISTER, { i: { ...base, ...patch } });
      expect(codeOf(res), JSON.stringify(patch)).toBe(code);
    }
    // a body's disclosure officer registers only its own body's requests
    expect(codeOf(await s.as('jiaoyu.gk', REGISTER, { i: { ...base, unitId: demoUnitId('civil') } }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.staff', REGISTER, { i: base }))).toBe('FORBIDDEN');
  });

  it('every item gets an Art. 36 type, with a sub-reason where the template has one; the letter says so', async () => {
    const r = await register('jiaoyu.gk', 'education', '2026-11-02', {}, [
      { description: '校外培训机构检查结果' },
      { description: '被检查机构的审计底稿' },
    ]);
    expect((await refusal('jiaoyu.gk', REPLY, r, { i: { outcomes: [{ itemId: r.items[0]!.id, outcome: 'DISCLOSED' }], reply: '答复' } })).code).toBe(
      'REQUEST_OUTCOMES_INCOMPLETE',
    );
    expect(
      (
        await refusal(
          'jiaoyu.gk',
          REPLY,
          r,
          outcomes(r, [
            ['DISCLOSED', null],
            ['NOT_DISCLOSED', null],
          ]),
        )
      ).code,
    ).toBe('REQUEST_OUTCOME_REASON');
    expect(
      (
        await refusal(
          'jiaoyu.gk',
          REPLY,
          r,
          outcomes(r, [
            ['DISCLOSED', null],
            ['NOT_DISCLOSED', 'NOT_HELD'],
          ]),
        )
      ).code,
    ).toBe('REQUEST_OUTCOME_REASON');
    expect(
      (
        await refusal(
          'jiaoyu.gk',
          REPLY,
          r,
          outcomes(r, [
            ['DISCLOSED', 'STATE_SECRET'],
            ['DISCLOSED', null],
          ]),
        )
      ).code,
    ).toBe('REQUEST_OUTCOME_REASON');
    const bad = outcomes(r, [
      ['DISCLOSED', null],
      ['NOT_DISCLOSED', 'THIRD_PARTY_RIGHTS'],
    ]);
    expect((await refusal('jiaoyu.gk', REPLY, r, { i: { ...bad.i, reply: ' ' } })).code).toBe('REQUEST_REPLY_REQUIRED');
    expect((await refusal('jiaoyu.gk', REPLY, r, { i: { ...bad.i, fee: -1 } })).code).toBe('REQUEST_FEE_INVALID');
    expect((await refusal('jiaoyu.staff', REPLY, r, bad)).code).toBe('FORBIDDEN');
    const a = await go(
      'jiaoyu.gk',
      REPLY,
      r,
      replyOn(
        r,
        [
          ['DISCLOSED', null],
          ['NOT_DISCLOSED', 'THIRD_PARTY_RIGHTS'],
        ],
        '2026-11-20',
      ),
    );
    expect(a.state).toBe('REPLIED');
    expect(a.tableRow).toBe('PARTLY_DISCLOSED');
    expect(a.repliedLate).toBe(false);
    const letter = (await s.as('jiaoyu.gk', `query($id:ID!){ disclosureRequest(id:$id){ letter { title lines signature } } }`, { id: a.id })).data
      .disclosureRequest.letter;
    expect(letter.title).toBe('政府信息公开申请答复书');
    expect(letter.lines.join('')).toContain('2026年11月2日收到');
    expect(letter.lines.join('')).toContain('予以公开');
    expect(letter.lines.join('')).toContain('不予公开（保护第三方合法权益）');
    expect(letter.signature).toEqual(['朝阳市教育局', '2026年11月20日']);
    const docx = await s.app.inject({ method: 'GET', url: `/requests/${a.id}/letter`, headers: { cookie: await s.login('jiaoyu.gk') } });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // delivered: not before the reply, not in the future
    expect((await refusal('jiaoyu.gk', DELIVER, a, { m: 'POST', on: '2026-11-19' })).code).toBe('REQUEST_DATE_INVALID');
    const d = await go('jiaoyu.gk', DELIVER, a, { m: 'POST', on: '2026-11-23' });
    expect(d.state).toBe('DELIVERED');
    expect(d.deliveredOn).toBe('2026-11-23');
  });

  it('a reply after the last day stays marked late', async () => {
    const r = await register('jiaoyu.gk', 'education', '2026-09-18');
    const a = await go('jiaoyu.gk', REPLY, r, replyOn(r, [['CANNOT_PROVIDE', 'NOT_HELD']], '2026-10-23'));
    expect(a.repliedLate).toBe(true);
  });

  it('two concurrent replies: exactly one wins', async () => {
    const r = await register('jiaoyu.gk', 'education', '2026-11-02');
    const v = outcomes(r, [['DISCLOSED', null]]);
    const results = await Promise.all([0, 1].map(() => s.as('jiaoyu.gk', REPLY, { id: r.id, v: r.version, ...v })));
    expect(results.filter((x) => x.data?.replyDisclosureRequest).length).toBe(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['VERSION_CONFLICT']);
  });
});

describe('who reads what', () => {
  it("the applicant's identity is read in full by the handlers only; leaders read it masked; other units not at all", async () => {
    const r = await register('gongkaiban', 'city', '2026-11-02');
    const Q = `query($id:ID!){ disclosureRequest(id:$id){ applicantName idProofNumber phone } }`;
    expect((await s.as('gongkaiban', Q, { id: r.id })).data.disclosureRequest).toEqual({
      applicantName: '张三',
      idProofNumber: '211302198503120017',
      phone: '13904210001',
    });
    const masked = (await s.as('leader', Q, { id: r.id })).data.disclosureRequest;
    expect(masked.applicantName).toBe('张*');
    expect(masked.idProofNumber).not.toContain('198503');
    expect(masked.phone).not.toBe('13904210001');
    expect(codeOf(await s.as('jiaoyu.gk', Q, { id: r.id }))).toBe('FORBIDDEN');
    // the government's requests are handled by its Disclosure Office, extensions approved by it too
    const list = (await s.as('jiaoyu.gk', `{ disclosureRequests(pageSize:100){ items { id unit { id } } } }`)).data.disclosureRequests.items;
    expect(list.every((x: { unit: { id: string } }) => x.unit.id === demoUnitId('education'))).toBe(true);
  });
});

describe('the applicant on the portal', () => {
  const SUBMIT = `mutation($i:PublicRequestInput!){ submitDisclosureRequest(input:$i){ requestNumber checkCode state unitName items { seq description } } }`;
  const LOOKUP = `query($n:String!,$c:String!){ publicDisclosureRequest(requestNumber:$n, checkCode:$c){ state receivedOn dueOn correctionText correctionDueOn repliedOn hasLetter items { seq outcome outcomeReason } } }`;
  it('applies online → confirmed → asked to correct → corrected → replied partly → reads it and downloads the letter', async () => {
    const key = `k-${randomBytes(8).toString('hex')}`;
    const input = {
      unitId: demoUnitId('education'),
      items: [{ description: '2026年中小学教师招聘计划' }, { description: '招聘面试评分细则' }],
      idempotencyKey: key,
      ...PERSON,
    };
    const receipt = (await s.gql(SUBMIT, { i: input }, { address: '10.77.0.1' })).data.submitDisclosureRequest;
    expect(receipt.requestNumber).toMatch(/^YS\d{8}-[A-Z2-9]{6}$/);
    expect(receipt.state).toBe('SUBMITTED');
    expect(receipt.unitName).toBe('朝阳市教育局');
    // a retry stores it once
    expect((await s.gql(SUBMIT, { i: input }, { address: '10.77.0.1' })).data.submitDisclosureRequest.requestNumber).toBe(receipt.requestNumber);
    expect(codeOf(await s.gql(LOOKUP, { n: receipt.requestNumber, c: 'WRONGCOD' }))).toBe('REQUEST_CODE_MISMATCH');
    // an office inside the government (a section) takes no requests: the government does
    const section = await s.gql(SUBMIT, { i: { ...input, unitId: demoUnitId('disclosure'), idempotencyKey: `${key}-s` } }, { address: '10.77.0.2' });
    expect(codeOf(section)).toBe('REQUEST_UNIT_INVALID');
    const [{ id }] = await s.sql(`select id from disclosure_request where request_number = ?`, [receipt.requestNumber]);
    const [{ n: todos }] = await s.sql(`select count(*)::int as n from todo where subject_id = ? and kind = 'request.confirm' and done_at is null`, [
      id,
    ]);
    expect(todos).toBe(1);
    let r = (await s.as('jiaoyu.gk', `query($id:ID!){ disclosureRequest(id:$id){ ${F} } }`, { id })).data.disclosureRequest as R;
    expect(r.receivedOn).toBeNull();
    r = await go('jiaoyu.gk', CONFIRM, r);
    expect(r.state).toBe('IN_PROGRESS');
    expect(r.dueOn).not.toBeNull();
    r = await go('jiaoyu.gk', ASK, r, { t: '请说明所需招聘计划的发布单位和年份', d: '2099-12-31' });
    const asked = (await s.gql(LOOKUP, { n: receipt.requestNumber, c: receipt.checkCode })).data.publicDisclosureRequest;
    expect(asked).toMatchObject({ state: 'CORRECTION', correctionText: '请说明所需招聘计划的发布单位和年份', correctionDueOn: '2099-12-31' });
    r = await go('jiaoyu.gk', CORRECTED, r);
    const answered = await go(
      'jiaoyu.gk',
      REPLY,
      r,
      outcomes(r, [
        ['DISCLOSED', null],
        ['NOT_DISCLOSED', 'PROCESS_INFORMATION'],
      ]),
    );
    expect(answered.tableRow).toBe('PARTLY_DISCLOSED');
    const replied = (await s.gql(LOOKUP, { n: receipt.requestNumber, c: receipt.checkCode })).data.publicDisclosureRequest;
    expect(replied.state).toBe('REPLIED');
    expect(replied.hasLetter).toBe(true);
    expect(replied.items).toEqual([
      { seq: 1, outcome: 'DISCLOSED', outcomeReason: null },
      { seq: 2, outcome: 'NOT_DISCLOSED', outcomeReason: 'PROCESS_INFORMATION' },
    ]);
    const letter = await s.app.inject({
      method: 'POST',
      url: '/requests/public/letter',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ requestNumber: receipt.requestNumber, checkCode: receipt.checkCode }),
    });
    expect(letter.statusCode).toBe(200);
    expect(letter.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const wrong = await s.app.inject({
      method: 'POST',
      url: '/requests/public/letter',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ requestNumber: receipt.requestNumber, checkCode: 'WRONGCOD' }),
    });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.parse(wrong.body).code ?? JSON.parse(wrong.body).errors?.[0]?.extensions?.code).toBe('REQUEST_CODE_MISMATCH');
  });
});

describe('figures', () => {
  const TABLE = `query($y:Int!,$u:ID){ disclosureRequestTable(year:$y, unitId:$u){ columns rows { row counts } fees } }`;
  it('table 三 of a hand-counted year: new + carried over = outcomes + carried forward, per column', async () => {
    const city = (on: string, extra: Record<string, unknown> = {}, items?: { description: string }[]) =>
      register('gongkaiban', 'city', on, extra, items);
    // A: a person's request of 2023, replied in 2024 (carried over; 予以公开)
    const a = await city('2023-12-20');
    await go('gongkaiban', REPLY, a, replyOn(a, [['DISCLOSED', null]], '2024-01-10'));
    // B: a business, one item given and one not → 部分公开
    const b = await city('2024-03-01', ORG('BUSINESS'), [{ description: '项目审批文件' }, { description: '项目涉密附件' }]);
    await go('gongkaiban', REPLY, b, {
      i: {
        ...replyOn(
          b,
          [
            ['DISCLOSED', null],
            ['NOT_DISCLOSED', 'STATE_SECRET'],
          ],
          '2024-03-20',
        ).i,
        fee: 12.5,
      },
    });
    // C: a person, nothing given, two types → the first in the template's order (无法提供 before 不予处理)
    const c = await city('2024-05-06', {}, [{ description: '某会议的录音资料' }, { description: '已答复过的招生计划' }]);
    await go(
      'gongkaiban',
      REPLY,
      c,
      replyOn(
        c,
        [
          ['NOT_PROCESSED', 'REPEATED'],
          ['CANNOT_PROVIDE', 'NOT_HELD'],
        ],
        '2024-05-20',
      ),
    );
    // D: a legal service, already public → counts as 予以公开
    const d = await city('2024-06-03', ORG('LEGAL_SERVICE'));
    await go('gongkaiban', REPLY, d, replyOn(d, [['ALREADY_PUBLIC', null]], '2024-06-10'));
    // E: a person's request of late 2024, replied in 2025 → carried forward
    const e = await city('2024-12-23');
    await go('gongkaiban', REPLY, e, replyOn(e, [['NOT_DISCLOSED', 'PROCESS_INFORMATION']], '2025-01-06'));
    // F: a research institution that did not correct in time → 其他处理 — 逾期不补正
    const f = await city('2024-08-01', ORG('RESEARCH'));
    const f2 = await go('gongkaiban', ASK, f, { t: '请明确所需信息', d: '2024-08-20', on: '2024-08-05' });
    await go('gongkaiban', END, f2, { on: '2024-08-21' });

    const res = await s.as('gongkaiban', TABLE, { y: 2024, u: null });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    const t = res.data.disclosureRequestTable;
    expect(t.columns).toEqual(['NATURAL_PERSON', 'BUSINESS', 'RESEARCH', 'PUBLIC_INTEREST', 'LEGAL_SERVICE', 'OTHER_ORG']);
    const row = (k: string) => t.rows.find((x: { row: string }) => x.row === k).counts;
    expect(row('NEW')).toEqual([2, 1, 1, 0, 1, 0, 5]);
    expect(row('CARRIED_OVER')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('DISCLOSED')).toEqual([1, 0, 0, 0, 1, 0, 2]);
    expect(row('PARTLY_DISCLOSED')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(row('CANNOT_PROVIDE.NOT_HELD')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('NOT_PROCESSED.REPEATED')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row('OTHER.NO_CORRECTION')).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(row('TOTAL')).toEqual([2, 1, 1, 0, 1, 0, 5]);
    expect(row('CARRIED_FORWARD')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.fees).toBe(12.5);
    for (let col = 0; col < 7; col++) expect(row('NEW')[col] + row('CARRIED_OVER')[col]).toBe(row('TOTAL')[col] + row('CARRIED_FORWARD')[col]);
    const outcomeSum = t.rows
      .filter((x: { row: string }) => (OUTCOME_ROWS as readonly string[]).includes(x.row))
      .reduce((n: number, x: { counts: number[] }) => n + x.counts[6]!, 0);
    expect(outcomeSum).toBe(row('TOTAL')[6]);
    // the SQL agrees with the declared rule in shared, request by request
    for (const req of [a, b, c, d, f]) {
      const got = (
        await s.as('gongkaiban', `query($id:ID!){ disclosureRequest(id:$id){ tableRow items { outcome outcomeReason } } }`, { id: req.id })
      ).data.disclosureRequest;
      expect(got.tableRow).toBe(
        requestOutcome(got.items.map((i: { outcome: string; outcomeReason: string | null }) => ({ type: i.outcome, reason: i.outcomeReason })))?.row,
      );
    }
    // a unit reads its own table, not the level's, nor another unit's
    expect(codeOf(await s.as('jiaoyu.gk', TABLE, { y: 2024, u: demoUnitId('city') }))).toBe('FORBIDDEN');
    expect((await s.as('jiaoyu.gk', TABLE, { y: 2024, u: null })).data.disclosureRequestTable.rows[0].counts[6]).toBe(0);
    expect(codeOf(await s.as('gongkaiban', TABLE, { y: 1800, u: null }))).toBe('REQUEST_YEAR_INVALID');
  });

  it('information asked for often (review.frequentRequestThreshold = 3 a year) is proposed for conversion', async () => {
    const Q = `query($y:Int!){ frequentlyRequestedInformation(year:$y){ documentId description count } }`;
    const ask = (on: string, description: string) => register('jiaoyu.gk', 'education', on, {}, [{ description }]);
    await ask('2023-03-01', '教师资格认定 工作方案');
    await ask('2023-04-01', '教师资格认定工作方案');
    expect((await s.as('jiaoyu.gk', Q, { y: 2023 })).data.frequentlyRequestedInformation).toEqual([]);
    await ask('2023-05-01', '教师资格认定工作方案 ');
    const items = (await s.as('jiaoyu.gk', Q, { y: 2023 })).data.frequentlyRequestedInformation;
    expect(items).toHaveLength(1);
    expect(items[0].count).toBe(3);
    // another year's requests do not count
    expect((await s.as('jiaoyu.gk', Q, { y: 2022 })).data.frequentlyRequestedInformation).toEqual([]);
  });
});

describe('reminders on the one clock', () => {
  it("tell the handlers once when a request's last day is near, and once when it has passed", async () => {
    const near = await register('jiaoyu.gk', 'education', '2026-11-02');
    const late = await register('jiaoyu.gk', 'education', '2026-11-02');
    const today = (await s.sql(`select (now() at time zone 'Asia/Shanghai')::date::text as d`))[0].d as string;
    await s.sql(`update disclosure_request set due_on = ?::date + 1 where id = ?`, [today, near.id]);
    await s.sql(`update disclosure_request set due_on = ?::date - 1 where id = ?`, [today, late.id]);
    const notes = async (id: string) =>
      (
        await s.sql(`select title from notification n join app_user u on u.id = n.user_id where n.link = ? and u.username = 'jiaoyu.gk'`, [
          `/requests/${id}`,
        ])
      ).map((r: { title: string }) => r.title);
    // two processes running the job at once remind once
    await Promise.all([remindRequestDeadlines(s.orm.em.fork(), s.config), remindRequestDeadlines(s.orm.em.fork(), s.config)]);
    await remindRequestDeadlines(s.orm.em.fork(), s.config);
    expect(await notes(near.id)).toEqual([`政府信息公开申请即将到期：${near.requestNumber}`]);
    expect(await notes(late.id)).toEqual([`政府信息公开申请已超期未答复：${late.requestNumber}`]);
  });
});

describe('registration and intake', () => {
  it("a registered request's reply to-do is due at the end of its last day, and names what was asked", async () => {
    const r = await register('jiaoyu.gk', 'education', '2026-09-18', {}, [{ description: '2026年义务教育招生计划及划片范围' }]);
    const [todo] = await s.sql(
      `select title, to_char(due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as due from todo where subject_id = ? and kind = 'request.reply' and done_at is null`,
      [r.id],
    );
    expect(todo.due).toBe('2026-10-22 23:59');
    expect(todo.title).toBe(`答复申请：${r.requestNumber}（2026年义务教育招生计划及划片范围）`);
    // a step of the workflow names it alike (the items are loaded for the title)
    const c = await go('jiaoyu.gk', ASK, r, { t: '请写明学段', d: '2026-10-20', on: '2026-09-22' });
    const [waiting] = await s.sql(`select title from todo where subject_id = ? and kind = 'request.correction' and done_at is null`, [c.id]);
    expect(waiting.title).toBe(`等待申请人补正：${r.requestNumber}（2026年义务教育招生计划及划片范围）`);
  });

  it('an online request is not registered without a reason; with one, the applicant reads it', async () => {
    const SUBMIT = `mutation($i:PublicRequestInput!){ submitDisclosureRequest(input:$i){ requestNumber checkCode } }`;
    const receipt = (
      await s.gql(
        SUBMIT,
        {
          i: {
            unitId: demoUnitId('education'),
            items: [{ description: '关于某小区物业纠纷的投诉' }],
            idempotencyKey: `k-${randomBytes(8).toString('hex')}`,
            ...PERSON,
          },
        },
        { address: '10.78.0.1' },
      )
    ).data.submitDisclosureRequest;
    const [{ id }] = await s.sql(`select id from disclosure_request where request_number = ?`, [receipt.requestNumber]);
    const REFUSE = M('refuseDisclosureRequestRegistration', 'reason:$r', '$r:String!');
    const r = { id, version: 1 } as R;
    expect((await refusal('jiaoyu.gk', REFUSE, r, { r: '  ' })).code).toBe('REQUEST_REASON_REQUIRED');
    const done = await go('jiaoyu.gk', REFUSE, r, { r: '所提内容属于投诉，请向市民举报投诉受理办公室反映。' });
    expect(done.state).toBe('NOT_REGISTERED');
    const seen = (
      await s.gql(`query($n:String!,$c:String!){ publicDisclosureRequest(requestNumber:$n, checkCode:$c){ state notRegisteredReason receivedOn } }`, {
        n: receipt.requestNumber,
        c: receipt.checkCode,
      })
    ).data.publicDisclosureRequest;
    expect(seen).toEqual({ state: 'NOT_REGISTERED', notRegisteredReason: '所提内容属于投诉，请向市民举报投诉受理办公室反映。', receivedOn: null });
  });

  it('the portal refuses a form without its key, and more applications from one address than the limit allows', async () => {
    const SUBMIT = `mutation($i:PublicRequestInput!){ submitDisclosureRequest(input:$i){ requestNumber } }`;
    const input = (key: string) => ({
      i: { unitId: demoUnitId('education'), items: [{ description: '2026年教育经费预算执行情况' }], idempotencyKey: key, ...PERSON },
    });
    expect(codeOf(await s.gql(SUBMIT, input('short'), { address: '10.79.0.1' }))).toBe('REQUEST_IDEMPOTENCY_KEY_REQUIRED');
    const limit = s.config.casesPerTenMinutes;
    for (let n = 0; n < limit; n++) {
      const ok = await s.gql(SUBMIT, input(`k-${randomBytes(8).toString('hex')}`), { address: '10.79.0.2' });
      expect(ok.data?.submitDisclosureRequest.requestNumber).toMatch(/^YS/);
    }
    expect(codeOf(await s.gql(SUBMIT, input(`k-${randomBytes(8).toString('hex')}`), { address: '10.79.0.2' }))).toBe(
      'TOO_MANY_REQUESTS_ON_APPLICATION',
    );
    // another address is not held back
    expect(
      (await s.gql(SUBMIT, input(`k-${randomBytes(8).toString('hex')}`), { address: '10.79.0.3' })).data?.submitDisclosureRequest.requestNumber,
    ).toMatch(/^YS/);
  });
});
