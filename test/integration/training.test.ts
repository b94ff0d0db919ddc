import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, demoUserId, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const COURSE = 'mutation($i:TrainingCourseInput!){ createTrainingCourse(input:$i){ id kind audience organiserUnitId } }';
const SESSION =
  'mutation($i:TrainingSessionInput!){ createTrainingSession(input:$i){ id version hours capacity enrolledCount checkInCode day state } }';
const ENROL = 'mutation($s:ID!,$u:[ID!]!){ enrolTrainingStaff(sessionId:$s, userIds:$u){ id enrolledCount } }';
const NOMINATE = 'mutation($s:ID!,$u:[ID!]!){ nominateTrainingStaff(sessionId:$s, userIds:$u){ id enrolledCount } }';
const CHECK_IN =
  'mutation($s:ID!,$c:String!){ checkInTraining(sessionId:$s, code:$c){ id attended attendedAt attendanceMethod hoursCredited version } }';
const MARK = 'mutation($s:ID!,$e:[ID!]!,$a:Boolean!){ markTrainingAttendance(sessionId:$s, enrolmentIds:$e, attended:$a){ id attendedCount } }';
const FEEDBACK =
  'mutation($s:ID!,$i:TrainingFeedbackInput!){ submitTrainingFeedback(sessionId:$s, input:$i){ id feedbackGiven ratingContent feedbackComment } }';
const COMPLETE = 'mutation($id:ID!,$v:Int!){ completeTrainingSession(id:$id, version:$v){ id state } }';
const READ =
  'query($id:ID!){ trainingSession(id:$id){ id version state enrolledCount attendedCount checkInCode enrolments { id userId unitId attended hoursCredited completed source } myEnrolment { id attended } } }';
const COVERAGE =
  'query($y:Int!,$c:Boolean!){ trainingCoverage(year:$y, cycle:$c){ from to cycleYears staff trained hours ratio units { unitId unitName staff trained hours ratio } } }';
const PEOPLE = 'query($y:Int!,$c:Boolean!,$u:ID){ trainingPeople(year:$y, cycle:$c, unitId:$u){ userId name unitId sessions hours trained } }';

const uid = demoUserId;
const shanghaiNow = () => new Date(Date.now() + 8 * 3600_000).toISOString();
const shanghaiToday = () => shanghaiNow().slice(0, 10);
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
/** A window around now, inside today (Asia/Shanghai). */
const nowWindow = () => {
  const m = minutes(shanghaiNow().slice(11, 16));
  return { day: shanghaiToday(), startTime: hhmm(Math.max(0, m - 60)), endTime: hhmm(Math.min(23 * 60 + 59, m + 60)) };
};

async function course(username = 'dangxiao', over: Record<string, unknown> = {}) {
  const r = await s.as(username, COURSE, {
    i: { kind: 'PARTY_SCHOOL_COURSE', audience: 'CIVIL_SERVANTS', title: '政务公开基础知识', description: '条例解读', ...over },
  });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createTrainingCourse.id as string;
}
async function session(over: Record<string, unknown> = {}, username = 'dangxiao') {
  const r = await s.as(username, SESSION, {
    i: {
      courseId: await course(username),
      title: '政务公开基础知识（测试期）',
      location: '市委党校第二教室',
      day: shift(shanghaiToday(), 10),
      startTime: '09:00',
      endTime: '11:30',
      hours: 2.5,
      capacity: 30,
      ...over,
    },
  });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createTrainingSession as { id: string; version: number; checkInCode: string; hours: number };
}
const read = async (id: string, username = 'dangxiao') => (await s.as(username, READ, { id })).data.trainingSession;

describe('courses and sessions', () => {
  it('the Party school runs a course of its kind; the session carries its hours, capacity and a six-digit code for the organiser only', async () => {
    const x = await session();
    expect(x.hours).toBe(2.5);
    expect(x.checkInCode).toMatch(/^\d{6}$/);
    // an attendee-to-be reads the session, never its code
    expect((await read(x.id, 'jiaoyu.staff')).checkInCode).toBeNull();
    // another government does not see it
    expect(codeOf(await s.as('shuangta.staff', READ, { id: x.id }))).toMatch(/NOT_FOUND|FORBIDDEN/);
  });

  it('refuses a session whose end is not after its start, bad hours and capacity', async () => {
    const c = await course();
    const base = { courseId: c, title: '测试', location: '教室', day: shanghaiToday(), startTime: '10:00', endTime: '09:00', hours: 2, capacity: 10 };
    expect(codeOf(await s.as('dangxiao', SESSION, { i: base }))).toBe('TRAINING_TIME_INVALID');
    expect(codeOf(await s.as('dangxiao', SESSION, { i: { ...base, endTime: '11:00', hours: 0 } }))).toBe('TRAINING_HOURS_INVALID');
    expect(codeOf(await s.as('dangxiao', SESSION, { i: { ...base, endTime: '11:00', capacity: 0 } }))).toBe('TRAINING_CAPACITY_INVALID');
    expect(codeOf(await s.as('dangxiao', SESSION, { i: { ...base, endTime: '11:00', title: '  ' } }))).toBe('TRAINING_TITLE_REQUIRED');
    expect(codeOf(await s.as('dangxiao', SESSION, { i: { ...base, endTime: '11:00', location: '' } }))).toBe('TRAINING_LOCATION_REQUIRED');
    expect(codeOf(await s.as('dangxiao', COURSE, { i: { kind: 'ROTATION', audience: 'DISCLOSURE_STAFF', title: ' ' } }))).toBe(
      'TRAINING_TITLE_REQUIRED',
    );
    // a training administrator's account in a unit that is no training provider (the role was granted before the unit changed)
    const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'dangxiao'`);
    await s.sql(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), 'train.odd', '错配账号', ?, '{TRAINING_ADMIN}', ?)`,
      [demoUnitId('finance'), password_hash],
    );
    const odd = await s.as('train.odd', COURSE, { i: { kind: 'ROTATION', audience: 'DISCLOSURE_STAFF', title: '自办培训' } });
    expect(codeOf(odd)).toBe('TRAINING_ORGANISER_INVALID');
    // a department cannot run courses
    expect(codeOf(await s.as('jiaoyu.head', COURSE, { i: { kind: 'ROTATION', audience: 'DISCLOSURE_STAFF', title: '自办培训' } }))).toBe('FORBIDDEN');
  });
});

describe('enrolment', () => {
  it('a unit enrols its own staff, never another unit’s', async () => {
    const x = await session();
    const ok = await s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('jiaoyu.staff'), uid('jiaoyu.gk')] });
    expect(ok.data?.enrolTrainingStaff.enrolledCount).toBe(2);
    const other = await s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('minzheng.staff')] });
    expect(codeOf(other)).toBe('TRAINING_ENROL_OTHER_UNIT');
    expect(other.errors?.[0].message).toContain('只能为本单位的工作人员报名');
    // the same person twice
    expect(codeOf(await s.as('jiaoyu.gk', ENROL, { s: x.id, u: [uid('jiaoyu.staff')] }))).toBe('TRAINING_ALREADY_ENROLLED');
    // staff do not enrol others
    expect(codeOf(await s.as('jiaoyu.staff', ENROL, { s: x.id, u: [uid('jiaoyu.head')] }))).toBe('FORBIDDEN');
    // the unit sees its own staff on the roster, not the others'
    await s.as('dangxiao', NOMINATE, { s: x.id, u: [uid('minzheng.staff')] });
    const seen = (await read(x.id, 'jiaoyu.head')).enrolments.map((e: any) => e.userId).sort();
    expect(seen).toEqual([uid('jiaoyu.staff'), uid('jiaoyu.gk')].sort());
    expect((await read(x.id)).enrolments).toHaveLength(3);
  });

  it('refuses enrolment over capacity, and of people of another government', async () => {
    const x = await session({ capacity: 2 });
    const r = await s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('jiaoyu.staff'), uid('jiaoyu.gk'), uid('jiaoyu.head')] });
    expect(codeOf(r)).toBe('TRAINING_SESSION_FULL');
    expect((await read(x.id)).enrolledCount).toBe(0);
    expect((await s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('jiaoyu.staff'), uid('jiaoyu.gk')] })).data).toBeTruthy();
    expect(codeOf(await s.as('dangxiao', NOMINATE, { s: x.id, u: [uid('minzheng.staff')] }))).toBe('TRAINING_SESSION_FULL');
    const y = await session();
    expect(codeOf(await s.as('dangxiao', NOMINATE, { s: y.id, u: [uid('shuangta.staff')] }))).toBe('TRAINING_USER_INVALID');
    // only the organiser nominates
    const z = await session({}, 'gongkaiban');
    expect(codeOf(await s.as('dangxiao', NOMINATE, { s: z.id, u: [uid('minzheng.staff')] }))).toBe('FORBIDDEN');
  });

  it('of two units enrolling for the last seat at once, exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const x = await session({ capacity: 1 });
      const [a, b] = await Promise.all([
        s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('jiaoyu.staff')] }),
        s.as('minzheng.head', ENROL, { s: x.id, u: [uid('minzheng.staff')] }),
      ]);
      const wins = [a, b].filter((r) => r.data?.enrolTrainingStaff);
      expect(wins).toHaveLength(1);
      expect(codeOf([a, b].find((r) => !r.data?.enrolTrainingStaff)!)).toBe('TRAINING_SESSION_FULL');
      const after = await read(x.id);
      expect(after.enrolledCount).toBe(1);
      expect(after.enrolments).toHaveLength(1);
    }
  });
});

describe('attendance, hours and feedback', () => {
  it('checks in with the code during the session: a wrong code refused, a second check-in changes nothing, hours equal the session’s', async () => {
    const x = await session({ ...nowWindow(), hours: 3.5 });
    await s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('jiaoyu.staff'), uid('jiaoyu.gk')] });
    const wrong = await s.as('jiaoyu.staff', CHECK_IN, { s: x.id, c: x.checkInCode === '000000' ? '111111' : '000000' });
    expect(codeOf(wrong)).toBe('TRAINING_CHECK_IN_CODE_WRONG');
    // someone not on the roster
    expect(codeOf(await s.as('minzheng.staff', CHECK_IN, { s: x.id, c: x.checkInCode }))).toBe('TRAINING_NOT_ENROLLED');
    // the attendee's page: the session with their own place on the roster, never the code
    const page = await s.as(
      'jiaoyu.staff',
      'query($id:ID!){ trainingSession(id:$id){ checkInCode myEnrolment { id attended } feedbackSummary { n } course { title } organiserUnit { name } } }',
      { id: x.id },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data.trainingSession).toMatchObject({ checkInCode: null, myEnrolment: { attended: false }, feedbackSummary: null });
    const first = (await s.as('jiaoyu.staff', CHECK_IN, { s: x.id, c: x.checkInCode })).data.checkInTraining;
    expect(first).toMatchObject({ attended: true, attendanceMethod: 'CHECK_IN', hoursCredited: 3.5 });
    const again = (await s.as('jiaoyu.staff', CHECK_IN, { s: x.id, c: x.checkInCode })).data.checkInTraining;
    expect(again).toEqual(first);
    const after = await read(x.id);
    expect(after.attendedCount).toBe(1);
    expect(after.enrolments.find((e: any) => e.userId === uid('jiaoyu.staff')).hoursCredited).toBe(3.5);
    expect(after.enrolments.find((e: any) => e.userId === uid('jiaoyu.gk')).hoursCredited).toBe(0);
    // the check-in closed the attendee's to-do and opened the questionnaire
    const todos = (await s.as('jiaoyu.staff', '{ myTodos { kind subjectId } }')).data.myTodos;
    expect(todos.some((t: any) => t.kind === 'training.checkIn' && t.subjectId === x.id)).toBe(false);
    expect(todos.some((t: any) => t.kind === 'training.feedback')).toBe(true);
  });

  it('refuses check-in outside the session’s time window, even with the right code', async () => {
    const tomorrow = await session({ day: shift(shanghaiToday(), 1) });
    await s.as('jiaoyu.head', ENROL, { s: tomorrow.id, u: [uid('jiaoyu.staff')] });
    const r = await s.as('jiaoyu.staff', CHECK_IN, { s: tomorrow.id, c: tomorrow.checkInCode });
    expect(codeOf(r)).toBe('TRAINING_CHECK_IN_OUTSIDE_SESSION');
    expect(r.errors?.[0].message).toContain('不在培训时间内');
    const yesterday = await session({ day: shift(shanghaiToday(), -1) });
    await s.as('jiaoyu.head', ENROL, { s: yesterday.id, u: [uid('jiaoyu.staff')] });
    expect(codeOf(await s.as('jiaoyu.staff', CHECK_IN, { s: yesterday.id, c: yesterday.checkInCode }))).toBe('TRAINING_CHECK_IN_OUTSIDE_SESSION');
    expect((await read(yesterday.id)).attendedCount).toBe(0);
  });

  it('the organiser marks the roster; completion records who completed; feedback only by an attendee, once', async () => {
    const x = await session({ day: shift(shanghaiToday(), -2), hours: 4 });
    await s.as('dangxiao', NOMINATE, { s: x.id, u: [uid('jiaoyu.staff'), uid('minzheng.staff')] });
    const roster = (await read(x.id)).enrolments;
    const staff = roster.find((e: any) => e.userId === uid('jiaoyu.staff'));
    // a unit's head may not mark attendance
    expect(codeOf(await s.as('jiaoyu.head', MARK, { s: x.id, e: [staff.id], a: true }))).toBe('FORBIDDEN');
    expect((await s.as('dangxiao', MARK, { s: x.id, e: [staff.id], a: true })).data.markTrainingAttendance.attendedCount).toBe(1);
    const rating = { content: 5, teaching: 4, organisation: 5, comment: '案例丰富' };
    expect(codeOf(await s.as('minzheng.staff', FEEDBACK, { s: x.id, i: rating }))).toBe('TRAINING_FEEDBACK_NOT_ATTENDED');
    expect(codeOf(await s.as('jiaoyu.head', FEEDBACK, { s: x.id, i: rating }))).toBe('TRAINING_FEEDBACK_NOT_ATTENDED');
    expect(codeOf(await s.as('jiaoyu.staff', FEEDBACK, { s: x.id, i: { ...rating, teaching: 6 } }))).toBe('TRAINING_RATING_INVALID');
    const given = (await s.as('jiaoyu.staff', FEEDBACK, { s: x.id, i: rating })).data.submitTrainingFeedback;
    expect(given).toMatchObject({ feedbackGiven: true, ratingContent: 5, feedbackComment: '案例丰富' });
    expect(codeOf(await s.as('jiaoyu.staff', FEEDBACK, { s: x.id, i: rating }))).toBe('TRAINING_FEEDBACK_GIVEN');
    // the organiser's to-do for the session, open until it is completed
    const runTodo = async () =>
      ((await s.as('dangxiao', '{ myTodos { kind subjectId } }')).data.myTodos as any[]).some(
        (t) => t.kind === 'training.run' && t.subjectId === x.id,
      );
    expect(await runTodo()).toBe(true);
    const v = (await read(x.id)).version;
    expect((await s.as('dangxiao', COMPLETE, { id: x.id, v })).data.completeTrainingSession.state).toBe('COMPLETED');
    expect(await runTodo()).toBe(false);
    const done = (await read(x.id)).enrolments;
    expect(done.find((e: any) => e.userId === uid('jiaoyu.staff'))).toMatchObject({ completed: true, hoursCredited: 4 });
    expect(done.find((e: any) => e.userId === uid('minzheng.staff'))).toMatchObject({ completed: false, hoursCredited: 0 });
    // a completed session takes no more check-ins or enrolments
    expect(codeOf(await s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('jiaoyu.gk')] }))).toBe('TRAINING_SESSION_NOT_OPEN');
    // a session that has not started is not completed
    const later = await session();
    expect(codeOf(await s.as('dangxiao', COMPLETE, { id: later.id, v: later.version }))).toBe('TRAINING_SESSION_NOT_STARTED');
  });
});

describe('changed or called off while open', () => {
  const UPDATE =
    'mutation($id:ID!,$v:Int!,$i:TrainingSessionUpdateInput!){ updateTrainingSession(id:$id, version:$v, input:$i){ id version title location day hours capacity state } }';
  const CANCEL = 'mutation($id:ID!,$v:Int!,$r:String!){ cancelTrainingSession(id:$id, version:$v, reason:$r){ id version state cancelReason } }';
  const arrangements = (over: Record<string, unknown> = {}) => ({
    title: '政务公开基础知识（改期）',
    location: '市委党校第一报告厅',
    day: shift(shanghaiToday(), 12),
    startTime: '14:00',
    endTime: '17:00',
    hours: 3,
    capacity: 20,
    ...over,
  });
  const todosOf = (username: string) => s.as(username, '{ myTodos { kind subjectId title dueAt } }').then((r) => r.data.myTodos as any[]);

  it('the organiser moves it: the attendees’ to-dos follow; the capacity not below those enrolled; the same checks as creating', async () => {
    const x = await session();
    await s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('jiaoyu.staff'), uid('jiaoyu.gk')] });
    const { version } = await read(x.id);
    expect(codeOf(await s.as('dangxiao', UPDATE, { id: x.id, v: version, i: arrangements({ capacity: 1 }) }))).toBe(
      'TRAINING_CAPACITY_BELOW_ENROLLED',
    );
    expect(codeOf(await s.as('dangxiao', UPDATE, { id: x.id, v: version, i: arrangements({ endTime: '13:00' }) }))).toBe('TRAINING_TIME_INVALID');
    expect(codeOf(await s.as('dangxiao', UPDATE, { id: x.id, v: version, i: arrangements({ location: ' ' }) }))).toBe('TRAINING_LOCATION_REQUIRED');
    // another organiser's session, and an attendee
    expect(codeOf(await s.as('jiaoyu.staff', UPDATE, { id: x.id, v: version, i: arrangements() }))).toBe('FORBIDDEN');
    const moved = (await s.as('dangxiao', UPDATE, { id: x.id, v: version, i: arrangements() })).data.updateTrainingSession;
    expect(moved).toMatchObject({
      title: '政务公开基础知识（改期）',
      location: '市委党校第一报告厅',
      day: shift(shanghaiToday(), 12),
      hours: 3,
      capacity: 20,
    });
    // a stale version
    expect(codeOf(await s.as('dangxiao', UPDATE, { id: x.id, v: version, i: arrangements() }))).toBe('VERSION_CONFLICT');
    const todo = (await todosOf('jiaoyu.staff')).find((t) => t.kind === 'training.checkIn' && t.subjectId === x.id);
    expect(todo.title).toBe(`参加培训：政务公开基础知识（改期）（${shift(shanghaiToday(), 12)}，市委党校第一报告厅）`);
    // the end of the session, 17:00 in Beijing
    expect(new Date(todo.dueAt).toISOString()).toBe(new Date(`${shift(shanghaiToday(), 12)}T17:00:00+08:00`).toISOString());
  });

  it('the hours changed after an attendee checked in are the hours credited', async () => {
    const x = await session({ ...nowWindow(), hours: 2 });
    await s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('jiaoyu.staff')] });
    await s.as('jiaoyu.staff', CHECK_IN, { s: x.id, c: x.checkInCode });
    const { version } = await read(x.id);
    const w = nowWindow();
    await s.as('dangxiao', UPDATE, { id: x.id, v: version, i: arrangements({ ...w, hours: 2.5 }) });
    const after = await read(x.id);
    expect(after.enrolments.find((e: any) => e.userId === uid('jiaoyu.staff')).hoursCredited).toBe(2.5);
  });

  it('is called off with a reason: the to-dos on it close, the roster is told, nothing more happens on it', async () => {
    const x = await session();
    await s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('jiaoyu.staff')] });
    const { version } = await read(x.id);
    expect(codeOf(await s.as('dangxiao', CANCEL, { id: x.id, v: version, r: ' ' }))).toBe('TRAINING_CANCEL_REASON_REQUIRED');
    expect(codeOf(await s.as('jiaoyu.head', CANCEL, { id: x.id, v: version, r: '教室检修' }))).toBe('FORBIDDEN');
    const off = (await s.as('dangxiao', CANCEL, { id: x.id, v: version, r: '授课教师临时出差，另行安排' })).data.cancelTrainingSession;
    expect(off).toMatchObject({ state: 'CANCELLED', cancelReason: '授课教师临时出差，另行安排' });
    expect((await todosOf('jiaoyu.staff')).some((t) => t.subjectId === x.id)).toBe(false);
    const [{ n }] = await s.sql(`select count(*)::int as n from todo where subject_id = ? and done_at is null`, [x.id]);
    expect(n).toBe(0);
    const told = (await s.as('jiaoyu.staff', '{ myNotifications(unreadOnly: true) { title body } }')).data.myNotifications;
    expect(told.some((m: any) => m.title.startsWith('培训已取消：政务公开基础知识（测试期）') && m.body.includes('授课教师临时出差'))).toBe(true);
    // nothing more: enrolment, a change, completion, another cancellation
    expect(codeOf(await s.as('jiaoyu.head', ENROL, { s: x.id, u: [uid('jiaoyu.gk')] }))).toBe('TRAINING_SESSION_NOT_OPEN');
    for (const q of [
      s.as('dangxiao', UPDATE, { id: x.id, v: off.version, i: arrangements() }),
      s.as('dangxiao', CANCEL, { id: x.id, v: off.version, r: '再次取消' }),
      s.as('dangxiao', COMPLETE, { id: x.id, v: off.version }),
    ]) {
      expect(['FORBIDDEN', 'TRAINING_SESSION_NOT_OPEN']).toContain(codeOf(await q));
    }
  });
});

describe('coverage', () => {
  it('counts a hand-counted roster per unit and per person, for a year and for the rotation cycle', async () => {
    // 2020 has no other training: two sessions, 2.5 and 3 hours
    const a = await session({ day: '2020-05-12', hours: 2.5 });
    const b = await session({ day: '2020-10-20', hours: 3 }, 'gongkaiban');
    await s.as('dangxiao', NOMINATE, { s: a.id, u: [uid('jiaoyu.staff'), uid('jiaoyu.head'), uid('minzheng.staff')] });
    await s.as('gongkaiban', NOMINATE, { s: b.id, u: [uid('jiaoyu.staff')] });
    const ids = async (id: string, username: string, users: string[]) =>
      (await read(id, username)).enrolments.filter((e: any) => users.map(uid).includes(e.userId)).map((e: any) => e.id);
    await s.as('dangxiao', MARK, { s: a.id, e: await ids(a.id, 'dangxiao', ['jiaoyu.staff', 'minzheng.staff']), a: true });
    await s.as('gongkaiban', MARK, { s: b.id, e: await ids(b.id, 'gongkaiban', ['jiaoyu.staff']), a: true });

    // by hand: 市教育局 has 3 staff (刘经办, 张局长, 杨公开), 刘经办 trained; 市民政局 2 staff, 黄经办 trained
    const [{ n: eduStaff }] = await s.sql(`select count(*)::int as n from app_user where unit_id = ? and active`, [demoUnitId('education')]);
    expect(eduStaff).toBe(3);
    const cov = (await s.as('gongkaiban', COVERAGE, { y: 2020, c: false })).data.trainingCoverage;
    expect(cov).toMatchObject({ from: '2020-01-01', to: '2020-12-31', cycleYears: null, trained: 2, hours: 8 });
    const unit = (key: string) => cov.units.find((u: any) => u.unitId === demoUnitId(key));
    expect(unit('education')).toMatchObject({ staff: 3, trained: 1, hours: 5.5, ratio: 1 / 3 });
    expect(unit('civil')).toMatchObject({ staff: 2, trained: 1, hours: 2.5, ratio: 0.5 });
    expect(unit('secretariat')).toMatchObject({ trained: 0, ratio: 0 });
    expect(cov.ratio).toBeCloseTo(2 / cov.staff);

    // the rotation cycle (3 years by the shipped parameter): 2022's runs 2020–2022, 2023's does not reach 2020
    const cycle = (await s.as('gongkaiban', COVERAGE, { y: 2022, c: true })).data.trainingCoverage;
    expect(cycle).toMatchObject({ from: '2020-01-01', to: '2022-12-31', cycleYears: 3, trained: 2 });
    expect((await s.as('gongkaiban', COVERAGE, { y: 2023, c: true })).data.trainingCoverage.trained).toBe(0);

    // per person, the untrained first; a unit's head sees its own unit only
    const people = (await s.as('jiaoyu.head', PEOPLE, { y: 2020, c: false, u: null })).data.trainingPeople;
    expect(people.map((p: any) => [p.userId, p.trained, p.hours, p.sessions])).toEqual([
      ...people.filter((p: any) => !p.trained).map((p: any) => [p.userId, false, 0, 0]),
      [uid('jiaoyu.staff'), true, 5.5, 2],
    ]);
    expect(people.map((p: any) => p.userId).sort()).toEqual([uid('jiaoyu.staff'), uid('jiaoyu.head'), uid('jiaoyu.gk')].sort());
    const own = (await s.as('jiaoyu.head', COVERAGE, { y: 2020, c: false })).data.trainingCoverage;
    expect(own.units.map((u: any) => u.unitId)).toEqual([demoUnitId('education')]);
    expect(codeOf(await s.as('jiaoyu.head', PEOPLE, { y: 2020, c: false, u: demoUnitId('civil') }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.staff', COVERAGE, { y: 2020, c: false }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', COVERAGE, { y: 1900, c: false }))).toBe('TRAINING_YEAR_INVALID');

    // the reusable figure for the assessment scorecard
    const { coverageRatioByUnit } = await import('../../packages/server/src/modules/training/training.statistics.js');
    const ratios = await coverageRatioByUnit(await s.ctxAs('gongkaiban'), demoUnitId('city'), 2020, false);
    expect(ratios.get(demoUnitId('education'))).toBeCloseTo(1 / 3);
    expect(ratios.get(demoUnitId('civil'))).toBe(0.5);

    // the exports
    const cookie = await s.login('gongkaiban');
    const hours = await s.app.inject({ method: 'GET', url: '/training/hours.xlsx?year=2020', headers: { cookie } });
    expect(hours.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(hours.rawPayload as never);
    const persons = book.getWorksheet('个人学时')!;
    const row = persons.getSheetValues().find((r: any) => Array.isArray(r) && r[1] === '刘经办') as unknown[];
    expect(row.slice(3, 5)).toEqual([2, 5.5]);
    const roster = await s.app.inject({ method: 'GET', url: `/training/sessions/${a.id}/roster.xlsx`, headers: { cookie } });
    expect(roster.statusCode).toBe(200);
    const rb = new ExcelJS.Workbook();
    await rb.xlsx.load(roster.rawPayload as never);
    expect(rb.getWorksheet('培训名单')!.rowCount).toBe(2 + 3);
    // a unit's head exports nothing of the whole roster
    const headCookie = await s.login('jiaoyu.head');
    expect((await s.app.inject({ method: 'GET', url: `/training/sessions/${a.id}/roster.xlsx`, headers: { cookie: headCookie } })).statusCode).toBe(
      403,
    );
  });

  it('the demo year is not fully covered: some units’ staff are untrained', async () => {
    const y = Number(shanghaiToday().slice(0, 4));
    const cov = (await s.as('gongkaiban', COVERAGE, { y, c: true })).data.trainingCoverage;
    expect(cov.trained).toBeGreaterThan(0);
    expect(cov.trained).toBeLessThan(cov.staff);
    const civil = cov.units.find((u: any) => u.unitId === demoUnitId('civil'));
    expect(civil.trained).toBe(0);
    // one session ahead, open for enrolment: the Party school finds it on its to-do list
    const open = (await s.as('jiaoyu.head', '{ trainingSessions(filter:{ state: OPEN }) { items { id day organiserUnitId } } }')).data
      .trainingSessions.items;
    const ahead = open.filter((x: any) => x.day > shanghaiToday() && x.organiserUnitId === demoUnitId('partyschool'));
    expect(ahead.length).toBeGreaterThan(0);
    const todos = (await s.as('dangxiao', '{ myTodos { kind subjectId } }')).data.myTodos as any[];
    expect(todos.some((t) => t.kind === 'training.run' && ahead.some((x: any) => x.id === t.subjectId))).toBe(true);
  });
});
