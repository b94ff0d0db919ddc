/**
 * Admin SPA, end to end, for the leader (leader): the home shows the government at a glance (counts
 * computed by the server, each a link), and the leader opens the consultation figures, the meetings
 * and the overdue interpretations of the city without refusal, read only (no button that would be
 * refused). Each page is checked once at desktop and phone size (axe, words, overflow).
 * Screenshots: test-results/screenshots/admin-leader-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TOPIC_STATE_LABELS } from '../../packages/shared/src/index.js';
import { adminPageProblems, chooseOption, launchChromium, openMenu, screenshotter, signIn, textOf } from './support.js';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await signIn(browser, 'leader');
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-leader', { animations: 'disabled', fullPage: true });
/** Run marks in titles other files put on the same lists. */
const ALLOWED = [/（[0-9a-z]{8,10}）/];

async function checkPage(name: string, ready: string) {
  await page.getByTestId(ready).first().waitFor();
  expect(await adminPageProblems(page, shot, name, ALLOWED, `[data-testid="${ready}"]`)).toEqual([]);
}
/** Nothing the leader opens is refused. */
const refusals = () => page.locator('.el-message--error').count();

describe('the leader oversees the government', () => {
  it('sees the government at a glance on the home page', async () => {
    const panel = page.getByTestId('government-overview');
    await panel.waitFor();
    await expect.poll(() => textOf(page.getByTestId('overview-interpretationsOverdue').locator('.figure-value'))).toMatch(/^\d+$/);
    expect(await textOf(panel.locator('h2'))).toBe('政务公开概览');

    // the roll-up: the city's own row reads as the figures above, a row per county, and the total is their sum
    const rollup = page.getByTestId('government-rollup');
    await rollup.waitFor();
    const cells = async (row: ReturnType<Page['locator']>) => (await row.locator('td').allTextContents()).map((x) => Number(x.trim()));
    await expect
      .poll(async () => (await cells(rollup.getByTestId('rollup-own')))[4])
      .toBe(Number(await textOf(page.getByTestId('overview-interpretationsOverdue').locator('.figure-value'))));
    const counties = rollup.locator('[data-testid^="rollup-row-"]');
    expect(await counties.count()).toBe(7);
    expect(await textOf(counties.first().locator('th'))).toBe('双塔区人民政府');
    const rows = [await cells(rollup.getByTestId('rollup-own'))];
    for (let i = 0; i < 7; i++) rows.push(await cells(counties.nth(i)));
    const total = await cells(rollup.getByTestId('rollup-total'));
    expect(total).toEqual(total.map((_, k) => rows.reduce((sum, r) => sum + r[k], 0)));
    await checkPage('home', 'government-rollup');

    // a county opened reads its own level alone, and the way back
    await counties.first().locator('button').click();
    await expect.poll(() => textOf(rollup.getByTestId('rollup-own').locator('th'))).toContain('双塔区人民政府');
    expect(await counties.count()).toBe(0);
    await rollup.getByTestId('rollup-back').click();
    await expect.poll(() => counties.count()).toBe(7);
  });

  it('opens the consultation figures, for the city, a county, and the level with its counties', async () => {
    await openMenu(page, 'consultation-dashboard');
    await page.getByTestId('dash-by-state').waitFor();
    expect(await refusals()).toBe(0);
    await checkPage('consultation-dashboard', 'dash-by-state');

    // the topics waiting for review, as the table under the chart says
    const table = page.getByTestId('dash-by-state-table');
    const inReview = async () =>
      Number(await textOf(table.locator('tr', { has: page.locator(`th:text-is("${TOPIC_STATE_LABELS.SUBMITTED}")`) }).locator('td')));
    await expect.poll(inReview).toBeGreaterThanOrEqual(0);
    const city = await inReview();
    const scope = page.getByTestId('government-scope');
    // a county read alone: its own topic waiting (the demo's 双塔区 submitted one), with a note of whose figures these are
    await chooseOption(scope, '双塔区人民政府', { exact: true });
    await expect.poll(() => textOf(page.getByTestId('scope-note'))).toContain('双塔区人民政府的数据');
    await expect.poll(inReview).toBe(1);
    // the level and the counties below it: the city's and the counties' together
    await chooseOption(scope, '本级及下级', { exact: true });
    await expect.poll(() => textOf(page.getByTestId('scope-note'))).toContain('及下级政府合计');
    await expect.poll(inReview).toBe(city + 1);
    // a scope's topics are figures here, not links (the records stay each government's)
    expect(await page.getByTestId('dash-opinions').locator('a').count()).toBe(0);
    await checkPage('consultation-dashboard-level', 'scope-note');
    await chooseOption(scope, '本级（朝阳市人民政府）', { exact: true });
    await expect.poll(inReview).toBe(city);
    expect(await page.getByTestId('scope-note').count()).toBe(0);
  });

  it('opens the meetings, read only', async () => {
    await openMenu(page, 'meetings');
    await page.getByTestId('meeting-table').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('meeting-create').count()).toBe(0);
    expect(await refusals()).toBe(0);
    await checkPage('meetings', 'meeting-table');
  });

  it('follows the overdue interpretations from the home: the list holds as many as the figure said', async () => {
    await openMenu(page, 'home');
    const figure = page.getByTestId('overview-interpretationsOverdue');
    await expect.poll(() => textOf(figure.locator('.figure-value'))).toMatch(/^\d+$/);
    const count = Number(await textOf(figure.locator('.figure-value')));
    await figure.click();
    const table = page.getByTestId('interp-table');
    await table.waitFor();
    await expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);
    expect(await page.getByTestId('interp-filter-overdue').locator('input').isChecked()).toBe(true);
    await expect.poll(() => page.locator('[data-testid^="interp-overdue-"]').count()).toBe(Math.min(count, 20));
    expect(await refusals()).toBe(0);
    await checkPage('interpretations-overdue', 'interp-table');
  });
});
