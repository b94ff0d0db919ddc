/**
 * The consultation story of issue 4 as one test, in the browser, through the admin SPA and the
 * portal: the Education Bureau submits a topic, the Secretariat returns it and then approves it,
 * the E-Government Center publishes it, citizens comment on the portal while the window is open
 * (the unit cannot answer yet), then — LATER_DAYS later — the window has closed: the portal takes no
 * more opinions, the unit answers each one, writes the summary and publishes the results, and the
 * portal shows them with the adoption and reply rates the answers give.
 *
 * "Later" is the second server process of global-setup.ts: the same database, its clock LATER_DAYS
 * ahead (CLOCK_OFFSET_DAYS). Nothing is written to the database by the test, and nothing waits.
 * Screenshots: test-results/screenshots/story-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  answerOpinion,
  BASE_URL,
  confirmMessageBox,
  dayFromToday,
  heading,
  LATER_DAYS,
  LATER_URL,
  launchChromium,
  openMenu,
  openPage,
  RUN,
  screenshotter,
  setDate,
  signIn,
  textOf,
} from './support.js';

const TITLE = `朝阳市中小学生课间休息时间管理规定（征求意见稿）（${RUN}）`;
const RETURN_REASON = '请在起草说明中写明课间时长的依据。';
const OPINIONS = ['建议课间休息不少于十五分钟，让学生走出教室。', '希望学校在雨雪天也开放室内活动场地。', '建议取消所有家庭作业。'];
const SUMMARY = '征集期间共收到网站意见3条，其中合理意见2条，采纳1条，均已逐条答复。';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('story', { animations: 'disabled', fullPage: true });
const stateOf = (page: Page) => textOf(page.getByTestId('topic-state'));

/** Signs in to the admin of the server at `base` and opens the topic. */
async function topicPage(user: string, id: string, base = BASE_URL) {
  const page = await signIn(browser, user, undefined, base);
  await page.goto(`${base}/admin/consultations/${id}`);
  await expect.poll(() => stateOf(page)).not.toBe('');
  return page;
}

/** Saves the editor and submits, answering the confirmation; waits for the topic's page. */
async function saveAndSubmit(page: Page, id: string | null) {
  await page.getByTestId('topic-save-submit').click();
  await confirmMessageBox(page);
  await page.waitForURL(id ? new RegExp(`/admin/consultations/${id}(\\?.*)?$`) : /\/admin\/consultations\/[0-9a-f-]{36}(\?.*)?$/);
  await expect.poll(() => stateOf(page)).toBe('待秘书科审查');
  return page.url().match(/consultations\/([0-9a-f-]{36})/)![1]!;
}

describe('issue 4, end to end', () => {
  it('from the unit’s draft to the results on the portal, across the closing of the window', { timeout: 240_000 }, async () => {
    // ——— the Education Bureau submits a topic, open from today for seven days ———
    let page = await signIn(browser, 'jiaoyu.staff');
    await openMenu(page, 'consultations');
    await page.getByTestId('topic-create').click();
    await page.getByTestId('topic-title').locator('input').fill(TITLE);
    await page.getByTestId('topic-meeting-note').locator('input').fill('市政府常务会议');
    await page.getByTestId('topic-draft').locator('textarea').fill('第一条　中小学校每节课之间的课间休息时间不少于10分钟……');
    await page.getByTestId('topic-basis').locator('textarea').fill('《中华人民共和国未成年人保护法》；《中小学生健康体检管理办法》');
    await page.getByTestId('topic-explanation').locator('textarea').fill('为保障学生课间休息和活动时间，起草本规定。');
    await setDate(page.getByTestId('topic-window-start-item'), dayFromToday(0));
    await setDate(page.getByTestId('topic-window-end-item'), dayFromToday(6));
    const id = await saveAndSubmit(page, null);
    await shot(page, '01-submitted');
    await page.context().close();

    // ——— the Secretariat returns it with a reason ———
    page = await topicPage('mishuke', id);
    await page.getByTestId(`topic-return-${id}`).click();
    await page.getByTestId('topic-return-input').locator('textarea').fill(RETURN_REASON);
    await page.getByTestId('topic-return-confirm').click();
    await expect.poll(() => stateOf(page)).toBe('已退回');
    await page.context().close();

    // ——— the unit reads the reason, completes the explanation and submits again ———
    page = await signIn(browser, 'jiaoyu.staff');
    await page.goto(`${BASE_URL}/admin/consultations/${id}/edit`);
    expect(await textOf(page.getByTestId('topic-return-reason-shown'))).toContain(RETURN_REASON);
    await page
      .getByTestId('topic-explanation')
      .locator('textarea')
      .fill('为保障学生课间休息和活动时间，起草本规定。课间时长依据教育部有关通知确定。');
    await saveAndSubmit(page, id);
    await page.context().close();

    // ——— the Secretariat approves it; the E-Government Center publishes it ———
    page = await topicPage('mishuke', id);
    await page.getByTestId(`topic-approve-${id}`).click();
    await confirmMessageBox(page);
    await expect.poll(() => stateOf(page)).toBe('待发布');
    await page.context().close();

    page = await topicPage('egov', id);
    await page.getByTestId(`topic-publish-${id}`).click();
    await confirmMessageBox(page);
    await expect.poll(() => stateOf(page)).toBe('已发布');
    expect(await textOf(page.getByTestId('topic-phase'))).toBe('征集中');
    await shot(page, '02-published');
    await page.context().close();

    // ——— citizens comment on the portal while the window is open ———
    const citizen = await openPage(browser, 'desktop');
    await citizen.page.goto(`${BASE_URL}/consultations/${id}`, { waitUntil: 'networkidle' });
    await heading(citizen.page, TITLE);
    expect(await citizen.page.locator('main .topic-status .tag').allTextContents()).toEqual(['征集中']);
    const codes: string[] = [];
    for (const content of OPINIONS) {
      const previous = codes.at(-1) ?? '';
      await citizen.page.getByLabel('意见内容（必填）').fill(content);
      await citizen.page.getByRole('button', { name: '提交意见' }).click();
      await citizen.page.waitForFunction((old) => {
        const c = document.querySelector('main .receipt__code')?.textContent?.trim();
        return !!c && c !== old;
      }, previous);
      codes.push(((await citizen.page.locator('main .receipt__code').textContent()) ?? '').trim());
    }
    expect(new Set(codes).size).toBe(3);
    await citizen.page.waitForFunction((n) => document.querySelectorAll('main ol.opinions > li').length === n, OPINIONS.length);
    await shot(citizen.page, '03-portal-open');
    await citizen.context.close();

    // the unit cannot answer before the window closes
    page = await topicPage('jiaoyu.staff', id);
    await page.getByTestId('topic-tab-opinions').click();
    await page.getByTestId('opinions-panel').getByText(`共 ${OPINIONS.length} 条意见`).waitFor();
    expect(await page.getByTestId('opinions-panel').textContent()).toContain(`征集期至 ${dayFromToday(6)} 结束`);
    expect(await page.locator('[data-testid^="opinion-answer-"]').count()).toBe(0);
    await page.context().close();

    // ——— LATER_DAYS later: the window has closed ———
    expect(LATER_DAYS).toBeGreaterThan(6);
    const late = await openPage(browser, 'desktop');
    await late.page.goto(`${LATER_URL}/consultations/${id}`, { waitUntil: 'networkidle' });
    await heading(late.page, TITLE);
    expect(await late.page.locator('main .topic-status .tag').allTextContents()).toEqual(['已结束']);
    // no more opinions: no form
    expect(await late.page.locator('#opinion-content').count()).toBe(0);
    await late.context.close();

    // the unit answers each opinion, writes the summary and publishes the results
    page = await topicPage('jiaoyu.staff', id, LATER_URL);
    expect(await textOf(page.getByTestId('topic-phase'))).toBe('已结束');
    await page.getByTestId('topic-tab-opinions').click();
    await page.getByTestId('opinions-panel').getByText(`${OPINIONS.length} 条未答复`).waitFor();
    await answerOpinion(page, OPINIONS[0]!, { reasonable: true, adoption: 'ADOPTED', reply: '已采纳：课间休息时间改为不少于15分钟。' });
    await answerOpinion(page, OPINIONS[1]!, { reasonable: true, adoption: 'NOT_ADOPTED', reply: '室内场地由学校统筹安排，本规定暂不作统一要求。' });
    await answerOpinion(page, OPINIONS[2]!, { reasonable: false, reply: '作业管理另有规定，不属于本规定的范围。' });
    await page.getByTestId('opinions-panel').getByText('0 条未答复').waitFor();
    await shot(page, '04-answered');
    await page.getByTestId('topic-tab-results').click();
    await page.getByTestId('topic-summary').locator('textarea').fill(SUMMARY);
    await page.getByTestId('topic-publish-results').click();
    await confirmMessageBox(page);
    await expect.poll(() => stateOf(page)).toBe('已公布结果');
    expect(await textOf(page.getByTestId('topic-adoption-rate'))).toBe('50.0%');
    expect(await textOf(page.getByTestId('topic-reply-rate'))).toBe('100.0%');
    await shot(page, '05-results-admin');
    await page.context().close();

    // ——— the portal shows the results with the rates ———
    const reader = await openPage(browser, 'desktop');
    await reader.page.goto(`${LATER_URL}/consultations/${id}`, { waitUntil: 'networkidle' });
    await heading(reader.page, TITLE);
    expect(await reader.page.locator('main .topic-status .tag').allTextContents()).toEqual(['已结束', '已公布结果']);
    const main = (await reader.page.locator('main').textContent()) ?? '';
    expect(main).toContain(SUMMARY);
    const rates = reader.page.locator('main .rates__item');
    const adoption = rates.filter({ hasText: '合理意见采纳率' });
    expect((await adoption.locator('.rates__value').textContent())?.trim()).toBe('50%');
    expect(await adoption.textContent()).toContain('合理意见 2 条，其中采纳或部分采纳 1 条');
    const reply = rates.filter({ hasText: '采纳情况回复率' });
    expect((await reply.locator('.rates__value').textContent())?.trim()).toBe('100%');
    expect(await reply.textContent()).toContain('收到意见 3 条，其中已答复 3 条');
    expect(await reader.page.locator('main ol.opinions .answer .tag').allTextContents()).toEqual(['采纳', '未采纳', '未采纳']);
    expect(main).toContain('已采纳：课间休息时间改为不少于15分钟。');
    await shot(reader.page, '06-results-portal');
    expect(reader.problems).toEqual([]);
    await reader.context.close();
  });
});
