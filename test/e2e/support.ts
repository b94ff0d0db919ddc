/**
 * Helpers shared by the end-to-end files: the server's address, Debian's Chromium, screenshots,
 * the admin SPA's sign-in and Element Plus boxes, and the portal's viewports, recorded pages,
 * axe-core check and public GraphQL calls.
 *
 * Needs E2E_BASE_URL and E2E_LATER_URL (set by global-setup.ts: the server with both SPAs built and
 * fresh demo data, and a second one on the same database whose clock runs ahead).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type PageScreenshotOptions } from 'playwright-core';
import axe from 'axe-core';
import { CHROMIUM } from './global-setup.js';

// ——— the server ———

/** The running server's base address, e.g. http://127.0.0.1:4000. */
export const BASE_URL = process.env.E2E_BASE_URL ?? '';
if (!BASE_URL) throw new Error('E2E_BASE_URL is not set: start the server and give its base URL');

/**
 * The second server process on the same database, its clock LATER_DAYS ahead (global-setup.ts):
 * where a story goes on after a consultation window has closed.
 */
export const LATER_URL = process.env.E2E_LATER_URL ?? '';
if (!LATER_URL) throw new Error('E2E_LATER_URL is not set: start the later server and give its base URL');
export { LATER_DAYS } from './global-setup.js';

/** An absolute address on the server for a path such as `/documents?page=2`. */
export const absoluteUrl = (p: string) => new URL(p, BASE_URL).toString();

/** The password of every demo account. */
export const DEMO_PASSWORD = 'Gongkai@2026';

/** Distinguishes this run's records from those of earlier runs against the same database. */
export const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
/**
 * The same in digits, for what is published on the portal (a case's title, say): the portal's pages
 * are checked for Latin words, and a number is not one.
 */
export const RUN_NO = `${Date.now() % 1e9}${Math.floor(Math.random() * 100)}`;

/**
 * Takes out of a page's text the marks of this and the other e2e files' runs (each file has its own
 * RUN: a record of one, a training's title say, shows on another's page): a base-36 time of the last
 * few days followed by one or two characters.
 */
function withoutRunMarks(text: string): string {
  const now = Date.now();
  return text.replace(/[0-9a-z]{9,10}/g, (mark) => {
    const at = parseInt(mark.slice(0, 8), 36);
    return Math.abs(now - at) < 7 * 86_400_000 ? '' : mark;
  });
}

/** A GraphQL call over plain HTTP (no browser), anonymous unless a session cookie is given. */
export async function fetchGraphql<T>(query: string, variables: Record<string, unknown> = {}, cookie = ''): Promise<T> {
  const response = await fetch(absoluteUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

// ——— the browser ———

/** Debian's Chromium (CHROMIUM_PATH, /usr/bin/chromium by default), quiet and sandbox-free for CI. */
export const CHROMIUM_PATH = CHROMIUM;
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Launches Chromium headless; the caller closes it (afterAll). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

// ——— screenshots ———

/** Where screenshots go: test-results/screenshots under the repository root (created on import). */
export const SCREENSHOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results/screenshots');
mkdirSync(SCREENSHOT_DIR, { recursive: true });

/** The file of the screenshot called `name` (without `.png`). */
export const screenshotPath = (name: string) => path.join(SCREENSHOT_DIR, `${name}.png`);

/** A `shot(page, name)` that saves `<prefix>-<name>.png` with the given screenshot options. */
export function screenshotter(prefix: string, options: Omit<PageScreenshotOptions, 'path'> = {}) {
  return (page: Page, name: string) => page.screenshot({ ...options, path: screenshotPath(`${prefix}-${name}`) });
}

// ——— the admin SPA ———

/**
 * Transitions and animations run in no time: Vue's transitions then end at once (a dialog opens, a
 * toast goes, a select's list closes without fading), so the steps wait on the work and not on the
 * eye candy, and a page is never checked mid-fade.
 */
const NO_MOTION = `*, *::before, *::after { transition-duration: 0s !important; transition-delay: 0s !important; animation-duration: 0s !important; animation-delay: 0s !important; }`;

/** A new context of the browser, in Beijing time as the users are, with no motion (NO_MOTION). */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  await context.addInitScript((css) => {
    const add = () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    };
    if (document.head) add();
    else document.addEventListener('DOMContentLoaded', add, { once: true });
  }, NO_MOTION);
  return context;
}

/** A fresh desktop context (in Beijing time, as the users are) signed in to the admin SPA of the server at `base` through its login form; waits for the menu. */
export async function signIn(browser: Browser, username: string, password = DEMO_PASSWORD, base = BASE_URL): Promise<Page> {
  const context = await newContext(browser, { viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${base}/admin/`);
  await page.getByTestId('login-username').locator('input').fill(username);
  await page.getByTestId('login-password').locator('input').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('menu').waitFor();
  return page;
}

/** Opens the admin menu entry `menu-<name>`. */
export async function openMenu(page: Page, name: string) {
  await page.getByTestId('menu').getByTestId(`menu-${name}`).click();
}

/** Answers the confirmation box (Element Plus ElMessageBox) with its confirm button. */
export async function confirmMessageBox(page: Page) {
  const box = page.locator('.el-message-box');
  await box.waitFor();
  await box.getByRole('button', { name: '确定', exact: true }).click();
  await box.waitFor({ state: 'hidden' });
}

/** A local date in Asia/Shanghai, `days` from today (by the wall clock). */
export function dayFromToday(days: number): string {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = fmt.format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Opens the Element Plus select `select` (its root, e.g. by data-testid) and clicks the option whose text
 * is `text` in that select's own list (the combobox's aria-controls): another select's list, still
 * fading out after its choice, is never taken for it.
 */
export async function chooseOption(select: Locator, text: string, { exact = false }: { exact?: boolean } = {}) {
  const page = select.page();
  const listId = await select.locator('[role="combobox"]').first().getAttribute('aria-controls');
  const list = page.locator(`[id="${listId}"]`);
  for (let attempt = 0; ; attempt++) {
    await select.click();
    const option = list.getByRole('option', { name: text, exact });
    try {
      await option.first().waitFor({ timeout: 5_000 });
    } catch (e) {
      // the click landed while the page re-rendered the select (its list never opened): once more
      if (attempt >= 2) throw e;
      continue;
    }
    await option.first().click();
    await list.waitFor({ state: 'hidden' });
    return;
  }
}

/** Types a date (YYYY-MM-DD) into the Element Plus date picker inside `item`. */
export async function setDate(item: Locator, value: string) {
  const input = item.locator('input').first();
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** The trimmed text of an element ('' when it has none). */
export const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();

/** On a topic's opinions tab: answers the opinion whose row shows `content` (reasonable or not, adoption, reply) and waits for the reply in its row. */
export async function answerOpinion(
  page: Page,
  content: string,
  answer: { reasonable: boolean; adoption?: 'ADOPTED' | 'PARTLY_ADOPTED' | 'NOT_ADOPTED'; reply: string },
) {
  const row = page.getByTestId('opinion-table').locator('tbody tr', { hasText: content }).first();
  await row.locator('[data-testid^="opinion-answer-"]').click();
  const dialog = page.getByTestId('opinion-answer-dialog');
  await dialog.waitFor();
  await dialog.getByTestId(answer.reasonable ? 'opinion-reasonable-yes' : 'opinion-reasonable-no').click();
  if (answer.adoption) await dialog.getByTestId(`opinion-adoption-${answer.adoption}`).click();
  await dialog.getByTestId('opinion-reply').locator('textarea').fill(answer.reply);
  await dialog.getByTestId('opinion-answer-confirm').click();
  await dialog.waitFor({ state: 'hidden' });
  await row.getByText(answer.reply).waitFor();
}

// ——— the portal ———

/** The portal's two sizes: a desktop screen and a phone. */
export const PORTAL_VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
} as const;
export type PortalViewport = keyof typeof PORTAL_VIEWPORTS;
export const PORTAL_VIEWPORT_NAMES = Object.keys(PORTAL_VIEWPORTS) as PortalViewport[];

/** A fresh context and page at a portal size that records script errors and failed requests. */
export async function openPage(browser: Browser, viewport: PortalViewport) {
  const context = await newContext(browser, { ...PORTAL_VIEWPORTS[viewport] });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, problems };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The serious or critical axe-core violations (WCAG 2.1 A/AA and best practice) on the page. axe-core
 * runs in the page itself, injected once per document and asked for violations only: the pages have
 * no frames to gather results across, and the builder's way (a fresh page for each check, every
 * passing node serialised) took several times as long for the same findings.
 */
export async function seriousViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
      html: v.nodes.map((n) => `${n.html.slice(0, 160)} ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`),
    }));
}

/** How many CSS pixels the page is wider than the screen (≤ 0: no sideways scrolling). */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Waits until the page has its data: its heading is the given text and nothing is loading; returns the heading. */
export async function heading(page: Page, text: string) {
  await page.locator('main h1', { hasText: text }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  return (await page.locator('main h1').textContent())?.trim();
}

/** Titles of the items (documents, topics) the list shows. */
export async function listedTitles(page: Page) {
  // the annual reports listed beside a column's documents are not among them
  return (await page.locator('main .doc-item__title:not([data-testid="annual-report-list"] .doc-item__title)').allTextContents()).map((t) =>
    t.trim(),
  );
}

// ——— third-party evaluation, prepared through the API ———

/** A session cookie of a demo account, signed in over plain HTTP (of the server at `base`). */
export async function sessionOf(username: string, base = BASE_URL): Promise<string> {
  const response = await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u:String!,$p:String!){ login(username:$u, password:$p){ user { id } } }',
      variables: { u: username, p: DEMO_PASSWORD },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gk_session='));
  if (!cookie) throw new Error(`cannot sign in as ${username}`);
  return cookie.split(';')[0];
}

export interface PreparedRound {
  roundId: string;
  responseIndicatorId: string;
  academy: string;
}

/**
 * A round of `year` (one the demo does not use) on an indicator system whose 回应社会关切 is assessed
 * by questionnaire, signed off by the academy and the Disclosure Office, with `units` evaluated;
 * started (an evaluator assigned) when asked. Other tests may have sent this year's demo round to
 * the units already, which closes its questionnaire: these rounds are the test's own.
 */
export async function prepareEvaluationRound(year: number, units: string[], { start }: { start: boolean }): Promise<PreparedRound> {
  const academy = await sessionOf('xueyuan');
  const office = await sessionOf('gongkaiban');
  const step = (name: string) => `mutation($id:ID!,$v:Int!){ ${name}(id:$id, version:$v){ id version } }`;
  const { createIndicatorSystem: system } = await fetchGraphql<any>(
    'mutation($y:Int!){ createIndicatorSystem(input:{ year:$y, title:"问卷测试指标体系" }){ id version indicators { id dimension name maxScore } } }',
    { y: year },
    academy,
  );
  const tree = system.indicators.map((i: any) => ({
    key: i.id,
    parentKey: null,
    dimension: i.dimension,
    name: i.name,
    maxScore: i.maxScore,
    methods: i.dimension === 'RESPONSE' ? ['QUESTIONNAIRE'] : ['DOCUMENT_REVIEW'],
  }));
  const { saveIndicatorTree: saved } = await fetchGraphql<any>(
    'mutation($id:ID!,$v:Int!,$t:[IndicatorNodeInput!]!){ saveIndicatorTree(id:$id, version:$v, input:{ title:"问卷测试指标体系", fullScore:100, bands:{ excellent:0.9, good:0.8, pass:0.6 }, indicators:$t }){ id version indicators { id dimension } } }',
    { id: system.id, v: system.version, t: tree },
    academy,
  );
  const a = (await fetchGraphql<any>(step('signOffIndicatorSystem'), { id: system.id, v: saved.version }, academy)).signOffIndicatorSystem;
  await fetchGraphql(step('signOffIndicatorSystem'), { id: system.id, v: a.version }, office);
  const { createEvaluationRound: round } = await fetchGraphql<any>(
    'mutation($s:ID!,$y:Int!,$a:String!,$b:String!){ createEvaluationRound(input:{ year:$y, title:"问卷测试评估", systemId:$s, periodStart:$a, periodEnd:$b }){ id } }',
    { s: system.id, y: year, a: `${year}-01-01`, b: `${year}-12-31` },
    academy,
  );
  await fetchGraphql('mutation($id:ID!,$u:[ID!]!){ setRoundUnits(id:$id, unitIds:$u){ id } }', { id: round.id, u: units }, academy);
  if (start) {
    const { users } = await fetchGraphql<any>('{ users(filter:{ role: ACADEMY_EVALUATOR }, pageSize: 10){ items { id } } }', {}, academy);
    await fetchGraphql(
      'mutation($r:ID!,$e:ID!){ assignEvaluator(roundId:$r, input:{ evaluatorId:$e, dimension: POWER }){ id } }',
      { r: round.id, e: users.items[0].id },
      academy,
    );
    const { evaluationRound } = await fetchGraphql<any>('query($id:ID!){ evaluationRound(id:$id){ version } }', { id: round.id }, academy);
    await fetchGraphql(step('startEvaluationRound'), { id: round.id, v: evaluationRound.version }, academy);
  }
  return { roundId: round.id, responseIndicatorId: saved.indicators.find((i: any) => i.dimension === 'RESPONSE').id, academy };
}

/** The round's questionnaire with three questions on 回应社会关切, published for the given window. */
export async function publishQuestionnaireByApi(r: PreparedRound, title: string, opensOn: string, closesOn: string): Promise<string> {
  const { saveQuestionnaire: q } = await fetchGraphql<any>(
    'mutation($r:ID!,$i:QuestionnaireInput!){ saveQuestionnaire(roundId:$r, input:$i){ id version } }',
    {
      r: r.roundId,
      i: {
        title,
        opensOn,
        closesOn,
        minResponses: 1,
        questions: ['信息好找吗？', '解读清楚吗？', '回应及时吗？'].map((text) => ({ text, indicatorId: r.responseIndicatorId })),
      },
    },
    r.academy,
  );
  await fetchGraphql('mutation($id:ID!,$v:Int!){ publishQuestionnaire(id:$id, version:$v){ id } }', { id: q.id, v: q.version }, r.academy);
  return q.id;
}

// ——— the admin SPA's pages, checked alike ———

export const ADMIN_DESKTOP = { width: 1366, height: 900 };
export const ADMIN_PHONE = { width: 390, height: 844 };

/** Waits until no loading mask is visible and what fades or zooms in (tags, dialogs) has arrived. */
export async function settled(page: Page) {
  await page.waitForFunction(() => [...document.querySelectorAll('.el-loading-mask')].every((m) => (m as HTMLElement).offsetParent === null));
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .every((a) => a.playState !== 'running'),
  );
}

/** Latin words in the page's main area, after taking out what is meant to be there (`allowed`: numbers, file names…). */
export async function latinWords(page: Page, allowed: readonly (string | RegExp)[] = []): Promise<string[]> {
  let text = withoutRunMarks((await page.locator('main').innerText()).replaceAll(RUN_NO, ''));
  for (const a of allowed)
    text = typeof a === 'string' ? text.replaceAll(a, '') : text.replace(new RegExp(a.source, a.flags.includes('g') ? a.flags : `${a.flags}g`), '');
  return text.match(/[A-Za-z_]{2,}/g) ?? [];
}

/**
 * An admin page's checks: no serious or critical axe violation, no Latin word but the allowed ones,
 * a screenshot at desktop size; then the same address opened afresh at phone size in a second tab of
 * the session (the menu starts folded on a narrow screen), with no horizontal overflow. The page
 * itself stays as it was, at desktop size. `ready`: what shows the phone tab has its data (the page's
 * heading by default). Returns the problems found (empty when none), so that the caller's expect names
 * the page.
 */
export async function adminPageProblems(
  page: Page,
  shot: (page: Page, name: string) => Promise<unknown>,
  name: string,
  allowed: readonly (string | RegExp)[] = [],
  ready = 'main h1',
): Promise<string[]> {
  const problems: string[] = [];
  const look = async (p: Page, size: string) => {
    // no motion (NO_MOTION): a toast still showing is checked as it is read, at full opacity
    await settled(p);
    for (const v of await seriousViolations(p)) problems.push(`${size} axe: ${JSON.stringify(v)}`);
    for (const w of await latinWords(p, allowed)) problems.push(`${size} word: ${w}`);
  };
  await page.setViewportSize(ADMIN_DESKTOP);
  await look(page, 'desktop');
  await shot(page, `${name}-desktop`);
  const phone = await page.context().newPage();
  try {
    await phone.setViewportSize(ADMIN_PHONE);
    await phone.goto(page.url());
    await phone.locator(ready).first().waitFor();
    await look(phone, 'phone');
    const overflow = await horizontalOverflow(phone);
    if (overflow > 0) problems.push(`phone overflow: ${overflow}px`);
    await shot(phone, `${name}-phone`);
  } finally {
    await phone.close();
  }
  return problems;
}
