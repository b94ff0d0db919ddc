/**
 * The assessment of disclosure work (考核), end to end: the Disclosure Office opens an ended year in the
 * admin — every unit's scorecard is computed from the platform's data — opens the Education Bureau's
 * scorecard and drills down from an item to its records, records an accountability deduction with its
 * reason, and signs the year off (the scores are frozen); the leaders sign it off; the office publishes
 * it, and the results are on the portal's 评估结果 column, at desktop and phone size. Each page kind is
 * checked once (axe, Chinese only, no sideways scrolling on a phone).
 * Screenshots: test-results/screenshots/assessment-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  ADMIN_DESKTOP,
  absoluteUrl,
  adminPageProblems,
  confirmMessageBox,
  horizontalOverflow,
  launchChromium,
  openMenu,
  openPage,
  PORTAL_VIEWPORT_NAMES,
  screenshotPath,
  screenshotter,
  seriousViolations,
  settled,
  signIn,
  textOf,
} from './support.js';

/** An ended year the demo has not assessed (it publishes last year's, computed from its data). */
const YEAR = new Date().getFullYear() - 2;
const DEMO_YEAR = new Date().getFullYear() - 1;
const UNIT = '朝阳市教育局';
const REASON = '招生政策解读材料未按期发布，经督促仍未整改，予以通报批评。';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('assessment', { animations: 'disabled', fullPage: true });
const stateOf = (page: Page) => textOf(page.getByTestId('assessment-state'));
async function openYear(page: Page, year = YEAR) {
  await openMenu(page, 'assessment');
  await page.getByTestId(`assessment-link-${year}`).click();
  await page.getByTestId('assessment-state').waitFor();
  await settled(page);
}

describe('the assessment, end to end', () => {
  it('the office opens the year, reads a scorecard down to its records, deducts, and signs off', { timeout: 180_000 }, async () => {
    const page = await signIn(browser, 'gongkaiban');
    await page.setViewportSize(ADMIN_DESKTOP);
    await openMenu(page, 'assessment');
    await page.getByTestId('assessment-list').waitFor();
    await settled(page);
    expect(await adminPageProblems(page, shot, '01-years')).toEqual([]);

    await page.getByTestId('assessment-open-year').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: `${YEAR}年度` }).click();
    await page.getByTestId('assessment-open').click();
    await page.waitForURL((u) => u.pathname === `/admin/assessment/${YEAR}`);
    await page.getByTestId('assessment-state').waitFor();
    expect(await stateOf(page)).toBe('考核中');
    await page.getByTestId('assessment-results').locator('tbody tr').first().waitFor();
    await settled(page);
    expect(await adminPageProblems(page, shot, '02-year')).toEqual([]);

    // the bureau's scorecard of the demo's year: training and joint meetings are scored from the work too; an item opens to its records
    await openYear(page, DEMO_YEAR);
    await page.getByTestId('assessment-results').getByRole('link', { name: UNIT, exact: true }).click();
    await page.getByTestId('scorecard-items').waitFor();
    await settled(page);
    const items = page.getByTestId('scorecard-items');
    for (const label of ['培训覆盖', '联席会议议定事项落实']) {
      const row = await textOf(items.locator('tr', { hasText: label }));
      expect(row).toMatch(/已计分|本年无此项工作/);
      expect(row).not.toContain('未纳入');
    }
    const counted = items.locator('tr.el-table__row', { hasText: '已计分' }).first();
    await counted.locator('.el-table__expand-icon').click();
    const drill = page.locator('[data-testid^="drill-"]').first();
    await drill.waitFor();
    await settled(page);
    expect(await textOf(drill)).toContain('计算方法');
    expect(await drill.locator('.el-table__body tr').count()).toBeGreaterThan(0);
    expect(await adminPageProblems(page, shot, '03-scorecard')).toEqual([]);

    // this year's: a routine check, and a deduction (refused without its reason, next to the field)
    await openYear(page);
    await page.getByRole('tab', { name: '平时检查' }).click();
    await page.getByTestId('check-unit').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: UNIT }).first().click();
    await page.locator('[data-testid="check-findings"] textarea, textarea[data-testid="check-findings"]').first().fill('政策解读栏目更新及时。');
    await page.locator('[data-testid="check-score"] input').fill('92');
    await page.getByTestId('check-add').click();
    await page.getByTestId('assessment-checks').locator('tr', { hasText: '政策解读栏目更新及时' }).waitFor();
    // a deduction without a reason is refused next to the field; with one it is recorded
    await page.getByRole('tab', { name: '问责扣分' }).click();
    await page.getByTestId('deduction-unit').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: UNIT }).first().click();
    await page.getByTestId('deduction-add').click();
    await expect.poll(() => page.locator('.el-form-item__error', { hasText: '问责扣分须写明理由' }).count()).toBe(1);
    await page.locator('[data-testid="deduction-reason"] textarea, textarea[data-testid="deduction-reason"]').first().fill(REASON);
    await page.locator('[data-testid="deduction-points"] input').fill('2');
    await page.getByTestId('deduction-add').click();
    await page.getByTestId('deduction-card').filter({ hasText: REASON }).waitFor();

    await page.getByTestId('assessment-office-sign-off').click();
    await confirmMessageBox(page);
    await expect.poll(() => stateOf(page)).toBe('待领导审签');
    await settled(page);
    await shot(page, '04-office-signed');
    await page.context().close();
  });

  it('the leaders sign it off, the office publishes it, and the portal shows the results', { timeout: 180_000 }, async () => {
    const leader = await signIn(browser, 'leader');
    await leader.setViewportSize(ADMIN_DESKTOP);
    await openYear(leader);
    expect(await leader.getByTestId('assessment-publish').count()).toBe(0);
    await leader.getByTestId('assessment-sign-off').click();
    await confirmMessageBox(leader);
    await expect.poll(() => stateOf(leader)).toBe('已审签待发布');
    await leader.context().close();

    const office = await signIn(browser, 'gongkaiban');
    await office.setViewportSize(ADMIN_DESKTOP);
    await openYear(office);
    await office.getByTestId('assessment-publish').click();
    await confirmMessageBox(office);
    await expect.poll(() => stateOf(office)).toBe('已发布');
    const total = await textOf(office.getByTestId('assessment-results').locator('tr', { hasText: UNIT }).locator('td').last());
    await settled(office);
    await shot(office, '05-published');
    await office.context().close();

    for (const viewport of PORTAL_VIEWPORT_NAMES) {
      const { context, page, problems } = await openPage(browser, viewport);
      try {
        await page.goto(absoluteUrl('/evaluation'), { waitUntil: 'networkidle' });
        await page.getByTestId('assessment-results-link').click();
        await page.waitForURL((u) => u.pathname === '/evaluation/assessment');
        await page.goto(absoluteUrl(`/evaluation/assessment?year=${YEAR}`), { waitUntil: 'networkidle' });
        const table = page.getByTestId('assessment-results');
        await table.waitFor();
        expect(await textOf(page.locator('h1'))).toBe(`${YEAR}年度政务公开工作考核结果`);
        const row = table.locator('tr', { hasText: UNIT });
        expect(await textOf(row.locator('td').last())).toBe(total);
        // 92 of the routine check (the year-end has nothing to count), less the deduction of 2
        expect(await textOf(row)).toContain('2.00');
        expect(total).toBe('90.00');
        expect(await seriousViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(`assessment-06-portal-${viewport}`), fullPage: true });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});
