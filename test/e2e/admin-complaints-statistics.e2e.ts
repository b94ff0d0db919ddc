/**
 * Admin SPA, end to end, for citizens' reports and complaints (system 8), after the intake: the
 * Education Bureau's handler asks for more time (申请延期) and the Complaint Office, which sees the
 * request counted on its list, approves it — the last day moves on the case; another request is
 * refused with a reason the unit reads; the handler attaches a file and replies, and the office reads
 * the file on the case; the statistics page (自动统计), the dashboard of each role, for the office (its
 * whole level) and for the bureau (its own cases, the same figures as the bureau's row of the office's
 * table), with each figure's definition next to it and the evaluation rule; the office publishes the
 * last ended quarter, a page left open is refused to publish it again, and a period not yet ended is
 * refused; a rated case shows its 办结自动评价. Pages pass axe (no serious or critical violation) at desktop and phone size and show no
 * English word or raw code. Screenshots: test-results/screenshots/admin-case-stats-*.png.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  adminPageProblems,
  chooseOption,
  absoluteUrl,
  BASE_URL,
  confirmMessageBox,
  dayFromToday,
  fetchGraphql,
  launchChromium,
  openMenu,
  RUN_NO,
  screenshotter,
  sessionOf,
  signIn,
  textOf,
} from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-case-stats', { animations: 'disabled', fullPage: true });
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/**
 * What is meant to be on the pages besides Chinese: 查询编号 (TS…), the run marks in titles (another
 * file's on the same list), a file's extension and size (KB, MB are unit symbols).
 */
const ALLOWED = [/（[0-9a-z]{8,10}）/, /TS\d{8}-[A-Z2-9]{6}/, /\.pdf\b/, /\d+(\.\d)? [KM]B\b/];

/**
 * The page's checks at desktop and phone size (support.ts). `ready`: the test id of what shows the
 * page's data has come (a case page has no loading mask to wait for).
 */
async function checkPage(page: Page, name: string, ready: string) {
  await page.getByTestId(ready).first().waitFor();
  expect(await adminPageProblems(page, shot, name, ALLOWED, `[data-testid="${ready}"]`)).toEqual([]);
}

const unitIdOf = async (name: string, cookie: string) =>
  (await fetchGraphql<{ units: { id: string; name: string }[] }>('{ units { id name } }', {}, cookie)).units.find((u) => u.name === name)!.id;

/** A case registered by the office (a visit), accepted and assigned to the Education Bureau, by API. */
async function assignedCase(title: string) {
  const office = await sessionOf('tousu');
  const education = await unitIdOf('朝阳市教育局', office);
  const step = (name: string, extra = '', arg = '') => `mutation($id:ID!,$v:Int!${extra}){ ${name}(id:$id, version:$v${arg}){ id version } }`;
  let c = (
    await fetchGraphql<{ registerCase: { id: string; version: number } }>(
      'mutation($i:CaseInput!,$k:String){ registerCase(input:$i, idempotencyKey:$k){ id version } }',
      { i: { kind: 'COMPLAINT', channel: 'VISIT', title, content: '来访群众反映的情况，需要有关单位核查处理并答复。' }, k: randomUUID() },
      office,
    )
  ).registerCase;
  c = (await fetchGraphql<{ acceptCase: typeof c }>(step('acceptCase'), { id: c.id, v: c.version }, office)).acceptCase;
  c = (await fetchGraphql<{ assignCase: typeof c }>(step('assignCase', ',$u:ID!', ', unitId:$u'), { id: c.id, v: c.version, u: education }, office))
    .assignCase;
  return { office, id: c.id, version: c.version };
}

const extensionCount = async (cookie: string) =>
  (await fetchGraphql<{ caseCounts: { extensionRequested: number } }>('{ caseCounts { extensionRequested } }', {}, cookie)).caseCounts
    .extensionRequested;

describe('延期 and reply files', () => {
  const title = `学校食堂饭菜质量差（${RUN_NO}）`;
  let id = '';
  let dueBefore = '';

  it("the bureau's handler asks for two more working days, with the reason", async () => {
    const created = await assignedCase(title);
    id = created.id;
    const before = await extensionCount(created.office);

    const page = await signIn(browser, 'jiaoyu.staff');
    await page.goto(`${BASE_URL}/admin/complaints/${id}`);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('办理中');
    dueBefore = await textOf(page.getByTestId('case-due-on'));
    expect(dueBefore).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByTestId('case-extension').count()).toBe(0);
    // the office's decision is not the unit's
    expect(await page.getByTestId('case-approve-extension').count()).toBe(0);

    await page.getByTestId('case-extend').click();
    const dialog = page.getByTestId('case-extend-dialog');
    await dialog.waitFor();
    // the limit of the policy parameter, read for this case
    await expect.poll(() => textOf(dialog)).toContain('最多延长15个工作日');
    await dialog.getByTestId('case-extend-confirm').click();
    await expect.poll(() => textOf(dialog.locator('.el-form-item__error'))).toBe('请填写延期理由');
    await dialog.getByTestId('case-extend-days').locator('input').fill('2');
    await dialog.getByTestId('case-extend-input').locator('textarea').fill('需会同市场监管部门对食材供应商开展现场检查，检测结果需要一周。');
    await shot(page, 'extend-dialog');
    await dialog.getByTestId('case-extend-confirm').click();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => textOf(page.getByTestId('case-extension-state'))).toBe('延期待审批');
    expect(await textOf(page.getByTestId('case-extension-days'))).toBe('2个工作日');
    expect(await textOf(page.getByTestId('case-extension-before'))).toBe(dueBefore);
    expect(await textOf(page.getByTestId('case-extension-reason'))).toContain('现场检查');
    // the last day stays until the office decides; once per round
    expect(await textOf(page.getByTestId('case-due-on'))).toBe(dueBefore);
    expect(await page.getByTestId('case-extend').count()).toBe(0);
    expect(await extensionCount(created.office)).toBe(before + 1);
    await checkPage(page, 'extension-requested', 'case-extension-state');
    await page.context().close();
  });

  it('the office sees the request counted and marked on its list, approves it, and the last day moves', async () => {
    const office = await sessionOf('tousu');
    const count = await extensionCount(office);
    const page = await signIn(browser, 'tousu');
    await openMenu(page, 'complaints');
    await expect.poll(() => textOf(page.getByTestId('case-view-count-extensionRequested'))).toBe(String(count));
    expect(count).toBeGreaterThanOrEqual(1);
    // the counts of the quick views are those of the server
    const counts = (
      await fetchGraphql<{ caseCounts: Record<string, number> }>('{ caseCounts { received accepted assigned replied overdue } }', {}, office)
    ).caseCounts;
    expect(await textOf(page.getByTestId('case-view-count-received'))).toBe(String(counts.received));
    expect(await textOf(page.getByTestId('case-view-count-handling'))).toBe(String(counts.assigned));
    expect(await textOf(page.getByTestId('case-view-count-toClose'))).toBe(String(counts.replied));
    expect(await textOf(page.getByTestId('case-view-count-overdue'))).toBe(String(counts.overdue));
    await page.getByTestId('case-view-handling').click();
    await page.getByTestId('case-filter-search').locator('input').fill(title);
    await page.getByTestId(`case-extension-tag-${id}`).waitFor();
    expect(await textOf(page.getByTestId(`case-extension-tag-${id}`))).toBe('延期待审批');
    await checkPage(page, 'list-counts', 'case-view-count-handling');
    // the office's own view of the requests waiting for it lists the case too
    await page.getByTestId('case-view-extensionRequested').click();
    await page.getByTestId(`case-extension-tag-${id}`).waitFor();
    await expect.poll(() => page.url()).toContain('view=extensionRequested');

    await page.getByTestId(`case-link-${id}`).click();
    await page.waitForURL((u) => u.pathname === `/admin/complaints/${id}`);
    await expect.poll(() => textOf(page.getByTestId('case-extension-state'))).toBe('延期待审批');
    await page.getByTestId('case-approve-extension').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('case-extension-state'))).toBe('已批准延期');
    const dueAfter = await textOf(page.getByTestId('case-due-on'));
    expect(dueAfter).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // two working days later: at least two calendar days
    expect(Date.parse(dueAfter) - Date.parse(dueBefore)).toBeGreaterThanOrEqual(2 * 86_400_000);
    expect(await textOf(page.getByTestId('case-due-on-before'))).toContain(dueBefore);
    expect(await textOf(page.getByTestId('case-extension-before'))).toBe(dueBefore);
    expect(await textOf(page.getByTestId('case-extension-after'))).toBe(dueAfter);
    expect(await page.getByTestId('case-approve-extension').count()).toBe(0);
    expect(await extensionCount(office)).toBe(count - 1);
    await checkPage(page, 'extension-approved', 'case-extension-state');
    await page.context().close();
  });

  it('the handler attaches a file and replies; the office reads the file on the case', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await page.goto(`${BASE_URL}/admin/complaints/${id}`);
    await expect.poll(() => textOf(page.getByTestId('case-extension-state'))).toBe('已批准延期');
    const files = page.getByTestId('case-files');
    expect(await textOf(files)).toContain('暂无答复附件');
    await files.locator('input[type=file]').setInputFiles({ name: '食堂检查记录.pdf', mimeType: 'application/pdf', buffer: PDF });
    await files.locator('a', { hasText: '食堂检查记录.pdf' }).waitFor();
    const form = page.getByTestId('case-reply-form');
    await form.getByTestId('case-reply-input').locator('textarea').fill('经现场检查，食堂已更换食材供应商并公示每日菜单，检查记录见附件。');
    await form.getByTestId('case-reply-submit').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('已答复待办结');
    // the file stays with the case; no more uploads once replied
    await files.locator('a', { hasText: '食堂检查记录.pdf' }).waitFor();
    expect(await page.getByTestId('case-files-upload').count()).toBe(0);
    await shot(page, 'replied-with-file');
    await page.context().close();

    const office = await signIn(browser, 'tousu');
    await office.goto(`${BASE_URL}/admin/complaints/${id}`);
    await expect.poll(() => textOf(office.getByTestId('case-state'))).toBe('已答复待办结');
    const link = office.getByTestId('case-files').locator('a', { hasText: '食堂检查记录.pdf' });
    await link.waitFor();
    const response = await office.context().request.get(absoluteUrl((await link.getAttribute('href'))!));
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await office.getByTestId('case-files-upload').count()).toBe(0);
    await checkPage(office, 'reply-file-office', 'case-state');
    await office.context().close();
  });

  it('the office refuses another request, with the reason the unit reads', async () => {
    const other = `校车超载（${RUN_NO}）`;
    const created = await assignedCase(other);
    const handler = await sessionOf('jiaoyu.staff');
    await fetchGraphql(
      'mutation($id:ID!,$v:Int!){ requestCaseExtension(id:$id, version:$v, days:10, reason:"需调取校车行驶记录"){ id } }',
      { id: created.id, v: created.version },
      handler,
    );
    const page = await signIn(browser, 'tousu');
    await page.goto(`${BASE_URL}/admin/complaints/${created.id}`);
    await expect.poll(() => textOf(page.getByTestId('case-extension-state'))).toBe('延期待审批');
    const due = await textOf(page.getByTestId('case-due-on'));
    await page.getByTestId('case-reject-extension').click();
    const dialog = page.getByTestId('case-reject-extension-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('case-reject-extension-confirm').click();
    await expect.poll(() => textOf(dialog.locator('.el-form-item__error'))).toBe('请填写不批准理由');
    await dialog.getByTestId('case-reject-extension-input').locator('textarea').fill('行驶记录可当日调取，请在原期限内答复。');
    await dialog.getByTestId('case-reject-extension-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(page.getByTestId('case-extension-state'))).toBe('未批准延期');
    expect(await textOf(page.getByTestId('case-due-on'))).toBe(due);
    await page.context().close();

    const unit = await signIn(browser, 'jiaoyu.staff');
    await unit.goto(`${BASE_URL}/admin/complaints/${created.id}`);
    await expect.poll(() => textOf(unit.getByTestId('case-extension-refusal'))).toBe('行驶记录可当日调取，请在原期限内答复。');
    // asked once this round: no second request
    expect(await unit.getByTestId('case-extend').count()).toBe(0);
    await shot(unit, 'extension-refused');
    await unit.context().close();
  });
});

describe('办结自动评价', () => {
  it('a rated case of the demo shows its score, grade and rule version to the office', async () => {
    const office = await sessionOf('tousu');
    const { cases } = await fetchGraphql<{
      cases: { items: { id: string; evaluation: { score: number; grade: string; ruleVersion: number } | null }[] };
    }>('{ cases(filter:{ state: RATED }, pageSize: 1){ items { id evaluation { score grade ruleVersion } } } }', {}, office);
    const rated = cases.items[0]!;
    expect(rated.evaluation).not.toBeNull();
    const page = await signIn(browser, 'tousu');
    await page.goto(`${BASE_URL}/admin/complaints/${rated.id}`);
    await expect.poll(() => textOf(page.getByTestId('case-state'))).toBe('已评价');
    const text = await textOf(page.getByTestId('case-evaluation'));
    expect(text).toContain(`${rated.evaluation!.score}分`);
    expect(text).toContain(rated.evaluation!.grade);
    expect(text).toContain(`评价规则第${rated.evaluation!.ruleVersion}版`);
    await shot(page, 'evaluation');
    await page.context().close();
  });
});

// the quarter before this one: ended, with the demo's history in it, and not published by the demo (it publishes months)
const [thisYear, thisMonth] = dayFromToday(0).split('-').map(Number) as [number, number];
const thisQuarter = Math.ceil(thisMonth / 3);
const QUARTER = thisQuarter === 1 ? { year: thisYear - 1, period: 4 } : { year: thisYear, period: thisQuarter - 1 };
const QUARTER_KEY = `${QUARTER.year}-Q${QUARTER.period}`;
const QUARTER_LABEL = `${QUARTER.year}年第${QUARTER.period}季度`;
const quarterPath = `/admin/complaints/statistics?kind=QUARTER&year=${QUARTER.year}&period=${QUARTER.period}&dimension=UNIT`;

/** The cells of a row of the desktop table, by its first cell: the label, 收件量, 受理量, the four rates, the average score, then the other counts. */
async function rowCells(page: Page, label: string): Promise<string[]> {
  const row = page
    .getByTestId('stats-table')
    .locator('tbody tr', { has: page.locator('td:first-child', { hasText: label }) })
    .first();
  await row.waitFor();
  return (await row.locator('td').allTextContents()).map((c) => c.trim());
}
const FIGURE_COUNT = 15;
const RATE_CELL = /^(\d{1,3}\.\d%|—)$/;

describe('the statistics page', () => {
  let educationReceived = '';

  it('the office reads its whole level by unit, kind and channel, with each definition next to its figure and the rule', async () => {
    const page = await signIn(browser, 'tousu');
    await openMenu(page, 'complaint-statistics');
    await expect.poll(() => textOf(page.getByTestId('stats-heading'))).toMatch(/举报投诉统计（本级全部件）$/);
    // this month by default; then the quarter chosen with the pickers
    await page.getByTestId('stats-kind-QUARTER').click();
    await chooseOption(page.getByTestId('stats-year'), `${QUARTER.year}年`);
    await chooseOption(page.getByTestId('stats-period'), `第${QUARTER.period}季度`);
    await expect.poll(() => textOf(page.getByTestId('stats-period-label'))).toContain(QUARTER_LABEL);
    await page.waitForURL((u) => u.search.includes(`period=${QUARTER.period}`) && u.search.includes('kind=QUARTER'));

    const total = await rowCells(page, '合计');
    expect(total).toHaveLength(1 + FIGURE_COUNT);
    expect(Number(total[1])).toBeGreaterThan(0);
    // the total is the sum of the rows above it (units, and the cases not yet assigned)
    const all = page.getByTestId('stats-table').locator('tbody tr');
    const received = (await all.evaluateAll((rows) => rows.map((r) => (r.querySelectorAll('td')[1]?.textContent ?? '').trim()))).map(Number);
    expect(received.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(received.at(-1));
    // rates in per cent with one decimal, or "—" without a denominator
    for (const i of [3, 4, 5, 6]) expect(total[i]).toMatch(RATE_CELL);
    educationReceived = (await rowCells(page, '朝阳市教育局'))[1]!;
    expect(Number(educationReceived)).toBeGreaterThan(0);

    // what a figure counts, next to it
    await page.getByTestId('stats-help-satisfactionRate').click();
    await expect.poll(() => textOf(page.locator('.el-popover:visible'))).toContain('满意件数 ÷ 已评价件数');
    await shot(page, 'office-help');
    await page.getByTestId('stats-heading').click();
    await expect.poll(() => page.locator('.el-popover:visible').count()).toBe(0);
    expect(await textOf(page.getByTestId('stats-legend'))).toContain('按时答复件数 ÷ 已答复件数');
    expect(await textOf(page.getByTestId('stats-rule'))).toMatch(/第\d+版/);

    // by kind: the three kinds and the total
    await page.getByTestId('stats-dimensions').getByRole('tab', { name: '按类型' }).click();
    await expect.poll(() => page.getByTestId('stats-table').locator('tbody tr').count()).toBeLessThanOrEqual(4);
    expect((await rowCells(page, '合计'))[1]).toBe(total[1]);
    await page.getByTestId('stats-dimensions').getByRole('tab', { name: '按渠道' }).click();
    await page.getByTestId('stats-table').locator('tbody tr', { hasText: '12345热线' }).waitFor();
    expect((await rowCells(page, '合计'))[1]).toBe(total[1]);
    await page.getByTestId('stats-dimensions').getByRole('tab', { name: '按承办单位' }).click();
    await rowCells(page, '朝阳市教育局');
    await checkPage(page, 'office', 'stats-period-label');
    // the phone shows cards; reopened at desktop size, the period is still the one chosen
    expect(await textOf(page.getByTestId('stats-period-label'))).toContain(QUARTER_LABEL);
    await page.context().close();
  });

  it("the bureau's handler reads only its cases: the same figures as its row in the office's table", async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await openMenu(page, 'complaint-statistics');
    await expect.poll(() => textOf(page.getByTestId('stats-heading'))).toBe('朝阳市教育局举报投诉统计（本单位承办件）');
    await page.goto(`${BASE_URL}${quarterPath}`);
    await expect.poll(() => textOf(page.getByTestId('stats-period-label'))).toContain(QUARTER_LABEL);
    const total = await rowCells(page, '合计');
    expect(total[1]).toBe(educationReceived);
    await expect.poll(() => page.getByTestId('stats-table').locator('tbody tr').count()).toBe(2);
    // a unit publishes nothing
    expect(await page.getByTestId('stats-publish').count()).toBe(0);
    await checkPage(page, 'unit', 'stats-period-label');
    await page.context().close();
  });

  it('the office publishes the last ended quarter; a page left open is refused to publish it again; a period not ended is refused', async () => {
    const page = await signIn(browser, 'tousu');
    await page.goto(`${BASE_URL}${quarterPath}`);
    await expect.poll(() => textOf(page.getByTestId('stats-period-label'))).toContain(QUARTER_LABEL);
    // the demo publishes its last two ended months, not this quarter
    const releases = page.getByTestId('stats-releases');
    await releases.locator('li').first().waitFor();
    expect(await releases.locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(await releases.getByTestId(`stats-release-${QUARTER_KEY}`).count()).toBe(0);

    const stale = await signIn(browser, 'tousu');
    await stale.goto(`${BASE_URL}${quarterPath}`);
    await stale.getByTestId('stats-publish').waitFor();

    await page.getByTestId('stats-publish').click();
    const box = page.locator('.el-message-box');
    await box.waitFor();
    expect(await textOf(box)).toContain(QUARTER_LABEL);
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('stats-published-tag'))).toBe(`已发布${QUARTER_LABEL}统计`);
    const release = releases.getByTestId(`stats-release-${QUARTER_KEY}`);
    await release.waitFor();
    expect(await textOf(release)).toContain(QUARTER_LABEL);
    const csv = await release.locator('a', { hasText: '表格文件' }).getAttribute('href');
    const file = await page.context().request.get(absoluteUrl(csv!));
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain('合计');
    expect(await page.getByTestId('stats-publish').count()).toBe(0);
    await shot(page, 'published');

    // the page opened before: the server refuses, and the page shows it published
    await stale.getByTestId('stats-publish').click();
    await confirmMessageBox(stale);
    await stale.locator('.el-message--error', { hasText: '该统计期已发布，发布后不再更改' }).waitFor();
    await stale.getByTestId('stats-published-tag').waitFor();
    await shot(stale, 'publish-again-refused');
    await stale.context().close();

    // this year has not ended (a month would do too, but another test may publish this month from a server whose clock is ahead)
    await page.getByTestId('stats-kind-YEAR').click();
    await chooseOption(page.getByTestId('stats-year'), `${thisYear}年`);
    await expect.poll(() => textOf(page.getByTestId('stats-period-label'))).toContain(`${thisYear}年`);
    await page.getByTestId('stats-publish').click();
    await confirmMessageBox(page);
    await page.locator('.el-message--error', { hasText: '统计期尚未结束，不能发布' }).waitFor();
    await shot(page, 'publish-open-refused');
    await page.context().close();
  });

  it('a leader reads the whole level', async () => {
    const page = await signIn(browser, 'leader');
    await page.goto(`${BASE_URL}${quarterPath}`);
    await expect.poll(() => textOf(page.getByTestId('stats-heading'))).toMatch(/举报投诉统计（本级全部件）$/);
    expect((await rowCells(page, '朝阳市教育局'))[1]).toBe(educationReceived);
    expect(await page.getByTestId('stats-publish').count()).toBe(0);
    await shot(page, 'leader');
    await page.context().close();
  });
});
