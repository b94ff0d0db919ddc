/**
 * Public portal, 政府会议 and 议题意见征集率, end to end with the demo data: the news list shows
 * the press release on the 28th standing meeting with its meeting's kind and date, and its page
 * opens with the text; an address that names no release says so. On the 意见征集 column page the
 * table of the current quarter's 议题意见征集率 has a row per unit and the total, with numbers
 * that agree with each other and with the server; the quarter is in the query string, and a
 * quarter without topics to consult on says so. No serious or critical axe-core violation at
 * desktop and phone sizes.
 *
 * Needs E2E_BASE_URL (the server with both SPAs built and fresh demo data).
 * Screenshots go to test-results/screenshots/portal-meet-*.png under the repository root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  absoluteUrl,
  fetchGraphql,
  heading,
  horizontalOverflow,
  launchChromium,
  listedTitles,
  openPage,
  PORTAL_VIEWPORT_NAMES,
  screenshotter,
  seriousViolations,
} from './support.js';

// ——— the demo data (meetings.seed.ts) ———
/** Published on the standing meeting held two weeks ago. */
const RELEASE_TITLE = '市政府召开第28次常务会议 研究部署冬季供暖保障等工作';
const RELEASE_MEETING = '市政府第28次常务会议';
const RELEASE_SOURCE = '朝阳日报';
const RELEASE_BODY_START = '近日，市长主持召开市政府第28次常务会议';

interface RateRow {
  unitId: string | null;
  unitName: string;
  required: number;
  consulted: number;
  rate: number | null;
}

let browser: Browser;
let releaseId: string;
let releaseMeetingDate: string;

/** Today in Beijing, and its year and quarter. */
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const YEAR = Number(today.slice(0, 4));
const QUARTER = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;

/** "2026-11-13" → "2026年11月13日". */
const chinese = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
/** As the page writes a rate: "33.3%". */
const asPercent = (consulted: number, required: number) => `${Math.round((consulted / required) * 1000) / 10}%`;

beforeAll(async () => {
  const { publicMeetingNews } = await fetchGraphql<{
    publicMeetingNews: { items: { id: string; title: string; meetingDate: string }[] };
  }>('{ publicMeetingNews(pageSize: 100) { items { id title meetingDate } } }');
  const release = publicMeetingNews.items.find((r) => r.title === RELEASE_TITLE);
  if (!release) throw new Error('the demo press release is not published');
  releaseId = release.id;
  releaseMeetingDate = release.meetingDate;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const shot = screenshotter('portal-meet', { fullPage: true });

/** The rates the server computes for a quarter (what the table should show). */
async function serverRates(year: number, quarter: number) {
  const { consultationRates } = await fetchGraphql<{ consultationRates: RateRow[] }>(
    'query ($year: Int!, $quarter: Int!) { consultationRates(year: $year, quarter: $quarter) { unitId unitName required consulted rate } }',
    { year, quarter },
  );
  return consultationRates;
}

/** Waits until the rates section has its result for the quarter: the table or its empty state. */
async function ratesSettled(page: Page, label: string) {
  await page.waitForFunction((label) => {
    const section = document.querySelector('section[aria-labelledby="consultations-rate"]');
    if (!section || section.querySelector('[aria-busy="true"]')) return false;
    return (
      !!section.querySelector('table caption')?.textContent?.includes(label) || !!section.querySelector('.empty-state')?.textContent?.includes(label)
    );
  }, label);
}

const ratesSection = (page: Page) => page.locator('main section[aria-labelledby="consultations-rate"]');

/** The cells of each row of the rates table, as text. */
async function tableRows(page: Page, part: 'tbody' | 'tfoot') {
  return ratesSection(page)
    .locator(`table ${part} tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
}

describe('政府会议 on the portal', () => {
  it('lists the demo press release with its meeting, and its page opens with the text', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/meetings'), { waitUntil: 'networkidle' });
      await heading(page, '政府会议');
      await page.locator('main .doc-list').waitFor();
      expect(await page.getByRole('heading', { name: '新闻通稿', level: 2 }).count()).toBe(1);
      expect(await listedTitles(page)).toContain(RELEASE_TITLE);
      expect(await page.locator('main [role="status"]').textContent()).toMatch(/共 \d+ 篇新闻通稿/);
      expect(await page.getByText('暂无政府会议新闻通稿').count()).toBe(0);

      // The meeting, its kind and date, the date of publication and the medium.
      const item = page.locator('main .doc-item', { hasText: RELEASE_TITLE });
      const text = (await item.textContent()) ?? '';
      expect(text).toContain(`会议：${RELEASE_MEETING}（市政府常务会议）`);
      expect(text).toContain(`会议日期：${chinese(releaseMeetingDate)}`);
      expect(text).toMatch(/发布日期：\d{4}年\d{1,2}月\d{1,2}日/);
      expect(text).toContain(`来源：${RELEASE_SOURCE}`);
      expect(await item.locator('time').first().getAttribute('datetime')).toBe(releaseMeetingDate);
      await shot(page, 'list-desktop');

      // To the release, with the focus on its heading after the page change.
      await page.getByRole('link', { name: RELEASE_TITLE, exact: true }).click();
      await page.waitForURL(absoluteUrl(`/meetings/${releaseId}`));
      expect(await heading(page, RELEASE_TITLE)).toBe(RELEASE_TITLE);
      await page.waitForFunction((title) => document.activeElement?.textContent?.trim() === title, RELEASE_TITLE);
      expect(await page.title()).toContain(RELEASE_TITLE);
      const info = (await page.locator('main .doc-info').textContent()) ?? '';
      expect(info).toContain(RELEASE_MEETING);
      expect(info).toContain('市政府常务会议');
      expect(info).toContain(chinese(releaseMeetingDate));
      expect(info).toContain(RELEASE_SOURCE);
      expect(await page.locator('main .press-release').textContent()).toContain(RELEASE_BODY_START);
      // The breadcrumb and the link back lead to the list; the navigation marks the column.
      expect(await page.locator('nav[aria-label="栏目导航"] .site-nav__link--inside').textContent()).toBe('政府会议');
      await shot(page, 'release-desktop');
      await page.getByRole('link', { name: '返回政府会议新闻通稿列表' }).click();
      await page.waitForURL(absoluteUrl('/meetings'));
      await heading(page, '政府会议');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an address that names no press release says so', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/meetings/00000000-0000-4000-8000-000000000000'), { waitUntil: 'networkidle' });
      expect(await heading(page, '未找到该新闻通稿')).toBe('未找到该新闻通稿');
      expect(await page.getByRole('link', { name: '查看政府会议新闻通稿列表' }).count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('议题意见征集率 on the 意见征集 column page', () => {
  it('shows the current quarter by unit with the total; the numbers agree with each other and with the server', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      const label = `${YEAR}年第${QUARTER}季度`;
      await page.goto(absoluteUrl('/consultations'), { waitUntil: 'networkidle' });
      await heading(page, '意见征集');
      await ratesSettled(page, label);
      const section = ratesSection(page);
      expect(await page.getByRole('heading', { name: '议题意见征集率', level: 2 }).count()).toBe(1);
      // The selectors show the current quarter.
      expect(await section.getByLabel('年份', { exact: true }).inputValue()).toBe(String(YEAR));
      expect(await section.getByLabel('季度', { exact: true }).inputValue()).toBe(String(QUARTER));

      const server = await serverRates(YEAR, QUARTER);
      const serverTotal = server.find((r) => !r.unitId)!;
      // The demo agenda: the next standing meeting, in about three weeks, has the topic under consultation.
      expect(serverTotal.required).toBeGreaterThan(0);

      // Structure: a caption, column headers, a row header per unit, the total in the footer.
      const table = section.locator('table');
      expect(await table.locator('caption').textContent()).toContain(`${label}议题意见征集率`);
      expect((await table.locator('thead th[scope="col"]').allTextContents()).map((t) => t.trim())).toEqual([
        '单位',
        '应当征求意见的议题（个）',
        '已公开征求意见的议题（个）',
        '意见征集率',
      ]);
      expect(await table.locator('tbody th[scope="row"]').count()).toBe(server.length - 1);
      expect(await table.locator('tfoot th[scope="row"]').count()).toBe(1);

      const rows = await tableRows(page, 'tbody');
      const [total] = await tableRows(page, 'tfoot');
      expect(total[0]).toBe('合计');
      let required = 0;
      let consulted = 0;
      for (const [unit, req, con, rate] of rows) {
        const r = Number(req);
        const c = Number(con);
        expect(Number.isInteger(r) && r > 0, unit).toBe(true);
        expect(c, unit).toBeLessThanOrEqual(r);
        expect(rate, unit).toBe(asPercent(c, r));
        required += r;
        consulted += c;
        // The same as the server says for the unit.
        const s = server.find((x) => x.unitName === unit);
        expect(s, unit).toBeDefined();
        expect([s!.required, s!.consulted]).toEqual([r, c]);
      }
      expect(Number(total[1])).toBe(required);
      expect(Number(total[2])).toBe(consulted);
      expect(total[3]).toBe(asPercent(consulted, required));
      expect([serverTotal.required, serverTotal.consulted]).toEqual([required, consulted]);
      // The open consultation is on the agenda: at least one topic was consulted on.
      expect(consulted).toBeGreaterThan(0);
      expect(await section.locator('[role="status"]').textContent()).toContain(
        `${label}：应当公开征求意见的议题 ${required} 个，已公开征求意见 ${consulted} 个，征集率 ${asPercent(consulted, required)}`,
      );
      await section.scrollIntoViewIfNeeded();
      await shot(page, 'rates-desktop');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the quarter is chosen in the query string; a quarter without topics says so honestly', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/consultations?phase=closed'), { waitUntil: 'networkidle' });
      await heading(page, '意见征集');
      await ratesSettled(page, `${YEAR}年第${QUARTER}季度`);
      const section = ratesSection(page);

      // 2017 Q1: no government meeting of the demo data, hence nothing to consult on.
      expect(await serverRates(2017, 1)).toEqual([{ unitId: null, unitName: '合计', required: 0, consulted: 0, rate: null }]);
      await section.getByLabel('年份', { exact: true }).selectOption('2017');
      await section.getByLabel('季度', { exact: true }).selectOption('1');
      await section.getByRole('button', { name: '查看' }).click();
      await page.waitForURL(/year=2017/);
      const url = new URL(page.url());
      expect(url.searchParams.get('quarter')).toBe('1');
      // The tab of the list above is kept.
      expect(url.searchParams.get('phase')).toBe('closed');
      await ratesSettled(page, '2017年第1季度');
      expect(await section.locator('table').count()).toBe(0);
      expect(await section.locator('.empty-state').textContent()).toBe('2017年第1季度没有需要公开征求意见的政府会议议题。');
      expect(await section.locator('[role="status"]').textContent()).toContain('2017年第1季度没有应当公开征求意见的会议议题');
      // The focus stays on the button (no page change).
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('查看');
      await shot(page, 'rates-empty-desktop');

      // Opened afresh, the address shows the same quarter; the link goes back to the current one.
      const other = await context.newPage();
      await other.goto(page.url(), { waitUntil: 'networkidle' });
      await ratesSettled(other, '2017年第1季度');
      expect(await ratesSection(other).getByLabel('年份', { exact: true }).inputValue()).toBe('2017');
      await ratesSection(other).getByRole('link', { name: '查看本季度' }).click();
      await ratesSettled(other, `${YEAR}年第${QUARTER}季度`);
      expect(new URL(other.url()).searchParams.get('year')).toBeNull();
      expect(await ratesSection(other).locator('table').count()).toBe(1);
      await other.close();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('accessible at desktop and phone sizes', () => {
  const pages = () => [
    { slug: 'list', path: '/meetings', heading: '政府会议', ready: 'main .doc-list' },
    { slug: 'release', path: `/meetings/${releaseId}`, heading: RELEASE_TITLE, ready: 'main .press-release' },
    { slug: 'release-none', path: '/meetings/00000000-0000-4000-8000-000000000000', heading: '未找到该新闻通稿' },
    { slug: 'rates', path: '/consultations', heading: '意见征集', ready: 'main .rate-table' },
    {
      slug: 'rates-empty',
      path: '/consultations?year=2017&quarter=1',
      heading: '意见征集',
      ready: 'main section[aria-labelledby="consultations-rate"] .empty-state',
    },
  ];
  for (const viewport of PORTAL_VIEWPORT_NAMES) {
    it(`${viewport}: no serious violation, nothing wider than the screen`, async () => {
      const { context, page, problems } = await openPage(browser, viewport);
      try {
        for (const p of pages()) {
          await page.goto(absoluteUrl(p.path), { waitUntil: 'networkidle' });
          expect(await heading(page, p.heading), p.path).toBe(p.heading);
          if (p.ready) await page.locator(p.ready).waitFor();
          expect(await page.locator('h1').count()).toBe(1);
          expect(await horizontalOverflow(page), p.path).toBeLessThanOrEqual(0);
          expect(await seriousViolations(page), p.path).toEqual([]);
          await shot(page, `${p.slug}-${viewport}`);
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
