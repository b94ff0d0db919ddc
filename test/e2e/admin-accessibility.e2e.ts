/**
 * Every page of every demo account's menu, as its user opens it, at desktop and at phone size: no
 * serious or critical axe violation (WCAG 2.1 AA and best practice), no raw code, id or English word
 * in the page (the UI speaks zh-CN), and nothing wider than a 390 px screen. The pages are reached
 * through the admin's own router, as a click in the menu does; a page that several accounts open is
 * checked with axe and at phone size once (by the first), and for words by every account (their data
 * differ). Then the same for the page of one record of each kind reached from those pages (a
 * document, a topic, a request, a case, a meeting…): the first link to it, or the first button that
 * opens it (an edit, a review), followed from page to page; a kind once, by the first account that
 * reaches it (a record's page shows that record's data, whoever reads it).
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
/** Mailboxes a topic's text gives for opinions, as its author wrote them. */
const MAILBOXES = /[\w.-]+@[\w-]+(?:\.[\w-]+)+/g;
/** The names of the files imported (as their senders named them). */
const FILE_NAMES = /[\w.-]+\.(?:csv|xlsx|xls)\b/g;
/** Unified social credit codes (统一社会信用代码) of organisations applying, as they gave them: 18 digits and capitals. */
const CREDIT_CODES = /\b[0-9A-Z]{18}\b/g;
/** By a menu page's path, or by the route name of a record's page. */
const ALLOWED: Record<string, (string | RegExp)[]> = {
  '/': [REQUEST_NUMBERS, CASE_NUMBERS, USERNAMES],
  '/users': [USERNAMES],
  '/account-requests': [USERNAMES],
  '/supervisors': [USERNAMES],
  '/requests': [REQUEST_NUMBERS, CREDIT_CODES],
  '/complaints': [CASE_NUMBERS],
  // the names of the files imported (as their senders named them), and the formats and encodings an
  // import accepts, as the channels' exports name them
  '/complaints/imports': [FILE_NAMES, 'csv', 'xlsx', 'UTF', 'GBK'],
  '/evaluation/my': [LINKS],
  'account-request': [USERNAMES],
  request: [REQUEST_NUMBERS, CREDIT_CODES],
  complaint: [CASE_NUMBERS],
  'complaint-import': [FILE_NAMES, CASE_NUMBERS],
  'evaluation-sheet': [LINKS],
  consultation: [MAILBOXES],
};

/**
 * The Latin words of a menu page (by its path) or a record's page (by its route name). The audit log
 * shows, by design, the identifiers an auditor traces (marked as such): its words are checked around them.
 */
async function wordsOf(page: Page, key: string) {
  if (key === '/audit') await page.evaluate(() => document.querySelectorAll('main .gk-mono').forEach((e) => (e.textContent = '')));
  return latinWords(page, ALLOWED[key] ?? []);
}

/**
 * Pages already checked with axe, and at phone size, in this run: a page's markup and layout do not
 * change with its reader (its tables scroll inside themselves whatever their rows); its words do.
 */
const axeChecked = new Set<string>();
const phoneChecked = new Set<string>();
/** Kinds of record whose page has been checked in this run. */
const recordsChecked = new Set<string>();

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
 * The buttons that open a record's own page (an action, not a link: the record's edit form, its
 * review, a proposal for an agenda item), by their test id's prefix, the record's id after it.
 */
const OPENING_BUTTONS = [
  { testid: 'doc-edit-', name: 'document-edit', param: 'id' },
  { testid: 'doc-review-', name: 'document-review', param: 'id' },
  { testid: 'topic-edit-', name: 'consultation-edit', param: 'id' },
  { testid: 'agenda-propose-', name: 'attendance-proposal-new', param: 'agendaItemId' },
];

/**
 * The pages of one record that the page in view leads to (routes with a parameter): the first link
 * in the page to each, and the first of the buttons above; by route name, with their addresses.
 */
async function recordPages(page: Page): Promise<{ name: string; path: string }[]> {
  return page.evaluate((buttons) => {
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: any } } } }).__vue_app__;
    const router = app.config.globalProperties.$router;
    const base: string = router.options.history.base;
    const found = new Map<string, string>();
    const add = (route: any) => {
      const record = route.matched[route.matched.length - 1];
      if (!record || route.name === 'not-found' || !record.path.includes(':') || found.has(route.name)) return;
      found.set(route.name, route.fullPath);
    };
    for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
      const url = new URL(a.href, location.href);
      if (url.origin === location.origin && url.pathname.startsWith(`${base}/`)) add(router.resolve(url.pathname.slice(base.length) + url.search));
    }
    for (const { testid, name, param } of buttons) {
      const button = document.querySelector<HTMLElement>(`main [data-testid^="${testid}"]`);
      if (button) add(router.resolve({ name, params: { [param]: button.dataset.testid!.slice(testid.length) } }));
    }
    return [...found].map(([name, path]) => ({ name, path }));
  }, OPENING_BUTTONS);
}

/** The name of the route in view (a menu page may go on to one of its records, e.g. the round being scored). */
function currentRoute(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: any } } } }).__vue_app__.config
        .globalProperties.$router.currentRoute.value.name as string,
  );
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
        // the records' pages the account's pages lead to, by route name: one of each, in the order found
        const records = new Map<string, string>();
        const seen = new Set<string>(names);
        const leadsTo = async () => {
          for (const r of await recordPages(desktop)) if (!seen.has(r.name) && !records.has(r.name)) records.set(r.name, r.path);
        };
        for (const { name, path } of pages) {
          await visit(desktop, path);
          seen.add(await currentRoute(desktop));
          await leadsTo();
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
        // one record of each kind, and the records its page leads to in turn
        for (const [name, path] of records) {
          seen.add(name);
          if (recordsChecked.has(name)) continue;
          recordsChecked.add(name);
          await visit(desktop, path);
          await leadsTo();
          if (!axeChecked.has(name)) {
            axeChecked.add(name);
            for (const v of await seriousViolations(desktop)) problems.push(`${path} (${name}) axe: ${JSON.stringify(v)}`);
            await desktop.screenshot({ path: screenshotPath(`admin-record-${name}`) });
          }
          for (const w of await wordsOf(desktop, name)) problems.push(`${path} (${name}) word: ${w}`);
          if (phoneChecked.has(name)) continue;
          phoneChecked.add(name);
          await visit(phone, path);
          const overflow = await horizontalOverflow(phone);
          if (overflow > 0) problems.push(`${path} (${name}) phone overflow: ${overflow}px`);
          await phone.screenshot({ path: screenshotPath(`admin-record-${name}-phone`) });
        }
        expect(problems).toEqual([]);
        await desktop.context().close();
      },
      300_000,
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
