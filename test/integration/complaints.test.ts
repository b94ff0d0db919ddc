import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, startSuite, type Suite } from '../support/suite.js';
import { expireRatings, remindDeadlines } from '../../packages/server/src/modules/complaints/complaints.service.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const PUBLIC = 'caseNumber checkCode state version dueOn reply canRate rating notAcceptedReason';
const SUBMIT = `mutation($i:PublicCaseInput!){ submitCase(input:$i){ ${PUBLIC} } }`;
const LOOKUP = 'query($n:String!,$c:String!){ publicCase(caseNumber:$n, checkCode:$c){ state version reply canRate rating notAcceptedReason } }';
const RATE =
  'mutation($n:String!,$c:String!,$v:Int!,$r:CaseRating!){ ratePublicCase(caseNumber:$n, checkCode:$c, version:$v, rating:$r){ state version rating canRate } }';
const F = 'id version state dueOn acceptedOn replyWorkingDays reply repliedLate reopenCount overdue assignedUnitId caseNumber';
const step = (name: string, extra = '') =>
  `mutation($id:ID!,$v:Int!${extra ? ',' + extra.split(';')[0] : ''}){ ${name}(id:$id, version:$v${extra ? ',' + extra.split(';')[1] : ''}){ ${F} } }`;
const ACCEPT = step('acceptCase');
const NOT_ACCEPT = step('notAcceptCase', '$r:String!;reason:$r');
const ASSIGN = step('assignCase', '$u:ID!;unitId:$u');
const HAND_BACK = step('handBackCase', '$r:String!;reason:$r');
const REPLY = step('replyCase', '$t:String!;reply:$t');
const CLOSE = step('closeCase');
const REOPEN = step('reopenCase', '$r:String!;reason:$r');

let addressSeq = 0;
const freshAddress = () => `10.20.${Math.floor(++addressSeq / 250)}.${addressSeq % 250}`;
const key = () => `k-${randomBytes(8).toString('hex')}`;
const INPUT = {
  kind: 'COMPLAINT',
  title: '道路破损长期未修',
  content: '朝阳大街与新华路交叉口路面破损已有两个多月，雨天积水，车辆行人通行困难。',
  name: '陈女士',
  phone: '13904219876',
  consentToPublish: true,
};
async function submit(input: Record<string, unknown> = {}, k = key(), address = freshAddress()) {
  return s.gql(SUBMIT, { i: { ...INPUT, ...input, idempotencyKey: k } }, { address });
}
type C = { id: string; version: number; state: string; caseNumber: string; dueOn: string | null; [k: string]: any };
async function go(user: string, q: string, c: C, vars: Record<string, unknown> = {}): Promise<C> {
  const r = await s.as(user, q, { id: c.id, v: c.version, ...vars });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data)[0] as C;
}
/** A submitted case as the office sees it, with the citizen's codes. */
async function received(input: Record<string, unknown> = {}) {
  const receipt = (await submit(input)).data.submitCase;
  const [{ id }] = await s.sql(`select id from complaint_case where case_number = ?`, [receipt.caseNumber]);
  const c = (await s.as('tousu', `query($id:ID!){ case(id:$id){ ${F} } }`, { id })).data.case as C;
  return { c, number: receipt.caseNumber as string, code: receipt.checkCode as string };
}
async function assigned(unit = 'education', input: Record<string, unknown> = {}) {
  const r = await received(input);
  const a = await go('tousu', ACCEPT, r.c);
  return { ...r, c: await go('tousu', ASSIGN, a, { u: demoUnitId(unit) }) };
}
async function closed(input: Record<string, unknown> = {}) {
  const r = await assigned('education', input);
  const replied = await go('jiaoyu.staff', REPLY, r.c, { t: '已安排维修，本周内完成。' });
  return { ...r, c: await go('tousu', CLOSE, replied) };
}
const publicView = async (number: string, code: string) => (await s.gql(LOOKUP, { n: number, c: code })).data.publicCase;

describe('a citizen submits on the portal', () => {
  it('gets a case number and a check code; a retry with the same key stores the case once', async () => {
    const k = key();
    const first = (await submit({}, k)).data.submitCase;
    expect(first.caseNumber).toMatch(/^TS\d{8}-[A-Z2-9]{6}$/);
    expect(first.checkCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(first.state).toBe('RECEIVED');
    const again = (await submit({}, k)).data.submitCase;
    expect(again.caseNumber).toBe(first.caseNumber);
    const [{ n }] = await s.sql(`select count(*)::int as n from complaint_case where idempotency_key = ?`, [k]);
    expect(n).toBe(1);
    // the office has it to accept
    const [{ todos }] = await s.sql(
      `select count(*)::int as todos from todo t join complaint_case c on c.id::text = t.subject_id where c.case_number = ? and t.kind = 'case.accept' and t.done_at is null`,
      [first.caseNumber],
    );
    expect(todos).toBe(1);
  });

  it('refuses what the form must not take, each with its code', async () => {
    expect(codeOf(await submit({ phone: '12345' }))).toBe('CASE_PHONE_INVALID');
    expect(codeOf(await submit({ content: '太吵' }))).toBe('CASE_CONTENT_TOO_SHORT');
    expect(codeOf(await submit({ title: '  ' }))).toBe('CASE_TITLE_REQUIRED');
    expect(codeOf(await submit({ subjectUnitId: '00000000-0000-4000-8000-000000000000' }))).toBe('CASE_SUBJECT_UNIT_INVALID');
    expect(codeOf(await submit({}, 'short'))).toBe('CASE_IDEMPOTENCY_KEY_REQUIRED');
  });

  it('takes at most so many cases from one address in ten minutes', async () => {
    const address = freshAddress();
    for (let i = 0; i < 5; i++) expect(codeOf(await submit({}, key(), address))).toBeUndefined();
    expect(codeOf(await submit({}, key(), address))).toBe('TOO_MANY_CASES');
  });

  it('follows the case only with its number and the right check code', async () => {
    const { number, code } = await received();
    expect((await publicView(number, code)).state).toBe('RECEIVED');
    expect(codeOf(await s.gql(LOOKUP, { n: number, c: 'ABCDEFGH' }))).toBe('CASE_CODE_MISMATCH');
    expect(codeOf(await s.gql(LOOKUP, { n: 'TS20990101-ZZZZZZ', c: code }))).toBe('CASE_CODE_MISMATCH');
  });
});

describe('the Complaint Office and the units handle it', () => {
  it('accepts (the reply deadline starts), assigns, the unit replies, the office closes, the citizen rates', async () => {
    const { c, number, code } = await received();
    const a = await go('tousu', ACCEPT, c);
    expect(a.state).toBe('ACCEPTED');
    expect(a.replyWorkingDays).toBe(15);
    expect(a.dueOn! > a.acceptedOn).toBe(true);
    const as = await go('tousu', ASSIGN, a, { u: demoUnitId('education') });
    expect(as.state).toBe('ASSIGNED');
    // another unit neither reads nor replies
    expect(codeOf(await s.as('minzheng.staff', `query($id:ID!){ case(id:$id){ id } }`, { id: c.id }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('minzheng.staff', REPLY, { id: c.id, v: as.version, t: '答复' }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.staff', REPLY, { id: c.id, v: as.version, t: '  ' }))).toBe('CASE_REPLY_REQUIRED');
    const replied = await go('jiaoyu.staff', REPLY, as, { t: '经核查，已督促施工单位于22时后停止作业。' });
    expect(replied.state).toBe('REPLIED');
    expect((await publicView(number, code)).reply).toContain('停止作业');
    expect((await publicView(number, code)).canRate).toBe(false);
    const done = await go('tousu', CLOSE, replied);
    expect(done.state).toBe('CLOSED');
    const view = await publicView(number, code);
    expect(view.canRate).toBe(true);
    const rated = (await s.gql(RATE, { n: number, c: code, v: view.version, r: 'SATISFIED' })).data.ratePublicCase;
    expect(rated).toMatchObject({ state: 'RATED', rating: 'SATISFIED', canRate: false });
    // rating twice
    expect(codeOf(await s.gql(RATE, { n: number, c: code, v: rated.version, r: 'DISSATISFIED' }))).toBe('TRANSITION_NOT_ALLOWED');
    // with a wrong check code, nothing changes
    expect(codeOf(await s.gql(RATE, { n: number, c: 'ABCDEFGH', v: rated.version, r: 'DISSATISFIED' }))).toBe('CASE_CODE_MISMATCH');
  });

  it('does not accept without a reason; the citizen reads the reason', async () => {
    const { c, number, code } = await received();
    expect(codeOf(await s.as('tousu', NOT_ACCEPT, { id: c.id, v: c.version, r: ' ' }))).toBe('CASE_REASON_REQUIRED');
    const n = await go('tousu', NOT_ACCEPT, c, { r: '不属于本机关职责范围，请向人民法院起诉。' });
    expect(n.state).toBe('NOT_ACCEPTED');
    expect((await publicView(number, code)).notAcceptedReason).toContain('人民法院');
    expect(codeOf(await s.as('tousu', ACCEPT, { id: c.id, v: n.version }))).toBe('FORBIDDEN');
  });

  it('a unit hands a misassigned case back with a reason; the office assigns it to another unit of its level', async () => {
    const { c } = await assigned('education');
    expect(codeOf(await s.as('jiaoyu.staff', HAND_BACK, { id: c.id, v: c.version, r: '' }))).toBe('CASE_REASON_REQUIRED');
    const back = await go('jiaoyu.staff', HAND_BACK, c, { r: '道路维修不属于教育局职责，建议交住建局。' });
    expect(back.state).toBe('ACCEPTED');
    expect(codeOf(await s.as('tousu', ASSIGN, { id: c.id, v: back.version, u: demoUnitId('education') }))).toBe('CASE_REASSIGN_SAME_UNIT');
    expect(codeOf(await s.as('tousu', ASSIGN, { id: c.id, v: back.version, u: demoUnitId('shuangta.education') }))).toBe('CASE_UNIT_INVALID');
    const again = await go('tousu', ASSIGN, back, { u: demoUnitId('housing') });
    expect(again).toMatchObject({ state: 'ASSIGNED', assignedUnitId: demoUnitId('housing') });
    // the unit that handed it back no longer reads it; only the unit assigned hands a case back, not the office
    expect(codeOf(await s.as('jiaoyu.staff', 'query($id:ID!){ case(id:$id){ id } }', { id: c.id }))).toBe('FORBIDDEN');
    const byOffice = await s.as('tousu', 'mutation($id:ID!,$v:Int!){ handBackCase(id:$id, version:$v, reason:"x"){ id } }', {
      id: c.id,
      v: again.version,
    });
    expect(codeOf(byOffice)).toBe('FORBIDDEN');
  });

  it('reopens only a dissatisfied case, with a reason, and only as often as the parameter allows', async () => {
    const { c, number, code } = await closed();
    let v = (await publicView(number, code)).version;
    const rated = (await s.gql(RATE, { n: number, c: code, v, r: 'DISSATISFIED' })).data.ratePublicCase;
    expect(rated.state).toBe('RATED');
    const current = { ...c, version: rated.version, state: 'RATED' };
    expect(codeOf(await s.as('tousu', REOPEN, { id: c.id, v: current.version, r: '' }))).toBe('CASE_REASON_REQUIRED');
    expect(codeOf(await s.as('jiaoyu.staff', REOPEN, { id: c.id, v: current.version, r: '不满意' }))).toBe('FORBIDDEN');
    const reopened = await go('tousu', REOPEN, current, { r: '群众反映仍未修复' });
    expect(reopened).toMatchObject({ state: 'ASSIGNED', reopenCount: 1, assignedUnitId: demoUnitId('education') });
    // the rating that led to it stays readable, for the office and the unit and for the citizen
    const kept = (await s.as('jiaoyu.staff', `query($id:ID!){ case(id:$id){ rating previousRating } }`, { id: c.id })).data.case;
    expect(kept).toEqual({ rating: null, previousRating: 'DISSATISFIED' });
    const seen = (
      await s.gql('query($n:String!,$c:String!){ publicCase(caseNumber:$n, checkCode:$c){ reopenCount previousRating } }', { n: number, c: code })
    ).data.publicCase;
    expect(seen).toEqual({ reopenCount: 1, previousRating: 'DISSATISFIED' });
    const replied = await go('jiaoyu.staff', REPLY, reopened, { t: '已修复完毕，欢迎监督。' });
    await go('tousu', CLOSE, replied);
    v = (await publicView(number, code)).version;
    const again = (await s.gql(RATE, { n: number, c: code, v, r: 'DISSATISFIED' })).data.ratePublicCase;
    expect(codeOf(await s.as('tousu', REOPEN, { id: c.id, v: again.version, r: '仍不满意' }))).toBe('CASE_REOPEN_LIMIT');
  });

  it('reopens no satisfied case', async () => {
    const { c, number, code } = await closed();
    const v = (await publicView(number, code)).version;
    const rated = (await s.gql(RATE, { n: number, c: code, v, r: 'BASICALLY_SATISFIED' })).data.ratePublicCase;
    expect(codeOf(await s.as('tousu', REOPEN, { id: c.id, v: rated.version, r: '复查' }))).toBe('CASE_REOPEN_NOT_DISSATISFIED');
  });

  it('takes no rating after the rating period', async () => {
    const { c, number, code } = await closed();
    await s.sql(`update complaint_case set rating_due_on = current_date - 1 where id = ?`, [c.id]);
    const view = await publicView(number, code);
    expect(view.canRate).toBe(false);
    expect(codeOf(await s.gql(RATE, { n: number, c: code, v: view.version, r: 'SATISFIED' }))).toBe('CASE_RATING_PERIOD_OVER');
  });

  it('closes a case left unrated past its rating period with no rating, once, even when run twice at once', async () => {
    const { c, number, code } = await closed();
    await s.sql(`update complaint_case set rating_due_on = current_date - 1 where id = ?`, [c.id]);
    const [a, b] = await Promise.all([expireRatings(s.orm.em.fork(), s.config), expireRatings(s.orm.em.fork(), s.config)]);
    // (other cases of this suite may be past their period too: this one is checked below)
    expect(a + b).toBeGreaterThanOrEqual(1);
    const view = await publicView(number, code);
    expect(view).toMatchObject({ state: 'UNRATED', rating: null, canRate: false });
    const [{ n }] = await s.sql(`select count(*)::int as n from audit_record where action = 'Case.expireRating' and subject_id = ?`, [c.id]);
    expect(n).toBe(1);
  });

  it('shows an unanswered case overdue after its last day, and a reply after it stays late', async () => {
    const { c } = await assigned();
    await s.sql(`update complaint_case set due_on = current_date - 1 where id = ?`, [c.id]);
    const overdue = (await s.as('tousu', `{ cases(filter:{ overdue: true }, pageSize: 100){ items { id overdue } } }`)).data.cases.items;
    expect(overdue.find((x: any) => x.id === c.id)?.overdue).toBe(true);
    const replied = await go('jiaoyu.staff', REPLY, c, { t: '迟到的答复' });
    expect(replied.repliedLate).toBe(true);
    expect(replied.overdue).toBe(false);
  });

  it('reminds the unit before the last day, once for each last day, and tells the office once when it has passed', async () => {
    const title = `提醒测试${key()}`;
    const { c } = await assigned('education', { title });
    const sent = async (user: string, words: string) =>
      (
        await s.sql(`select count(*)::int as n from notification n join app_user u on u.id = n.user_id where u.username = ? and n.title like ?`, [
          user,
          `%${words}%${title}%`,
        ])
      )[0].n as number;
    await s.sql(`update complaint_case set due_on = (now() at time zone 'Asia/Shanghai')::date + 1 where id = ?`, [c.id]);
    await Promise.all([remindDeadlines(s.orm.em.fork(), s.config), remindDeadlines(s.orm.em.fork(), s.config)]);
    expect(await sent('jiaoyu.staff', '即将到期')).toBe(1);
    expect(await sent('jiaoyu.gk', '即将到期')).toBe(1);
    // another unit's staff hears nothing of it
    expect(await sent('minzheng.staff', '即将到期')).toBe(0);
    await remindDeadlines(s.orm.em.fork(), s.config);
    expect(await sent('jiaoyu.staff', '即将到期')).toBe(1);
    // a new last day (an extension): reminded again
    await s.sql(`update complaint_case set due_on = due_on + 1 where id = ?`, [c.id]);
    await remindDeadlines(s.orm.em.fork(), s.config);
    expect(await sent('jiaoyu.staff', '即将到期')).toBe(2);
    // passed unanswered: the office is told, once
    await s.sql(`update complaint_case set due_on = (now() at time zone 'Asia/Shanghai')::date - 1 where id = ?`, [c.id]);
    await Promise.all([remindDeadlines(s.orm.em.fork(), s.config), remindDeadlines(s.orm.em.fork(), s.config)]);
    await remindDeadlines(s.orm.em.fork(), s.config);
    expect(await sent('tousu', '已超期')).toBe(1);
  });

  it('of 10 simultaneous acceptances, exactly one wins', async () => {
    const { c } = await received();
    const results = await Promise.all(Array.from({ length: 10 }, () => s.as('tousu', ACCEPT, { id: c.id, v: c.version })));
    expect(results.filter((r) => r.data?.acceptCase).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'VERSION_CONFLICT').length).toBe(9);
  });
});

describe('a deadline extension (延期)', () => {
  const EXT = 'extensionState extensionDays extensionReason extensionRefusal dueOnBeforeExtension';
  const REQUEST = `mutation($id:ID!,$v:Int!,$d:Int!,$r:String!){ requestCaseExtension(id:$id, version:$v, days:$d, reason:$r){ ${F} ${EXT} } }`;
  const APPROVE = `mutation($id:ID!,$v:Int!){ approveCaseExtension(id:$id, version:$v){ ${F} ${EXT} } }`;
  const REJECT = `mutation($id:ID!,$v:Int!,$r:String!){ rejectCaseExtension(id:$id, version:$v, reason:$r){ ${F} ${EXT} } }`;
  const plusWorkingDays = async (date: string, days: number) =>
    (await s.as('tousu', 'query($d:String!,$n:Int!){ addWorkingDays(date:$d, days:$n) }', { d: date, n: days })).data.addWorkingDays as string;
  const openTodo = async (id: string, kind: string) =>
    s.sql(`select due_at from todo where subject_id = ? and kind = ? and done_at is null`, [id, kind]);

  it('the unit asks once with a reason; the office approves and the last day moves by the working days asked for', async () => {
    const { c } = await assigned();
    const asked = await go('jiaoyu.staff', REQUEST, c, { d: 5, r: '需要现场勘查并协调施工单位' });
    expect(asked).toMatchObject({ state: 'ASSIGNED', extensionState: 'REQUESTED', extensionDays: 5, dueOn: c.dueOn });
    expect(await openTodo(c.id, 'case.extension')).toHaveLength(1);
    const waiting = async () =>
      (await s.as('tousu', '{ cases(filter:{ extensionRequested: true }, pageSize: 100){ items { id } } }')).data.cases.items.map((x: any) => x.id);
    expect(await waiting()).toContain(c.id);
    const approved = await go('tousu', APPROVE, asked);
    expect(await waiting()).not.toContain(c.id);
    expect(approved.extensionState).toBe('APPROVED');
    expect(approved.dueOnBeforeExtension).toBe(c.dueOn);
    expect(approved.dueOn).toBe(await plusWorkingDays(c.dueOn!, 5));
    expect(await openTodo(c.id, 'case.extension')).toHaveLength(0);
    // the unit's to-dos now fall due on the new last day
    const replyTodos = await openTodo(c.id, 'case.reply');
    expect(replyTodos.length).toBeGreaterThan(0);
    for (const t of replyTodos) expect(new Date(t.due_at).toISOString().slice(0, 10)).toBe(approved.dueOn);
    // once only
    expect(codeOf(await s.as('jiaoyu.staff', REQUEST, { id: c.id, v: approved.version, d: 3, r: '再延期' }))).toBe('CASE_EXTENSION_ONCE');
  });

  it('refuses a request out of range, without a reason, after the last day, or by anyone but the assigned unit', async () => {
    const { c } = await assigned();
    const ask = (user: string, d: number, r = '需要协调多个部门') => s.as(user, REQUEST, { id: c.id, v: c.version, d, r });
    expect(codeOf(await ask('jiaoyu.staff', 0))).toBe('CASE_EXTENSION_DAYS');
    expect(codeOf(await ask('jiaoyu.staff', 16))).toBe('CASE_EXTENSION_DAYS');
    expect(codeOf(await ask('jiaoyu.staff', 5, '  '))).toBe('CASE_REASON_REQUIRED');
    expect(codeOf(await ask('tousu', 5))).toBe('FORBIDDEN');
    expect(codeOf(await ask('minzheng.staff', 5))).toBe('FORBIDDEN');
    // nothing to decide yet
    expect(codeOf(await s.as('tousu', APPROVE, { id: c.id, v: c.version }))).toBe('CASE_EXTENSION_NOT_REQUESTED');
    await s.sql(`update complaint_case set due_on = current_date - 1 where id = ?`, [c.id]);
    expect(codeOf(await ask('jiaoyu.staff', 5))).toBe('CASE_EXTENSION_TOO_LATE');
  });

  it('the office refuses with a reason the unit reads; the last day stands; a reopened case may ask again', async () => {
    const { c, number, code } = await assigned();
    const asked = await go('jiaoyu.staff', REQUEST, c, { d: 10, r: '材料较多' });
    expect(codeOf(await s.as('jiaoyu.staff', APPROVE, { id: c.id, v: asked.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('tousu', REJECT, { id: c.id, v: asked.version, r: '' }))).toBe('CASE_REASON_REQUIRED');
    const refused = await go('tousu', REJECT, asked, { r: '该件事实清楚，应按期答复' });
    expect(refused).toMatchObject({ extensionState: 'REJECTED', extensionRefusal: '该件事实清楚，应按期答复', dueOn: c.dueOn });
    expect(codeOf(await s.as('jiaoyu.staff', REQUEST, { id: c.id, v: refused.version, d: 3, r: '再申请' }))).toBe('CASE_EXTENSION_ONCE');
    // replied, closed, rated dissatisfied, reopened: a new round of handling
    const replied = await go('jiaoyu.staff', REPLY, refused, { t: '已按期答复。' });
    await go('tousu', CLOSE, replied);
    const v = (await publicView(number, code)).version;
    const rated = (await s.gql(RATE, { n: number, c: code, v, r: 'DISSATISFIED' })).data.ratePublicCase;
    const reopened = await go('tousu', REOPEN, { ...c, version: rated.version }, { r: '群众不满意' });
    const again = await go('jiaoyu.staff', REQUEST, reopened, { d: 3, r: '重办需要补充调查' });
    expect(again.extensionState).toBe('REQUESTED');
  });
});

describe("the citizen's files", () => {
  const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  async function send(number: string, code: string, fileName = 'photo.png', content: Buffer = PNG, mime = 'image/png') {
    const boundary = '----gkcase';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="caseNumber"\r\n\r\n${number}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="checkCode"\r\n\r\n${code}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${mime}\r\n\r\n`,
    );
    const res = await s.app.inject({
      method: 'POST',
      url: '/complaints/public/files',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      remoteAddress: freshAddress(),
    });
    return { status: res.statusCode, body: res.json() };
  }
  const FILES = 'query($id:ID!){ attachments(ownerType:"CaseCitizen", ownerId:$id){ fileName size } }';

  it('sends files with the case codes while the case waits; those handling it read them; the citizen sees their names', async () => {
    const { c, number, code } = await received();
    expect(await send(number, code)).toMatchObject({ status: 201, body: { fileName: 'photo.png' } });
    expect((await send(number, 'WRONG234')).body.code).toBe('CASE_CODE_MISMATCH');
    expect((await send(number, code, 'run.exe', Buffer.from('MZ'), 'application/octet-stream')).body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const files = (await s.as('tousu', FILES, { id: c.id })).data.attachments;
    expect(files).toEqual([{ fileName: 'photo.png', size: PNG.length }]);
    expect(codeOf(await s.as('mishuke', FILES, { id: c.id }))).toBe('FORBIDDEN');
    const view = (
      await s.gql('query($n:String!,$c:String!){ publicCase(caseNumber:$n, checkCode:$c){ fileNames canAddFiles } }', { n: number, c: code })
    ).data.publicCase;
    expect(view).toEqual({ fileNames: ['photo.png'], canAddFiles: true });
    // staff do not add to the citizen's files
    const staffUpload = await s.app.inject({
      method: 'POST',
      url: '/files',
      headers: { cookie: await s.login('tousu'), 'content-type': 'multipart/form-data; boundary=x' },
      payload: `--x\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nCaseCitizen\r\n--x\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${c.id}\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nabc\r\n--x--\r\n`,
    });
    expect(staffUpload.statusCode).toBe(403);
  });

  it('takes at most five, and none once the case is accepted', async () => {
    const { c, number, code } = await received();
    for (let i = 0; i < 5; i++) expect((await send(number, code, `p${i}.png`)).status).toBe(201);
    expect((await send(number, code, 'p5.png')).body.code).toBe('CASE_FILES_TOO_MANY');
    const other = await received();
    await go('tousu', ACCEPT, other.c);
    expect((await send(other.number, other.code)).body.code).toBe('CASE_FILES_CLOSED');
    expect((await s.as('tousu', FILES, { id: c.id })).data.attachments).toHaveLength(5);
  });
});

describe("the complainant's personal data", () => {
  const READ = `query($id:ID!){ case(id:$id){ complainantName complainantPhone } }`;
  it('is shown to the office and the assigned unit, masked to leaders, and every read is recorded', async () => {
    const { c } = await assigned('education', { name: '欧阳明', phone: '13904215555' });
    const [{ n: before }] = await s.sql(`select count(*)::int as n from audit_record where action = 'Case.readComplainant' and subject_id = ?`, [
      c.id,
    ]);
    expect((await s.as('tousu', READ, { id: c.id })).data.case).toEqual({ complainantName: '欧阳明', complainantPhone: '13904215555' });
    expect((await s.as('jiaoyu.staff', READ, { id: c.id })).data.case).toEqual({ complainantName: '欧阳明', complainantPhone: '13904215555' });
    expect((await s.as('leader', READ, { id: c.id })).data.case).toEqual({ complainantName: '欧**', complainantPhone: '139****5555' });
    const [{ n: after }] = await s.sql(`select count(*)::int as n from audit_record where action = 'Case.readComplainant' and subject_id = ?`, [
      c.id,
    ]);
    expect(after - before).toBe(2);
    // and never in the citizen's own view, nor to a unit it was not assigned to
    expect(codeOf(await s.as('minzheng.staff', READ, { id: c.id }))).toBe('FORBIDDEN');
  });
});
