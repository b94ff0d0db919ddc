/**
 * Admin SPA, end to end: the administrator enters a year's holidays by pasting the State Council's
 * notice, sees what could not be read, corrects it, reads it again, checks the holidays and confirms;
 * the year is then entered from the notice. The year is one the other files' deadlines never reach.
 * Screenshots: test-results/screenshots/admin-calendar-notice-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { absoluteUrl, adminPageProblems, fetchGraphql, launchChromium, screenshotter, sessionOf, signIn, textOf } from './support.js';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await signIn(browser, 'admin');
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-calendar-notice', { animations: 'disabled', fullPage: true });
const YEAR = new Date().getFullYear() + 2;
const notice = (springDays: number) => `国务院办公厅关于${YEAR}年部分节假日安排的通知
一、元旦：1月1日至3日放假，共3天。
二、春节：2月5日至11日放假调休，共${springDays}天。2月13日上班。
三、劳动节：5月1日至5日放假调休，共5天。4月29日、5月7日上班。
国务院办公厅`;

describe('the administrator enters next year’s holidays from the notice', () => {
  it('reads the pasted notice, names what it cannot read, and enters it once confirmed', async () => {
    await page.goto(absoluteUrl(`/admin/calendar?year=${YEAR}`));
    await page.getByTestId('calendar-grid').waitFor();
    // the year the address asks for (the to-do's link)
    expect(await textOf(page.getByTestId('calendar-banner'))).toContain(`${YEAR}年`);
    await page.getByTestId('calendar-enter-notice').click();
    const dialog = page.getByTestId('calendar-notice-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('calendar-notice-apply').isDisabled()).toBe(true);

    // a wrong day count: read, refused line by line, nothing to confirm
    await dialog.locator('textarea').fill(notice(8));
    await page.getByTestId('calendar-notice-read').click();
    const problems = page.getByTestId('calendar-notice-problems');
    await problems.waitFor();
    expect(await textOf(problems)).toContain(`“春节”写明共8天，但${YEAR}-02-05至${YEAR}-02-11为7天`);
    expect(await page.getByTestId('calendar-notice-apply').isDisabled()).toBe(true);

    // corrected: three holidays with their worked days, then entered
    await dialog.locator('textarea').fill(notice(7));
    await page.getByTestId('calendar-notice-read').click();
    const preview = page.getByTestId('calendar-notice-preview');
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(3);
    expect(await textOf(preview.locator('tbody tr').nth(2))).toContain(`${YEAR}-04-29、${YEAR}-05-07`);
    expect(await problems.count()).toBe(0);
    expect(await adminPageProblems(page, shot, 'dialog', [/\d{4}-\d{2}-\d{2}/], '[data-testid="calendar-grid"]')).toEqual([]);
    await page.getByTestId('calendar-notice-apply').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(page.getByTestId('calendar-banner'))).toContain('国务院办公厅');
    expect(await textOf(page.getByTestId('calendar-covered'))).toBe('已录入');

    // the server has the notice's days: 3 + 7 + 5 days off, 3 worked
    const cookie = await sessionOf('admin');
    const { calendarYear } = await fetchGraphql<{ calendarYear: { source: string; days: { kind: string }[] } }>(
      `{ calendarYear(year:${YEAR}){ source days { kind } } }`,
      {},
      cookie,
    );
    expect(calendarYear.source).toBe('notice');
    expect(calendarYear.days.filter((d) => d.kind === 'HOLIDAY')).toHaveLength(15);
    expect(calendarYear.days.filter((d) => d.kind === 'ADJUSTED_WORKDAY')).toHaveLength(3);
    expect(await adminPageProblems(page, shot, 'entered', [], '[data-testid="calendar-grid"]')).toEqual([]);
  });
});
