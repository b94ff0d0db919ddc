/**
 * Admin SPA, end to end, for the opinions on an open consultation topic (system 3) and government
 * meetings with their attendance proposals (system 4): the Education Bureau records an opinion
 * received by letter; the Secretariat sees the demo meeting with its agenda and approved proposal,
 * plans a new meeting and adds an important livelihood item for the Education Bureau; the bureau is
 * refused a proposal without a grassroots representative, adds one and submits; the Secretariat
 * approves; the bureau records a late notice delivery (refused, then flagged with its reason) and
 * downloads a notice; the E-Government Center publishes a press release from the meeting page.
 * Screenshots: test-results/screenshots/admin-meet-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  chooseOption,
  BASE_URL,
  confirmMessageBox,
  dayFromToday,
  fetchGraphql,
  launchChromium,
  openMenu,
  RUN,
  screenshotter,
  setDate,
  signIn,
  textOf,
} from './support.js';

const OPEN_TOPIC = '朝阳市普惠性幼儿园认定和扶持办法（征求意见稿）';
const DEMO_MEETING = '市政府第29次常务会议';
const LETTER_OPINION = `建议将普惠性幼儿园的认定标准在区县政府网站同步公开，便于家长查询。（信函${RUN}）`;
const MEETING_TITLE = `市政府第30次常务会议（${RUN}）`;
const ITEM_TITLE = `研究义务教育阶段学生午餐供应保障方案（${RUN}）`;
const PRESS_BODY = `会议研究了义务教育阶段学生午餐供应保障方案等事项。（${RUN}）`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-meet', { animations: 'disabled', fullPage: true });

/** Waits until no loading mask is visible. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);
}

let meetingId = '';
let itemId = '';
let proposalId = '';

describe('opinions on an open topic', () => {
  it('the undertaking unit records an opinion received by letter', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await openMenu(page, 'consultations');
    const table = page.getByTestId('topic-table');
    await table.locator('tbody tr', { hasText: OPEN_TOPIC }).first().locator('a', { hasText: OPEN_TOPIC }).click();
    await page.getByTestId('topic-state').waitFor();
    const tabLabel = page.getByTestId('topic-tab-opinions');
    const before = Number((await textOf(tabLabel)).match(/\((\d+)\)/)?.[1]);
    expect(before).toBeGreaterThanOrEqual(3);
    await tabLabel.click();
    const panel = page.getByTestId('opinions-panel');
    await expect.poll(() => panel.locator('tbody tr').count()).toBe(before);
    await shot(page, 'opinions');

    await panel.getByTestId('opinion-record').click();
    const dialog = page.getByTestId('opinion-record-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('opinion-channel-LETTER').click();
    await dialog.getByTestId('opinion-content').locator('textarea').fill(LETTER_OPINION);
    await dialog.getByTestId('opinion-name').locator('input').fill('王女士');
    await dialog.getByTestId('opinion-contact').locator('input').fill('朝阳市双塔区新华路12号');
    await shot(page, 'opinion-record');
    await dialog.getByTestId('opinion-record-confirm').click();
    await dialog.waitFor({ state: 'hidden' });

    const row = panel.locator('tbody tr', { hasText: LETTER_OPINION });
    await row.waitFor();
    expect(await textOf(row)).toContain('信函');
    await expect.poll(async () => textOf(tabLabel)).toContain(`(${before + 1})`);
    await shot(page, 'opinion-recorded');
    await page.context().close();
  });
});

describe('government meetings and attendance', () => {
  it('the Secretariat sees the demo meeting, plans a new one and adds an important livelihood item', async () => {
    const page = await signIn(browser, 'mishuke');
    await openMenu(page, 'meetings');
    const table = page.getByTestId('meeting-table');
    const demo = table.locator('tbody tr', { hasText: DEMO_MEETING }).first();
    await demo.waitFor();
    await settled(page);
    await shot(page, 'list');
    await demo.locator('a', { hasText: DEMO_MEETING }).click();

    const agenda = page.getByTestId('agenda-table');
    const consulted = agenda.locator('tbody tr', { hasText: OPEN_TOPIC });
    await consulted.waitFor();
    expect(await textOf(consulted)).toMatch(/合理意见采纳率 \S+ · 采纳情况回复率 \S+/);
    const proposals = page.getByTestId('meeting-proposals');
    await proposals.waitFor();
    expect(await textOf(proposals)).toContain('已批准');
    await settled(page);
    await shot(page, 'demo-meeting');

    await page.getByRole('button', { name: '返回' }).click();
    await page.getByTestId('meeting-create').click();
    const dialog = page.getByTestId('meeting-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('meeting-kind-STANDING').click();
    await dialog.getByTestId('meeting-title').locator('input').fill(MEETING_TITLE);
    // two days ahead: a notice delivered today is already too late for three working days
    await setDate(dialog.getByTestId('meeting-date-item'), dayFromToday(2));
    await dialog.getByTestId('meeting-place').locator('input').fill('市政府第一会议室');
    await dialog.getByTestId('meeting-notes').locator('textarea').fill('请列席人员提前15分钟到会，携带身份证件。');
    await shot(page, 'create');
    await dialog.getByTestId('meeting-confirm').click();
    await page.waitForURL(/\/admin\/meetings\/[0-9a-f-]{36}$/);
    meetingId = page.url().match(/meetings\/([0-9a-f-]{36})/)![1]!;
    await expect.poll(() => textOf(page.locator('.gk-page-title'))).toBe(MEETING_TITLE);

    await page.getByTestId('agenda-add').click();
    const itemDialog = page.getByTestId('agenda-dialog');
    await itemDialog.waitFor();
    await itemDialog.getByTestId('agenda-unit').locator('input').first().click();
    await itemDialog.getByTestId('agenda-unit').locator('input').first().fill('教育局');
    await page.locator('.el-tree-select__popper:visible .el-tree-node__content', { hasText: '朝阳市教育局' }).first().click();
    await itemDialog.getByTestId('agenda-title').locator('input').fill(ITEM_TITLE);
    await chooseOption(itemDialog.getByTestId('agenda-category'), '其他重大民生事项');
    await itemDialog.getByTestId('agenda-livelihood').click();
    await shot(page, 'agenda-add');
    await itemDialog.getByTestId('agenda-confirm').click();
    await itemDialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('agenda-table').locator('tbody tr', { hasText: ITEM_TITLE });
    await row.waitFor();
    expect(await textOf(row)).toContain('重要民生议题');
    expect(await textOf(row)).toContain('朝阳市教育局');
    await shot(page, 'new-meeting');
    await page.context().close();
  });

  it('the bureau is refused a proposal without a grassroots representative, adds one and submits', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await page.goto(`${BASE_URL}/admin/meetings/${meetingId}`);
    const row = page.getByTestId('agenda-table').locator('tbody tr', { hasText: ITEM_TITLE });
    const write = row.locator('[data-testid^="agenda-propose-"]');
    await write.waitFor();
    itemId = (await write.getAttribute('data-testid'))!.replace('agenda-propose-', '');
    await write.click();
    await page.waitForURL(new RegExp(`/admin/meetings/agenda/${itemId}/proposal$`));
    const form = page.getByTestId('proposal-form');
    await form.waitFor();
    await form.getByTestId('proposal-invite-yes').click();
    await form.getByTestId('proposal-necessity').locator('textarea').fill('方案涉及全市义务教育阶段学生和家长的切身利益，需听取家长和学校意见。');
    await form.getByTestId('proposal-way').locator('textarea').fill('列席会议，议题汇报后发言');
    await form.getByTestId('proposal-preparations').locator('textarea').fill('已联系代表并确认可以参会');
    await form.getByTestId('invitee-add').click();
    await form.getByTestId('invitee-name-0').fill('李校长');
    await chooseOption(form.getByTestId('invitee-category-0'), '利益相关方');
    await page.getByTestId('proposal-save-submit').click();
    await confirmMessageBox(page);
    const inviteesError = form.getByTestId('proposal-invitees-item').locator('.el-form-item__error');
    await inviteesError.waitFor();
    expect(await textOf(inviteesError)).toContain('基层群众代表');
    await page.waitForURL(/\/admin\/meetings\/proposals\/[0-9a-f-]{36}$/);
    proposalId = page.url().match(/proposals\/([0-9a-f-]{36})/)![1]!;
    expect(await textOf(page.getByTestId('proposal-state'))).toBe('起草中');
    await shot(page, 'proposal-refused');

    await form.getByTestId('invitee-add').click();
    await form.getByTestId('invitee-name-1').fill('张桂兰');
    await expect.poll(() => textOf(form.getByTestId('invitee-category-1'))).toContain('基层群众代表');
    await page.getByTestId('proposal-save-submit').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('proposal-state'))).toBe('待秘书科审批');
    await expect.poll(() => form.getByTestId('proposal-invitees-item').locator('.el-form-item__error').count()).toBe(0);
    await shot(page, 'proposal-submitted');
    await page.context().close();
  });

  it('the Secretariat approves the proposal', async () => {
    const page = await signIn(browser, 'mishuke');
    await openMenu(page, 'attendance-proposals');
    const approve = page.getByTestId('proposal-table').getByTestId(`proposal-approve-${proposalId}`);
    await approve.waitFor();
    await settled(page);
    await shot(page, 'proposal-queue');
    await approve.click();
    await confirmMessageBox(page);
    await approve.waitFor({ state: 'detached' });
    await page.goto(`${BASE_URL}/admin/meetings/proposals/${proposalId}`);
    await expect.poll(() => textOf(page.getByTestId('proposal-state'))).toBe('已批准');
    await page.context().close();
  });

  it('the bureau records a late notice delivery with its reason and downloads a notice', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await page.goto(`${BASE_URL}/admin/meetings/proposals/${proposalId}`);
    const notices = page.getByTestId('notices');
    const row = notices.locator('tbody tr', { hasText: '张桂兰' });
    await row.waitFor();
    await row.locator('[data-testid^="invitee-deliver-"]').click();
    const dialog = page.getByTestId('notice-dialog');
    await dialog.waitFor();
    await setDate(dialog.getByTestId('notice-date-item'), dayFromToday(0));
    await dialog.getByTestId('notice-confirm').click();
    const dateError = dialog.getByTestId('notice-date-item').locator('.el-form-item__error');
    await dateError.waitFor();
    expect(await textOf(dateError)).toContain('逾期送达须说明理由');
    await shot(page, 'notice-late');
    await dialog.getByTestId('notice-late-reason').locator('textarea').fill('会议临时调整，通知无法提前三个工作日送达。');
    await dialog.getByTestId('notice-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(row)).toContain('逾期');
    expect(await textOf(row)).toContain('会议临时调整');
    await shot(page, 'notice-flagged');

    const link = row.locator('[data-testid^="invitee-notice-"]');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/meetings\/invitees\/[0-9a-f-]{36}\/notice$/);
    const response = await page.context().request.get(new URL(href!, page.url()).toString());
    expect(response.status()).toBe(200);
    const body = await response.body();
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.context().close();
  });

  it('the E-Government Center publishes a press release from the meeting page', async () => {
    const page = await signIn(browser, 'egov');
    await openMenu(page, 'meetings');
    await page.getByTestId('meeting-table').locator('a', { hasText: MEETING_TITLE }).click();
    await page.getByTestId('agenda-table').locator('tbody tr', { hasText: ITEM_TITLE }).waitFor();
    // the Center publishes; it neither plans the agenda nor sees the proposals
    expect(await page.getByTestId('agenda-add').count()).toBe(0);
    expect(await page.getByTestId('meeting-proposals').count()).toBe(0);
    await page.getByTestId('press-create').click();
    const dialog = page.getByTestId('press-dialog');
    await dialog.waitFor();
    const title = await dialog.getByTestId('press-title').locator('input').inputValue();
    expect(title).toBe(`${MEETING_TITLE}召开`);
    await dialog.getByTestId('press-body').locator('textarea').fill(PRESS_BODY);
    await dialog.getByTestId('press-source').locator('input').fill('朝阳市人民政府办公室');
    await shot(page, 'press');
    await dialog.getByTestId('press-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.el-message--success', { hasText: '新闻通稿已发布' }).waitFor();
    const news = await fetchGraphql<{ publicMeetingNews: { items: { title: string }[] } }>('{ publicMeetingNews(pageSize: 20) { items { title } } }');
    expect(news.publicMeetingNews.items.map((i) => i.title)).toContain(title);
    await page.context().close();
  });
});
