/**
 * Admin SPA, end to end, for public consultation before government meetings (system 3) and the
 * meetings themselves (system 4): the Education Bureau drafts a topic with a window shorter than
 * the rule allows and sees the refusal next to the dates, fixes it and submits; the Secretariat
 * returns it with a reason, the unit resubmits, the Secretariat approves; the E-Government Center
 * publishes it. Then the meeting, proposal and dashboard screens are visited.
 * Screenshots: test-results/screenshots/admin-consult-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { BASE_URL, confirmMessageBox, dayFromToday, launchChromium, openMenu, RUN, screenshotter, setDate, signIn, textOf } from './support.js';

const TITLE = `关于调整中小学课后服务收费标准的意见征集（${RUN}）`;
const RETURN_REASON = '请在起草说明中补充收费标准测算依据。';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-consult', { animations: 'disabled' });

function rowOf(table: Locator): Locator {
  return table.locator('tbody tr', { hasText: TITLE }).first();
}

async function stateOf(page: Page) {
  return textOf(page.getByTestId('topic-state'));
}

let topicId = '';

describe('a consultation topic from draft to publication', () => {
  it('the unit is refused a too-short window next to the dates, fixes it and submits', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await openMenu(page, 'consultations');
    await page.getByTestId('topic-table').waitFor();
    await shot(page, 'list');
    await page.getByTestId('topic-create').click();
    await page.getByTestId('topic-form').waitFor();
    await page.getByTestId('topic-title').locator('input').fill(TITLE);
    await page.getByTestId('topic-meeting-note').locator('input').fill('市政府常务会议');
    await page.getByTestId('topic-draft').locator('textarea').fill('一、收费标准：每生每学期不超过600元。\n二、困难家庭学生免收。');
    await page.getByTestId('topic-basis').locator('textarea').fill('《教育部办公厅关于做好中小学生课后服务工作的指导意见》');
    await page.getByTestId('topic-explanation').locator('textarea').fill('为规范课后服务收费，起草本意见。');
    // two days: shorter than the five the rule requires
    await setDate(page.getByTestId('topic-window-start-item'), dayFromToday(1));
    await setDate(page.getByTestId('topic-window-end-item'), dayFromToday(2));
    await page.getByTestId('topic-save-submit').click();
    await confirmMessageBox(page);
    const endError = page.getByTestId('topic-window-end-item').locator('.el-form-item__error');
    await endError.waitFor();
    expect(await textOf(endError)).toContain('不少于');
    await page.waitForURL(/\/admin\/consultations\/[0-9a-f-]{36}\/edit/);
    topicId = page.url().match(/consultations\/([0-9a-f-]{36})/)![1]!;
    expect(await textOf(page.getByTestId('topic-editor-state'))).toBe('起草中');
    await shot(page, 'window-refused');

    await setDate(page.getByTestId('topic-window-end-item'), dayFromToday(15));
    await page.getByTestId('topic-save-submit').click();
    await confirmMessageBox(page);
    await page.waitForURL(new RegExp(`/admin/consultations/${topicId}(\\?.*)?$`));
    await expect.poll(() => stateOf(page)).toBe('待秘书科审查');
    await shot(page, 'detail-submitted');
    await page.context().close();
  });

  it('the Secretariat returns it with a reason', async () => {
    const page = await signIn(browser, 'mishuke');
    await openMenu(page, 'consultation-review-queue');
    const row = rowOf(page.getByTestId('topic-table'));
    await row.waitFor();
    await shot(page, 'review-queue');
    await row.getByTestId(`topic-return-${topicId}`).click();
    await page.getByTestId('topic-return-input').locator('textarea').fill(RETURN_REASON);
    await shot(page, 'return-dialog');
    await page.getByTestId('topic-return-confirm').click();
    // returned: it leaves the review queue
    await row.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('the unit sees the reason and resubmits', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await page.goto(`${BASE_URL}/admin/consultations/${topicId}/edit`);
    const reason = page.getByTestId('topic-return-reason-shown');
    await reason.waitFor();
    expect(await textOf(reason)).toContain(RETURN_REASON);
    await page.getByTestId('topic-explanation').locator('textarea').fill('为规范课后服务收费，起草本意见。收费标准按服务成本测算。');
    await shot(page, 'returned-editor');
    await page.getByTestId('topic-save-submit').click();
    await confirmMessageBox(page);
    await page.waitForURL(new RegExp(`/admin/consultations/${topicId}(\\?.*)?$`));
    await expect.poll(() => stateOf(page)).toBe('待秘书科审查');
    await page.context().close();
  });

  it('the Secretariat approves it', async () => {
    const page = await signIn(browser, 'mishuke');
    // opened from the review queue: the queue (议题审查), not the search (议题查询), stays lit in the menu
    await openMenu(page, 'consultation-review-queue');
    const row = rowOf(page.getByTestId('topic-table'));
    await row.locator('a.topic-link').click();
    await expect.poll(() => stateOf(page)).toBe('待秘书科审查');
    const menu = page.getByTestId('menu');
    expect(await menu.getByTestId('menu-consultation-review-queue').getAttribute('class')).toContain('is-active');
    expect(await menu.getByTestId('menu-consultations').getAttribute('class')).not.toContain('is-active');
    await page.getByTestId(`topic-approve-${topicId}`).click();
    await confirmMessageBox(page);
    await expect.poll(() => stateOf(page)).toBe('待发布');
    await shot(page, 'approved');
    await openMenu(page, 'meetings');
    await page.getByTestId('meeting-table').waitFor();
    await expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);
    await shot(page, 'meetings');
    await page.context().close();
  });

  it('the E-Government Center publishes it', async () => {
    const page = await signIn(browser, 'egov');
    await openMenu(page, 'consultation-publish-queue');
    const row = rowOf(page.getByTestId('topic-table'));
    await row.waitFor();
    await shot(page, 'publish-queue');
    await row.getByTestId(`topic-publish-${topicId}`).click();
    await confirmMessageBox(page);
    await page.goto(`${BASE_URL}/admin/consultations/${topicId}`);
    await expect.poll(() => stateOf(page)).toBe('已发布');
    await shot(page, 'published');
    await openMenu(page, 'consultation-dashboard');
    await page.getByTestId('dash-rates').waitFor();
    await page
      .locator('.el-loading-mask')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);
    await shot(page, 'dashboard');
    await page.context().close();
  });
});
