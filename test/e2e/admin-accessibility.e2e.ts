/**
 * The admin's lists and dashboards as their daily users open them, checked with axe (no serious or
 * critical violation): the filter bars' selects and the pagination's page size carry names, the
 * calendar's days read as their date, the unread mark is an image with its name. Each role opens the
 * pages of its menu that are not checked in a flow of their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchChromium, seriousViolations, settled, signIn } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const PAGES: Record<string, string[]> = {
  gongkaiban: [
    'documents',
    'consultations',
    'supervisors',
    'supervisors/feedback',
    'review',
    'requests/statistics',
    'annual-reports',
    'evaluation/results',
  ],
  'jiaoyu.staff': ['', 'documents', 'consultations', 'requests', 'training/mine', 'my-scorecard'],
  admin: ['users', 'units', 'parameters', 'calendar', 'audit', 'account-requests'],
};

describe('the admin’s lists read with assistive technology', () => {
  for (const [user, pages] of Object.entries(PAGES)) {
    it(`${user}: ${pages.map((p) => `/${p}`).join(' ')}`, async () => {
      const page = await signIn(browser, user);
      const found: string[] = [];
      for (const p of pages) {
        await page.goto(`${BASE_URL}/admin/${p}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        await settled(page);
        for (const v of await seriousViolations(page)) found.push(`/${p}: ${JSON.stringify(v)}`);
      }
      expect(found).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});
