/**
 * Public portal, end to end: every column opens with its heading and an honest empty state,
 * has no serious or critical axe-core violation at desktop and phone sizes, and is usable with
 * the keyboard (skip link, main navigation, focus after a page change).
 *
 * Needs E2E_BASE_URL (the server with both SPAs built, e.g. http://127.0.0.1:4000).
 * Screenshots go to test-results/screenshots/portal-*.png under the repository root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  absoluteUrl,
  fetchGraphql,
  BASE_URL,
  horizontalOverflow,
  launchChromium,
  openPage,
  PORTAL_VIEWPORT_NAMES,
  PORTAL_VIEWPORTS,
  screenshotPath,
  seriousViolations,
} from './support.js';

interface PortalPage {
  slug: string;
  path: string;
  heading: string;
  /** Name of the navigation entry marked as the current page, if any. */
  nav?: string;
  /** Empty states the page must show while nothing is published. */
  empty?: string[];
}

const NAV = ['首页', '意见征集', '政府会议', '政策解读', '与民互动', '政府信息公开', '评估结果'];

const pages: PortalPage[] = [
  { slug: 'home', path: '/', heading: '政务公开', nav: '首页' },
  { slug: 'consultations', path: '/consultations', heading: '意见征集', nav: '意见征集' },
  { slug: 'meetings', path: '/meetings', heading: '政府会议', nav: '政府会议' },
  {
    slug: 'interpretations',
    path: '/interpretations',
    heading: '政策解读',
    nav: '政策解读',
  },
  {
    slug: 'interaction',
    path: '/interaction',
    heading: '与民互动',
    nav: '与民互动',
  },
  { slug: 'interaction-case', path: '/interaction/case', heading: '查询办理进度' },
  { slug: 'interaction-statistics', path: '/interaction/statistics', heading: '办理情况统计' },
  { slug: 'interaction-cases', path: '/interaction/cases', heading: '办理情况公开' },
  {
    slug: 'documents',
    path: '/documents',
    heading: '政府信息公开',
    nav: '政府信息公开',
  },
  { slug: 'evaluation', path: '/evaluation', heading: '评估结果', nav: '评估结果' },
  { slug: 'accessibility', path: '/accessibility', heading: '无障碍声明' },
  { slug: 'not-found', path: '/no-such-page', heading: '页面未找到' },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The accessible name of the focused element and whether it is inside the given selector. */
function focused(page: Page, within: string) {
  return page.evaluate((selector) => {
    const el = document.activeElement as HTMLElement | null;
    return {
      text: el?.textContent?.trim() ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      inside: !!el?.closest(selector),
    };
  }, within);
}

describe('public portal', () => {
  for (const viewport of PORTAL_VIEWPORT_NAMES) {
    describe(`${viewport} ${PORTAL_VIEWPORTS[viewport].viewport.width}×${PORTAL_VIEWPORTS[viewport].viewport.height}`, () => {
      for (const p of pages) {
        it(`${p.path} shows “${p.heading}” and has no serious accessibility violation`, async () => {
          const { context, page, problems } = await openPage(browser, viewport);
          try {
            await page.goto(absoluteUrl(p.path), { waitUntil: 'networkidle' });

            const h1 = page.locator('main h1');
            await h1.waitFor();
            expect((await h1.textContent())?.trim()).toBe(p.heading);
            expect(await page.locator('h1').count()).toBe(1);
            expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
            expect(await page.title()).toContain('政务公开');

            // Landmarks: banner, main navigation, main, contentinfo.
            expect(await page.locator('header').count()).toBeGreaterThan(0);
            expect(await page.locator('main#main').count()).toBe(1);
            expect(await page.locator('footer').textContent()).toContain('主办：朝阳市人民政府办公室');
            expect(await page.locator('footer a', { hasText: '无障碍声明' }).count()).toBe(1);

            const navLinks = page.getByRole('navigation', { name: '栏目导航' }).getByRole('link');
            expect((await navLinks.allTextContents()).map((t) => t.trim())).toEqual(NAV);
            const current = page.locator('nav[aria-label="栏目导航"] a[aria-current="page"]');
            if (p.nav) expect((await current.textContent())?.trim()).toBe(p.nav);
            else expect(await current.count()).toBe(0);

            for (const text of p.empty ?? []) {
              await expect(page.getByText(text).isVisible()).resolves.toBe(true);
            }

            // Nothing wider than the screen (no sideways scrolling on a phone).
            const overflow = await horizontalOverflow(page);
            expect(overflow).toBeLessThanOrEqual(0);

            expect(await seriousViolations(page)).toEqual([]);

            await page.screenshot({
              path: screenshotPath(`portal-${p.slug}-${viewport}`),
              fullPage: true,
            });
            expect(problems.filter((m) => !m.endsWith('/no-such-page'))).toEqual([]);
          } finally {
            await context.close();
          }
        });
      }
    });
  }

  describe('light and reflowing', () => {
    it('reflows at 320 CSS pixels (a 1280-pixel screen at 400% zoom) without sideways scrolling', async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      try {
        const page = await context.newPage();
        for (const p of pages) {
          await page.goto(absoluteUrl(p.path), { waitUntil: 'networkidle' });
          await page.locator('main h1').waitFor();
          const overflow = await horizontalOverflow(page);
          expect(overflow, p.path).toBeLessThanOrEqual(0);
        }
      } finally {
        await context.close();
      }
    });

    it('stays small: few requests and a light script for a slow phone', async () => {
      const { context, page, problems } = await openPage(browser, 'phone');
      try {
        await page.goto(absoluteUrl('/'), { waitUntil: 'networkidle' });
        const resources = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => e as PerformanceResourceTiming)
            .map((e) => ({ name: e.name, type: e.initiatorType, size: e.decodedBodySize })),
        );
        const scripts = resources.filter((r) => r.type === 'script' || r.name.endsWith('.js'));
        const scriptBytes = scripts.reduce((sum, r) => sum + r.size, 0);
        // Uncompressed; about a third of this goes over the wire with gzip. The typed documents of
        // the public operations of the columns' lists are in the main bundle; those of 与民互动's,
        // 依申请公开's and the annual reports' own pages travel with those pages. The budget grew by 5,000
        // bytes with the 政府信息公开 column's annual reports list (system 6); bringing it back down is
        // part of the delivery work (precompressed, split per column).
        expect(scriptBytes).toBeLessThan(265_000);
        // No font or image from elsewhere; what is new on the front page (最新公开) is one data request.
        expect(resources.filter((r) => !r.name.startsWith(new URL(BASE_URL).origin))).toEqual([]);
        expect(resources.filter((r) => new URL(r.name).pathname === '/graphql')).toHaveLength(1);
        expect(resources.length).toBeLessThanOrEqual(7);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  describe('keyboard', () => {
    it('the first Tab shows the skip link; the main navigation follows and works with Enter', async () => {
      const { context, page } = await openPage(browser, 'desktop');
      try {
        await page.goto(absoluteUrl('/consultations'), { waitUntil: 'networkidle' });

        await page.keyboard.press('Tab');
        let f = await focused(page, '.skip-link');
        expect(f.text).toBe('跳到正文');
        // Visible on focus: inside the viewport and not clipped away.
        const box = await page.locator('.skip-link').boundingBox();
        expect(box).not.toBeNull();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.width).toBeGreaterThan(20);
        expect(box!.height).toBeGreaterThan(10);
        await page.screenshot({ path: screenshotPath('portal-keyboard-skip-link') });

        // Then the site name (home link), the site search (its box and its button) and the main
        // navigation, entry by entry.
        await page.keyboard.press('Tab');
        f = await focused(page, 'header');
        expect(f.inside).toBe(true);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('检索');
        const reached: string[] = [];
        for (let i = 0; i < NAV.length; i++) {
          await page.keyboard.press('Tab');
          f = await focused(page, 'nav[aria-label="栏目导航"]');
          expect(f.inside).toBe(true);
          reached.push(f.text);
        }
        expect(reached).toEqual(NAV);

        // The focused link is visibly marked (focus style differs from the resting style).
        const focusStyle = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const s = getComputedStyle(el);
          return { background: s.backgroundColor, shadow: s.boxShadow };
        });
        expect(focusStyle.background).toBe('rgb(255, 221, 0)');
        await page.screenshot({ path: screenshotPath('portal-keyboard-nav-focus') });

        // Shift+Tab back to “政府会议” and open it with Enter.
        for (let i = 0; i < NAV.length - NAV.indexOf('政府会议') - 1; i++) {
          await page.keyboard.press('Shift+Tab');
        }
        expect((await focused(page, 'nav')).text).toBe('政府会议');
        await page.keyboard.press('Enter');
        await page.waitForURL(absoluteUrl('/meetings'));
        await expect(page.locator('main h1').textContent()).resolves.toBe('政府会议');
        // The focus moves to the new page's heading, so that screen readers announce it.
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
        expect(await page.title()).toContain('政府会议');
      } finally {
        await context.close();
      }
    });

    it('the front page shows what is new, each with its date, and the headline figures', async () => {
      const { context, page, problems } = await openPage(browser, 'phone');
      try {
        await page.goto(absoluteUrl('/'), { waitUntil: 'networkidle' });
        const newest = await fetchGraphql<{
          publicDocuments: { items: { title: string; issueDate: string }[] };
          publicConsultations: { total: number };
        }>('{ publicDocuments(page:1, pageSize:5){ items { title issueDate } } publicConsultations(phase: OPEN, page:1, pageSize:5){ total } }');
        const documents = page.getByTestId('home-latest-documents');
        await documents.waitFor();
        expect(await documents.locator('li a').allTextContents()).toEqual(newest.publicDocuments.items.map((d) => d.title));
        // each document with its date, written as on a document
        expect(await documents.locator('li time').count()).toBe(newest.publicDocuments.items.length);
        // each open consultation with its closing date
        const open = page.getByTestId('home-latest-consultations').locator('li');
        for (const text of await open.allTextContents()) expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日截止/);
        const figures = await page.getByTestId('home-figures').locator('dd').allTextContents();
        expect(figures[0]).toBe(`${newest.publicConsultations.total}项`);
        expect(problems).toEqual([]);
        await page.screenshot({ path: screenshotPath('portal-home-latest-phone'), fullPage: true });
      } finally {
        await context.close();
      }
    });

    it('the skip link jumps over the header and navigation into the main content', async () => {
      const { context, page } = await openPage(browser, 'phone');
      try {
        await page.goto(absoluteUrl('/'), { waitUntil: 'networkidle' });
        // what is new has come (the main content's first link is its newest document)
        await page.getByTestId('home-latest-documents').locator('li a').first().waitFor();
        await page.keyboard.press('Tab');
        expect((await focused(page, '.skip-link')).text).toBe('跳到正文');
        await page.keyboard.press('Enter');
        const f = await focused(page, 'main');
        expect(f.inside).toBe(true);
        expect(f.id).toBe('main');

        // The next Tab lands on the first link of the main content (the newest document of 最新公开), not in the navigation.
        await page.keyboard.press('Tab');
        const next = await focused(page, 'main');
        expect(next.inside).toBe(true);
        expect(next.text).toBe(((await page.locator('main a').first().textContent()) ?? '').trim());
        expect(next.text).not.toBe('');
        await page.screenshot({ path: screenshotPath('portal-keyboard-main-phone') });
      } finally {
        await context.close();
      }
    });
  });
});
