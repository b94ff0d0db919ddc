/**
 * Joint meetings of the disclosure leading group (system 1), end to end with the demo data: the
 * Disclosure Office (王公开, a deputy leader of the group) sees this year's figures, convenes a meeting,
 * records it held, writes the minutes with a resolution for the education bureau and issues them. The
 * bureau acknowledges receipt and reports progress; the office closes the resolution.
 * Screenshots (desktop 1366×900 and phone 390×844): test-results/screenshots/admin-joint-meetings-*.png.
 * Each page kind is checked once with adminPageProblems (axe, Chinese only, no sideways scrolling).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  RUN,
  adminPageProblems,
  confirmMessageBox,
  dayFromToday,
  launchChromium,
  openMenu,
  screenshotter,
  setDate,
  signIn,
  textOf,
} from './support.js';

const TITLE = `政务公开领导小组专题联席会议${RUN}`;
const CONTENT = `市教育局完善校务公开栏目${RUN}`;
const DESKTOP = { width: 1366, height: 900 };

let browser: Browser;
let office: Page;
let meetingUrl = '';
beforeAll(async () => {
  browser = await launchChromium();
  office = await signIn(browser, 'gongkaiban');
  await office.setViewportSize(DESKTOP);
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-joint-meetings', { animations: 'disabled', fullPage: true });
const ALLOWED = [RUN];
const resolution = (page: Page) => page.locator('article.resolution', { hasText: CONTENT });

describe('a joint meeting is held and its resolution followed to closure', () => {
  it('the Disclosure Office sees the year’s figures and the leading group', async () => {
    await openMenu(office, 'joint-meetings');
    await office.getByTestId('joint-meeting-figures').waitFor();
    expect(await textOf(office.getByTestId('joint-meeting-figures'))).toContain('尚未达到每年至少召开1次的要求');
    expect(await adminPageProblems(office, shot, 'list', ALLOWED)).toEqual([]);
    await openMenu(office, 'joint-meetings-group');
    await office.getByTestId('leading-group').getByText('李组长').waitFor();
    expect(await adminPageProblems(office, shot, 'group', ALLOWED)).toEqual([]);
  });

  it('a deputy leader convenes it; it is held and the minutes are issued with a resolution', async () => {
    await openMenu(office, 'joint-meetings');
    await office.getByTestId('joint-meeting-convene').click();
    const dialog = office.getByRole('dialog', { name: '召集联席会议' });
    await dialog.waitFor();
    await dialog.getByTestId('convene-title').fill(TITLE);
    await setDate(dialog.getByTestId('convene-date'), dayFromToday(0));
    await dialog.getByTestId('convene-agenda-0').fill('听取各单位政务公开工作汇报');
    await dialog.getByTestId('convene-submit').click();
    await office.waitForURL(/\/joint-meetings\/[0-9a-f-]{36}$/);
    meetingUrl = office.url();
    await expect.poll(() => textOf(office.getByTestId('joint-meeting-state'))).toBe('已召集');

    await office.getByTestId('joint-meeting-hold').click();
    await setDate(office.getByTestId('hold-date'), dayFromToday(0));
    await office.getByTestId('hold-submit').click();
    await expect.poll(() => textOf(office.getByTestId('joint-meeting-state'))).toBe('已召开（纪要起草中）');

    await office.getByTestId('minutes-text').fill('会议听取了各单位政务公开工作汇报，研究了下一步重点工作。');
    await office.getByTestId('resolution-add').click();
    const add = office.getByRole('dialog', { name: '添加议定事项' });
    await add.waitFor();
    await add.getByTestId('resolution-content').fill(CONTENT);
    // the server's rule, next to the field: a resolution names its responsible units
    await add.getByTestId('resolution-add-submit').click();
    await expect.poll(() => textOf(add.locator('.el-form-item__error').first())).toBe('议定事项须明确责任单位');
    await add.getByTestId('resolution-units').locator('.el-select__wrapper').click();
    await office.keyboard.type('教育局');
    await office.locator('.el-tree-select__popper:visible .el-tree-node__content', { hasText: '朝阳市教育局' }).first().click();
    await add.getByRole('heading', { name: '添加议定事项' }).click();
    await setDate(add.getByTestId('resolution-due'), dayFromToday(30));
    await add.getByTestId('resolution-add-submit').click();
    await resolution(office).waitFor();

    await office.getByTestId('minutes-issue').click();
    await confirmMessageBox(office);
    await expect.poll(() => textOf(office.getByTestId('joint-meeting-state'))).toBe('纪要已印发');
    expect(await textOf(resolution(office))).toContain('落实中');
    expect(await adminPageProblems(office, shot, 'meeting', ALLOWED)).toEqual([]);
  });

  it('the education bureau acknowledges the minutes and reports progress', async () => {
    const unit = await signIn(browser, 'jiaoyu.staff');
    await unit.setViewportSize(DESKTOP);
    const meetingId = meetingUrl.split('/').pop()!;
    await openMenu(unit, 'joint-meetings-mine');
    await unit.getByTestId(`acknowledge-${meetingId}`).click();
    await confirmMessageBox(unit);
    await expect.poll(() => textOf(unit.getByTestId(`receipt-${meetingId}`))).toContain('已确认收到');

    await resolution(unit).locator('[data-testid$="-report"]').click();
    const dialog = unit.getByRole('dialog', { name: '报告落实进展' });
    await dialog.locator('textarea').fill('已在学校门户网站开设校务公开栏目并完成首批内容发布。');
    await dialog.getByRole('button', { name: '报告进展' }).click();
    await expect.poll(() => textOf(resolution(unit))).toContain('已报告进展');
    expect(await adminPageProblems(unit, shot, 'unit', ALLOWED)).toEqual([]);
    await unit.context().close();
  });

  it('the Disclosure Office closes the resolution', async () => {
    await office.goto(meetingUrl);
    await expect.poll(() => textOf(resolution(office))).toContain('已报告进展');
    await resolution(office).locator('[data-testid$="-close"]').click();
    await confirmMessageBox(office);
    await expect.poll(() => textOf(resolution(office))).toContain('已办结');
    await shot(office, 'closed-desktop');
  });
});

describe('a meeting planned, its date moved, then called off', () => {
  it('the Disclosure Office changes the plan, then calls it off with the reason; it is not held', async () => {
    await openMenu(office, 'joint-meetings');
    await office.getByTestId('joint-meeting-convene').click();
    const convene = office.getByRole('dialog', { name: '召集联席会议' });
    await convene.getByTestId('convene-title').fill(`${TITLE}（改期）`);
    await setDate(convene.getByTestId('convene-date'), dayFromToday(5));
    await convene.getByTestId('convene-agenda-0').fill('研究推动基层政务公开标准化');
    await convene.getByTestId('convene-submit').click();
    await office.waitForURL(/\/joint-meetings\/[0-9a-f-]{36}$/);
    await expect.poll(() => textOf(office.getByTestId('joint-meeting-state'))).toBe('已召集');

    // the plan changed: the form opens with what was planned, the page shows the new date and place
    await office.getByTestId('joint-meeting-edit').click();
    const edit = office.getByRole('dialog', { name: '修改会议安排' });
    await edit.waitFor();
    expect(await edit.getByTestId('edit-agenda-0').inputValue()).toBe('研究推动基层政务公开标准化');
    await setDate(edit.getByTestId('edit-date'), dayFromToday(8));
    await edit.getByTestId('edit-place').fill('市政府第三会议室');
    await edit.getByTestId('edit-submit').click();
    await edit.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(office.locator('.el-descriptions'))).toContain(dayFromToday(8));
    expect(await textOf(office.locator('.el-descriptions'))).toContain('市政府第三会议室');

    // called off: a reason is required; then the meeting reads as called off, with nothing left to do on it
    await office.getByTestId('joint-meeting-cancel').click();
    const cancel = office.getByTestId('joint-meeting-cancel-dialog');
    await cancel.getByTestId('joint-meeting-cancel-confirm').click();
    await expect.poll(() => textOf(cancel.locator('.el-form-item__error'))).toBe('必填');
    await cancel.getByTestId('joint-meeting-cancel-input').locator('textarea').fill('与市政府常务会议时间冲突，另行安排');
    await cancel.getByTestId('joint-meeting-cancel-confirm').click();
    await expect.poll(() => textOf(office.getByTestId('joint-meeting-state'))).toBe('已取消');
    expect(await textOf(office.getByTestId('joint-meeting-cancelled'))).toContain('与市政府常务会议时间冲突，另行安排');
    expect(await office.getByTestId('joint-meeting-hold').count()).toBe(0);
    expect(await office.getByTestId('joint-meeting-minutes').count()).toBe(0);
    expect(await adminPageProblems(office, shot, 'cancelled', ALLOWED)).toEqual([]);
  });
});
