/**
 * Admin SPA, end to end, for the government-affairs disclosure supervisors (system 7): the
 * Disclosure Office sees the registry with the count in term against the target, and is refused a
 * term that ends before it starts; the supervisor (jianduyuan) files a suggestion to the Education
 * Bureau; the bureau's staff finds it on the to-do list, is refused an empty answer and answers it;
 * the supervisor rates the answer; the Disclosure Office sees the item and the figures per unit.
 * Screenshots: test-results/screenshots/admin-supv-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openMenu, RUN, screenshotter, setDate, signIn, textOf } from './support.js';

const TITLE = `建议公开义务教育阶段课后服务收费标准（${RUN}）`;
const CONTENT = '部分学校课后服务收费标准未在网站公开，家长咨询较多，建议在门户网站集中公开收费项目、标准和依据。';
const ANSWER = '感谢监督。我局已在门户网站“政府信息公开—教育收费”栏目集中公开各校课后服务收费项目、标准和批复文件。';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-supv', { animations: 'disabled', fullPage: true });

async function settled(page: Page) {
  await expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);
}

let feedbackPath = '';

describe('supervisors', () => {
  it('the Disclosure Office keeps the registry: count against the target, contacts, and a term that ends before it starts is refused', async () => {
    const page = await signIn(browser, 'gongkaiban');
    await openMenu(page, 'supervisor-registry');
    const table = page.getByTestId('supervisor-table');
    await table.locator('tbody tr', { hasText: '陈立新' }).waitFor();
    await settled(page);
    expect(await textOf(page.getByTestId('supervisor-count'))).toBe('在任 19 人 / 应聘 20 人');
    expect(await textOf(table.locator('tbody tr', { hasText: '陈立新' }))).toContain('13841210011');
    await shot(page, 'registry');

    await page.getByTestId('supervisor-create').click();
    const dialog = page.getByTestId('supervisor-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('supervisor-name').locator('input').fill('林晓燕');
    await dialog.getByTestId('supervisor-organisation').locator('input').fill('朝阳市总工会');
    await setDate(dialog.getByTestId('supervisor-term-start'), '2027-12-31');
    await setDate(dialog.getByTestId('supervisor-term-end'), '2025-01-01');
    await dialog.getByTestId('supervisor-confirm').click();
    await expect.poll(() => textOf(dialog.getByTestId('supervisor-term-end').locator('.el-form-item__error'))).toBe('任期结束日期不能早于开始日期');
    await shot(page, 'registry-refused');
    await page.context().close();
  });

  it('the supervisor files a suggestion to the Education Bureau', async () => {
    const page = await signIn(browser, 'jianduyuan');
    await openMenu(page, 'supervisor-feedback');
    await page.getByTestId('feedback-my-term').waitFor();
    await page.getByTestId('feedback-file').click();
    const dialog = page.getByTestId('feedback-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('feedback-target').locator('input').first().click();
    await dialog.getByTestId('feedback-target').locator('input').first().fill('教育局');
    await page.locator('.el-tree-select__popper:visible .el-tree-node__content', { hasText: '朝阳市教育局' }).first().click();
    await dialog.getByTestId('feedback-kind-SUGGESTION').click();
    await dialog.getByTestId('feedback-title').locator('input').fill(TITLE);
    await dialog.getByTestId('feedback-content').locator('textarea').fill(CONTENT);
    await shot(page, 'file');
    await dialog.getByTestId('feedback-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('feedback-table').locator('tbody tr', { hasText: TITLE });
    await row.waitFor();
    expect(await textOf(row)).toContain('待答复');
    await shot(page, 'filed');
    await row.locator('a', { hasText: TITLE }).click();
    await page.getByTestId('feedback-state').waitFor();
    feedbackPath = new URL(page.url()).pathname;
    expect(feedbackPath).toMatch(/\/admin\/supervisors\/feedback\/[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('the Education Bureau answers it from its to-do list; an empty answer is refused', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    const todo = page.getByTestId('todo-list').locator('tbody tr', { hasText: TITLE });
    await todo.waitFor();
    expect(await textOf(todo)).toContain('答复监督员意见建议');
    await shot(page, 'todo');
    await todo.locator('a.todo-link').click();
    await page.waitForURL((u) => u.pathname === feedbackPath);
    expect(await textOf(page.getByTestId('feedback-detail-content'))).toBe(CONTENT);
    await page.getByTestId('feedback-answer-submit').click();
    await expect.poll(() => textOf(page.locator('.el-form-item__error'))).toBe('请填写答复内容');
    await page.getByTestId('feedback-answer-input').locator('textarea').fill(ANSWER);
    await shot(page, 'answer');
    await page.getByTestId('feedback-answer-submit').click();
    await expect.poll(() => textOf(page.getByTestId('feedback-state'))).toBe('已答复待评价');
    expect(await textOf(page.getByTestId('feedback-answer'))).toContain(ANSWER);
    await shot(page, 'answered');
    await page.context().close();
  });

  it('the supervisor rates the answer', async () => {
    const page = await signIn(browser, 'jianduyuan');
    const todo = page.getByTestId('todo-list').locator('tbody tr', { hasText: TITLE });
    await todo.waitFor();
    await todo.locator('a.todo-link').click();
    await page.waitForURL((u) => u.pathname === feedbackPath);
    await page.getByTestId('feedback-rating-SATISFIED').click();
    await page.getByTestId('feedback-rating-comment').locator('textarea').fill('答复及时，已在网站查到。');
    await shot(page, 'rate');
    await page.getByTestId('feedback-rate-submit').click();
    await expect.poll(() => textOf(page.getByTestId('feedback-state'))).toBe('已评价');
    expect(await textOf(page.getByTestId('feedback-rating'))).toContain('满意');
    await shot(page, 'rated');
    await page.context().close();
  });

  it('the Disclosure Office sees every item of the level with the figures per unit and per supervisor', async () => {
    const page = await signIn(browser, 'gongkaiban');
    await openMenu(page, 'supervisor-feedback');
    const row = page.getByTestId('feedback-table').locator('tbody tr', { hasText: TITLE });
    await row.waitFor();
    expect(await textOf(row)).toContain('已评价');
    const stats = page.getByTestId('feedback-stats-table');
    const education = stats.locator('tbody tr', { hasText: '朝阳市教育局' });
    await education.waitFor();
    await settled(page);
    // the demo's three items to the bureau and this one: two answered on time and rated satisfied
    const cells = (await education.locator('td').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 4)).toEqual(['朝阳市教育局', '4', '2', '2']);
    await shot(page, 'stats-by-unit');
    await page.getByTestId('stats-by-supervisor').click();
    await stats.locator('tbody tr', { hasText: '陈立新' }).waitFor();
    await shot(page, 'stats-by-supervisor');
    await page.getByTestId('feedback-overdue-filter').click();
    await page.getByTestId('feedback-table').locator('tbody tr', { hasText: '城乡低保审批结果公示信息不完整' }).waitFor();
    await shot(page, 'overdue');
    await page.context().close();
  });
});
