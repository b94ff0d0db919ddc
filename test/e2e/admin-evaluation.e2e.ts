/**
 * Admin SPA, end to end, for the third-party evaluation (system 7): the academy copies this year's
 * frozen indicator system as a new version, moves a point so that a level no longer adds up (the
 * live sums mark it, the server refuses it), fixes it, saves and signs; the Disclosure Office signs
 * (已会签定稿); the evaluator scores 市教育局's remaining 回应社会关切 indicators with a link, a note
 * and a screenshot; the academy sends the scores to the units; 市教育局's disclosure officer sees
 * them and appeals one; the academy accepts it with a new score; on the server whose clock stands
 * after the appeal window the academy publishes; leaders see the ranks and the dimension chart.
 * Screenshots: test-results/screenshots/admin-eval-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  BASE_URL,
  LATER_URL,
  confirmMessageBox,
  dayFromToday,
  fetchGraphql,
  launchChromium,
  openMenu,
  RUN,
  screenshotPath,
  screenshotter,
  signIn,
  textOf,
} from './support.js';

const YEAR = Number(dayFromToday(0).slice(0, 4));
const SYSTEM_TITLE = `${YEAR}年度朝阳市政务公开第三方评估指标体系`;
const ROUND_TITLE = `${YEAR}年度政务公开第三方评估`;
const UNIT = '朝阳市教育局';
/** 回应社会关切, the fifth dimension: the leaves the demo left unscored for 市教育局. */
const OPEN_LEAVES = [
  { code: '5.1.1', score: 2.5 },
  { code: '5.1.2', score: 3 },
  { code: '5.2', score: 4 },
  { code: '5.3', score: 3 },
];
const APPEAL_REASON = `本局已于年内通过门户网站开展满意度调查并公布结果，问卷得分偏低，请复核。（${RUN}）`;
const APPEAL_REPLY = `经复核，调查问卷样本量符合要求，调整为3.5分。（${RUN}）`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-eval', { animations: 'disabled', fullPage: true });

/** Waits until no loading mask is visible. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);
}

/** Types a number into the Element Plus input-number `testid` and leaves the field (its value is taken on change). */
async function setNumber(page: Page, testid: string, value: number) {
  const input = page.getByTestId(testid).locator('input');
  await input.fill(String(value));
  await input.press('Tab');
}

let copyId = '';
let roundUrl = '';

describe('indicator system', () => {
  it('the academy copies this year’s frozen system, is refused a level that does not add up, fixes it, saves and signs', async () => {
    const page = await signIn(browser, 'xueyuan');
    await openMenu(page, 'evaluation-systems');
    const row = page.getByTestId('system-table').locator('tbody tr', { hasText: SYSTEM_TITLE }).first();
    await row.waitFor();
    expect(await textOf(row)).toContain('已会签定稿');
    expect(await textOf(row)).toContain('已冻结');
    await settled(page);
    await shot(page, 'systems');

    await row.locator('a', { hasText: SYSTEM_TITLE }).click();
    await page.getByTestId('system-frozen-note').waitFor();
    expect(await page.getByTestId('system-save').count()).toBe(0);
    await page.locator('[data-testid^="system-copy-"]').first().click();
    const dialog = page.getByTestId('system-copy-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('system-copy-version').click();
    await dialog.getByTestId('system-copy-confirm').click();
    await expect.poll(() => textOf(page.locator('.gk-page-title'))).toBe(`${SYSTEM_TITLE}（第2版）`);
    copyId = page.url().match(/systems\/([0-9a-f-]{36})/)![1]!;
    expect(await textOf(page.getByTestId('system-state'))).toBe('起草中');

    // a point moves from 1.1.1 to 1.1.2: first only taken away, so that 权责清单公开 no longer adds up
    await setNumber(page, 'indicator-score-1.1.1', 4);
    await expect.poll(() => textOf(page.getByTestId('indicator-sum-1.1'))).toContain('7 ≠ 8');
    expect(await textOf(page.getByTestId('indicator-sum-1'))).toContain('20');
    await page.getByTestId('tree-mismatches').waitFor();
    await page.getByTestId('system-save').click();
    const refusal = page.getByTestId('tree-error');
    await refusal.waitFor();
    expect(await textOf(refusal)).toContain('“权责清单公开”下级指标分值合计7分，应为8分');
    await shot(page, 'tree-refused');

    await setNumber(page, 'indicator-score-1.1.2', 4);
    await expect.poll(() => textOf(page.getByTestId('indicator-sum-1.1'))).not.toContain('≠');
    await page.getByTestId('system-save').click();
    await refusal.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('system-save').isDisabled()).toBe(true);
    expect(await page.getByTestId('tree-mismatches').count()).toBe(0);

    await page.getByTestId('system-sign').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('system-signs'))).toContain('市行政学院会签');
    await expect.poll(async () => (await textOf(page.getByTestId('system-signs'))).match(/未会签/g)?.length ?? 0).toBe(1);
    expect(await textOf(page.getByTestId('system-state'))).toBe('起草中');
    await shot(page, 'tree-signed-academy');
    await page.context().close();
  });

  it('the Disclosure Office signs it off too: 已会签定稿', async () => {
    const page = await signIn(browser, 'gongkaiban');
    await openMenu(page, 'evaluation-systems');
    await page.getByTestId(`system-link-${copyId}`).click();
    await page.getByTestId('system-sign').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('system-state'))).toBe('已会签定稿');
    expect(await textOf(page.getByTestId('system-signs'))).not.toContain('未会签');
    await shot(page, 'tree-approved');
    await page.context().close();
  });
});

describe('a round', () => {
  it('the evaluator scores 市教育局’s remaining indicators with a link, a note and a screenshot', async () => {
    const page = await signIn(browser, 'pinggu');
    await openMenu(page, 'evaluation-scoring');
    const progress = page.getByTestId('scoring-progress');
    const unitRow = progress.locator('tbody tr', { hasText: UNIT }).first();
    await unitRow.waitFor();
    expect(await textOf(unitRow)).toContain(`${OPEN_LEAVES.length} 项`);
    await settled(page);
    await shot(page, 'scoring-units');
    await unitRow.locator('a', { hasText: UNIT }).click();

    const sheet = page.getByTestId('sheet-table');
    await sheet.waitFor();
    await expect.poll(() => textOf(page.getByTestId('sheet-progress'))).toContain(`尚余 ${OPEN_LEAVES.length} 项`);
    await page.getByTestId('sheet-only-open').click();
    await settled(page);
    await shot(page, 'sheet-open');

    for (const [i, leaf] of OPEN_LEAVES.entries()) {
      await page.getByTestId(`sheet-edit-${leaf.code}`).click();
      const dialog = page.getByTestId('score-dialog');
      await dialog.waitFor();
      await setNumber(page, 'score-value', leaf.score);
      await dialog.getByTestId('score-url').locator('input').fill(`https://www.chaoyang.gov.cn/jyj/zwgk/hygz/${leaf.code}.html`);
      await dialog.getByTestId('score-note').locator('textarea').fill(`${leaf.code} 栏目抽查：内容已按要求公开。（${RUN}）`);
      const uploads = dialog.getByTestId('score-screenshots');
      if (i === 0) {
        // the screenshot of the evidence, picked while the score is new: kept, and uploaded when the score is saved
        const png = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } });
        await uploads.locator('input[type="file"]').setInputFiles({ name: '网站栏目截图.png', mimeType: 'image/png', buffer: png });
        expect(await textOf(dialog.getByTestId('score-screenshots-pending'))).toContain('网站栏目截图.png');
        await shot(page, 'score-dialog');
      }
      await dialog.getByTestId('score-save').click();
      if (i === 0) {
        await uploads.locator('img[alt="网站栏目截图.png"]').waitFor();
        expect(await dialog.getByTestId('score-screenshots-pending').count()).toBe(0);
        await shot(page, 'score-screenshot');
      }
      await dialog.getByRole('button', { name: '关闭', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await expect.poll(() => textOf(page.getByTestId('sheet-progress'))).toContain('尚余 0 项');
    await page.getByTestId('sheet-only-open').click();
    await expect.poll(() => textOf(page.getByTestId(`sheet-score-${OPEN_LEAVES[3]!.code}`))).toBe(String(OPEN_LEAVES[3]!.score));
    await settled(page);
    await shot(page, 'sheet-done');
    await page.context().close();
  });

  it('the academy sends the scores to the units', async () => {
    const page = await signIn(browser, 'xueyuan');
    await openMenu(page, 'evaluation-rounds');
    await page.getByTestId('round-table').locator('a', { hasText: ROUND_TITLE }).first().click();
    await page.getByTestId('round-progress').waitFor({ state: 'attached' });
    roundUrl = page.url().replace(BASE_URL, '');
    await expect.poll(() => textOf(page.getByTestId('round-progress'))).toContain('尚余 0 项');
    await settled(page);
    await shot(page, 'round-progress');
    await page.getByRole('tab', { name: '评估对象与评估员' }).click();
    await page.getByTestId('assignment-table').locator('tbody tr').first().waitFor();
    await shot(page, 'round-units');
    await page.getByTestId('round-release').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('round-state'))).toBe('结果反馈（申诉期）');
    expect(await textOf(page.getByTestId('round-appeal-deadline'))).toMatch(/^至 \d{4}-\d{2}-\d{2}$/);
    await shot(page, 'round-released');
    await page.context().close();
  });

  it('市教育局 sees its scores with their evidence and appeals one', async () => {
    const page = await signIn(browser, 'jiaoyu.gk');
    await openMenu(page, 'evaluation-my');
    const scores = page.getByTestId('my-scores');
    await scores.locator('tbody tr', { hasText: '群众对政务公开工作的满意度' }).first().waitFor();
    await expect.poll(() => textOf(page.getByTestId('my-total'))).toMatch(/^\d+(\.\d+)?$/);
    expect(await textOf(page.getByTestId('my-rank'))).toMatch(/^第\d+名$/);
    expect(await textOf(page.getByTestId('my-score-5.3'))).toBe('3');
    expect(await textOf(scores)).toContain('https://www.chaoyang.gov.cn/jyj/zwgk/hygz/5.3.html');
    await settled(page);
    await shot(page, 'my-scores');

    await page.getByTestId('my-appeal-5.3').click();
    const dialog = page.getByTestId('appeal-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('appeal-input').locator('textarea').fill(APPEAL_REASON);
    await dialog.getByTestId('appeal-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(page.getByTestId('my-appeal-state-5.3'))).toBe('待答复');
    expect(await textOf(page.getByTestId('my-appeals'))).toContain(APPEAL_REASON);
    await shot(page, 'my-appealed');
    await page.context().close();
  });

  it('the academy accepts the appeal with a new score', async () => {
    const page = await signIn(browser, 'xueyuan');
    await page.goto(`${BASE_URL}${roundUrl}`);
    await page.getByTestId('round-tab-appeals').click();
    const appeals = page.getByTestId('round-appeals');
    const row = appeals.locator('tbody tr', { hasText: APPEAL_REASON }).first();
    await row.waitFor();
    await row.locator('[data-testid^="appeal-accept-"]').click();
    const dialog = page.getByTestId('appeal-answer-dialog');
    await dialog.waitFor();
    await setNumber(page, 'appeal-new-score', 3.5);
    await dialog.getByTestId('appeal-reply').locator('textarea').fill(APPEAL_REPLY);
    await dialog.getByTestId('appeal-answer-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(row)).toContain('已采纳');
    expect(await textOf(row)).toContain('3 → 3.5');
    expect(await textOf(row)).toContain(APPEAL_REPLY);
    await shot(page, 'appeal-accepted');
    await page.context().close();
  });

  it('after the appeal window (the later server) the academy publishes; leaders see the ranks and the chart', async () => {
    // today the window is still open: publishing is not offered
    const now = await signIn(browser, 'xueyuan');
    await now.goto(`${BASE_URL}${roundUrl}`);
    await expect.poll(() => now.getByTestId('round-publish').isDisabled()).toBe(true);
    await now.context().close();

    const later = await signIn(browser, 'xueyuan', undefined, LATER_URL);
    await later.goto(`${LATER_URL}${roundUrl}`);
    await later.getByTestId('round-publish').click();
    await confirmMessageBox(later);
    await expect.poll(() => textOf(later.getByTestId('round-state'))).toBe('已公布');
    await shot(later, 'round-published');
    await later.context().close();

    const page = await signIn(browser, 'leader');
    await openMenu(page, 'evaluation-results');
    const table = page.getByTestId('results-table-CITY_UNIT');
    const mine = table.locator('tbody tr', { hasText: UNIT }).first();
    await mine.waitFor();
    await mine.click();
    await expect.poll(() => textOf(page.getByTestId('results-chart-title'))).toContain(UNIT);
    await page.getByTestId('results-chart').locator('canvas').first().waitFor();
    const href = await page.getByTestId('results-xlsx').getAttribute('href');
    expect(href).toMatch(/^\/evaluation\/rounds\/[0-9a-f-]{36}\/xlsx$/);
    const sheet = await page.request.get(`${BASE_URL}${href}`);
    expect(sheet.status()).toBe(200);
    expect(sheet.headers()['content-type']).toContain('spreadsheetml');
    await settled(page);
    await shot(page, 'results');
    await page.getByTestId('results-chart').scrollIntoViewIfNeeded();
    await shot(page, 'results-chart');
    await page.context().close();

    // and the public sees them on the portal, this year's by default, 市教育局 with the accepted appeal's score
    const { publicEvaluation } = await fetchGraphql<{ publicEvaluation: { year: number; rows: { unitName: string; total: number }[] } }>(
      '{ publicEvaluation { year rows { unitName total } } }',
    );
    expect(publicEvaluation.year).toBe(YEAR);
    const portal = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await portal.goto(`${BASE_URL}/evaluation`, { waitUntil: 'networkidle' });
    await portal.locator('main table', { hasText: `${YEAR}年度市政府各部门和市直各单位政务公开评估排名` }).waitFor();
    const row = portal.locator('main table tbody tr', { hasText: UNIT }).first();
    const total = publicEvaluation.rows.find((r) => r.unitName === UNIT)!.total;
    expect(await textOf(row)).toContain(String(total));
    await portal.screenshot({ path: screenshotPath('admin-eval-portal-published'), fullPage: false });
    await portal.close();
  });
});
