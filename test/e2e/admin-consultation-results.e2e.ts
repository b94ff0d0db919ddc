/**
 * Admin SPA, end to end, after a consultation window and around face-to-face events, with the demo
 * data: the Civil Affairs Bureau's topic closed yesterday with four portal opinions unanswered. Its
 * staff are refused publishing the results without a summary (next to it) and before every opinion
 * is answered (in words, with the count); a reasonable opinion with no adoption is refused next to the field; then every
 * opinion is answered, the summary written, the results published, and the rates are those the
 * answers give. The Education Bureau sets a hearing for its upcoming topic and records the delivery
 * of the materials: a late one is refused until its reason is given, then flagged. The figures page
 * draws its charts.
 * Screenshots: test-results/screenshots/admin-results-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  answerOpinion,
  confirmMessageBox,
  dayFromToday,
  launchChromium,
  openMenu,
  screenshotPath,
  screenshotter,
  setDate,
  signIn,
  textOf,
} from './support.js';

/** consultation.seed.ts: closed yesterday, four portal opinions, none answered. */
const CLOSED_TITLE = '朝阳市城乡居民最低生活保障审核确认办法（征求意见稿）';
/** consultation.seed.ts: published, its window opening in five days. */
const UPCOMING_TITLE = '朝阳市中小学校园食品安全管理办法（征求意见稿）';
const SUMMARY = '征集期间共收到网站意见4条，其中合理意见2条，部分采纳1条，均已逐条答复。';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-results', { animations: 'disabled' });

/** Waits until no loading mask is visible. */
const settled = (page: Page) => expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);

/** Opens a topic from the consultations list by its title; returns its id. */
async function openTopic(page: Page, title: string) {
  await openMenu(page, 'consultations');
  const table = page.getByTestId('topic-table');
  await table.locator('tbody tr', { hasText: title }).first().getByRole('link', { name: title }).click();
  await page.waitForURL(/\/admin\/consultations\/[0-9a-f-]{36}/);
  await expect.poll(() => textOf(page.getByTestId('topic-state'))).not.toBe('');
  return page.url().match(/consultations\/([0-9a-f-]{36})/)![1]!;
}

/** The latest message of Element Plus's ElMessage. */
const lastMessage = (page: Page) => page.locator('.el-message').last();

describe('after the window: answers, summary, results', () => {
  it('refuses results before every opinion is answered and without a summary, then publishes them with the computed rates', async () => {
    const page = await signIn(browser, 'minzheng.staff');
    await openTopic(page, CLOSED_TITLE);
    expect(await textOf(page.getByTestId('topic-state'))).toBe('已发布');
    expect(await textOf(page.getByTestId('topic-phase'))).toBe('已结束');

    await page.getByTestId('topic-tab-opinions').click();
    const panel = page.getByTestId('opinions-panel');
    await panel.getByText('共 4 条意见').waitFor();
    expect(await panel.textContent()).toContain('4 条未答复');
    // the undertaking unit sees the contact a citizen left
    expect(await panel.textContent()).toContain('13700000001');
    await settled(page);
    await shot(page, 'opinions');

    // results without a summary: refused next to the summary
    await page.getByTestId('topic-tab-results').click();
    await page.getByTestId('topic-publish-results').click();
    await confirmMessageBox(page);
    const summaryError = page.getByTestId('topic-summary-item').locator('.el-form-item__error');
    await summaryError.waitFor();
    expect(await textOf(summaryError)).toContain('请填写征集情况汇总');

    // with the summary but before the answers: refused, with the count of opinions left
    await page.getByTestId('topic-summary').locator('textarea').fill(SUMMARY);
    await page.getByTestId('topic-summary-save').click();
    await expect.poll(() => textOf(lastMessage(page))).toContain('汇总已保存');
    await page.getByTestId('topic-publish-results').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(lastMessage(page))).toContain('还有4条意见未作处理');
    await expect.poll(() => textOf(page.getByTestId('topic-state'))).toBe('已发布');

    // a reasonable opinion needs its adoption: refused next to the field
    await page.getByTestId('topic-tab-opinions').click();
    const first = panel.getByTestId('opinion-table').locator('tbody tr', { hasText: '审核确认时限' }).first();
    await first.locator('[data-testid^="opinion-answer-"]').click();
    const dialog = page.getByTestId('opinion-answer-dialog');
    await dialog.getByTestId('opinion-reasonable-yes').click();
    await dialog.getByTestId('opinion-reply').locator('textarea').fill('部分采纳。');
    await dialog.getByTestId('opinion-answer-confirm').click();
    const adoptionError = dialog.getByTestId('opinion-adoption-item').locator('.el-form-item__error');
    await adoptionError.waitFor();
    expect(await textOf(adoptionError)).toContain('合理意见须说明采纳情况');
    await shot(page, 'adoption-required');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await answerOpinion(page, '审核确认时限', { reasonable: true, adoption: 'PARTLY_ADOPTED', reply: '部分采纳：审核确认时限缩短为15个工作日。' });
    await answerOpinion(page, '在线提交材料', { reasonable: true, adoption: 'NOT_ADOPTED', reply: '网上申请渠道正在建设，暂未采纳。' });
    await answerOpinion(page, '因残疾产生的必要支出', { reasonable: false, reply: '该事项已由省级办法规定，本办法不再重复。' });
    await answerOpinion(page, '每季度公布', { reasonable: false, reply: '低保对象人数和资金已按月在民政局网站公开。' });
    await panel.getByText('0 条未答复').waitFor();

    // every opinion answered, the summary kept: published
    await page.getByTestId('topic-tab-results').click();
    expect(await page.getByTestId('topic-summary').locator('textarea').inputValue()).toBe(SUMMARY);
    await page.getByTestId('topic-publish-results').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('topic-state'))).toBe('已公布结果');
    // 2 reasonable, 1 of them partly adopted; 4 of 4 answered
    expect(await textOf(page.getByTestId('topic-adoption-rate'))).toBe('50.0%');
    expect(await textOf(page.getByTestId('topic-reply-rate'))).toBe('100.0%');
    expect(await page.getByTestId('topic-rates').textContent()).toContain('（1/2）');
    await shot(page, 'published');

    // the figures page counts the topic among the closed ones with the same rates
    await openMenu(page, 'consultation-dashboard');
    const adoption = page.getByTestId('dash-adoption');
    await adoption.locator('canvas').first().waitFor();
    await settled(page);
    expect(await textOf(adoption.getByTestId('dash-closed-adoption'))).toContain('50.0%');
    expect(await textOf(adoption.getByTestId('dash-closed-reply'))).toContain('100.0%');
    await adoption.locator('summary').click();
    const row = adoption.getByTestId('dash-adoption-table').locator('tbody tr', { hasText: CLOSED_TITLE });
    expect(await textOf(row)).toContain('50.0%（1/2）');
    expect(await page.getByTestId('dash-by-state').getByRole('img').getAttribute('aria-label')).toContain('已公布结果1');
    await page.screenshot({ path: screenshotPath('admin-results-dashboard-civil'), fullPage: true, animations: 'disabled' });
    await page.context().close();
  });

  it('the Secretariat’s figures page draws every unit’s topics, with the numbers in words beside the charts', async () => {
    const page = await signIn(browser, 'mishuke');
    await openMenu(page, 'consultation-dashboard');
    for (const card of ['dash-by-state', 'dash-opinions', 'dash-adoption', 'dash-quarter-trend'])
      await page.getByTestId(card).locator('canvas').first().waitFor();
    await settled(page);
    // the Secretariat never sees drafts; the Civil Affairs topic is among the closed ones
    const states = (await page.getByTestId('dash-by-state').getByRole('img').getAttribute('aria-label')) ?? '';
    expect(states).toContain('起草中0');
    expect(states).toMatch(/待秘书科审查[1-9]/);
    expect(await page.getByTestId('dash-opinions').getByRole('img').getAttribute('aria-label')).toContain(
      '朝阳市普惠性幼儿园认定和扶持办法（征求意见稿）',
    );
    expect(await page.getByTestId('dash-adoption').getByRole('img').getAttribute('aria-label')).toContain(CLOSED_TITLE);
    await page.screenshot({ path: screenshotPath('admin-results-dashboard-secretariat'), fullPage: true, animations: 'disabled' });
    // the quarter's consultation rate, below the fold: the year's quarters and the units, with the table
    const quarter = page.getByTestId('dash-rates');
    await quarter.scrollIntoViewIfNeeded();
    expect(await quarter.locator('.el-table').textContent()).toContain('合计');
    await quarter.screenshot({ path: screenshotPath('admin-results-dashboard-quarter'), animations: 'disabled' });
    await page.context().close();
  });
});

describe('hearings and the delivery of the materials', () => {
  /** The delivery dialog of an event: fills it and saves. */
  async function deliver(page: Page, event: Locator, who: string, day: string) {
    await event.locator('[data-testid^="event-deliver-"]').click();
    const dialog = page.getByTestId('delivery-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('delivery-representative').locator('input').fill(who);
    await dialog.getByTestId('delivery-organisation').locator('input').fill('双塔区凌凤街道');
    await setDate(dialog.getByTestId('delivery-date-item'), day);
    await dialog.getByTestId('delivery-confirm').click();
    return dialog;
  }

  it('a hearing needs the materials 7 days before; a late delivery is refused until its reason is given, then flagged', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await openTopic(page, UPCOMING_TITLE);
    await page.getByTestId('topic-tab-events').click();
    await page.getByTestId('event-add').click();
    const dialog = page.getByTestId('event-dialog');
    await dialog.getByTestId('event-form-HEARING').click();
    await setDate(dialog.getByTestId('event-date-item'), dayFromToday(10));
    await dialog.getByTestId('event-place').locator('input').fill('市教育局三楼会议室');
    await dialog.getByTestId('event-participants').locator('textarea').fill('家长代表、学校代表、供餐企业代表');
    await dialog.getByTestId('event-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    const event = page.getByTestId('events-panel').locator('[data-testid^="event-"]', { hasText: '市教育局三楼会议室' }).first();
    await event.waitFor();
    expect(await textOf(event)).toContain('材料须提前7日送达');

    // on time: three days before the deadline
    let form = await deliver(page, event, '王家长', dayFromToday(1));
    await form.waitFor({ state: 'hidden' });
    await event.getByText('王家长').waitFor();

    // late: refused next to the date, with the latest day allowed
    form = await deliver(page, event, '赵代表', dayFromToday(5));
    const dateError = form.getByTestId('delivery-date-item').locator('.el-form-item__error');
    await dateError.waitFor();
    expect(await textOf(dateError)).toContain(`${dayFromToday(3)}前`);
    expect(await textOf(dateError)).toContain('逾期送达须说明理由');
    await shot(page, 'delivery-late');
    await form.getByTestId('delivery-late-reason').locator('textarea').fill('代表临时增补');
    await form.getByTestId('delivery-confirm').click();
    await form.waitFor({ state: 'hidden' });

    const rows = event.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await textOf(rows.filter({ hasText: '王家长' }))).toContain('按期');
    const late = rows.filter({ hasText: '赵代表' });
    expect(await textOf(late)).toContain('逾期');
    expect(await textOf(late)).toContain('代表临时增补');
    await shot(page, 'events');
    await page.context().close();
  });
});
