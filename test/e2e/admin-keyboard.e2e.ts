/**
 * The admin by keyboard alone, as a user who cannot use a mouse works: signing in, skipping past the
 * menu to the page, following a to-do, opening a page from the menu, and drafting a document to its
 * save — every step by Tab, the arrow keys, Enter and typing. A step whose control cannot be reached
 * by Tab within a page's worth of stops fails, naming it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD, launchChromium, newContext, screenshotPath, settled } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** What has the focus: its own test id or its nearest ancestor's, its text, and whether it is inside `main`. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      testid: (el?.closest('[data-testid]') as HTMLElement | null)?.dataset.testid ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 40),
      tag: el?.tagName.toLowerCase() ?? '',
      inMain: !!el?.closest('main'),
    };
  });

/** Presses Tab until the focus is on what `wanted` says (at most `stops` times); fails naming `what` otherwise. */
async function tabTo(page: Page, what: string, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, stops = 60) {
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return;
  }
  throw new Error(`${what}: not reached by ${stops} presses of Tab (the focus is on ${JSON.stringify(await focused(page))})`);
}

describe('the admin by keyboard', () => {
  it('signs in, skips to the page, follows a to-do, opens a page from the menu and drafts a document', async () => {
    const context = await newContext(browser, { viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    try {
      await page.goto(`${BASE_URL}/admin/`);
      await page.getByTestId('login-username').waitFor();
      // the user name field has the focus as the page opens
      expect((await focused(page)).testid).toBe('login-username');
      await page.keyboard.type('jiaoyu.staff');
      await tabTo(page, 'the password', (f) => f.testid === 'login-password');
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByTestId('menu').waitFor();
      await page.getByTestId('todo-list').waitFor();
      await settled(page);

      // the first stop is the skip link, which moves the focus into the page
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ testid: 'skip-to-main', text: '跳到主要内容' });
      await page.screenshot({ path: screenshotPath('admin-keyboard-skip-link') });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('main');

      // from there, the first to-do of the list is a few stops away; Enter follows it
      await tabTo(page, 'a to-do', (f) => f.inMain && f.testid.startsWith('todo-') && f.tag === 'a');
      const before = page.url();
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.toString() !== before);
      await page.locator('main h1').first().waitFor();

      // the menu: reached by Tab from the top of the page, walked with the arrow keys, opened with Enter
      await page.goto(`${BASE_URL}/admin/`);
      await page.getByTestId('todo-list').waitFor();
      await tabTo(page, 'the menu', (f) => f.testid.startsWith('menu-') || f.testid.startsWith('menugroup-'));
      let onDocuments = false;
      for (let i = 0; i < 30 && !onDocuments; i++) {
        const f = await focused(page);
        if (f.testid === 'menu-documents') onDocuments = true;
        else {
          // a closed group opens with Enter; otherwise the next item
          if (f.testid.startsWith('menugroup-') && !(await page.getByTestId(f.testid).evaluate((e) => e.classList.contains('is-opened'))))
            await page.keyboard.press('Enter');
          else await page.keyboard.press('ArrowDown');
        }
      }
      expect(onDocuments, 'the menu entry 政策文件 by the arrow keys').toBe(true);
      await page.keyboard.press('Enter');
      await page.getByTestId('doc-table').waitFor();
      await settled(page);

      // a new document: the button, the title, the save — by Tab, typing and Enter
      await tabTo(page, 'the button 新建文件', (f) => f.testid === 'doc-create');
      await page.keyboard.press('Enter');
      await page.getByTestId('doc-form').waitFor();
      await settled(page);
      await tabTo(page, 'the title', (f) => f.testid === 'doc-title' && f.tag === 'input');
      await page.keyboard.type('关于键盘操作测试的通知');
      await tabTo(page, 'the button 保存草稿', (f) => f.testid === 'doc-save', 80);
      await page.keyboard.press('Enter');
      await page.getByText('草稿已保存').waitFor();
      await page.screenshot({ path: screenshotPath('admin-keyboard-saved') });
    } finally {
      await context.close();
    }
  }, 120_000);
});
