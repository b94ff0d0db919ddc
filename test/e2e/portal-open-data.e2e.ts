/**
 * Public portal, 开放数据: a citizen on a phone opens the page from the footer, reads a dataset's
 * definition and downloads a published table as CSV (a spreadsheet file with a byte-order mark and a
 * Chinese header row, the same figures as its JSON twin). No serious or critical axe-core violation,
 * no sideways scrolling, no Latin word on the screen but the formats' names.
 *
 * Needs E2E_BASE_URL (the server with both SPAs built and fresh demo data).
 * Screenshots go to test-results/screenshots/portal-open-data-*.png under the repository root.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { absoluteUrl, heading, horizontalOverflow, latinWords, launchChromium, openPage, screenshotter, seriousViolations } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const shot = screenshotter('portal-open-data');

describe('开放数据 on a phone', () => {
  it('the citizen finds the page, reads a definition and downloads a table as CSV', async () => {
    const { context, page, problems } = await openPage(browser, 'phone');
    try {
      await page.goto(absoluteUrl('/'));
      await page.locator('footer').getByRole('link', { name: '开放数据' }).click();
      expect(await heading(page, '开放数据')).toBe('开放数据');
      const section = page.getByRole('region', { name: '议题意见征集率' });
      await section.getByText('议题意见征集率是已公开征求意见的议题数占应当公开征求意见的议题数的比例').waitFor();

      // the evaluation results of the published year: a table file
      const results = page.getByRole('region', { name: '政务公开第三方评估结果' });
      const link = results.getByRole('link', { name: /^下载CSV/ }).first();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^政务公开第三方评估结果-\d{4}年度\.csv$/);
      const bytes = await readFile((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
      expect(lines[0]).toBe(
        '评估分组,名次,单位,总分,等次,行政权力信息公开得分,政务服务公开得分,互联网+政务服务得分,政务参与得分,回应社会关切得分,政务公开能力建设得分,上年总分,较上年变化',
      );
      // the same figures as the JSON file of the same address
      const json = await (await fetch(absoluteUrl((await link.getAttribute('href'))!.replace('.csv', '.json')))).json();
      expect(lines).toHaveLength(json.rows.length + 1);
      expect(lines[1]!.split(',').slice(0, 4)).toEqual([
        json.rows[0].group,
        String(json.rows[0].rank),
        json.rows[0].unitName,
        String(json.rows[0].total),
      ]);

      await page.getByText('表头和各列说明').first().click();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await latinWords(page, ['CSV', 'JSON'])).toEqual([]);
      await shot(page, 'phone');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
