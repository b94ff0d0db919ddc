/**
 * Security headers, end to end: the built portal, the built admin and the API answer with the
 * CSP and the rest of the headers, and pages (Element Plus forms, ECharts figures) work under
 * that CSP with no violation reported in the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { absoluteUrl, launchChromium, openMenu, signIn } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Collects CSP violations of a page: the browser's console reports and the DOM's events. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [...violations, ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[])];
}

describe('caching', () => {
  for (const [page, prefix] of [
    ['/', '/assets/'],
    ['/consultations', '/assets/'],
    ['/admin/', '/admin/assets/'],
  ] as const) {
    it(`${page} is revalidated on every visit; the files it names under ${prefix} (named by their content) are kept a year`, async () => {
      const res = await fetch(absoluteUrl(page), { headers: { accept: 'text/html' } });
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const scripts = [...(await res.text()).matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) {
        expect(src.startsWith(prefix)).toBe(true);
        const asset = await fetch(absoluteUrl(src));
        expect(asset.status).toBe(200);
        expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      }
    });
  }
});

describe('headers', () => {
  for (const path of ['/', '/consultations', '/admin/', '/healthz']) {
    it(`${path} carries the CSP, no framing and the rest`, async () => {
      const res = await fetch(absoluteUrl(path), { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    });
  }
});

describe('pages work under the CSP', () => {
  it('the portal: home, consultations, documents and evaluation results load with no violation', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    for (const path of ['/', '/consultations', '/documents', '/evaluation']) {
      await page.goto(absoluteUrl(path));
      await page.locator('h1').first().waitFor();
    }
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('the admin: sign-in, the Element Plus forms and the ECharts figures load with no violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const probe = await context.newPage();
    const early = await watchViolations(probe);
    await probe.goto(absoluteUrl('/admin/'));
    await probe.getByTestId('login-username').waitFor();
    expect(await early()).toEqual([]);
    await context.close();

    const page = await signIn(browser, 'mishuke');
    const violations = await watchViolations(page);
    await page.reload();
    await page.getByTestId('menu').waitFor();
    await openMenu(page, 'consultation-dashboard');
    for (const card of ['dash-by-state', 'dash-opinions']) await page.getByTestId(card).locator('canvas').first().waitFor();
    await openMenu(page, 'parameters');
    await page.locator('.el-table').first().waitFor();
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});
