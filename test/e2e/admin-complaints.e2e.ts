/**
 * Admin SPA, end to end, for citizens' reports, complaints and suggestions (system 8): the Complaint
 * Office is refused a content too short, registers a complaint received by letter, accepts it and
 * assigns it to the Education Bureau; the list finds it by its 查询编号 and in the quick view of
 * cases being handled; the bureau's handler finds it on the to-do list, sees the complainant in full,
 * is asked for a reason before handing it back, and replies; the office closes it; a leader reads the
 * complainant masked; a page left open while another clerk accepted the case is refused with the
 * server's message and shows the case as it is now. Lists and cases pass axe (no serious or
 * critical violation) and show no English word or raw code. Screenshots: test-results/screenshots/admin-case-*.png.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  adminPageProblems,
  BASE_URL,
  confirmMessageBox,
  fetchGraphql,
  launchChromium,
  openMenu,
  RUN_NO,
  screenshotter,
  sessionOf,
  signIn,
  textOf,
} from './support.js';

const TITLE = `学校门口早晚高峰车辆乱停乱放（${RUN_NO}）`;
const CONTENT = '市第三中学门口每天上学、放学时段家长车辆随意停放，占用人行道和盲道，学生上下学存在安全隐患，希望教育部门会同有关部门加强管理。';
const REPLY = '经核查，我局已会同公安交警部门在该校门口设置临时停车区和护学岗，上下学时段安排专人疏导，并通过家长会倡导步行接送。';
const STALE_TITLE = `社区健身器材损坏无人维修（${RUN_NO}）`;
const PHONE = '13904215678';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-case', { animations: 'disabled', fullPage: true });
/** The page's axe check, its words and its screenshots at desktop and phone size (support.ts). */
const checkPage = async (page: Page, name: string) => expect(await adminPageProblems(page, shot, name, [/TS\d{8}-[A-Z2-9]{6}/])).toEqual([]);

let casePath = '';
let caseNumber = '';

describe('a case received by letter, from registration to closing', () => {
  it('the office is refused a content too short, registers the letter, accepts it and assigns it to the Education Bureau', async () => {
    const page = await signIn(browser, 'tousu');
    await openMenu(page, 'complaint-new');
    const form = page.getByTestId('case-form');
    await form.waitFor();
    await form.getByTestId('case-kind-COMPLAINT').click();
    await form.getByTestId('case-channel-LETTER').click();
    await form.getByTestId('case-title-input').locator('input').fill(TITLE);
    await form.getByTestId('case-content-input').locator('textarea').fill('车太多了');
    await form.getByTestId('case-subject-unit').locator('input').first().click();
    await form.getByTestId('case-subject-unit').locator('input').first().fill('教育局');
    await page.locator('.el-tree-select__popper:visible .el-tree-node__content', { hasText: '朝阳市教育局' }).first().click();
    await form.getByTestId('case-name-input').locator('input').fill('王先生');
    await form.getByTestId('case-phone-input').locator('input').fill(PHONE);
    await form.getByTestId('case-consent').click();
    await form.getByTestId('case-submit').click();
    // the server's rule, next to the field
    await expect.poll(() => textOf(form.getByTestId('case-content-item').locator('.el-form-item__error'))).toContain('请具体描述反映的问题');
    expect(page.url()).toMatch(/\/admin\/complaints\/new$/);
    await shot(page, 'register-refused');

    await form.getByTestId('case-content-input').locator('textarea').fill(CONTENT);
    await form.getByTestId('case-submit').click();
    await page.waitForURL(/\/admin\/complaints\/[0-9a-f-]{36}$/);
    casePath = new URL(page.url()).pathname;
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('待受理');
    caseNumber = await textOf(page.getByTestId('case-number'));
    expect(caseNumber).toMatch(/^TS\d{8}-[A-Z2-9]{6}$/);
    expect(await textOf(page.getByTestId('case-title'))).toBe(`【投诉】${TITLE}`);
    expect(await textOf(page.getByTestId('case-content'))).toBe(CONTENT);
    // the office handles the case: the complainant in full
    expect(await textOf(page.getByTestId('case-complainant-name'))).toBe('王先生');
    expect(await textOf(page.getByTestId('case-complainant-phone'))).toBe(PHONE);
    expect(await textOf(page.getByTestId('case-facts'))).toContain('来信');
    // only the steps of this state
    expect(await page.getByTestId('case-assign').count()).toBe(0);
    expect(await page.getByTestId('case-close').count()).toBe(0);
    await page.getByTestId('case-not-accept').waitFor();
    await shot(page, 'registered');

    await page.getByTestId('case-accept').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('已受理待交办');
    expect(await textOf(page.getByTestId('case-due-on'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await textOf(page.getByTestId('case-facts'))).toContain('15个工作日');
    expect(await page.getByTestId('case-accept').count()).toBe(0);

    await page.getByTestId('case-assign').click();
    const dialog = page.getByTestId('case-assign-dialog');
    await dialog.waitFor();
    // the unit the citizen named is offered first
    await expect.poll(() => textOf(dialog.getByTestId('case-assign-unit'))).toContain('朝阳市教育局');
    await shot(page, 'assign');
    await dialog.getByTestId('case-assign-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('办理中');
    expect(await textOf(page.getByTestId('case-assigned-unit'))).toBe('朝阳市教育局');
    // the office neither replies nor hands back
    expect(await page.getByTestId('case-reply-form').count()).toBe(0);
    expect(await page.getByTestId('case-hand-back').count()).toBe(0);
    await checkPage(page, 'assigned');
    await page.context().close();
  });

  it('the office finds it by its 查询编号 and among the cases being handled; the list passes axe', async () => {
    const page = await signIn(browser, 'tousu');
    await openMenu(page, 'complaints');
    const table = page.getByTestId('case-table');
    await table.locator('tbody tr').first().waitFor();
    await page.getByTestId('case-filter-search').locator('input').fill(caseNumber);
    const row = table.locator('tbody tr', { hasText: TITLE });
    await row.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 5)).toEqual([caseNumber, '投诉', TITLE, '来信', '办理中']);
    expect(cells[5]).toBe('市教育局');
    expect(cells[7]).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // the quick view of the cases waiting to be accepted does not hold it; the overdue one neither
    await page.getByTestId('case-view-received').click();
    await expect.poll(() => textOf(table.locator('.el-table__empty-text'))).toBe('没有符合条件的记录。可以调整或清除筛选条件后再查。');
    await page.getByTestId('case-view-overdue').click();
    await expect.poll(() => textOf(table.locator('.el-table__empty-text'))).toBe('没有符合条件的记录。可以调整或清除筛选条件后再查。');
    await page.getByTestId('case-view-all').click();
    await row.waitFor();
    await page.getByTestId('case-filter-search').locator('input').fill('');
    // the demo's cases: one waiting to be accepted
    await page.getByTestId('case-view-received').click();
    await table.locator('tbody tr', { hasText: '小区周边夜间施工噪音扰民' }).waitFor();
    // the view's rows replace the list's (the demo's case was in both): every row waiting to be accepted
    await expect
      .poll(async () => [...new Set((await table.locator('[data-testid^="case-state-"]').allTextContents()).map((t) => t.trim()))])
      .toEqual(['待受理']);
    await checkPage(page, 'list-office');
    await page.context().close();
  });

  it("the bureau's handler finds it on the to-do list, is asked for a reason before handing it back, and replies", async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    const todo = page.getByTestId('todo-list').locator('tbody tr', { hasText: TITLE });
    await todo.waitFor();
    expect(await textOf(todo)).toContain('答复举报投诉');
    await todo.locator('a.todo-link').click();
    await page.waitForURL((u) => u.pathname === casePath);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('办理中');
    // the handler handles the case: the complainant in full
    expect(await textOf(page.getByTestId('case-complainant-name'))).toBe('王先生');
    expect(await textOf(page.getByTestId('case-complainant-phone'))).toBe(PHONE);
    // the office's steps are not the unit's
    expect(await page.getByTestId('case-close').count()).toBe(0);
    expect(await page.getByTestId('case-assign').count()).toBe(0);

    await page.getByTestId('case-hand-back').click();
    const handBack = page.getByTestId('case-hand-back-dialog');
    await handBack.waitFor();
    await handBack.getByTestId('case-hand-back-confirm').click();
    await expect.poll(() => textOf(handBack.locator('.el-form-item__error'))).toBe('请填写退回理由');
    await shot(page, 'hand-back-refused');
    await handBack.getByRole('button', { name: '取消' }).click();
    await handBack.waitFor({ state: 'hidden' });
    expect(await textOf(page.getByTestId('case-state'))).toBe('办理中');

    const form = page.getByTestId('case-reply-form');
    await form.getByTestId('case-reply-submit').click();
    await expect.poll(() => textOf(form.locator('.el-form-item__error'))).toBe('请填写答复内容');
    await checkPage(page, 'reply');
    await form.getByTestId('case-reply-input').locator('textarea').fill(REPLY);
    await form.getByTestId('case-reply-submit').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('已答复待办结');
    expect(await textOf(page.getByTestId('case-reply'))).toBe(REPLY);
    expect(await textOf(page.getByTestId('case-progress'))).toContain('刘经办');
    expect(await page.getByTestId('case-reply-form').count()).toBe(0);
    await shot(page, 'replied');

    // the unit's menu: its cases, in the quick view of those to reply no longer
    await openMenu(page, 'complaints');
    expect(await textOf(page.getByTestId('menu').getByTestId('menu-complaints'))).toBe('举报投诉办理');
    const table = page.getByTestId('case-table');
    const row = table.locator('tbody tr', { hasText: TITLE });
    await row.waitFor();
    expect(await textOf(row)).toContain('已答复待办结');
    await page.getByTestId('case-view-toReply').click();
    // the demo's history holds older cases of the same title
    await table.locator('tbody tr', { hasText: '校外培训机构违规收费' }).first().waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await checkPage(page, 'list-unit');
    await page.context().close();
  });

  it('the office closes it from its to-do list', async () => {
    const page = await signIn(browser, 'tousu');
    const todo = page.getByTestId('todo-list').locator('tbody tr', { hasText: TITLE });
    await todo.waitFor();
    expect(await textOf(todo)).toContain('办结举报投诉');
    await todo.locator('a.todo-link').click();
    await page.waitForURL((u) => u.pathname === casePath);
    await page.getByTestId('case-close').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('已办结待评价');
    expect(await textOf(page.getByTestId('case-closed-on'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await textOf(page.getByTestId('case-rating'))).toBe('尚未评价');
    expect(await page.getByTestId('case-close').count()).toBe(0);
    await checkPage(page, 'closed');
    await page.context().close();
  });

  it('a leader reads the case with the complainant masked', async () => {
    const page = await signIn(browser, 'leader');
    await page.goto(`${BASE_URL}${casePath}`);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('已办结待评价');
    expect(await textOf(page.getByTestId('case-complainant-name'))).toBe('王**');
    expect(await textOf(page.getByTestId('case-complainant-phone'))).toBe('139****5678');
    expect(await page.locator('main').innerText()).not.toContain(PHONE);
    // leaders follow the cases; they take no step
    for (const step of ['case-accept', 'case-not-accept', 'case-assign', 'case-close', 'case-reopen'])
      expect(await page.getByTestId(step).count()).toBe(0);
    await shot(page, 'leader');
    await page.context().close();
  });
});

describe('a page left open', () => {
  it("is refused with the server's message when another clerk has accepted the case, and shows it as it is now", async () => {
    const office = await sessionOf('tousu');
    const { registerCase } = await fetchGraphql<{ registerCase: { id: string; version: number } }>(
      'mutation($i:CaseInput!,$k:String){ registerCase(input:$i, idempotencyKey:$k){ id version } }',
      {
        i: { kind: 'COMPLAINT', channel: 'VISIT', title: STALE_TITLE, content: '小区广场的健身器材损坏已有一个多月，存在安全隐患，无人维修。' },
        k: randomUUID(),
      },
      office,
    );
    const page = await signIn(browser, 'tousu');
    await page.goto(`${BASE_URL}/admin/complaints/${registerCase.id}`);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('待受理');
    await page.getByTestId('case-accept').waitFor();

    // another clerk of the office accepts it meanwhile
    await fetchGraphql('mutation($id:ID!,$v:Int!){ acceptCase(id:$id, version:$v){ id } }', { id: registerCase.id, v: registerCase.version }, office);

    await page.getByTestId('case-accept').click();
    await confirmMessageBox(page);
    await page.locator('.el-message--error', { hasText: '该记录已被他人修改，请刷新后重试' }).waitFor();
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('已受理待交办');
    expect(await page.getByTestId('case-accept').count()).toBe(0);
    await page.getByTestId('case-assign').waitFor();
    await shot(page, 'stale-refused');
    await page.context().close();
  });
});

/** The office's session and a case it has registered by API (a visit), accepted and, if asked, assigned. */
async function caseByApi(title: string, assignTo?: string) {
  const office = await sessionOf('tousu');
  const step = (name: string, extra = '') =>
    `mutation($id:ID!,$v:Int!${extra}){ ${name}(id:$id, version:$v${extra ? ', unitId:$u' : ''}){ id version } }`;
  let c = (
    await fetchGraphql<{ registerCase: { id: string; version: number } }>(
      'mutation($i:CaseInput!,$k:String){ registerCase(input:$i, idempotencyKey:$k){ id version } }',
      { i: { kind: 'REPORT', channel: 'VISIT', title, content: '来访群众反映的情况，需要有关单位核查处理并答复。' }, k: randomUUID() },
      office,
    )
  ).registerCase;
  if (assignTo !== undefined) {
    c = (await fetchGraphql<{ acceptCase: typeof c }>(step('acceptCase'), { id: c.id, v: c.version }, office)).acceptCase;
    c = (await fetchGraphql<{ assignCase: typeof c }>(step('assignCase', ',$u:ID!'), { id: c.id, v: c.version, u: assignTo }, office)).assignCase;
  }
  return { office, id: c.id };
}
const unitIdOf = async (name: string, cookie: string) =>
  (await fetchGraphql<{ units: { id: string; name: string }[] }>('{ units { id name } }', {}, cookie)).units.find((u) => u.name === name)!.id;

describe('the other steps', () => {
  it('the office does not accept a case, with the reason the citizen reads', async () => {
    const title = `咨询离婚财产分割问题（${RUN_NO}）`;
    const { id } = await caseByApi(title);
    const page = await signIn(browser, 'tousu');
    await page.goto(`${BASE_URL}/admin/complaints/${id}`);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('待受理');
    await page.getByTestId('case-not-accept').click();
    const dialog = page.getByTestId('case-not-accept-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('case-not-accept-confirm').click();
    await expect.poll(() => textOf(dialog.locator('.el-form-item__error'))).toBe('请填写不予受理理由');
    await dialog.getByTestId('case-not-accept-input').locator('textarea').fill('属于民事纠纷，请向人民法院提起诉讼或向司法行政部门申请法律援助。');
    await dialog.getByTestId('case-not-accept-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('不予受理');
    expect(await textOf(page.getByTestId('case-not-accepted-reason'))).toContain('属于民事纠纷');
    for (const step of ['case-accept', 'case-not-accept', 'case-assign']) expect(await page.getByTestId(step).count()).toBe(0);
    await shot(page, 'not-accepted');
    await page.context().close();
  });

  it("the bureau's disclosure officer hands a misassigned case back; the office assigns it to another unit, not the same", async () => {
    const title = `养老机构收费不规范（${RUN_NO}）`;
    const office = await sessionOf('tousu');
    const education = await unitIdOf('朝阳市教育局', office);
    const { id } = await caseByApi(title, education);

    const unit = await signIn(browser, 'jiaoyu.gk');
    await unit.goto(`${BASE_URL}/admin/complaints/${id}`);
    await expect.poll(() => textOf(unit.getByTestId('case-state'))).toBe('办理中');
    await unit.getByTestId('case-hand-back').click();
    const dialog = unit.getByTestId('case-hand-back-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('case-hand-back-input').locator('textarea').fill('养老机构收费监管属于民政部门职责，请改交市民政局办理。');
    await dialog.getByTestId('case-hand-back-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(unit.getByTestId('case-state'))).toBe('已受理待交办');
    expect(await unit.getByTestId('case-reply-form').count()).toBe(0);
    await unit.context().close();

    const page = await signIn(browser, 'tousu');
    await page.goto(`${BASE_URL}/admin/complaints/${id}`);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('已受理待交办');
    const reason = await textOf(page.getByTestId('case-hand-back-reason'));
    expect(reason).toContain('朝阳市教育局');
    expect(reason).toContain('请改交市民政局办理');
    await page.getByTestId('case-assign').click();
    const assign = page.getByTestId('case-assign-dialog');
    await assign.waitFor();
    expect(await textOf(assign)).toContain('朝阳市教育局已退回此件');
    const picker = assign.getByTestId('case-assign-unit').locator('input').first();
    await picker.click();
    await picker.fill('局');
    // the unit that handed it back cannot have it again
    const popper = page.locator('.el-tree-select__popper:visible');
    await expect.poll(() => popper.locator('.el-select-dropdown__item.is-disabled', { hasText: '朝阳市教育局' }).count()).toBe(1);
    await popper.locator('.el-tree-node__content', { hasText: '朝阳市民政局' }).first().click();
    await shot(page, 'reassign');
    await assign.getByTestId('case-assign-confirm').click();
    await assign.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('办理中');
    expect(await textOf(page.getByTestId('case-assigned-unit'))).toBe('朝阳市民政局');
    expect(await page.getByTestId('case-hand-back-reason').count()).toBe(0);
    await page.context().close();
  });

  it('the office reopens a case the citizen rated dissatisfied, with the reason; the unit has it again with a new deadline', async () => {
    const title = `小区二次供水水质差（${RUN_NO}）`;
    const { submitCase: receipt } = await fetchGraphql<{ submitCase: { caseNumber: string; checkCode: string } }>(
      'mutation($i:PublicCaseInput!){ submitCase(input:$i){ caseNumber checkCode } }',
      { i: { kind: 'COMPLAINT', title, content: '小区二次供水水箱长期不清洗，自来水发黄有异味，物业不予处理。', idempotencyKey: randomUUID() } },
    );
    const office = await sessionOf('tousu');
    const civil = await unitIdOf('朝阳市民政局', office);
    const { cases } = await fetchGraphql<{ cases: { items: { id: string; version: number }[] } }>(
      'query($s:String){ cases(filter:{ search:$s }){ items { id version } } }',
      { s: receipt.caseNumber },
      office,
    );
    let c = cases.items[0]!;
    const step = (name: string, extra = '', arg = '') => `mutation($id:ID!,$v:Int!${extra}){ ${name}(id:$id, version:$v${arg}){ id version } }`;
    c = (await fetchGraphql<any>(step('acceptCase'), { id: c.id, v: c.version }, office)).acceptCase;
    c = (await fetchGraphql<any>(step('assignCase', ',$u:ID!', ', unitId:$u'), { id: c.id, v: c.version, u: civil }, office)).assignCase;
    const handler = await sessionOf('minzheng.staff');
    c = (await fetchGraphql<any>(step('replyCase', ',$r:String!', ', reply:$r'), { id: c.id, v: c.version, r: '已转交供水企业处理。' }, handler))
      .replyCase;
    c = (await fetchGraphql<any>(step('closeCase'), { id: c.id, v: c.version }, office)).closeCase;
    const lookup = 'query($n:String!,$c:String!){ publicCase(caseNumber:$n, checkCode:$c){ version } }';
    const { publicCase } = await fetchGraphql<any>(lookup, { n: receipt.caseNumber, c: receipt.checkCode });
    await fetchGraphql(
      'mutation($n:String!,$c:String!,$v:Int!){ ratePublicCase(caseNumber:$n, checkCode:$c, version:$v, rating: DISSATISFIED, comment:"水质仍未改善"){ state } }',
      { n: receipt.caseNumber, c: receipt.checkCode, v: publicCase.version },
    );

    const page = await signIn(browser, 'tousu');
    await page.goto(`${BASE_URL}/admin/complaints/${c.id}`);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('已评价');
    expect(await textOf(page.getByTestId('case-rating'))).toBe('不满意');
    expect(await textOf(page.getByTestId('case-progress'))).toContain('水质仍未改善');
    await page.getByTestId('case-reopen').click();
    const dialog = page.getByTestId('case-reopen-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('case-reopen-input').locator('textarea').fill('群众反映水质仍未改善，请民政局会同供水企业实地核查。');
    await dialog.getByTestId('case-reopen-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('办理中');
    expect(await textOf(page.getByTestId('case-reopen-count'))).toBe('1');
    expect(await textOf(page.getByTestId('case-reopen-reason'))).toContain('实地核查');
    expect(await textOf(page.getByTestId('case-progress'))).toContain('上次答复');
    expect(await textOf(page.getByTestId('case-due-on'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await checkPage(page, 'reopened');
    await page.context().close();
  });
});
