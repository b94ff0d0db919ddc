/**
 * Public portal, 站内检索: a citizen on a phone types words of a document's body into the header's
 * search box, sees it found with the words marked, narrows to a kind and opens it; at desktop size a
 * query with no hits says what to try. No serious or critical axe-core violation, no sideways
 * scrolling, no Latin word on the screen.
 *
 * Needs E2E_BASE_URL (the server with both SPAs built and fresh demo data).
 * Screenshots go to test-results/screenshots/portal-search-*.png under the repository root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { absoluteUrl, heading, horizontalOverflow, latinWords, launchChromium, openPage, screenshotter, seriousViolations } from './support.js';

/** Issued by the education bureau, proactive (documents.seed.ts / interpretation.seed.ts); 免试 and 就近 are words of its body only. */
const TITLE = '朝阳市教育局关于做好2026年义务教育阶段招生入学工作的通知';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const shot = screenshotter('portal-search');

describe('站内检索', () => {
  it('on a phone, a citizen finds a document by words of its body and opens it', async () => {
    const { context, page, problems } = await openPage(browser, 'phone');
    try {
      await page.goto(absoluteUrl('/'));
      const box = page.getByRole('search', { name: '站内检索' });
      await box.getByLabel('检索全站公开信息').fill('就近 免试');
      await box.getByRole('button', { name: '检索' }).click();
      await page.waitForURL((u) => u.pathname === '/search');
      expect(await heading(page, '站内检索')).toBe('站内检索');
      const results = page.locator('.search-results');
      const hit = results.getByRole('link', { name: TITLE, exact: true });
      await hit.waitFor();
      // the words found are marked in the excerpt of the body
      const marked = await results.locator('mark').allTextContents();
      expect(marked).toEqual(expect.arrayContaining(['免试', '就近']));
      expect(await page.getByRole('status').textContent()).toMatch(/找到 \d+ 条与“就近 免试”有关的公开信息/);

      // the kinds found, as tabs that keep the query
      const tabs = page.getByRole('navigation', { name: '按类别查看' });
      await tabs.getByRole('link', { name: /^政策文件/ }).click();
      await page.waitForURL((u) => u.searchParams.get('kind') === 'document');
      expect(await tabs.getByRole('link', { name: /^政策文件/ }).getAttribute('aria-current')).toBe('page');
      await hit.waitFor();

      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await latinWords(page)).toEqual([]);
      await shot(page, 'found-phone');

      await hit.click();
      expect(await heading(page, TITLE)).toBe(TITLE);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('at desktop size, a search that finds nothing says what to try; one with some words says so', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl(`/search?q=${encodeURIComponent('量子纠缠')}`));
      await page.getByText('没有找到相关信息').waitFor();
      expect(await page.getByRole('search', { name: '站内检索' }).getByLabel('检索全站公开信息').inputValue()).toBe('量子纠缠');
      await page.goto(absoluteUrl(`/search?q=${encodeURIComponent('义务教育 量子纠缠')}`));
      await page.getByText('没有同时包含全部检索词的信息').waitFor();
      await page.locator('.search-results').getByRole('link', { name: TITLE, exact: true }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, 'some-words-desktop');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('on a phone, the columns 政策解读 and 意见征集 search their own items, and the tabs count what was found', async () => {
    const { context, page, problems } = await openPage(browser, 'phone');
    try {
      await page.goto(absoluteUrl('/interpretations'));
      const form = page.getByRole('search', { name: '查询政策解读' });
      // 随迁子女 is a word of the interpretation's questions and answers, not of its title
      await form.getByLabel('关键词').fill('随迁子女');
      await form.getByRole('button', { name: '查询' }).click();
      await page.waitForURL((u) => u.searchParams.get('q') === '随迁子女');
      await expect.poll(() => page.getByRole('status').textContent()).toBe('找到 1 条含有这些词语的解读。');
      const list = page.locator('.doc-list');
      expect(await list.locator('.doc-item').count()).toBe(1);
      await list.getByRole('link', { name: `《${TITLE}》解读` }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, 'interpretations-phone');

      // 低保 is the notice's short name of 最低生活保障, in the draft of a closed or open topic
      await page.goto(absoluteUrl(`/consultations?q=${encodeURIComponent('低保 审核确认')}`));
      const tabs = page.getByRole('navigation', { name: '按征集状态查看议题' });
      await expect.poll(async () => (await tabs.locator('.tabs__count').allTextContents()).join(' ')).toMatch(/\d/);
      const counts = await tabs.locator('.tabs__count').allTextContents();
      const found = counts.map((c) => Number(c.replace(/\D/g, ''))).reduce((a, b) => a + b, 0);
      expect(found).toBe(1);
      // the tab with the topic keeps the words
      const withTopic = tabs.getByRole('link').filter({ hasText: /1个议题$/ });
      await withTopic.click();
      await page.waitForURL((u) => u.searchParams.get('q') === '低保 审核确认');
      await page
        .locator('.doc-list')
        .getByRole('link', { name: /最低生活保障审核确认办法/ })
        .waitFor();
      expect(await page.getByRole('search', { name: '查询意见征集议题' }).getByLabel('关键词').inputValue()).toBe('低保 审核确认');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // the receipt code's example and the rates' downloads are meant to be there
      expect(await latinWords(page, [/YJ\d{8}-[A-Z0-9]+/g, 'CSV', 'JSON'])).toEqual([]);
      await shot(page, 'consultations-phone');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
