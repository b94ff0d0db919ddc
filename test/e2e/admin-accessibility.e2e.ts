/**
 * Every page of every demo account's menu, as its user opens it, at desktop and at phone size: no
 * serious or critical axe violation (WCAG 2.1 AA and best practice), no raw code, id or English word
 * in the page (the UI speaks zh-CN), and nothing wider than a 390 px screen. The pages are reached
 * through the admin's own router, as a click in the menu does; a page that several accounts open is
 * checked with axe and at phone size once (by the first), and for words by every account (their data
 * differ).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  ADMIN_DESKTOP,
  ADMIN_PHONE,
  BASE_URL,
  horizontalOverflow,
  latinWords,
  launchChromium,
  screenshotPath,
  seriousViolations,
  settled,
  signIn,
} from './support.js';
import { ACCOUNT_PER_ROLE } from '../support/demo-accounts.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const ACCOUNTS = ACCOUNT_PER_ROLE;

/** Menu entries each demo account must see, and entries it must not. */
const EXPECTED: Record<string, { sees: string[]; not: string[] }> = {
  admin: { sees: ['home', 'units', 'users', 'account-requests', 'parameters', 'calendar', 'audit'], not: [] },
  leader: { sees: ['home', 'parameters', 'calendar', 'complaints'], not: ['units', 'audit', 'account-requests', 'complaint-new'] },
  gongkaiban: { sees: ['home', 'parameters', 'calendar'], not: ['units', 'audit', 'account-requests', 'complaints'] },
  mishuke: { sees: ['home', 'parameters', 'calendar'], not: ['units', 'audit', 'account-requests', 'users'] },
  wendianke: { sees: ['home', 'parameters'], not: ['units', 'audit', 'account-requests', 'users'] },
  egov: { sees: ['home', 'parameters'], not: ['units', 'audit', 'account-requests', 'users'] },
  tousu: { sees: ['home', 'parameters', 'complaints', 'complaint-new'], not: ['units', 'audit', 'account-requests', 'users'] },
  xueyuan: { sees: ['home', 'parameters'], not: ['units', 'audit', 'account-requests', 'users'] },
  pinggu: { sees: ['home', 'parameters'], not: ['units', 'audit', 'account-requests', 'users'] },
  dangxiao: { sees: ['home', 'parameters'], not: ['units', 'audit', 'account-requests', 'users'] },
  jianduyuan: { sees: ['home', 'parameters'], not: ['units', 'audit', 'account-requests', 'users'] },
  'jiaoyu.staff': { sees: ['home', 'users', 'parameters', 'complaints'], not: ['units', 'audit', 'account-requests', 'complaint-new'] },
  'jiaoyu.head': { sees: ['home', 'users', 'account-requests', 'parameters'], not: ['units', 'audit', 'complaints'] },
  'jiaoyu.gk': { sees: ['home', 'account-requests', 'complaints'], not: ['units', 'audit', 'complaint-new'] },
};

/**
 * Latin that belongs on a page, as data: sign-in names (the users, account requests and supervisors'
 * accounts, and a to-do that names one), the numbers given to citizens' requests (YS…) and cases (TS…).
 */
const USERNAMES = /\b[a-z][a-z0-9]*(?:\.[a-z0-9]+)*\b/g;
const REQUEST_NUMBERS = /\bYS\d{8}-[A-Z0-9]+\b/g;
const CASE_NUMBERS = /\bTS\d{8}-[A-Z0-9]+\b/g;
/** Evidence links of the evaluation, as the evaluators entered them. */
const LINKS = /https?:\/\/\S+/g;
const ALLOWED: Record<string, (string | RegExp)[]> = {
  '/': [REQUEST_NUMBERS, CASE_NUMBERS, USERNAMES],
  '/users': [USERNAMES],
  '/account-requests': [USERNAMES],
  '/supervisors': [USERNAMES],
  '/requests': [REQUEST_NUMBERS],
  '/complaints': [CASE_NUMBERS],
  // the names of the files imported (as their senders named them), and the formats and encodings an
  // import accepts, as the channels' exports name them
  '/complaints/imports': [/[\w.-]+\.(?:csv|xlsx|xls)\b/g, 'csv', 'xlsx', 'UTF', 'GBK'],
  '/evaluation/my': [LINKS],
};

/** The audit log shows, by design, the identifiers an auditor traces (marked as such): its words are checked around them. */
async function wordsOf(page: Page, path: string) {
  if (path === '/audit') await page.evaluate(() => document.querySelectorAll('main .gk-mono').forEach((e) => (e.textContent = '')));
  return latinWords(page, ALLOWED[path] ?? []);
}

/**
 * Pages already checked with axe, and at phone size, in this run: a page's markup and layout do not
 * change with its reader (its tables scroll inside themselves whatever their rows); its words do.
 */
const axeChecked = new Set<string>();
const phoneChecked = new Set<string>();

/** The route names of the menu's entries, and their addresses by the app's own router. */
async function menuPages(page: Page): Promise<{ name: string; path: string }[]> {
  const names = await page
    .getByTestId('menu')
    .locator('[data-testid^="menu-"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.testid!.slice('menu-'.length)));
  return page.evaluate((list) => {
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: any } } } }).__vue_app__;
    const router = app.config.globalProperties.$router;
    return [...new Set(list)].map((name) => ({ name, path: router.resolve({ name }).fullPath as string }));
  }, names);
}

/**
 * Counts the page's requests under way (the GraphQL client's fetches): a page has its data when none
 * has been for a few polls — sooner than 'networkidle', which waits half a second more on every page.
 */
function countFetches() {
  const w = window as unknown as { __inFlight?: number; fetch: typeof fetch };
  if (w.__inFlight !== undefined) return;
  w.__inFlight = 0;
  const original = w.fetch.bind(window);
  w.fetch = (...args: Parameters<typeof fetch>) => {
    w.__inFlight! += 1;
    return original(...args).finally(() => (w.__inFlight! -= 1));
  };
}
async function quiet(page: Page) {
  let calm = 0;
  await expect
    .poll(async () => (calm = (await page.evaluate(() => (window as unknown as { __inFlight: number }).__inFlight)) === 0 ? calm + 1 : 0), {
      interval: 30,
    })
    .toBeGreaterThanOrEqual(3);
}

/** Go to `path` as the menu does (no reload), and wait for the page's heading and data. */
async function visit(page: Page, path: string) {
  await page.evaluate(
    (to) =>
      (
        document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: any } } } }
      ).__vue_app__.config.globalProperties.$router.push(to),
    path,
  );
  await page.locator('main h1').first().waitFor();
  await quiet(page);
  await settled(page);
}

describe('every page of every menu, at desktop and phone size', () => {
  for (const user of ACCOUNTS) {
    it(
      user,
      async () => {
        const desktop = await signIn(browser, user);
        await desktop.context().addInitScript(countFetches);
        await desktop.evaluate(countFetches);
        await desktop.setViewportSize(ADMIN_DESKTOP);
        const phone = await desktop.context().newPage();
        await phone.setViewportSize(ADMIN_PHONE);
        await phone.goto(desktop.url());
        await phone.locator('main h1').first().waitFor();
        const pages = await menuPages(desktop);
        expect(pages.length).toBeGreaterThan(1);
        // the menu of the account's own workspace: what it must see, and what it must not
        const names = pages.map((p) => p.name);
        for (const name of EXPECTED[user]?.sees ?? []) expect(names, `${user} sees ${name}`).toContain(name);
        for (const name of EXPECTED[user]?.not ?? []) expect(names, `${user} does not see ${name}`).not.toContain(name);
        await desktop.screenshot({ path: screenshotPath(`admin-home-${user}`) });
        const problems: string[] = [];
        for (const { name, path } of pages) {
          await visit(desktop, path);
          if (!axeChecked.has(name)) {
            axeChecked.add(name);
            for (const v of await seriousViolations(desktop)) problems.push(`${path} axe: ${JSON.stringify(v)}`);
          }
          for (const w of await wordsOf(desktop, path)) problems.push(`${path} word: ${w}`);
          if (phoneChecked.has(name)) continue;
          phoneChecked.add(name);
          await visit(phone, path);
          const overflow = await horizontalOverflow(phone);
          if (overflow > 0) problems.push(`${path} phone overflow: ${overflow}px`);
        }
        expect(problems).toEqual([]);
        await desktop.context().close();
      },
      240_000,
    );
  }
});

describe('dialogs on a phone', () => {
  /** Opens the dialog at phone size; it must fit the screen, its labels above its fields, with no sideways scrolling and no serious axe violation. */
  async function dialogProblems(user: string, path: string, open: (page: Page) => Promise<unknown>, testid: string) {
    // a phone's page from the start (the menu starts folded on a narrow screen), in the signed-in session
    const signedIn = await signIn(browser, user);
    const page = await signedIn.context().newPage();
    await signedIn.close();
    await page.setViewportSize(ADMIN_PHONE);
    await page.addInitScript(countFetches);
    await page.goto(`${BASE_URL}/admin${path}`);
    await page.locator('main h1').first().waitFor();
    await quiet(page);
    await settled(page);
    await open(page);
    const dialog = page.getByTestId(testid);
    await dialog.waitFor();
    await settled(page);
    const box = (await dialog.boundingBox())!;
    const problems: string[] = [];
    if (box.x < 0 || box.x + box.width > ADMIN_PHONE.width) problems.push(`${testid}: ${box.x}–${box.x + box.width} of ${ADMIN_PHONE.width}px`);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) problems.push(`${testid} overflow: ${overflow}px`);
    const label = await dialog.locator('.el-form-item__label').first().boundingBox();
    const field = await dialog.locator('.el-form-item__content').first().boundingBox();
    if (label && field && field.y < label.y + label.height - 1) problems.push(`${testid}: the first label is not above its field`);
    for (const v of await seriousViolations(page)) problems.push(`${testid} axe: ${JSON.stringify(v)}`);
    await page.screenshot({ path: screenshotPath(`admin-phone-${testid}`) });
    await page.context().close();
    return problems;
  }

  it('a policy parameter’s new version, a supervisor’s registration and the password change fit a 390 px screen', async () => {
    const problems = [
      ...(await dialogProblems('admin', '/parameters', (p) => p.getByTestId('param-add-version-supervisors.count').click(), 'param-version-dialog')),
      ...(await dialogProblems('gongkaiban', '/supervisors', (p) => p.getByTestId('supervisor-create').click(), 'supervisor-dialog')),
      ...(await dialogProblems(
        'jiaoyu.head',
        '/',
        async (p) => {
          await p.getByTestId('user-menu').click();
          await p.getByTestId('change-password').click();
        },
        'change-password-dialog',
      )),
    ];
    expect(problems).toEqual([]);
  });
});
