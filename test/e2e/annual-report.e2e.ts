/**
 * The annual report on government information disclosure (政府信息公开工作年度报告), end to end: the
 * Education Bureau's disclosure body generates its report of a past year in the admin (the figures the
 * platform holds are computed: table 二's documents, table 三's requests), writes the texts and enters
 * the figures it does not hold with their source — with table 四's reconsideration total off by two —
 * and is refused when it submits, the refusal naming the failing sum in Chinese, the sums check beside
 * the tables showing it too; it corrects the total and submits; the bureau's head signs it off (the
 * figures are frozen); the disclosure body publishes it and downloads its .docx and .xlsx. The report
 * is then on the portal's 政府信息公开工作年度报告, at desktop and phone size, as HTML tables, with
 * its files for anyone. Portal pages pass axe (no serious or critical violation) and have no Latin words.
 * Screenshots: test-results/screenshots/annual-report-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  chooseOption,
  absoluteUrl,
  confirmMessageBox,
  heading,
  horizontalOverflow,
  launchChromium,
  openMenu,
  openPage,
  PORTAL_VIEWPORT_NAMES,
  screenshotPath,
  screenshotter,
  seriousViolations,
  signIn,
  textOf,
} from './support.js';

const UNIT = '朝阳市教育局';
/** A year that has ended and whose report the demo data has not made (it publishes last year's). */
const YEAR = new Date().getFullYear() - 2;
const TITLE = `${UNIT}${YEAR}年政府信息公开工作年度报告`;
const OVERVIEW = `${YEAR}年，市教育局围绕招生入学、学生资助等群众关注事项，做好政府信息公开工作。`;
const SOURCE = '本局业务统计台账';
/** What the bureau enters by hand: table 二's figures Gongkai does not hold, and table 四 — its reconsideration total off by two. */
const ENTERED: Record<string, number> = {
  REGULATION_REPEALED: 0,
  NORMATIVE_REPEALED: 1,
  LICENCE_DECISIONS: 86,
  PENALTY_DECISIONS: 12,
  ENFORCEMENT_DECISIONS: 0,
  FEES_AMOUNT: 0,
  'RECONSIDERATION.UPHELD': 2,
  'RECONSIDERATION.CORRECTED': 1,
  'RECONSIDERATION.OTHER': 0,
  'RECONSIDERATION.PENDING': 0,
  'RECONSIDERATION.TOTAL': 5,
  'LITIGATION_DIRECT.UPHELD': 1,
  'LITIGATION_DIRECT.CORRECTED': 0,
  'LITIGATION_DIRECT.OTHER': 0,
  'LITIGATION_DIRECT.PENDING': 0,
  'LITIGATION_DIRECT.TOTAL': 1,
  'LITIGATION_AFTER.UPHELD': 0,
  'LITIGATION_AFTER.CORRECTED': 0,
  'LITIGATION_AFTER.OTHER': 0,
  'LITIGATION_AFTER.PENDING': 0,
  'LITIGATION_AFTER.TOTAL': 0,
};
const SOURCES = [
  'REGULATION_REPEALED',
  'NORMATIVE_REPEALED',
  'LICENCE_DECISIONS',
  'PENALTY_DECISIONS',
  'ENFORCEMENT_DECISIONS',
  'FEES_AMOUNT',
  'RECONSIDERATION',
  'LITIGATION_DIRECT',
  'LITIGATION_AFTER',
];
const DESKTOP_SIZE = { width: 1366, height: 900 };

let browser: Browser;
let reportPath = '';
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('annual-report', { animations: 'disabled', fullPage: true });

async function staff(user: string) {
  const page = await signIn(browser, user);
  await page.setViewportSize(DESKTOP_SIZE);
  return page;
}
/** Waits until the admin page has no loading mask left and nothing fading in. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .every((a) => a.playState !== 'running'),
  );
}
const stateOf = (page: Page) => textOf(page.getByTestId('report-state'));
async function openReport(page: Page) {
  await openMenu(page, 'annual-reports');
  await page.getByTestId(`report-link-${YEAR}`).click();
  await page.waitForURL((u) => u.pathname === `/admin${reportPath}`);
  await page.getByTestId('report-state').waitFor();
  await settled(page);
}
/** The text box of an Element Plus input with this test id (the id lands on the box or on its wrapper). */
const box = (page: Page, testid: string, tag: 'input' | 'textarea' = 'input') =>
  page.locator(`${tag}[data-testid="${testid}"], [data-testid="${testid}"] ${tag}`).first();
/** Types a figure into its number box (an empty value clears it). */
async function enter(page: Page, figure: string, value: number) {
  const input = box(page, `report-figure-${figure}`);
  await input.fill(String(value));
  await input.blur();
}

describe('the annual report, end to end', () => {
  it('1. the bureau generates its report: the figures it holds are computed', { timeout: 120_000 }, async () => {
    const page = await staff('jiaoyu.gk');
    await openMenu(page, 'annual-reports');
    await chooseOption(page.getByTestId('report-generate-year'), `${YEAR}年度`);
    await page.getByTestId('report-generate').click();
    await page.waitForURL(/\/admin\/annual-reports\/[0-9a-f-]{36}$/);
    reportPath = new URL(page.url()).pathname.replace(/^\/admin/, '');
    await page.getByTestId('report-state').waitFor();
    expect(await stateOf(page)).toBe('起草中');
    expect(await textOf(page.locator('h1'))).toBe(TITLE);
    // table 三 is there, counted by the platform
    await page.getByTestId('report-table-three').waitFor();
    await settled(page);
    await shot(page, '01-generated');
    await page.context().close();
  });

  it('2. with a sum off, the submission is refused naming it; corrected, it is submitted', { timeout: 120_000 }, async () => {
    const page = await staff('jiaoyu.gk');
    await openReport(page);
    await box(page, 'report-overview', 'textarea').fill(OVERVIEW);
    await box(page, 'report-problems', 'textarea').fill('招生政策解读的及时性有待提高，下一步将在政策印发后同步发布解读材料。');
    for (const [figure, value] of Object.entries(ENTERED)) await enter(page, figure, value);
    for (const source of SOURCES) await box(page, `report-source-${source}`).fill(SOURCE);
    await page.getByTestId('report-save').click();
    await page.locator('.el-message--success', { hasText: '已保存' }).waitFor();
    // the sums check beside the tables names the failing sum
    const off = page.getByTestId('report-sum-off');
    await expect.poll(() => off.count()).toBe(1);
    expect(await textOf(off)).toBe('表四“行政复议”：总计＝结果维持＋结果纠正＋其他结果＋尚未审结（5≠3）');

    await page.getByTestId('report-submit').click();
    await confirmMessageBox(page);
    const refusal = page.locator('.el-message--error');
    await refusal.waitFor();
    expect(await textOf(refusal)).toContain('表四“行政复议”：总计＝结果维持＋结果纠正＋其他结果＋尚未审结不成立（5≠3）');
    expect(await stateOf(page)).toBe('起草中');
    await settled(page);
    await shot(page, '02-refused');

    await enter(page, 'RECONSIDERATION.TOTAL', 3);
    await page.getByTestId('report-save').click();
    await expect.poll(() => off.count()).toBe(0);
    expect(await textOf(page.getByTestId('report-sums').locator('.el-alert__title'))).toBe('全部合计关系成立');
    await page.getByTestId('report-submit').click();
    await confirmMessageBox(page);
    await expect.poll(() => stateOf(page)).toBe('待审签');
    await settled(page);
    await shot(page, '03-submitted');
    await page.context().close();
  });

  it('3. the head signs it off: the figures are frozen; the bureau publishes it and downloads its files', { timeout: 120_000 }, async () => {
    const head = await staff('jiaoyu.head');
    await openReport(head);
    // the head signs off; editing is not offered
    expect(await head.getByTestId('report-save').count()).toBe(0);
    await head.getByTestId('report-sign-off').click();
    await confirmMessageBox(head);
    await expect.poll(() => stateOf(head)).toBe('已审签待发布');
    expect(await head.locator('main').innerText()).toContain('数据已于审签时固定');
    expect(await head.getByTestId('report-publish').count()).toBe(0);
    await settled(head);
    await shot(head, '04-signed-off');
    await head.context().close();

    const page = await staff('jiaoyu.gk');
    await openReport(page);
    await page.getByTestId('report-publish').click();
    await confirmMessageBox(page);
    await expect.poll(() => stateOf(page)).toBe('已发布');
    for (const [testid, type] of [
      ['report-docx', 'wordprocessingml'],
      ['report-xlsx', 'spreadsheetml'],
    ] as const) {
      const href = await page.getByTestId(testid).getAttribute('href');
      const res = await page.request.get(absoluteUrl(href!));
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
      expect((await res.body()).subarray(0, 2).toString()).toBe('PK');
    }
    await settled(page);
    await shot(page, '05-published');
    await page.context().close();
  });

  for (const viewport of PORTAL_VIEWPORT_NAMES) {
    it(`4. the portal lists it and shows it as tables, with its files (${viewport})`, { timeout: 120_000 }, async () => {
      const { context, page, problems } = await openPage(browser, viewport);
      try {
        await page.goto(absoluteUrl('/documents'), { waitUntil: 'networkidle' });
        await heading(page, '政府信息公开');
        const link = page.getByRole('link', { name: TITLE });
        await link.waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.locator('#documents-annual-reports').scrollIntoViewIfNeeded();
        await shot(page, `06-column-${viewport}`);
        await link.click();
        await heading(page, TITLE);
        const main = await page.locator('main').innerText();
        expect(main).toContain(OVERVIEW);
        for (const s of [
          '一、总体情况',
          '二、主动公开政府信息情况',
          '三、收到和处理政府信息公开申请情况',
          '四、政府信息公开行政复议、行政诉讼情况',
          '五、存在的主要问题及改进情况',
          '六、其他需要报告的事项',
        ]) {
          expect(main).toContain(s);
        }
        // table 四 as signed off: the corrected total
        const reconsideration = page.getByTestId('annual-report-table-four').locator('tbody tr', { hasText: '行政复议' });
        expect((await reconsideration.locator('td').allTextContents()).map((x) => x.trim())).toEqual(['2', '1', '0', '0', '3']);
        await page.getByTestId('annual-report-table-three').waitFor();
        expect(await page.locator('main table caption').count()).toBeGreaterThanOrEqual(6);
        expect(await seriousViolations(page)).toEqual([]);
        // the tables' open-data files are named by their formats, as on every figure of the portal
        expect((await page.locator('main').innerText()).replace(/CSV|JSON/g, '').match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await shot(page, `07-report-${viewport}`);
        await page.screenshot({ path: screenshotPath(`annual-report-08-top-${viewport}`), animations: 'disabled' });
        await page.getByTestId('annual-report-table-three').scrollIntoViewIfNeeded();
        await page.screenshot({ path: screenshotPath(`annual-report-09-table-three-${viewport}`), animations: 'disabled' });
        for (const testid of ['annual-report-docx', 'annual-report-xlsx']) {
          const href = await page.getByTestId(testid).getAttribute('href');
          const res = await context.request.get(absoluteUrl(href!));
          expect(res.status()).toBe(200);
          expect((await res.body()).length).toBeGreaterThan(1000);
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
