/**
 * The story of system 8 (citizens' reports, complaints and suggestions) as one sequence, through the
 * portal at phone size and the admin SPA at desktop size: a citizen submits a complaint about the
 * Education Bureau with a phone number in the text and consent to publication, and keeps the receipt's
 * 查询编号 and 查询码; the Complaint Office finds it among the cases waiting to be accepted, accepts it
 * and assigns it to the bureau; the bureau's handler opens it from the to-do list and replies; the
 * office closes it; the citizen rates it 不满意; the office reopens it with a reason, the bureau replies
 * again, the office closes it again; the citizen rates it 满意. The handling is then on the portal's
 * 办理情况公开 without the citizen's name or phone, and — LATER_DAYS later, when the month has ended —
 * the office publishes the month's statistics on the admin's statistics page, whose figures, the
 * open-data file and the portal's statistics page count the case for the bureau (received,
 * accepted, replied, rated, satisfied, reopened) on top of what was counted before the story began.
 *
 * "Later" is the second server process of global-setup.ts: the same database, its clock LATER_DAYS
 * ahead. Expected figures come from the server's own answers before and after, never from totals
 * written here. Portal pages pass axe (no serious or critical violation).
 * Screenshots: test-results/screenshots/complaints-story-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  absoluteUrl,
  BASE_URL,
  confirmMessageBox,
  dayFromToday,
  fetchGraphql,
  heading,
  horizontalOverflow,
  LATER_DAYS,
  LATER_URL,
  launchChromium,
  openMenu,
  openPage,
  RUN_NO,
  screenshotter,
  seriousViolations,
  sessionOf,
  signIn,
  textOf,
} from './support.js';

const UNIT = '朝阳市教育局';
/**
 * This run's mark in the title, in digits (the title is published on the portal, whose pages are
 * checked for Latin words) and in groups of three, so that the masking of phone numbers in published
 * texts never takes it for one.
 */
const MARK = RUN_NO.match(/.{1,3}/g)!.join('-');
const TITLE = `学校食堂饭菜价格上涨过快（${MARK}）`;
const PHONE = '13904217788';
const NAME = '赵女士';
const CONTENT = `朝阳市第二中学食堂本学期饭菜价格普遍上涨三成以上，学生反映吃不起，请教育局核查食堂收费是否合规。联系电话${PHONE}。`;
const REPLY = '经核查，该校食堂调价未按规定报批，我局已责令学校恢复原价，并对食堂收费开展专项检查。';
const DISSATISFIED = '只恢复了部分菜品的价格，套餐仍然比上学期贵。';
const REOPEN_REASON = '群众反映套餐价格仍未恢复，请教育局重新核查并逐项答复。';
const SECOND_REPLY = '经再次核查，该校食堂全部菜品和套餐已恢复上学期价格，价目表在食堂门口公示，我局将每月抽查。';

/** The month of today (Asia/Shanghai): the period the case is counted in. */
const MONTH = dayFromToday(0).slice(0, 7);
const [YEAR, PERIOD] = MONTH.split('-').map(Number) as [number, number];

const DESKTOP_SIZE = { width: 1366, height: 900 };
/** The figures of the admin's statistics table, in the order of its columns after the row's name. */
const ADMIN_COLUMNS = [
  'received',
  'accepted',
  'replyRate',
  'onTimeRate',
  'satisfactionRate',
  'reopenRate',
  'averageScore',
  'due',
  'replied',
  'onTime',
  'closed',
  'rated',
  'unrated',
  'satisfied',
  'reopened',
];

interface UnitFigures {
  key: string | null;
  received: number;
  accepted: number;
  replied: number;
  closed: number;
  rated: number;
  satisfied: number;
  reopened: number;
}
const FIGURES = 'key received accepted replied closed rated satisfied reopened';
const ZERO: Omit<UnitFigures, 'key'> = { received: 0, accepted: 0, replied: 0, closed: 0, rated: 0, satisfied: 0, reopened: 0 };

let browser: Browser;
let educationId = '';
/** The bureau's figures of this month, as the office's statistics counted them before the story. */
let before: Omit<UnitFigures, 'key'> = ZERO;
let filed: { caseNumber: string; checkCode: string } | null = null;
let casePath = '';

beforeAll(async () => {
  const { units } = await fetchGraphql<{ units: { id: string; name: string }[] }>('{ units { id name } }');
  const education = units.find((u) => u.name === UNIT);
  if (!education) throw new Error(`the demo unit ${UNIT} is missing`);
  educationId = education.id;
  const { caseStatistics } = await fetchGraphql<{ caseStatistics: { rows: UnitFigures[] } }>(
    `query($y: Int!, $p: Int!) { caseStatistics(periodKind: MONTH, year: $y, period: $p, dimension: UNIT) { rows { ${FIGURES} } } }`,
    { y: YEAR, p: PERIOD },
    await sessionOf('tousu'),
  );
  const row = caseStatistics.rows.find((r) => r.key === educationId);
  before = row ? { ...row } : ZERO;
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('complaints-story', { animations: 'disabled', fullPage: true });

/** The example in the lookup form's hint: letters that are part of a code, not words. */
const HINT_EXAMPLE = 'TS20261206-ABC234';

/** Latin letters on the page's main area other than the codes it is meant to show. */
async function latinWords(page: Page, codes: string[] = []) {
  let text = await page.locator('main').innerText();
  for (const c of [...codes, HINT_EXAMPLE]) text = text.split(c).join(' ');
  return text.match(/[A-Za-z]{2,}/g) ?? [];
}

/** The portal's checks on each page of the story: axe, no foreign words, no sideways scrolling. */
async function portalChecks(page: Page, codes: string[] = []) {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await latinWords(page, codes)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

/** A staff member signed in to the admin at desktop size. */
async function staff(user: string) {
  const page = await signIn(browser, user);
  await page.setViewportSize(DESKTOP_SIZE);
  return page;
}

/** Waits until the admin page has no loading mask left and nothing fading in. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .every((a) => a.playState !== 'running'),
  );
}

/** Opens the case from the user's to-do list, by the row whose text holds `label`. */
async function fromTodo(page: Page, label: string) {
  const todo = page.getByTestId('todo-list').locator('tbody tr', { hasText: TITLE });
  await todo.waitFor();
  expect(await textOf(todo)).toContain(label);
  await todo.locator('a.todo-link').click();
  await page.waitForURL((u) => u.pathname === casePath);
}
const stateOf = (page: Page) => textOf(page.getByTestId('case-state'));

/** The handler replies on the case's page; the case waits for the office to close it. */
async function reply(page: Page, text: string) {
  const form = page.getByTestId('case-reply-form');
  await form.getByTestId('case-reply-input').locator('textarea').fill(text);
  await form.getByTestId('case-reply-submit').click();
  await confirmMessageBox(page);
  await expect.poll(() => stateOf(page)).toBe('已答复待办结');
  expect(await textOf(page.getByTestId('case-reply'))).toBe(text);
}

/** The office closes the case from its to-do list. */
async function closeCase(name: string) {
  const page = await staff('tousu');
  await fromTodo(page, '办结举报投诉');
  await page.getByTestId('case-close').click();
  await confirmMessageBox(page);
  await expect.poll(() => stateOf(page)).toBe('已办结待评价');
  expect(await textOf(page.getByTestId('case-rating'))).toBe('尚未评价');
  await settled(page);
  await shot(page, name);
  await page.context().close();
}

/** The citizen, on a phone, opens the case with both codes, reads `expectedReply` and rates it. */
async function rate(rating: '满意' | '不满意', expectedReply: string, comment: string, name: string) {
  const { caseNumber, checkCode } = filed!;
  const { context, page, problems } = await openPage(browser, 'phone');
  try {
    await page.goto(absoluteUrl('/interaction/case'), { waitUntil: 'networkidle' });
    await heading(page, '查询办理进度');
    await page.getByLabel('查询编号').fill(caseNumber);
    await page.getByLabel('查询码').fill(checkCode);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    const result = page.locator('main section[aria-labelledby="case-result"]');
    await result.locator('.tag', { hasText: '已办结待评价' }).waitFor();
    expect(await page.getByTestId('case-reply').innerText()).toContain(expectedReply);
    await portalChecks(page, [caseNumber]);
    await shot(page, `${name}-closed-phone`);

    const form = page.locator('main .case-rating');
    await form.getByLabel(rating, { exact: true }).check();
    await form.getByLabel('评价意见（选填）').fill(comment);
    await form.getByRole('button', { name: '提交评价' }).click();
    await result.locator('.tag', { hasText: '已评价' }).waitFor();
    expect(await result.locator('.doc-info').innerText()).toMatch(new RegExp(`您的评价\\s*${rating}`));
    // after a reopening the citizen reads that it was handled again, and what they had said before
    if (rating === '满意') expect(await page.getByTestId('case-reopened').innerText()).toContain('已重新办理1次（重办前您的评价：不满意）');
    expect(await page.locator('main .case-notice').innerText()).toContain('您的评价已提交');
    await portalChecks(page, [caseNumber]);
    await shot(page, `${name}-rated-phone`);
    // the check code never reaches an address
    expect(page.url()).not.toContain(checkCode);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('system 8, end to end', () => {
  it('1. a citizen on a phone submits a complaint about the Education Bureau and keeps both codes', { timeout: 120_000 }, async () => {
    const { context, page, problems } = await openPage(browser, 'phone');
    try {
      await page.goto(absoluteUrl('/interaction'), { waitUntil: 'networkidle' });
      expect(await heading(page, '与民互动')).toBe('与民互动');
      await page.locator('#case-unit option', { hasText: UNIT }).waitFor({ state: 'attached' });
      await page.locator('#case-kind-COMPLAINT').check();
      await page.locator('#case-title').fill(TITLE);
      await page.locator('#case-content').fill(CONTENT);
      await page.locator('#case-unit').selectOption(educationId);
      await page.locator('#case-name').fill(NAME);
      await page.locator('#case-phone').fill(PHONE);
      await page.locator('#case-consent').check();
      await portalChecks(page);
      await shot(page, '01-form-phone');
      await page.getByRole('button', { name: '提交', exact: true }).click();

      await page.waitForURL(absoluteUrl('/interaction/receipt'));
      expect(await heading(page, '提交成功')).toBe('提交成功');
      const caseNumber = await textOf(page.getByTestId('case-number'));
      const checkCode = await textOf(page.getByTestId('check-code'));
      expect(caseNumber).toMatch(/^TS\d{8}-[A-Z2-9]{6}$/);
      expect(checkCode).toMatch(/^[A-Z2-9]{8}$/);
      expect(await page.locator('main').innerText()).toContain(`您的投诉“${TITLE}”已于`);
      filed = { caseNumber, checkCode };
      await portalChecks(page, [caseNumber, checkCode]);
      await shot(page, '01-receipt-phone');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('2. the Complaint Office finds it among the cases waiting, accepts it and assigns it to the bureau', { timeout: 120_000 }, async () => {
    const { caseNumber } = filed!;
    const page = await staff('tousu');
    await openMenu(page, 'complaints');
    const table = page.getByTestId('case-table');
    await page.getByTestId('case-view-received').click();
    await page.getByTestId('case-filter-search').locator('input').fill(caseNumber);
    const row = table.locator('tbody tr', { hasText: TITLE });
    await row.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 5)).toEqual([caseNumber, '投诉', TITLE, '政府网站“与民互动”', '待受理']);
    await settled(page);
    await shot(page, '02-list-desktop');

    await row.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(/\/admin\/complaints\/[0-9a-f-]{36}$/);
    casePath = new URL(page.url()).pathname;
    await expect.poll(() => stateOf(page)).toBe('待受理');
    expect(await textOf(page.getByTestId('case-number'))).toBe(caseNumber);
    expect(await textOf(page.getByTestId('case-content'))).toBe(CONTENT);
    // the office handles the case: the complainant in full
    expect(await textOf(page.getByTestId('case-complainant-name'))).toBe(NAME);
    expect(await textOf(page.getByTestId('case-complainant-phone'))).toBe(PHONE);

    await page.getByTestId('case-accept').click();
    await confirmMessageBox(page);
    await expect.poll(() => stateOf(page)).toBe('已受理待交办');
    await page.getByTestId('case-assign').click();
    const dialog = page.getByTestId('case-assign-dialog');
    await dialog.waitFor();
    // the unit the citizen named is offered
    await expect.poll(() => textOf(dialog.getByTestId('case-assign-unit'))).toContain(UNIT);
    await dialog.getByTestId('case-assign-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => stateOf(page)).toBe('办理中');
    expect(await textOf(page.getByTestId('case-assigned-unit'))).toBe(UNIT);
    expect(await textOf(page.getByTestId('case-due-on'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await settled(page);
    await shot(page, '02-assigned-desktop');
    await page.context().close();
  });

  it("3–4. the bureau's handler replies from the to-do list; the office closes it", { timeout: 120_000 }, async () => {
    const page = await staff('jiaoyu.staff');
    await fromTodo(page, '答复举报投诉');
    await expect.poll(() => stateOf(page)).toBe('办理中');
    await reply(page, REPLY);
    await settled(page);
    await shot(page, '03-replied-desktop');
    await page.context().close();

    await closeCase('04-closed-desktop');
  });

  it('5. the citizen reads the reply on a phone and rates it 不满意', { timeout: 120_000 }, async () => {
    await rate('不满意', REPLY, DISSATISFIED, '05');
  });

  it('6. the office reopens it with the reason; the bureau replies again; the office closes it again', { timeout: 180_000 }, async () => {
    let page = await staff('tousu');
    await page.goto(`${BASE_URL}${casePath}`);
    await expect.poll(() => stateOf(page)).toBe('已评价');
    expect(await textOf(page.getByTestId('case-rating'))).toBe('不满意');
    expect(await textOf(page.getByTestId('case-progress'))).toContain(DISSATISFIED);
    await page.getByTestId('case-reopen').click();
    const dialog = page.getByTestId('case-reopen-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('case-reopen-input').locator('textarea').fill(REOPEN_REASON);
    await dialog.getByTestId('case-reopen-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => stateOf(page)).toBe('办理中');
    expect(await textOf(page.getByTestId('case-reopen-count'))).toBe('1');
    expect(await textOf(page.getByTestId('case-reopen-reason'))).toContain(REOPEN_REASON);
    expect(await textOf(page.getByTestId('case-assigned-unit'))).toBe(UNIT);
    await settled(page);
    await shot(page, '06-reopened-desktop');
    await page.context().close();

    page = await staff('jiaoyu.staff');
    await fromTodo(page, '答复举报投诉');
    await expect.poll(() => stateOf(page)).toBe('办理中');
    // the handler reads why it came back, and what was answered before
    expect(await textOf(page.getByTestId('case-reopen-reason'))).toContain(REOPEN_REASON);
    expect(await textOf(page.getByTestId('case-progress'))).toContain('上次答复');
    await reply(page, SECOND_REPLY);
    await settled(page);
    await shot(page, '06-replied-again-desktop');
    await page.context().close();

    await closeCase('06-closed-again-desktop');
  });

  it('7. the citizen reads the new reply and rates it 满意', { timeout: 120_000 }, async () => {
    await rate('满意', SECOND_REPLY, '这次问题彻底解决了，谢谢。', '07');
    const { publicCase } = await fetchGraphql<{ publicCase: { state: string; rating: string; canRate: boolean } }>(
      'query($n: String!, $c: String!) { publicCase(caseNumber: $n, checkCode: $c) { state rating canRate } }',
      { n: filed!.caseNumber, c: filed!.checkCode },
    );
    expect(publicCase).toEqual({ state: 'RATED', rating: 'SATISFIED', canRate: false });
  });

  it("8. the handling is on the portal's published cases with the reply, without the citizen's name or phone", { timeout: 120_000 }, async () => {
    // the page of the list that holds it, by the API's own paging (the page shows ten a page, newest closed first)
    let pageNo = 1;
    for (;;) {
      const { publicCaseSummaries } = await fetchGraphql<{ publicCaseSummaries: { total: number; items: { title: string }[] } }>(
        'query($p: Int!) { publicCaseSummaries(page: $p, pageSize: 10) { total items { title } } }',
        { p: pageNo },
      );
      if (publicCaseSummaries.items.some((i) => i.title === TITLE)) break;
      expect(pageNo * 10).toBeLessThan(publicCaseSummaries.total);
      pageNo++;
    }
    const { context, page, problems } = await openPage(browser, 'phone');
    try {
      await page.goto(absoluteUrl('/interaction'), { waitUntil: 'networkidle' });
      await heading(page, '与民互动');
      await page.getByRole('link', { name: /^查看全部\d+件办理情况$/ }).click();
      await page.waitForURL(/\/interaction\/cases$/);
      await heading(page, '办理情况公开');
      if (pageNo > 1) {
        await page.goto(absoluteUrl(`/interaction/cases?page=${pageNo}`), { waitUntil: 'networkidle' });
        await heading(page, '办理情况公开');
      }
      const ours = page.locator('main article', { hasText: TITLE });
      await ours.waitFor();
      const text = await ours.innerText();
      expect(text).toContain(UNIT);
      expect(text).toContain(SECOND_REPLY);
      expect(text).not.toContain(REPLY);
      expect(text).toMatch(/群众评价：\s*满意（经1次重办）/);
      expect(text).toContain('食堂收费是否合规');
      // the number typed into the text is masked; neither the name nor the phone is on the page
      expect(text).toContain(`联系电话${PHONE.slice(0, 3)}****${PHONE.slice(7)}`);
      const main = await page.locator('main').innerText();
      expect(main).not.toContain(NAME);
      expect(main).not.toContain(PHONE);
      await portalChecks(page);
      await shot(page, '08-published-case-phone');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('9. LATER_DAYS later the office publishes the month; its statistics count the case for the bureau', { timeout: 120_000 }, async () => {
    // the month the case was received in has ended on the later server
    expect(dayFromToday(LATER_DAYS).slice(0, 7) > MONTH).toBe(true);
    // The office, on the later server, opens the month's statistics and publishes them.
    const office = await signIn(browser, 'tousu', undefined, LATER_URL);
    await office.setViewportSize(DESKTOP_SIZE);
    await office.goto(`${LATER_URL}/admin/complaints/statistics?kind=MONTH&year=${YEAR}&period=${PERIOD}&dimension=UNIT`);
    await expect.poll(() => textOf(office.getByTestId('stats-period-label'))).toContain(`${YEAR}年${PERIOD}月`);
    const row = office
      .getByTestId('stats-table')
      .locator('tbody tr', { has: office.locator('td:first-child', { hasText: UNIT }) })
      .first();
    await row.waitFor();
    const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
    const shown = Object.fromEntries(ADMIN_COLUMNS.map((f, n) => [f, cells[n + 1]]));
    await office.getByTestId('stats-publish').click();
    await confirmMessageBox(office);
    const label = `${YEAR}年${PERIOD}月`;
    await expect.poll(() => textOf(office.getByTestId('stats-published-tag'))).toBe(`已发布${label}统计`);
    await office.getByTestId('stats-releases').getByTestId(`stats-release-${MONTH}`).waitFor();
    await settled(office);
    await shot(office, '09-published-desktop');
    await office.context().close();

    // The open-data file of the month counts the case for the bureau on top of what was counted before.
    const file = await fetch(new URL(`/open/complaints/statistics/${MONTH}.json`, BASE_URL));
    expect(file.status).toBe(200);
    const json = (await file.json()) as { period: string; byUnit: (UnitFigures & { due: number })[] };
    expect(json.period).toBe(MONTH);
    const after = json.byUnit.find((r) => r.key === educationId);
    expect(after).toBeDefined();
    for (const figure of ['received', 'accepted', 'replied', 'closed', 'rated', 'satisfied', 'reopened'] as const) {
      expect(after![figure], figure).toBeGreaterThanOrEqual(before[figure] + 1);
      // what the office saw as it published is what was published
      expect(shown[figure], figure).toBe(String(after![figure]));
    }

    // The citizen, on a phone, goes from the column to the month's statistics: the bureau's card shows the same figures.
    const { context, page, problems } = await openPage(browser, 'phone');
    try {
      await page.goto(absoluteUrl('/interaction'), { waitUntil: 'networkidle' });
      await heading(page, '与民互动');
      await page
        .getByTestId('statistics-periods')
        .getByRole('link', { name: `${label}办理情况统计` })
        .click();
      await page.waitForURL(new RegExp(`/interaction/statistics/${MONTH}$`));
      await heading(page, '办理情况统计');
      const card = page
        .getByTestId('stat-by-unit')
        .locator('.stat-cards li')
        .filter({ has: page.locator('h4', { hasText: UNIT }) });
      await card.waitFor();
      const figure = async (f: string) => ((await card.locator(`[data-figure="${f}"]`).textContent()) ?? '').trim();
      expect(await figure('received')).toBe(String(after!.received));
      expect(await figure('accepted')).toBe(String(after!.accepted));
      // a rate's cell carries its numerator and denominator
      expect(await figure('replyRate')).toContain(`（${after!.replied}/${after!.due}）`);
      expect(await figure('satisfactionRate')).toContain(`（${after!.satisfied}/${after!.rated}）`);
      expect(await figure('reopenRate')).toContain(`（${after!.reopened}/${after!.closed}）`);
      await portalChecks(page, ['CSV', 'JSON']);
      await shot(page, '09-statistics-phone');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
