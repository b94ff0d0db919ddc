/**
 * Admin SPA, end to end, for regular training (system 9): the Party school's session (made through the
 * API, in a window around now) is on the Party school's to-do list; the Education Bureau's head enrols
 * a member of staff on the session page; the organiser shows the check-in code; the attendee checks
 * in on a phone with it and is credited the session's hours; the Disclosure Office's coverage page
 * shows them. Screenshots: test-results/screenshots/admin-training-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  ADMIN_PHONE,
  BASE_URL,
  RUN,
  adminPageProblems,
  fetchGraphql,
  launchChromium,
  screenshotter,
  sessionOf,
  settled,
  signIn,
  textOf,
} from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-training', { animations: 'disabled', fullPage: true });
const TITLE = `政务公开业务专题培训（${RUN}）`;
const HOURS = 2.5;
const url = (path: string) => `${BASE_URL}/admin/${path}`;

/** A window of two hours around now, inside today (Asia/Shanghai). */
function nowWindow() {
  const shanghai = new Date(Date.now() + 8 * 3600_000).toISOString();
  const m = Number(shanghai.slice(11, 13)) * 60 + Number(shanghai.slice(14, 16));
  const hhmm = (x: number) => `${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
  return { day: shanghai.slice(0, 10), startTime: hhmm(Math.max(0, m - 60)), endTime: hhmm(Math.min(23 * 60 + 59, m + 60)) };
}

const PEOPLE = 'query($y:Int!){ trainingPeople(year:$y, cycle:true){ name hours } }';
const year = () => Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
let sessionId = '';
let hoursBefore = 0;

describe('training', () => {
  it('the Party school lands on its session to run; the session list reads in Chinese on desktop and phone', async () => {
    const cookie = await sessionOf('dangxiao');
    const { createTrainingCourse } = await fetchGraphql<{ createTrainingCourse: { id: string } }>(
      'mutation($i:TrainingCourseInput!){ createTrainingCourse(input:$i){ id } }',
      { i: { kind: 'PARTY_SCHOOL_COURSE', audience: 'CIVIL_SERVANTS', title: `政务公开业务（${RUN}）` } },
      cookie,
    );
    const { createTrainingSession } = await fetchGraphql<{ createTrainingSession: { id: string } }>(
      'mutation($i:TrainingSessionInput!){ createTrainingSession(input:$i){ id } }',
      { i: { courseId: createTrainingCourse.id, title: TITLE, location: '市委党校第二教室', ...nowWindow(), hours: HOURS, capacity: 30 } },
      cookie,
    );
    sessionId = createTrainingSession.id;
    const before = await fetchGraphql<{ trainingPeople: { name: string; hours: number }[] }>(PEOPLE, { y: year() }, await sessionOf('gongkaiban'));
    hoursBefore = before.trainingPeople.find((p) => p.name === '刘经办')!.hours;

    const page = await signIn(browser, 'dangxiao');
    // the home page: the organiser's to-do for the new session
    await page.getByText(`组织培训：${TITLE}`).waitFor();
    await page.getByTestId('menu').getByTestId('menu-training-sessions').click();
    await page.getByTestId(`training-row-${sessionId}`).waitFor();
    expect(await adminPageProblems(page, shot, 'sessions', [RUN])).toEqual([]);
    await page.context().close();
  });

  it('the Education Bureau’s head enrols a member of staff on the session page', async () => {
    const page = await signIn(browser, 'jiaoyu.head');
    await page.goto(url(`training/sessions/${sessionId}`));
    await page.getByTestId('session-enrol').click();
    await page.getByTestId('pick-list').getByText('刘经办').click();
    await page.getByTestId('pick-confirm').click();
    await expect.poll(() => textOf(page.getByTestId('session-enrolled'))).toBe('1 / 30');
    expect(await textOf(page.getByTestId('session-roster'))).toContain('刘经办');
    await page.context().close();
  });

  let code = '';
  it('the organiser shows the check-in code on the session page', async () => {
    const page = await signIn(browser, 'dangxiao');
    await page.goto(url(`training/sessions/${sessionId}`));
    code = await textOf(page.getByTestId('session-code'));
    expect(code).toMatch(/^\d{6}$/);
    expect(await adminPageProblems(page, shot, 'session', [RUN])).toEqual([]);
    await page.context().close();
  });

  it('the attendee checks in on a phone with the code and is credited the session’s hours', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await page.setViewportSize(ADMIN_PHONE);
    await page.goto(url(`training/check-in/${sessionId}`));
    await page.getByTestId('check-in-title').waitFor();
    await settled(page);
    await shot(page, 'check-in-phone');
    await page
      .getByTestId('check-in-code')
      .locator('input')
      .fill(code === '000000' ? '111111' : '000000');
    await page.getByTestId('check-in-submit').click();
    await expect.poll(() => textOf(page.locator('.el-form-item__error'))).toBe('签到码不正确');
    await page.getByTestId('check-in-code').locator('input').fill(code);
    await page.getByTestId('check-in-submit').click();
    await expect.poll(() => textOf(page.getByTestId('check-in-done'))).toContain(`已计学时：${HOURS}`);
    await settled(page);
    await shot(page, 'checked-in-phone');
    expect(await adminPageProblems(page, shot, 'check-in', [RUN])).toEqual([]);
    await page.context().close();
  });

  it('the Disclosure Office’s coverage page shows the hours', async () => {
    const page = await signIn(browser, 'gongkaiban');
    await page.goto(url('training/coverage'));
    await page.getByTestId('coverage-summary').waitFor();
    await page.getByTestId('coverage-only-untrained').click();
    const row = page.getByTestId('coverage-people').locator('tbody tr', { hasText: '刘经办' });
    await expect.poll(async () => (await textOf(row)).includes(String(hoursBefore + HOURS))).toBe(true);
    expect(await adminPageProblems(page, shot, 'coverage')).toEqual([]);
    await page.context().close();
  });
});

describe('a session moved, then called off', () => {
  it('the Party school changes its place and capacity, then calls it off with the reason', async () => {
    const cookie = await sessionOf('dangxiao');
    const { createTrainingCourse } = await fetchGraphql<{ createTrainingCourse: { id: string } }>(
      'mutation($i:TrainingCourseInput!){ createTrainingCourse(input:$i){ id } }',
      { i: { kind: 'PARTY_SCHOOL_COURSE', audience: 'CIVIL_SERVANTS', title: `政务公开条例解读（${RUN}）` } },
      cookie,
    );
    const day = new Date(Date.now() + 8 * 3600_000 + 14 * 86400_000).toISOString().slice(0, 10);
    const { createTrainingSession: later } = await fetchGraphql<{ createTrainingSession: { id: string } }>(
      'mutation($i:TrainingSessionInput!){ createTrainingSession(input:$i){ id } }',
      {
        i: {
          courseId: createTrainingCourse.id,
          title: `政务公开条例解读（${RUN}）`,
          location: '市委党校第二教室',
          day,
          startTime: '09:00',
          endTime: '11:00',
          hours: 2,
          capacity: 30,
        },
      },
      cookie,
    );
    const page = await signIn(browser, 'dangxiao');
    await page.goto(url(`training/sessions/${later.id}`));
    await page.getByTestId('session-edit').click();
    const edit = page.getByRole('dialog', { name: '修改培训安排' });
    await edit.waitFor();
    expect(await edit.getByTestId('session-location').inputValue()).toBe('市委党校第二教室');
    await edit.getByTestId('session-location').fill('市委党校报告厅');
    await edit.getByTestId('session-capacity').locator('input').fill('60');
    await edit.getByTestId('session-save').click();
    await edit.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(page.locator('.training-desc'))).toContain('市委党校报告厅');
    await expect.poll(() => textOf(page.getByTestId('session-enrolled'))).toBe('0 / 60');

    await page.getByTestId('session-cancel').click();
    const cancel = page.getByTestId('session-cancel-dialog');
    await cancel.getByTestId('session-cancel-confirm').click();
    await expect.poll(() => textOf(cancel.locator('.el-form-item__error'))).toBe('必填');
    await cancel.getByTestId('session-cancel-input').locator('textarea').fill('授课教师临时出差，另行安排');
    await cancel.getByTestId('session-cancel-confirm').click();
    await expect.poll(() => textOf(page.getByTestId('session-state'))).toBe('已取消');
    expect(await textOf(page.getByTestId('session-cancelled'))).toContain('授课教师临时出差，另行安排');
    expect(await page.getByTestId('session-edit').count()).toBe(0);
    expect(await page.getByTestId('session-code-card').count()).toBe(0);
    expect(await adminPageProblems(page, shot, 'cancelled', [RUN])).toEqual([]);
    await page.context().close();
  });
});
