/**
 * Public portal, 评估结果, end to end with the demo data: last year's published evaluation is
 * listed by group, each table in rank order with the totals, grades and ranks the server computed;
 * choosing a unit shows its profile over the six dimensions, with the same figures as the server;
 * the year is in the query string. No serious or critical axe-core violation, no sideways scrolling,
 * at desktop and phone sizes.
 *
 * Needs E2E_BASE_URL (the server with both SPAs built and fresh demo data).
 * Screenshots go to test-results/screenshots/portal-eval-*.png under the repository root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { EVALUATION_DIMENSION_LABELS, EVALUATION_GROUP_LABELS, GRADE_LABELS } from '../../packages/shared/src/index.js';
import {
  absoluteUrl,
  dayFromToday,
  fetchGraphql,
  heading,
  horizontalOverflow,
  launchChromium,
  openPage,
  PORTAL_VIEWPORT_NAMES,
  prepareEvaluationRound,
  publishQuestionnaireByApi,
  RUN,
  screenshotter,
  seriousViolations,
} from './support.js';

interface Row {
  unitId: string;
  unitName: string;
  group: keyof typeof EVALUATION_GROUP_LABELS;
  total: number;
  rank: number;
  grade: keyof typeof GRADE_LABELS;
  dimensions: { dimension: keyof typeof EVALUATION_DIMENSION_LABELS; score: number; max: number }[];
}

const YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)) - 1;
let browser: Browser;
let rows: Row[];

beforeAll(async () => {
  const { publicEvaluation } = await fetchGraphql<{ publicEvaluation: { year: number; rows: Row[] } | null }>(
    'query ($y: Int) { publicEvaluation(year: $y) { year rows { unitId unitName group total rank grade dimensions { dimension score max } } } }',
    { y: YEAR },
  );
  if (!publicEvaluation) throw new Error(`the demo evaluation of ${YEAR} is not published`);
  rows = publicEvaluation.rows;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const shot = screenshotter('portal-eval', { fullPage: true });
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

describe('评估结果 on the portal', () => {
  for (const viewport of PORTAL_VIEWPORT_NAMES) {
    it(`shows last year's ranking by group and a unit's profile (${viewport})`, async () => {
      const { context, page, problems } = await openPage(browser, viewport);
      try {
        await page.goto(absoluteUrl(`/evaluation?year=${YEAR}`), { waitUntil: 'networkidle' });
        await heading(page, '评估结果');
        expect(await page.locator('#evaluation-year').inputValue()).toBe(String(YEAR));

        // one table per group, rows in rank order, as the server ranked them
        for (const group of Object.keys(EVALUATION_GROUP_LABELS) as Row['group'][]) {
          const expected = rows.filter((r) => r.group === group);
          const table = page.locator('main table', { hasText: `${YEAR}年度${EVALUATION_GROUP_LABELS[group]}政务公开评估排名` });
          if (!expected.length) {
            expect(await table.count()).toBe(0);
            continue;
          }
          const cells = await table
            .locator('tbody tr')
            .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
          expect(cells.map((c) => c.slice(0, 4))).toEqual(expected.map((r) => [String(r.rank), r.unitName, fmt(r.total), GRADE_LABELS[r.grade]]));
          const ranks = expected.map((r) => r.rank);
          expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
        }
        // the charts are drawn (pictures of the tables, hidden from screen readers)
        await page.locator('main .chart svg').first().waitFor();
        expect(await page.locator('main .chart[aria-hidden="true"]').count()).toBeGreaterThanOrEqual(2);

        // a unit further down: its profile, the same figures as the server
        const unit = rows.find((r) => r.group === 'COUNTY_GOVERNMENT') ?? rows[rows.length - 1];
        await page.getByRole('link', { name: unit.unitName, exact: true }).click();
        await page.waitForURL((u) => u.searchParams.get('unit') === unit.unitId);
        const profile = page.locator('#profile');
        await profile.getByRole('heading', { name: `${unit.unitName}：各方面得分` }).waitFor();
        expect(await profile.locator('.note').textContent()).toContain(`第 ${unit.rank} 名`);
        const dims = await profile
          .locator('tbody tr')
          .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent?.trim() ?? '')));
        expect(dims).toEqual(unit.dimensions.map((d) => [EVALUATION_DIMENSION_LABELS[d.dimension], fmt(d.score), fmt(d.max)]));
        const sum = unit.dimensions.reduce((a, d) => a + d.score, 0);
        expect(sum).toBeCloseTo(unit.total, 5);
        await profile.locator('.chart svg').waitFor();

        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page)).toEqual([]);
        await shot(page, viewport);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('问卷调查 on the portal', () => {
  it('a citizen answers a questionnaire about one unit, once', async () => {
    const title = `政务公开满意度调查${RUN}`;
    const units = rows
      .filter((r) => r.group === 'CITY_UNIT')
      .slice(0, 5)
      .map((r) => r.unitId);
    const prepared = await prepareEvaluationRound(YEAR + 2, units, { start: false });
    await publishQuestionnaireByApi(prepared, title, dayFromToday(0), dayFromToday(0));
    const unitName = rows.find((r) => r.unitId === units[0])!.unitName;
    const { context, page, problems } = await openPage(browser, 'phone');
    try {
      await page.goto(absoluteUrl('/evaluation'), { waitUntil: 'networkidle' });
      await heading(page, '评估结果');
      const survey = page.locator('main section[aria-labelledby="evaluation-survey"]');
      await survey.getByRole('link', { name: title }).click();
      await page.locator('main h1', { hasText: title }).waitFor();
      expect(await page.locator('main fieldset').count()).toBe(3);

      // sent half-filled: the form says what is missing, and nothing is stored
      await page.getByRole('button', { name: '提交问卷' }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('请选择您要评价的单位');
      expect(await summary.textContent()).toContain('还有3个问题没有回答');
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByLabel('评价的单位（必填）').selectOption({ label: unitName });
      const fieldsets = page.locator('main fieldset');
      for (let i = 0; i < 3; i++) await fieldsets.nth(i).getByLabel(['满意', '非常满意', '一般'][i], { exact: true }).check();
      // a phone number of this run only (digits from the run's id)
      const phone = `139${String(parseInt(RUN, 36) % 1e8).padStart(8, '0')}`;
      await page.getByLabel('手机号码（必填）').fill(phone);
      await page.getByRole('button', { name: '提交问卷' }).click();
      await page.getByRole('heading', { name: '感谢您的评价' }).waitFor();
      expect(await page.locator('.receipt').textContent()).toContain(unitName);
      await shot(page, 'survey-done');

      // the same person about the same unit again: refused, next to the unit
      await page.getByLabel('评价的单位（必填）').selectOption({ label: unitName });
      for (let i = 0; i < 3; i++) await fieldsets.nth(i).getByLabel('满意', { exact: true }).check();
      await page.getByLabel('手机号码（必填）').fill(phone);
      await page.getByRole('button', { name: '提交问卷' }).click();
      await page.locator('#survey-unit-error').waitFor();
      expect(await page.locator('#survey-unit-error').textContent()).toContain('只能填写一次');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'survey-refused');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
