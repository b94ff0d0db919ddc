/**
 * The yearly review (system 6), end to end with the demo data: the education bureau's staff decide
 * each item of this year's review (a notice kept undisclosed is converted to proactive, with the
 * reason), write the report and send it to the head; the document is not on the portal yet. The head
 * signs the report off: the document's attribute changes and it appears on the portal's document
 * list (政府信息公开), in full. The Disclosure Office sees the bureau's report submitted.
 * Screenshots (desktop 1366×900 and phone 390×844): test-results/screenshots/admin-review-*.png.
 * No serious or critical axe-core violation on the pages shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  absoluteUrl,
  adminPageProblems,
  chooseOption,
  confirmMessageBox,
  dayFromToday,
  heading,
  horizontalOverflow,
  launchChromium,
  listedTitles,
  openMenu,
  openPage,
  screenshotPath,
  screenshotter,
  seriousViolations,
  signIn,
  textOf,
} from './support.js';

const YEAR = dayFromToday(0).slice(0, 4);
/** Issued this year by the education bureau, not to be disclosed (review.seed.ts). */
const DOC = `朝阳市教育局关于${YEAR}年度中小学校舍安全隐患排查情况的通报`;
/** Issued by the education bureau, on application (documents.seed.ts). */
const ON_APPLICATION = '中小学教师资格认定有关事项的通知';
const REASON = '排查情况与学生安全和家长关切密切相关，不涉及国家秘密，应主动公开。';
const DESKTOP = { width: 1366, height: 900 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-review', { animations: 'disabled', fullPage: true });

/** The page's checks at desktop and phone size (support.ts). */
const both = async (page: Page, name: string) => expect(await adminPageProblems(page, shot, name)).toEqual([]);

/** Chooses an outcome for the item that mentions `title`, with its reason, and saves it. */
async function decide(page: Page, title: string, outcome: string, reason: string) {
  const item = page.locator('[data-testid^="review-item-"]', { hasText: title }).first();
  await chooseOption(item.locator('[data-testid^="review-outcome-"]'), outcome, { exact: true });
  await item.locator('[data-testid^="review-reason-"]').fill(reason);
  await item.locator('[data-testid^="review-decide-"]').click();
  await page.locator('.el-message--success', { hasText: '已保存审查结论' }).last().waitFor();
}

async function portalTitles(page: Page, words: string) {
  await page.goto(absoluteUrl('/documents'), { waitUntil: 'networkidle' });
  await heading(page, '政府信息公开');
  const form = page.getByRole('search', { name: '查询政策性文件' });
  await form.getByLabel('关键词').fill(words);
  await form.getByLabel('关键词').press('Enter');
  await page.waitForURL(/title=/);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  return listedTitles(page);
}

let reportUrl = '';

describe('a review converts a document to proactive', () => {
  it('the staff decide every item with its reason, write the report and send it to the head', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await page.setViewportSize(DESKTOP);
    await openMenu(page, 'review');
    await page.getByTestId('review-my-reports').waitFor();
    await page.getByTestId(`review-report-open-${YEAR}`).click();
    await page.getByTestId('review-report-state').waitFor();
    reportUrl = page.url();
    expect(await textOf(page.getByTestId('review-report-state'))).toBe('审查中');
    await page.locator('[data-testid^="review-item-"]', { hasText: DOC }).waitFor();

    // the reason is required: the page says so before asking the server
    const item = page.locator('[data-testid^="review-item-"]', { hasText: DOC }).first();
    await item.locator('[data-testid^="review-decide-"]').click();
    expect(await textOf(item.getByRole('alert'))).toBe('请选择审查结论');

    await decide(page, DOC, '转为主动公开', REASON);
    await decide(page, ON_APPLICATION, '维持', '仅涉及特定申请人，维持依申请公开。');
    await page.getByTestId('review-situation').fill(`本局对${YEAR}年度依申请公开和不予公开的文件逐件审查，1件转为主动公开。`);
    await page.getByTestId('review-work-summary').fill(`${YEAR}年本局严格落实公开属性源头认定和定期审查制度。`);
    await page.getByTestId('review-save-texts').click();
    await page.locator('.el-message--success', { hasText: '已保存' }).last().waitFor();
    await both(page, 'unit-report');

    await page.getByTestId('review-submit').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('review-report-state'))).toBe('待负责人审签');
    await page.context().close();
  });

  it('is not on the portal before the head signs off', async () => {
    const { context, page } = await openPage(browser, 'desktop');
    try {
      expect(await portalTitles(page, '校舍安全隐患排查')).not.toContain(DOC);
    } finally {
      await context.close();
    }
  });

  it("the head signs off: the document's attribute changes", async () => {
    const page = await signIn(browser, 'jiaoyu.head');
    await page.setViewportSize(DESKTOP);
    await page.goto(reportUrl);
    await page.getByTestId('review-sign-off').waitFor();
    await both(page, 'head-sign-off');
    await page.getByTestId('review-sign-off').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('review-report-state'))).toBe('已报送');
    const item = page.locator('[data-testid^="review-item-"]', { hasText: DOC }).first();
    expect(await item.textContent()).toContain('已变更公开属性');
    expect(await item.textContent()).toContain(REASON);
    await both(page, 'signed-off');
    await page.context().close();
  });

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`appears on the portal's document list, in full (${viewport})`, async () => {
      const { context, page, problems } = await openPage(browser, viewport);
      try {
        if (viewport === 'desktop') await page.setViewportSize(DESKTOP);
        expect(await portalTitles(page, '校舍安全隐患排查')).toContain(DOC);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        const listed = page.locator('main .doc-item', { hasText: DOC });
        expect(await listed.locator('.tag').textContent()).toBe('主动公开');
        await page.screenshot({ path: screenshotPath(`admin-review-portal-list-${viewport}`), fullPage: true });
        expect(await seriousViolations(page)).toEqual([]);
        await listed.getByRole('link', { name: DOC }).click();
        await heading(page, DOC);
        expect(await page.locator('main').textContent()).toContain('现将本年度中小学校舍安全隐患排查情况通报如下');
        await page.screenshot({ path: screenshotPath(`admin-review-portal-document-${viewport}`), fullPage: true });
        expect(await seriousViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("the Disclosure Office sees the bureau's report submitted among the units' progress", async () => {
    const page = await signIn(browser, 'gongkaiban');
    await page.setViewportSize(DESKTOP);
    await openMenu(page, 'review');
    await page.getByTestId(`review-campaign-open-${YEAR}`).click();
    const progress = page.getByTestId('review-progress');
    const row = progress.locator('tbody tr', { hasText: '朝阳市教育局' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('已报送');
    await both(page, 'office-campaign');
    await page.context().close();
  });
});
