import { randomInt } from 'node:crypto';
import { subject as tagSubject } from '@casl/ability';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  TRAINING_RATING_MAX,
  TRAINING_RATING_MIN,
  TRAINING_SESSION_STEP_FROM,
  TRAINING_TRAINEE_ROLES,
  isValidLocalDate,
  shanghaiDate,
  type TrainingAudience,
  type TrainingEnrolmentSource,
  type TrainingKind,
  type TrainingSessionState,
} from '@gongkai/shared';
import { type GovernmentScope, scopedReader } from '../../common/organisation/governments.js';
import type { Ctx } from '../../common/context.js';
import { AppError, forbidden, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { pageWindow } from '../../common/paging.js';
import { closeTodos, openTodo } from '../../common/todo/todo.service.js';
import { notify } from '../../common/todo/notification.service.js';
import { Todo } from '../../common/todo/todo.entities.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';
import { now } from '../../common/clock.js';
import { TrainingCourse, TrainingEnrolment, TrainingSession } from './training.entities.js';
import { TrainingError as E } from './training.errors.js';
import { coverageByPerson, coverageByUnit, coveragePeriod } from './training.statistics.js';

const ORGANISER_FUNCTIONS = ['PARTY_SCHOOL', 'ACADEMY', 'DISCLOSURE_OFFICE'];
const text = (s: string | null | undefined) => s?.trim() ?? '';

// ——— courses ———

export interface CourseData {
  kind: TrainingKind;
  audience: TrainingAudience;
  title: string;
  description?: string | null;
}

export async function createCourse(ctx: Ctx, data: CourseData) {
  const actor = requireUser(ctx);
  const title = text(data.title);
  if (!title) throw new AppError(E.TITLE_REQUIRED, '请填写培训名称', { field: 'title' });
  return transaction(ctx, async (tx) => {
    const unit = await tx.em.findOneOrFail(Unit, actor.unitId);
    if (!unit.function || !ORGANISER_FUNCTIONS.includes(unit.function)) {
      throw new AppError(E.ORGANISER_INVALID, '只有市委党校、市行政学院和政务公开办公室可以举办培训');
    }
    const c = tx.em.create(TrainingCourse, {
      government: actor.governmentId,
      organiserUnit: unit,
      kind: data.kind,
      audience: data.audience,
      title: title.slice(0, 200),
      description: text(data.description).slice(0, 5000) || null,
    } as never) as TrainingCourse;
    assertCan(tx, 'create', 'TrainingCourse', c);
    tx.em.persist(c);
    await tx.em.flush();
    audit(tx, {
      action: 'TrainingCourse.create',
      subjectType: 'TrainingCourse',
      subjectId: c.id,
      after: { title: c.title, kind: c.kind, audience: c.audience },
    });
    return c;
  });
}

export async function listCourses(ctx: Ctx) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'TrainingCourse', TrainingCourse);
  if (!visible) return [];
  return ctx.em.find(TrainingCourse, visible, { orderBy: [{ createdAt: 'desc' }], limit: 500 });
}

export async function getCourse(ctx: Ctx, id: string) {
  const c = await ctx.em.findOne(TrainingCourse, id);
  if (!c) throw notFound('培训课程');
  assertCan(ctx, 'read', 'TrainingCourse', c);
  return c;
}

// ——— sessions ———

export interface SessionData {
  courseId: string;
  title: string;
  location: string;
  /** YYYY-MM-DD and HH:MM, Asia/Shanghai */
  day: string;
  startTime: string;
  endTime: string;
  hours: number;
  capacity: number;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A session's time window: on one day, ending after it starts. */
export function sessionWindow(day: string, startTime: string, endTime: string) {
  if (!isValidLocalDate(day) || !TIME.test(startTime) || !TIME.test(endTime) || endTime <= startTime) {
    throw new AppError(E.TIME_INVALID, '培训时间不正确：结束时间应晚于开始时间，且在同一天内', { field: 'endTime' });
  }
  return { startsAt: new Date(`${day}T${startTime}:00+08:00`), endsAt: new Date(`${day}T${endTime}:00+08:00`) };
}

function cleanSession(data: Omit<SessionData, 'courseId'>) {
  const title = text(data.title);
  if (!title) throw new AppError(E.TITLE_REQUIRED, '请填写培训名称', { field: 'title' });
  const location = text(data.location);
  if (!location) throw new AppError(E.LOCATION_REQUIRED, '请填写培训地点', { field: 'location' });
  if (!Number.isFinite(data.hours) || data.hours <= 0 || data.hours > 200 || Math.round(data.hours * 10) !== data.hours * 10) {
    throw new AppError(E.HOURS_INVALID, '学时应大于0且不超过200，最多保留一位小数', { field: 'hours' });
  }
  if (!Number.isInteger(data.capacity) || data.capacity < 1 || data.capacity > 2000) {
    throw new AppError(E.CAPACITY_INVALID, '名额应为1至2000之间的整数', { field: 'capacity' });
  }
  return { title: title.slice(0, 200), location: location.slice(0, 200), ...sessionWindow(data.day, data.startTime, data.endTime) };
}

/** Six digits, shown in the room by the organiser. */
export const newCheckInCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export async function createSession(ctx: Ctx, data: SessionData) {
  requireUser(ctx);
  const fields = cleanSession(data);
  return transaction(ctx, async (tx) => {
    const course = await getCourse(tx, data.courseId);
    const s = tx.em.create(TrainingSession, {
      ...fields,
      course,
      government: course.government.id,
      organiserUnit: course.organiserUnit.id,
      kind: course.kind,
      audience: course.audience,
      day: data.day,
      hours: data.hours,
      capacity: data.capacity,
      checkInCode: newCheckInCode(),
    } as never) as TrainingSession;
    assertCan(tx, 'create', 'TrainingSession', s);
    tx.em.persist(s);
    await tx.em.flush();
    openTodo(tx, organiserTodo(s));
    audit(tx, { action: 'TrainingSession.create', subjectType: 'TrainingSession', subjectId: s.id, after: sessionSnapshot(s) });
    return s;
  });
}

/** The organiser's to-do: take attendance on the day and complete the session. */
export const organiserTodo = (s: TrainingSession) => ({
  kind: 'training.run',
  title: `组织培训：${s.title}（${s.day}）`,
  link: `/training/sessions/${s.id}`,
  dueAt: s.endsAt,
  assigneeRole: 'TRAINING_ADMIN' as const,
  assigneeUnitId: s.organiserUnit.id,
  subjectType: 'TrainingSession',
  subjectId: s.id,
});

const sessionSnapshot = (s: TrainingSession) => ({
  title: s.title,
  kind: s.kind,
  day: s.day,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  hours: s.hours,
  location: s.location,
  capacity: s.capacity,
  state: s.state,
});

export async function getSession(ctx: Ctx, id: string) {
  const s = await ctx.em.findOne(TrainingSession, id);
  if (!s) throw notFound('培训');
  assertCan(ctx, 'read', 'TrainingSession', s);
  return s;
}

export interface SessionFilterData {
  state?: TrainingSessionState | null;
  kind?: TrainingKind | null;
  year?: number | null;
  /** Sessions the signed-in user's unit runs. */
  organisedByMe?: boolean | null;
}

export async function listSessions(ctx: Ctx, filter: SessionFilterData, page: number, pageSize: number) {
  const actor = requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'TrainingSession', TrainingSession);
  if (!visible) return { items: [], total: 0 };
  if (filter.year != null && (!Number.isInteger(filter.year) || filter.year < 2000 || filter.year > 2200)) {
    throw new AppError(E.YEAR_INVALID, '年份不正确', { field: 'year' });
  }
  const where = [
    visible,
    filter.state ? { state: filter.state } : {},
    filter.kind ? { kind: filter.kind } : {},
    filter.year ? { day: { $gte: `${filter.year}-01-01`, $lte: `${filter.year}-12-31` } } : {},
    filter.organisedByMe ? { organiserUnit: actor.unitId } : {},
  ];
  const [items, total] = await ctx.em.findAndCount(TrainingSession, { $and: where } as never, {
    orderBy: [{ startsAt: 'desc' }],
    // the organiser is shown on every row: read in the same statement
    populate: ['organiserUnit'],
    ...pageWindow(page, pageSize),
  });
  return { items, total };
}

/** The session's check-in code: for its organiser while it is open. */
export const visibleCheckInCode = (ctx: Ctx, s: TrainingSession): string | null =>
  ctx.ability.can('update', tagSubject('TrainingSession', s) as never) ? s.checkInCode : null;

/** The roster as the user may read it: all of it for the organiser and the level, a unit's own staff for the unit. */
export async function sessionEnrolments(ctx: Ctx, s: TrainingSession) {
  const visible = accessibleBy(ctx, 'read', 'TrainingEnrolment', TrainingEnrolment);
  if (!visible) return [];
  return ctx.em.find(TrainingEnrolment, { $and: [visible, { session: s.id }] } as never, { orderBy: [{ unitName: 'asc' }, { userName: 'asc' }] });
}

export const myEnrolment = (ctx: Ctx, s: TrainingSession) =>
  ctx.user ? ctx.em.findOne(TrainingEnrolment, { session: s.id, userId: requireUser(ctx).userId }) : null;

/** The session's row, locked for a change by its organiser while it is open. */
async function lockedOpenSession(tx: Ctx, id: string, version: number, label: string) {
  const s = await tx.em.findOne(TrainingSession, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!s) throw notFound('培训');
  assertCan(tx, 'read', 'TrainingSession', s);
  if (s.version !== version) throw versionConflict();
  // the organiser's rule covers an open session only: one completed or called off is refused to all
  assertCan(tx, 'update', 'TrainingSession', s);
  if (!(TRAINING_SESSION_STEP_FROM.cancel as readonly string[]).includes(s.state)) {
    throw new AppError(E.SESSION_NOT_OPEN, `培训已结业或已取消，不能${label}`);
  }
  return s;
}

/** The attendee's to-do title: what, when and where. */
const checkInTitle = (s: TrainingSession) => `参加培训：${s.title}（${s.day}，${s.location}）`;

/**
 * The arrangements changed while the session is open (title, place, day and times, hours, capacity):
 * the capacity not below those enrolled; the hours credited to those who attended follow the session's;
 * the open to-dos of the organiser and the attendees take the new title and end.
 */
export async function updateSession(ctx: Ctx, id: string, version: number, data: Omit<SessionData, 'courseId'>) {
  requireUser(ctx);
  const fields = cleanSession(data);
  return transaction(ctx, async (tx) => {
    const s = await lockedOpenSession(tx, id, version, '修改');
    if (data.capacity < s.enrolledCount) {
      throw new AppError(E.CAPACITY_BELOW_ENROLLED, `名额不能少于已报名人数（${s.enrolledCount}人）`, { field: 'capacity' });
    }
    const before = sessionSnapshot(s);
    Object.assign(s, fields, { day: data.day, hours: data.hours, capacity: data.capacity });
    await tx.em.flush();
    await tx.em.nativeUpdate(TrainingEnrolment, { session: s.id, attendedAt: { $ne: null } }, { hoursCredited: s.hours });
    const open = { subjectType: 'TrainingSession', subjectId: s.id, doneAt: null };
    await tx.em.nativeUpdate(Todo, { ...open, kind: 'training.run' }, { title: organiserTodo(s).title, dueAt: s.endsAt });
    await tx.em.nativeUpdate(Todo, { ...open, kind: 'training.checkIn' }, { title: checkInTitle(s), dueAt: s.endsAt });
    audit(tx, { action: 'TrainingSession.update', subjectType: 'TrainingSession', subjectId: s.id, before, after: sessionSnapshot(s) });
    return s;
  });
}

/** Called off while open, with the reason: the to-dos on it close and everyone on its roster is told. */
export async function cancelSession(ctx: Ctx, id: string, version: number, reason: string) {
  requireUser(ctx);
  const why = text(reason);
  if (!why) throw new AppError(E.CANCEL_REASON_REQUIRED, '取消培训须说明原因', { field: 'reason' });
  return transaction(ctx, async (tx) => {
    const s = await lockedOpenSession(tx, id, version, '取消');
    s.state = 'CANCELLED';
    s.cancelReason = why.slice(0, 2000);
    await tx.em.flush();
    await closeTodos(tx, 'TrainingSession', s.id);
    const roster = await tx.em.find(TrainingEnrolment, { session: s.id }, { fields: ['userId'] });
    await notify(tx, {
      title: `培训已取消：${s.title}（${s.day}）`,
      body: `取消原因：${s.cancelReason}`,
      link: `/training/sessions/${s.id}`,
      userIds: roster.map((e) => e.userId),
    });
    audit(tx, {
      action: 'TrainingSession.cancel',
      subjectType: 'TrainingSession',
      subjectId: s.id,
      after: { ...sessionSnapshot(s), cancelReason: s.cancelReason },
    });
    return s;
  });
}

/** Complete (结业) a session: attendance closes, the attendees' completion is recorded. */
export async function completeSession(ctx: Ctx, id: string, version: number) {
  return transaction(ctx, async (tx) => {
    const s = await getSession(tx, id);
    assertCan(tx, 'close', 'TrainingSession', s);
    if (s.version !== version) throw versionConflict();
    if (s.startsAt > now()) throw new AppError(E.NOT_STARTED, '培训尚未开始，不能结业');
    s.state = 'COMPLETED';
    s.completedAt = now();
    await tx.em.flush();
    await tx.em.nativeUpdate(TrainingEnrolment, { session: s.id, attendedAt: { $ne: null } }, { completed: true });
    await closeTodos(tx, 'TrainingSession', s.id, ['training.checkIn', 'training.run']);
    audit(tx, { action: 'TrainingSession.complete', subjectType: 'TrainingSession', subjectId: s.id, after: sessionSnapshot(s) });
    return s;
  });
}

// ——— enrolment ———

/**
 * Put users on a session's roster, seat by seat: the capacity is taken in one conditional update of
 * the session's row, so that of two enrolments for the last seat exactly one wins.
 */
async function addEnrolments(tx: Ctx, s: TrainingSession, userIds: string[], source: TrainingEnrolmentSource) {
  const actor = requireUser(tx);
  const ids = [...new Set(userIds)];
  if (!ids.length) throw new AppError(E.USER_INVALID, '请选择本级在职的工作人员', { field: 'userIds' });
  const users = await tx.em.find(User, { id: { $in: ids } }, { populate: ['unit'] });
  for (const id of ids) {
    const u = users.find((x) => x.id === id);
    if (
      !u ||
      !u.active ||
      u.unit.getEntity().government.id !== s.government.id ||
      !u.roles.some((r) => (TRAINING_TRAINEE_ROLES as readonly string[]).includes(r))
    ) {
      throw new AppError(E.USER_INVALID, '请选择本级在职的工作人员', { field: 'userIds' });
    }
    if (source === 'UNIT' && u.unit.id !== actor.unitId) {
      throw new AppError(E.OTHER_UNIT, `只能为本单位的工作人员报名（${u.displayName}不是本单位人员）`, { field: 'userIds' });
    }
  }
  const taken = await tx.em.find(TrainingEnrolment, { session: s.id, userId: { $in: ids } });
  if (taken.length) throw new AppError(E.ALREADY_ENROLLED, `${taken.map((e) => e.userName).join('、')}已报名本期培训`, { field: 'userIds' });
  const seats = await tx.em
    .getConnection()
    .execute<{ enrolled_count: number }[]>(
      `update training_session set enrolled_count = enrolled_count + ? where id = ? and state = 'OPEN' and enrolled_count + ? <= capacity returning enrolled_count`,
      [ids.length, s.id, ids.length],
      'all',
      tx.em.getTransactionContext(),
    );
  if (!seats.length) {
    const [row] = await tx.em
      .getConnection()
      .execute<{ state: string; left: number }[]>(
        'select state, capacity - enrolled_count as left from training_session where id = ?',
        [s.id],
        'all',
        tx.em.getTransactionContext(),
      );
    if (row.state !== 'OPEN') throw new AppError(E.SESSION_NOT_OPEN, '该期培训已结业或已取消，不能再报名或签到');
    throw new AppError(E.SESSION_FULL, row.left > 0 ? `该期培训只剩${row.left}个名额` : '该期培训名额已满', { field: 'userIds' });
  }
  const at = now();
  const made: TrainingEnrolment[] = [];
  for (const u of users) {
    const e = tx.em.create(TrainingEnrolment, {
      session: s,
      government: s.government.id,
      organiserUnit: s.organiserUnit.id,
      userId: u.id,
      userName: u.displayName,
      unit: u.unit.id,
      unitName: u.unit.getEntity().name,
      source,
      enrolledById: actor.userId,
      enrolledByName: actor.name,
      enrolledAt: at,
    } as never) as TrainingEnrolment;
    assertCan(tx, source === 'UNIT' ? 'create' : 'assign', 'TrainingEnrolment', e);
    tx.em.persist(e);
    made.push(e);
    openTodo(tx, {
      kind: 'training.checkIn',
      title: checkInTitle(s),
      link: `/training/check-in/${s.id}`,
      dueAt: s.endsAt,
      assigneeUserId: u.id,
      subjectType: 'TrainingSession',
      subjectId: s.id,
    });
  }
  await tx.em.flush();
  audit(tx, {
    action: source === 'UNIT' ? 'TrainingEnrolment.enrol' : 'TrainingEnrolment.nominate',
    subjectType: 'TrainingSession',
    subjectId: s.id,
    after: { users: made.map((e) => e.userName) },
  });
  return made;
}

/** A unit's head or disclosure officer enrols staff of their own unit. */
export async function enrolStaff(ctx: Ctx, sessionId: string, userIds: string[]) {
  return transaction(ctx, async (tx) => {
    const s = await getSession(tx, sessionId);
    const actor = requireUser(tx);
    if (!tx.ability.can('create', tagSubject('TrainingEnrolment', { unitId: actor.unitId, governmentId: s.government.id }) as never))
      throw forbidden();
    if (!TRAINING_SESSION_STEP_FROM.enrol.includes(s.state as never))
      throw new AppError(E.SESSION_NOT_OPEN, '该期培训已结业或已取消，不能再报名或签到');
    await addEnrolments(tx, s, userIds, 'UNIT');
    await tx.em.refresh(s);
    return s;
  });
}

/** The organiser nominates (调训) staff of any unit of its level. */
export async function nominateStaff(ctx: Ctx, sessionId: string, userIds: string[]) {
  return transaction(ctx, async (tx) => {
    const s = await getSession(tx, sessionId);
    if (!tx.ability.can('assign', tagSubject('TrainingEnrolment', { governmentId: s.government.id, organiserUnitId: s.organiserUnit.id }) as never)) {
      throw forbidden();
    }
    if (!TRAINING_SESSION_STEP_FROM.enrol.includes(s.state as never))
      throw new AppError(E.SESSION_NOT_OPEN, '该期培训已结业或已取消，不能再报名或签到');
    await addEnrolments(tx, s, userIds, 'NOMINATION');
    await tx.em.refresh(s);
    return s;
  });
}

/** Who the user may put on this session's roster: their own unit's staff, or (the organiser) the level's. */
export async function enrollableStaff(ctx: Ctx, sessionId: string) {
  const actor = requireUser(ctx);
  const s = await getSession(ctx, sessionId);
  const organiser = ctx.ability.can(
    'assign',
    tagSubject('TrainingEnrolment', { governmentId: s.government.id, organiserUnitId: s.organiserUnit.id }) as never,
  );
  const unit = ctx.ability.can('create', tagSubject('TrainingEnrolment', { unitId: actor.unitId, governmentId: s.government.id }) as never);
  if (!organiser && !unit) throw forbidden();
  const rows = await ctx.em.getConnection().execute<{ id: string; display_name: string; unit_id: string; unit_name: string; enrolled: boolean }[]>(
    `select u.id, u.display_name, u.unit_id, un.name as unit_name, exists(select 1 from training_enrolment e where e.session_id = ? and e.user_id = u.id) as enrolled
       from app_user u join unit un on un.id = u.unit_id
      where u.active and un.active and un.government_id = ? and u.roles && ?::text[] ${organiser ? '' : 'and u.unit_id = ?'}
      order by un.sort_order, un.name, u.display_name limit 2000`,
    [s.id, s.government.id, `{${TRAINING_TRAINEE_ROLES.join(',')}}`, ...(organiser ? [] : [actor.unitId])],
  );
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, unitId: r.unit_id, unitName: r.unit_name, enrolled: r.enrolled }));
}

// ——— attendance ———

/** The attendee checks in with the code shown in the room, during the session's time window. A second check-in changes nothing. */
export async function checkIn(ctx: Ctx, sessionId: string, code: string) {
  const actor = requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const s = await getSession(tx, sessionId);
    const e = await tx.em.findOne(TrainingEnrolment, { session: s.id, userId: actor.userId });
    if (!e) throw new AppError(E.NOT_ENROLLED, '您未报名本期培训');
    assertCan(tx, 'verify', 'TrainingEnrolment', e);
    if (e.attendedAt) return e; // already attended: idempotent, hours are not credited twice
    if (!TRAINING_SESSION_STEP_FROM.attend.includes(s.state as never))
      throw new AppError(E.SESSION_NOT_OPEN, '该期培训已结业或已取消，不能再报名或签到');
    if (text(code) !== s.checkInCode) throw new AppError(E.CODE_WRONG, '签到码不正确', { field: 'code' });
    const at = now();
    if (at < s.startsAt || at > s.endsAt) {
      throw new AppError(E.OUTSIDE_SESSION, `不在培训时间内（${s.day} ${hhmm(s.startsAt)}—${hhmm(s.endsAt)}），不能签到`, { field: 'code' });
    }
    await attend(tx, s, e, 'CHECK_IN', at);
    return e;
  });
}

const hhmm = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(11, 16);

async function attend(tx: Ctx, s: TrainingSession, e: TrainingEnrolment, method: 'CHECK_IN' | 'ROSTER', at: Date) {
  Object.assign(e, { attendedAt: at, attendanceMethod: method, hoursCredited: s.hours });
  await tx.em.flush();
  await tx.em
    .getConnection()
    .execute('update training_session set attended_count = attended_count + 1 where id = ?', [s.id], 'run', tx.em.getTransactionContext());
  await tx.em.nativeUpdate(
    Todo,
    { subjectType: 'TrainingSession', subjectId: s.id, kind: 'training.checkIn', assigneeUserId: e.userId, doneAt: null },
    { doneAt: at, doneById: tx.actor?.userId ?? null },
  );
  openTodo(tx, {
    kind: 'training.feedback',
    title: `填写培训评估问卷：${s.title}`,
    link: `/training/check-in/${s.id}`,
    assigneeUserId: e.userId,
    subjectType: 'TrainingEnrolment',
    subjectId: e.id,
  });
  audit(tx, {
    action: method === 'CHECK_IN' ? 'TrainingEnrolment.checkIn' : 'TrainingEnrolment.markAttended',
    subjectType: 'TrainingEnrolment',
    subjectId: e.id,
    after: { attendedAt: at.toISOString(), hoursCredited: e.hoursCredited },
  });
}

/** The organiser marks the roster (present or absent), while the session is open. */
export async function markAttendance(ctx: Ctx, sessionId: string, enrolmentIds: string[], attended: boolean) {
  return transaction(ctx, async (tx) => {
    const s = await getSession(tx, sessionId);
    if (!TRAINING_SESSION_STEP_FROM.attend.includes(s.state as never))
      throw new AppError(E.SESSION_NOT_OPEN, '该期培训已结业或已取消，不能再报名或签到');
    const list = await tx.em.find(TrainingEnrolment, { session: s.id, id: { $in: [...new Set(enrolmentIds)] } });
    if (list.length !== new Set(enrolmentIds).size) throw notFound('报名记录');
    const at = now();
    for (const e of list) {
      assertCan(tx, 'update', 'TrainingEnrolment', e);
      if (attended && !e.attendedAt) await attend(tx, s, e, 'ROSTER', at);
      if (!attended && e.attendedAt) {
        Object.assign(e, { attendedAt: null, attendanceMethod: null, hoursCredited: 0 });
        await tx.em.flush();
        await tx.em
          .getConnection()
          .execute('update training_session set attended_count = attended_count - 1 where id = ?', [s.id], 'run', tx.em.getTransactionContext());
        await closeTodos(tx, 'TrainingEnrolment', e.id, ['training.feedback']);
        audit(tx, { action: 'TrainingEnrolment.markAbsent', subjectType: 'TrainingEnrolment', subjectId: e.id, after: { attendedAt: null } });
      }
    }
    await tx.em.refresh(s);
    return s;
  });
}

// ——— feedback ———

export interface FeedbackData {
  content: number;
  teaching: number;
  organisation: number;
  comment?: string | null;
}

/** The attendee answers the questionnaire once. */
export async function submitFeedback(ctx: Ctx, sessionId: string, data: FeedbackData) {
  const actor = requireUser(ctx);
  for (const field of ['content', 'teaching', 'organisation'] as const) {
    const v = data[field];
    if (!Number.isInteger(v) || v < TRAINING_RATING_MIN || v > TRAINING_RATING_MAX) throw new AppError(E.RATING_INVALID, '评分应为1至5分', { field });
  }
  return transaction(ctx, async (tx) => {
    const s = await getSession(tx, sessionId);
    const e = await tx.em.findOne(TrainingEnrolment, { session: s.id, userId: actor.userId });
    if (!e || !e.attendedAt) throw new AppError(E.NOT_ATTENDED, '只有参加了培训的学员才能填写评估问卷');
    assertCan(tx, 'rate', 'TrainingEnrolment', e);
    if (e.feedbackAt) throw new AppError(E.FEEDBACK_GIVEN, '您已填写过本期培训的评估问卷');
    Object.assign(e, {
      ratingContent: data.content,
      ratingTeaching: data.teaching,
      ratingOrganisation: data.organisation,
      feedbackComment: text(data.comment).slice(0, 2000) || null,
      feedbackAt: now(),
    });
    await tx.em.flush(); // the version check: of two answers at once, one is refused
    await closeTodos(tx, 'TrainingEnrolment', e.id, ['training.feedback']);
    audit(tx, { action: 'TrainingEnrolment.feedback', subjectType: 'TrainingEnrolment', subjectId: e.id });
    return e;
  });
}

/** Averages of the questionnaire of a session, for those who read its whole roster. */
export async function feedbackSummary(ctx: Ctx, s: TrainingSession) {
  const [row] = await ctx.em.getConnection().execute<{ n: number; content: number | null; teaching: number | null; organisation: number | null }[]>(
    `select count(feedback_at)::int as n, avg(rating_content)::float as content, avg(rating_teaching)::float as teaching, avg(rating_organisation)::float as organisation
       from training_enrolment where session_id = ?`,
    [s.id],
  );
  return row;
}

/** The signed-in user's own trainings. */
export async function myTrainings(ctx: Ctx) {
  const actor = requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'TrainingEnrolment', TrainingEnrolment);
  if (!visible) return [];
  return ctx.em.find(TrainingEnrolment, { $and: [visible, { userId: actor.userId }] } as never, {
    orderBy: [{ enrolledAt: 'desc' }],
    limit: 200,
    populate: ['session'],
  });
}

// ——— coverage ———

/** Whom the user may follow: the whole level (organisers, the Disclosure Office, leaders), or their own unit (its head, its officer). */
export function coverageScope(ctx: Ctx, governmentId?: string): { unitId: string | null } {
  const actor = requireUser(ctx);
  const probe = (unitId: string) =>
    ctx.ability.can(
      'read',
      tagSubject('TrainingEnrolment', { governmentId: governmentId ?? actor.governmentId, unitId, userId: '-', organiserUnitId: '-' }) as never,
    );
  if (probe('-')) return { unitId: null };
  if (probe(actor.unitId)) return { unitId: actor.unitId };
  throw forbidden('只有单位负责人、单位政务公开工作机构、培训管理员、政务公开办公室和领导小组可以查看培训覆盖情况');
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw new AppError(E.YEAR_INVALID, '年份不正确', { field: 'year' });
}

export async function trainingCoverage(ctx: Ctx, year: number, cycle: boolean, governments: GovernmentScope | null = null) {
  checkYear(year);
  const reader = await scopedReader(ctx, governments);
  const scope = coverageScope(reader.ctx, reader.governmentIds[0]);
  const period = await coveragePeriod(ctx, year, cycle);
  const units = await coverageByUnit(ctx.em as EntityManager, reader.governmentIds, period, scope.unitId);
  const staff = units.reduce((n, u) => n + u.staff, 0);
  const trained = units.reduce((n, u) => n + u.trained, 0);
  return {
    ...period,
    units,
    staff,
    trained,
    hours: Math.round(units.reduce((n, u) => n + u.hours, 0) * 10) / 10,
    ratio: staff ? trained / staff : null,
  };
}

export async function trainingPeople(ctx: Ctx, year: number, cycle: boolean, unitId: string | null, governments: GovernmentScope | null = null) {
  checkYear(year);
  const reader = await scopedReader(ctx, governments);
  const scope = coverageScope(reader.ctx, reader.governmentIds[0]);
  if (scope.unitId && unitId && unitId !== scope.unitId) throw forbidden('只能查看本单位的培训情况');
  const period = await coveragePeriod(ctx, year, cycle);
  return coverageByPerson(ctx.em as EntityManager, reader.governmentIds, period, scope.unitId ?? unitId);
}

export const todayInShanghai = () => shanghaiDate(now());
