/**
 * Public portal, 与民互动, what is published: the column lists the published statistics periods and
 * the latest published cases; the statistics page of a period, at phone and desktop sizes, shows the
 * headline figures of the published total row (computed here from the same GraphQL answer), each
 * with its definition, the breakdowns by unit, kind and channel (cards on a phone, tables on a
 * desktop, no sideways scrolling), charts with their text alternative, the rule of 办结自动评价 and
 * the dates; the period switcher moves between published periods; the CSV and JSON links download
 * files whose totals are the page's. 办理情况公开 lists closed cases published with consent, paged,
 * with no complainant's name or phone number. Every page: no serious or critical axe-core violation,
 * no English word or raw code on screen.
 *
 * Needs E2E_BASE_URL (the server with both SPAs built and fresh demo data, whose last two ended
 * months are published).
 * Screenshots go to test-results/screenshots/portal-complaints-statistics-*.png under the repository root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  absoluteUrl,
  fetchGraphql,
  heading,
  horizontalOverflow,
  latinWords,
  launchChromium,
  openPage,
  PORTAL_VIEWPORT_NAMES,
  RUN,
  RUN_NO,
  screenshotter,
  seriousViolations,
  sessionOf,
} from './support.js';

interface Row {
  key: string | null;
  label: string;
  total: boolean;
  received: number;
  accepted: number;
  due: number;
  replied: number;
  onTime: number;
  closed: number;
  rated: number;
  unrated: number;
  satisfied: number;
  reopened: number;
  replyRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  reopenRate: number | null;
  averageScore: number | null;
}
interface Release {
  periodKey: string;
  periodLabel: string;
  publishedAt: string;
  asOf: string;
  csvUrl: string;
  jsonUrl: string;
  byUnit: Row[];
  byKind: Row[];
  byChannel: Row[];
  definitions: { key: string; label: string; definition: string }[];
  rule: { version: number; description: string };
}
interface Summary {
  id: string;
  title: string;
  content: string;
  reply: string | null;
}

const ROW =
  'key label total received accepted due replied onTime closed rated unrated satisfied reopened replyRate onTimeRate satisfactionRate reopenRate averageScore';
const RELEASE = `periodKey periodLabel publishedAt asOf csvUrl jsonUrl byUnit { ${ROW} } byKind { ${ROW} } byChannel { ${ROW} } definitions { key label definition } rule { version description }`;

/** The figures of the headline cards, in order. */
const HEADLINE = ['accepted', 'replyRate', 'onTimeRate', 'satisfactionRate', 'reopenRate', 'averageScore'] as const;
/** The figures of every row of the breakdowns. */
const FIGURES = ['received', ...HEADLINE] as const;

/** A figure as the page must show it: a rate with one decimal and “%”, the score with one decimal, “—” without a denominator. */
function expected(row: Row, figure: (typeof FIGURES)[number]): string {
  const v = row[figure];
  if (v === null) return '—';
  if (figure === 'averageScore') return (Math.round(v * 10) / 10).toFixed(1);
  if (figure.endsWith('Rate')) return `${(Math.round(v * 1000) / 10).toFixed(1)}%`;
  return String(v);
}

/** "2026-11-07" → "2026年11月7日" */
const chineseDate = (d: string) => d.replace(/^(\d{4})-(\d{2})-(\d{2}).*$/, (_, y, m, day) => `${y}年${Number(m)}月${Number(day)}日`);
const beijingDay = (instant: string) => new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const PHONE = '13904218765';
const NAME = '郑晓梅';
const TITLE = `小区门口共享单车乱停放（${RUN_NO}）`;
const CONTENT = `东湖小区北门外每天早上共享单车堆满人行道，老人和孩子通行困难，请督促企业及时清理。联系电话${PHONE}。`;
const REPLY = '已约谈运营企业，在北门外划定停放区并安排专人每天早晚清理。';

let browser: Browser;
let releases: Release[];

beforeAll(async () => {
  const list = await fetchGraphql<{ publicCaseStatisticsReleases: { periodKey: string }[] }>('{ publicCaseStatisticsReleases { periodKey } }');
  releases = [];
  for (const { periodKey } of list.publicCaseStatisticsReleases) {
    const { publicCaseStatistics } = await fetchGraphql<{ publicCaseStatistics: Release }>(
      `query($k: String!) { publicCaseStatistics(periodKey: $k) { ${RELEASE} } }`,
      { k: periodKey },
    );
    releases.push(publicCaseStatistics);
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const shot = screenshotter('portal-complaints-statistics', { fullPage: true });

/** Letters on the page's main area other than the names of the two file formats (and the runs' marks). */
const foreignWords = (page: Page) => latinWords(page, ['CSV', 'JSON']);

async function pageChecks(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await foreignWords(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

/** The headline cards as shown: figure → value text. */
async function headline(page: Page) {
  const shown: Record<string, string> = {};
  for (const f of HEADLINE) {
    shown[f] = ((await page.locator(`[data-testid="stat-headline"] [data-figure="${f}"] [data-testid="stat-value"]`).textContent()) ?? '').trim();
  }
  return shown;
}

/** Checks the headline, the definitions, the dates, the rule and the visible breakdowns against the release. */
async function checkRelease(page: Page, release: Release, viewport: string) {
  const total = release.byUnit.find((r) => r.total)!;
  expect(total).toBeDefined();
  expect(await headline(page)).toEqual(Object.fromEntries(HEADLINE.map((f) => [f, expected(total, f)])));

  // Each card has its label and its definition next to it, as published.
  const defs = new Map(release.definitions.map((d) => [d.key, d]));
  for (const f of HEADLINE) {
    const card = page.locator(`[data-testid="stat-headline"] [data-figure="${f}"]`);
    const text = await card.innerText();
    expect(text).toContain(defs.get(f)!.label);
    expect(text).toContain(defs.get(f)!.definition);
  }
  expect(defs.get('accepted')!.label).toBe('受理量');
  // every definition in the list of 指标说明
  const definitions = await page.getByTestId('stat-definitions').innerText();
  for (const d of release.definitions) expect(definitions).toContain(d.definition);

  const main = await page.locator('main').innerText();
  expect(await page.getByTestId('stat-dates').innerText()).toContain(`统计截至${chineseDate(release.asOf)}`);
  expect(await page.getByTestId('stat-dates').innerText()).toContain(`${chineseDate(beijingDay(release.publishedAt))}公布`);
  expect(await page.getByTestId('stat-rule').innerText()).toBe(release.rule.description);
  expect(main).toContain(`第${release.rule.version}版`);

  // The breakdowns: on a phone as cards (the table hidden), on a desktop as tables (the cards hidden).
  for (const [id, rows] of [
    ['stat-by-unit', release.byUnit],
    ['stat-by-kind', release.byKind],
    ['stat-by-channel', release.byChannel],
  ] as const) {
    const box = page.getByTestId(id);
    const table = box.locator('table');
    const cards = box.locator('.stat-cards');
    expect(await table.isVisible()).toBe(viewport === 'desktop');
    expect(await cards.isVisible()).toBe(viewport === 'phone');
    const items = viewport === 'desktop' ? table.locator('tbody tr') : cards.locator('li');
    expect(await items.count()).toBe(rows.length);
    for (const row of rows) {
      const item = items.filter({ has: page.locator(viewport === 'desktop' ? 'th' : 'h4', { hasText: row.label }) }).first();
      for (const f of FIGURES) {
        const cell = item.locator(`[data-figure="${f}"]`);
        // (a table cell carries the rate's numerator/denominator under the rate)
        const text = ((await cell.textContent()) ?? '').trim();
        expect(text.startsWith(expected(row, f)), `${id} ${row.label} ${f}: ${text}`).toBe(true);
      }
    }
  }

  // The charts are pictures of the tables: hidden from screen readers, with their summary in words.
  await page.locator('.chart svg').first().waitFor();
  expect(await page.locator('.chart').first().getAttribute('aria-hidden')).toBe('true');
  const busiest = release.byUnit.filter((r) => !r.total && r.accepted > 0).sort((a, b) => b.accepted - a.accepted)[0];
  if (busiest) expect(await page.getByTestId('chart-accepted-text').innerText()).toContain(`${busiest.label}${busiest.accepted}件`);
}

describe('与民互动: what is published', () => {
  it('the demo has published periods to show', () => {
    // the demo publishes its last two ended months
    expect(releases.length).toBeGreaterThanOrEqual(2);
    expect(releases.every((r) => r.byUnit.some((row) => row.total))).toBe(true);
  });

  for (const viewport of PORTAL_VIEWPORT_NAMES) {
    it(`the column lists the published periods and leads to the newest (${viewport})`, async () => {
      const { context, page, problems } = await openPage(browser, viewport);
      try {
        await page.goto(absoluteUrl('/interaction'), { waitUntil: 'networkidle' });
        await heading(page, '与民互动');
        const periods = page.getByTestId('statistics-periods').getByRole('link');
        expect((await periods.allTextContents()).map((t) => t.trim())).toEqual(releases.map((r) => `${r.periodLabel}办理情况统计`));
        expect(await page.locator('main').innerText()).not.toContain('暂无已公布的办理情况统计');
        await pageChecks(page);
        await shot(page, `column-${viewport}`);

        await periods.first().click();
        await page.waitForURL(new RegExp(`/interaction/statistics/${releases[0].periodKey}$`));
        await heading(page, '办理情况统计');
        await page.locator('[data-testid="stat-headline"]').waitFor();
        await checkRelease(page, releases[0], viewport);
        // the switcher marks the period shown
        expect((await page.locator('nav[aria-label="选择统计期"] a[aria-current="page"]').textContent())?.trim()).toBe(releases[0].periodLabel);
        await pageChecks(page);
        await shot(page, `period-${viewport}`);

        // The switcher moves to the other published period.
        await page.locator('nav[aria-label="选择统计期"]').getByRole('link', { name: releases[1].periodLabel }).click();
        await page.waitForURL(new RegExp(`/interaction/statistics/${releases[1].periodKey}$`));
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        await page.locator('.rates__value').first().waitFor();
        await expect
          .poll(async () => (await page.locator('nav[aria-label="选择统计期"] a[aria-current="page"]').textContent())?.trim())
          .toBe(releases[1].periodLabel);
        await checkRelease(page, releases[1], viewport);
        await pageChecks(page);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('the statistics page without a period shows the newest; an unpublished period is said so', async () => {
    const { context, page } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/interaction/statistics'), { waitUntil: 'networkidle' });
      await heading(page, '办理情况统计');
      await page.locator('[data-testid="stat-headline"]').waitFor();
      await checkRelease(page, releases[0], 'desktop');

      await page.goto(absoluteUrl('/interaction/statistics/2001-01'), { waitUntil: 'networkidle' });
      await heading(page, '办理情况统计');
      await page.getByText('该统计期的办理情况统计尚未公布').waitFor();
      await pageChecks(page);
    } finally {
      await context.close();
    }
  });

  it('the CSV and JSON links download the same figures as the page', async () => {
    const { context, page } = await openPage(browser, 'desktop');
    try {
      const release = releases[0];
      await page.goto(absoluteUrl(`/interaction/statistics/${release.periodKey}`), { waitUntil: 'networkidle' });
      await page.locator('[data-testid="stat-headline"]').waitFor();
      const shown = await headline(page);

      const csvLink = page.getByRole('link', { name: '下载CSV' });
      const jsonLink = page.getByRole('link', { name: '下载JSON' });
      expect(await csvLink.getAttribute('href')).toBe(release.csvUrl);
      expect(await jsonLink.getAttribute('href')).toBe(release.jsonUrl);

      // A click downloads the file.
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
      expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`${release.periodKey}\\.csv$`));
      const [jsonDownload] = await Promise.all([page.waitForEvent('download'), jsonLink.click()]);
      expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);

      const csv = await fetch(absoluteUrl(release.csvUrl));
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      const csvText = await csv.text();
      expect(csvText).toContain(release.periodLabel);
      expect(csvText).toContain('受理量');

      const json = await fetch(absoluteUrl(release.jsonUrl));
      expect(json.status).toBe(200);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await json.json()) as { period: string; byUnit: Row[]; byKind: Row[]; byChannel: Row[] };
      expect(body.period).toBe(release.periodKey);
      const total = body.byUnit.find((r) => r.total)!;
      expect(Object.fromEntries(HEADLINE.map((f) => [f, expected(total, f)]))).toEqual(shown);
      // the totals of the three breakdowns agree
      for (const rows of [body.byKind, body.byChannel]) expect(rows.find((r) => r.total)!.received).toBe(total.received);
    } finally {
      await context.close();
    }
  });

  it('办理情况公开 shows closed cases published with consent, without the name or phone of who raised them', async () => {
    // A complaint with a name, a phone (also typed into its content) and consent to publish, handled and closed over the API.
    const { units } = await fetchGraphql<{ units: { id: string; name: string }[] }>('{ units { id name } }');
    const unitId = units.find((u) => u.name === '朝阳市教育局')!.id;
    const { submitCase } = await fetchGraphql<{ submitCase: { caseNumber: string } }>(
      'mutation($i: PublicCaseInput!) { submitCase(input: $i) { caseNumber } }',
      { i: { kind: 'COMPLAINT', title: TITLE, content: CONTENT, name: NAME, phone: PHONE, consentToPublish: true, idempotencyKey: `stats-${RUN}` } },
    );
    const office = await sessionOf('tousu');
    const unit = await sessionOf('jiaoyu.staff');
    const { cases } = await fetchGraphql<{ cases: { items: { id: string; version: number; caseNumber: string }[] } }>(
      'query($s: String!) { cases(filter: { search: $s }) { items { id version caseNumber } } }',
      { s: submitCase.caseNumber },
      office,
    );
    const c = cases.items.find((i) => i.caseNumber === submitCase.caseNumber)!;
    const step = async (cookie: string, m: string, id: string, v: number, extra = '', decl = '', vars: Record<string, unknown> = {}) =>
      (
        await fetchGraphql<Record<string, { version: number }>>(
          `mutation($id: ID!, $v: Int!${decl}) { ${m}(id: $id, version: $v${extra}) { version } }`,
          { id, v, ...vars },
          cookie,
        )
      )[m].version;
    let v = await step(office, 'acceptCase', c.id, c.version);
    v = await step(office, 'assignCase', c.id, v, ', unitId: $u', ', $u: ID!', { u: unitId });
    v = await step(unit, 'replyCase', c.id, v, ', reply: $r', ', $r: String!', { r: REPLY });
    await step(office, 'closeCase', c.id, v);

    // The page of the list that has it, by the API's own paging.
    const PAGE_SIZE = 10;
    let pageNo = 1;
    let items: Summary[];
    let total: number;
    for (;;) {
      const { publicCaseSummaries } = await fetchGraphql<{ publicCaseSummaries: { total: number; items: Summary[] } }>(
        'query($p: Int!, $s: Int!) { publicCaseSummaries(page: $p, pageSize: $s) { total items { id title content reply } } }',
        { p: pageNo, s: PAGE_SIZE },
      );
      items = publicCaseSummaries.items;
      total = publicCaseSummaries.total;
      if (items.some((i) => i.title === TITLE) || pageNo * PAGE_SIZE >= total) break;
      pageNo++;
    }
    expect(items.some((i) => i.title === TITLE)).toBe(true);
    expect(total).toBeGreaterThan(PAGE_SIZE);

    for (const viewport of PORTAL_VIEWPORT_NAMES) {
      const { context, page, problems } = await openPage(browser, viewport);
      try {
        // From the column's section, which shows the latest few and leads to the whole list.
        await page.goto(absoluteUrl('/interaction'), { waitUntil: 'networkidle' });
        await heading(page, '与民互动');
        await page.getByRole('link', { name: /^查看全部\d+件办理情况$/ }).click();
        await page.waitForURL(/\/interaction\/cases$/);
        await heading(page, '办理情况公开');
        if (pageNo > 1) {
          await page.goto(absoluteUrl(`/interaction/cases?page=${pageNo}`), { waitUntil: 'networkidle' });
          await heading(page, '办理情况公开');
        }
        const articles = page.locator('main article');
        await articles.first().waitFor();
        expect(await articles.count()).toBe(items.length);
        expect((await articles.locator('h2').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(
          items.map((i) => expect.stringContaining(i.title)),
        );
        const ours = articles.filter({ hasText: TITLE });
        const text = await ours.innerText();
        expect(text).toContain('朝阳市教育局');
        expect(text).toContain(REPLY);
        expect(text).toContain('投诉');
        // the phone in the content is masked; neither the name nor any phone number is on the page
        expect(text).toContain('139****8765');
        const main = await page.locator('main').innerText();
        expect(main).not.toContain(NAME);
        expect(main).not.toMatch(/1[3-9]\d{9}/);
        expect(await page.locator('main nav[aria-label="办理情况分页"]').isVisible()).toBe(true);
        await pageChecks(page);
        await shot(page, `cases-${viewport}`);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }

    // The second page by the pagination component.
    const { context, page } = await openPage(browser, 'phone');
    try {
      await page.goto(absoluteUrl('/interaction/cases'), { waitUntil: 'networkidle' });
      await heading(page, '办理情况公开');
      await page.locator('nav[aria-label="办理情况分页"]').getByRole('link', { name: '下一页' }).click();
      await page.waitForURL(/\/interaction\/cases\?page=2$/);
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      await expect.poll(() => page.locator('main .result-count').textContent()).toContain('第 2/');
      expect(await page.locator('main nav[aria-label="办理情况分页"] [aria-current="page"]').innerText()).toContain('2');
    } finally {
      await context.close();
    }
  });
});
