import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startSuite, type Suite } from '../support/suite.js';
import { remindCalendarYearOn } from '../../packages/server/src/common/calendar/calendar.service.js';

// The calendar does not run out silently: from calendar.warnFrom on, while next year's holidays are not
// entered, the administrators are warned (a to-do, a banner's query), and they enter the year by pasting
// the State Council's notice, previewed before it counts.
let s: Suite;
beforeAll(async () => {
  s = await startSuite({}, { nextYearUnknown: true });
});
afterAll(() => s.close());

const YEAR = new Date().getFullYear() + 1;
// a notice of next year in the State Council's form (the dates are the test's own)
const NOTICE = `国务院办公厅关于${YEAR}年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（农历除夕）至14日放假调休，共9天。1月31日（周日）、2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
国务院办公厅`;
const PREVIEW =
  'query($y:Int!,$t:String!){ calendarNoticePreview(year:$y, text:$t){ year problems holidays { name from to days workdays } days { date kind name } } }';
const APPLY = 'mutation($y:Int!,$t:String!){ applyCalendarNotice(year:$y, text:$t){ year covered source days { date kind name } } }';
const WARNING = '{ calendarWarning { year warnFrom } }';
const todos = () => s.sql(`select * from todo where kind = 'calendar.enterYear' and subject_id = ?`, [String(YEAR)]);

describe('entering next year from the State Council’s notice', () => {
  it('warns from calendar.warnFrom on: a to-do for the administrators, once, and the banner’s query', async () => {
    expect(await remindCalendarYearOn(s.orm.em, s.config, `${YEAR - 1}-10-31`)).toBe(0);
    expect(await todos()).toHaveLength(0);
    expect(await remindCalendarYearOn(s.orm.em, s.config, `${YEAR - 1}-11-01`)).toBe(1);
    expect(await remindCalendarYearOn(s.orm.em, s.config, `${YEAR - 1}-11-02`)).toBe(0);
    const [todo] = await todos();
    expect(todo).toMatchObject({ assignee_role: 'ADMIN', assignee_unit_id: null, done_at: null });
    const mine = (await s.as('admin', '{ myTodos { kind title } }')).data.myTodos;
    expect(
      mine.some((t: { kind: string; title: string }) => t.kind === 'calendar.enterYear' && t.title.includes(`${YEAR}年节假日安排尚未录入`)),
    ).toBe(true);
    const warning = (await s.as('admin', WARNING)).data.calendarWarning;
    // today is on or after 11-01 late in the year, or before it: the banner follows the same rule as the to-do
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(warning).toEqual(today >= `${YEAR - 1}-11-01` ? { year: YEAR, warnFrom: `${YEAR - 1}-11-01` } : null);
    expect(codeOf(await s.as('leader', WARNING))).toBe('FORBIDDEN');
  });

  it('previews the notice: its holidays, the days off and the days worked, nothing written', async () => {
    const p = (await s.as('admin', PREVIEW, { y: YEAR, t: NOTICE })).data.calendarNoticePreview;
    expect(p.problems).toEqual([]);
    expect(p.holidays.map((h: { name: string; days: number }) => [h.name, h.days])).toEqual([
      ['元旦', 3],
      ['春节', 9],
      ['清明节', 3],
    ]);
    expect(p.days).toHaveLength(3 + 9 + 2 + 3);
    expect(p.days).toContainEqual({ date: `${YEAR}-01-31`, kind: 'ADJUSTED_WORKDAY', name: '春节调休上班' });
    const year = (await s.gql(`{ calendarYear(year:${YEAR}){ covered days { date } } }`)).data.calendarYear;
    expect(year).toEqual({ covered: false, days: [] });
  });

  it('refuses a notice it cannot read whole, naming the problem, and writes nothing', async () => {
    const broken = NOTICE.replace('共9天', '共8天');
    const refused = await s.as('admin', APPLY, { y: YEAR, t: broken });
    expect(codeOf(refused)).toBe('CALENDAR_NOTICE_INVALID');
    expect(refused.errors![0].message).toContain('“春节”写明共8天');
    expect(codeOf(await s.as('admin', APPLY, { y: YEAR, t: '请各单位做好节日值班' }))).toBe('CALENDAR_NOTICE_INVALID');
    expect(codeOf(await s.as('admin', APPLY, { y: 1800, t: NOTICE }))).toBe('CALENDAR_YEAR_INVALID');
    expect(codeOf(await s.as('admin', APPLY, { y: YEAR, t: '一'.repeat(20_001) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.as('leader', APPLY, { y: YEAR, t: NOTICE }))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(`{ addWorkingDays(date:"${YEAR - 1}-12-30", days:3) }`))).toBe('CALENDAR_NOT_COVERED');
  });

  it('enters the year: deadlines across it are computed, the warning and the to-do are done, the log says so', async () => {
    const entered = (await s.as('admin', APPLY, { y: YEAR, t: NOTICE })).data.applyCalendarNotice;
    expect(entered).toMatchObject({ year: YEAR, covered: true, source: 'notice' });
    expect(entered.days).toHaveLength(17);
    // Dec 30 + 3 working days: Dec 31, then Jan 1–3 off, Mon Jan 4, Tue Jan 5
    const dec30 = `${YEAR - 1}-12-30`;
    const expected = (await s.gql(`{ addWorkingDays(date:"${dec30}", days:3) }`)).data.addWorkingDays;
    expect(expected).toBe(`${YEAR}-01-05`);
    // the Sunday worked for the Spring Festival counts as a working day
    expect((await s.gql(`{ addWorkingDays(date:"${YEAR}-01-29", days:1) }`)).data.addWorkingDays).toBe(`${YEAR}-01-31`);
    expect((await s.as('admin', WARNING)).data.calendarWarning).toBeNull();
    const [todo] = await todos();
    expect(todo.done_at).not.toBeNull();
    expect(await remindCalendarYearOn(s.orm.em, s.config, `${YEAR - 1}-12-01`)).toBe(0);
    const [log] = await s.sql(`select action, after_data as after from audit_record where action = 'CalendarYear.applyNotice' and subject_id = ?`, [
      String(YEAR),
    ]);
    expect(log.after.days).toBe(17);
    // entered again (a corrected notice), the year's days are the new notice's alone
    const corrected = NOTICE.replace(/三、清明节.*\n/, '');
    const again = (await s.as('admin', APPLY, { y: YEAR, t: corrected })).data.applyCalendarNotice;
    expect(again.days).toHaveLength(14);
    expect(again.days.some((d: { date: string }) => d.date === `${YEAR}-04-05`)).toBe(false);
  });
});
