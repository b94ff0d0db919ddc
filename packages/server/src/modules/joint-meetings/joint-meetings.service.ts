import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import {
  JOINT_AGENDA_KINDS,
  JOINT_MEETING_HELD_STATES,
  JOINT_MEETING_STEP_FROM,
  LEADING_GROUP_POSITIONS,
  RESOLUTION_OPEN_STATES,
  isValidLocalDate,
  type JointAgendaKind,
  type LeadingGroupPosition,
  type ResolutionState,
} from '@gongkai/shared';
import { type GovernmentScope, scopedReader } from '../../common/organisation/governments.js';
import type { Ctx } from '../../common/context.js';
import type { AppConfig } from '../../config.js';
import { AppError, CommonError, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { closeTodos, openTodo } from '../../common/todo/todo.service.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';
import { contextAs } from '../../common/seed-context.js';
import { now, today } from '../../common/clock.js';
import {
  JointMeeting,
  JointMeetingDelegation,
  LeadingGroupMember,
  MinutesReceipt,
  Resolution,
  ResolutionProgress,
} from './joint-meetings.entities.js';
import { JointMeetingError as E } from './joint-meetings.errors.js';
import { YEAR_SUBJECT, meetingWorkflow, resolutionWorkflow, unitsOfLevel, yearSubjectId } from './joint-meetings.workflow.js';

const text = (s: string | null | undefined) => s?.trim() ?? '';
const inTerm = (day: string) => ({ termStart: { $lte: day }, $or: [{ termEnd: null }, { termEnd: { $gte: day } }] });

// ——— the leading group ———

export interface MemberData {
  userId: string;
  position: LeadingGroupPosition;
  title: string;
  termStart: string;
  termEnd?: string | null;
}
function checkTerm(d: { termStart: string; termEnd?: string | null }) {
  if (!isValidLocalDate(d.termStart) || (d.termEnd && (!isValidLocalDate(d.termEnd) || d.termEnd < d.termStart))) {
    throw new AppError(E.PERIOD_INVALID, '请填写有效的任期起止日期，截止日期不能早于开始日期', { field: 'termEnd' });
  }
}

/** The level's leading group: those in term today, or everyone who has been in it. */
export async function listGroup(ctx: Ctx, all: boolean) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'LeadingGroupMember', LeadingGroupMember);
  if (!visible) return [];
  const order = { LEADER: 0, DEPUTY: 1, MEMBER: 2 };
  const rows = await ctx.em.find(LeadingGroupMember, { $and: [visible, all ? {} : inTerm(today())] } as never, {
    orderBy: [{ termStart: 'desc' }, { name: 'asc' }],
    limit: 500,
  });
  return rows.sort((a, b) => order[a.position] - order[b.position]);
}

/** Who may be added to the group from a unit of the level: its active users, for the Disclosure Office's choice. */
export async function groupCandidates(ctx: Ctx, unitId: string) {
  const actor = requireUser(ctx);
  assertCan(ctx, 'create', 'LeadingGroupMember', { governmentId: actor.governmentId });
  await unitsOfLevel(ctx, actor.governmentId, [unitId], 'unitId');
  // a unit's whole staff: the office picks one by name (no cut-off, which would hide the later names of a large unit)
  const users = await ctx.em.find(User, { unit: unitId, active: true }, { orderBy: [{ displayName: 'asc' }, { id: 'asc' }] });
  return users.map((u) => ({ userId: u.id, name: u.displayName }));
}

/** The Disclosure Office adds a member of its level's group: a user of the level, not already in the group for an overlapping term. */
export async function addMember(ctx: Ctx, data: MemberData) {
  const actor = requireUser(ctx);
  checkTerm(data);
  if (!LEADING_GROUP_POSITIONS.includes(data.position)) throw new AppError(CommonError.BAD_USER_INPUT, '职务不正确', { field: 'position' });
  const title = text(data.title);
  if (!title) throw new AppError(CommonError.BAD_USER_INPUT, '请填写职务名称', { field: 'title' });
  if (!data.userId) throw new AppError(E.USER_INVALID, '请选择领导小组成员', { field: 'userId' });
  return transaction(ctx, async (tx) => {
    const governmentId = actor.governmentId;
    assertCan(tx, 'create', 'LeadingGroupMember', { governmentId });
    const user = await tx.em.findOne(User, { id: data.userId, active: true }, { populate: ['unit'] });
    if (!user || user.unit.getEntity().government.id !== governmentId)
      throw new AppError(E.USER_INVALID, '人员不存在、已停用或不属于本级政府', { field: 'userId' });
    await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`leading-group:${governmentId}`]);
    const overlapping = await tx.em.count(LeadingGroupMember, {
      government: governmentId,
      user: user.id,
      $or: [{ termEnd: null }, { termEnd: { $gte: data.termStart } }],
      ...(data.termEnd ? { termStart: { $lte: data.termEnd } } : {}),
    });
    if (overlapping) throw new AppError(E.MEMBER_EXISTS, '该人员在此任期内已是领导小组成员', { field: 'userId' });
    const m = tx.em.create(LeadingGroupMember, {
      government: governmentId,
      user,
      unit: user.unit,
      name: user.displayName,
      title: title.slice(0, 100),
      position: data.position,
      termStart: data.termStart,
      termEnd: data.termEnd || null,
    } as never) as LeadingGroupMember;
    tx.em.persist(m);
    await tx.em.flush();
    audit(tx, {
      action: 'LeadingGroupMember.add',
      subjectType: 'LeadingGroupMember',
      subjectId: m.id,
      after: { position: m.position, termStart: m.termStart, termEnd: m.termEnd ?? null },
    });
    return m;
  });
}

/** The Disclosure Office changes a member's position, office or term (e.g. ends the term). */
export async function updateMember(ctx: Ctx, id: string, version: number, data: Omit<MemberData, 'userId'>) {
  requireUser(ctx);
  checkTerm(data);
  const title = text(data.title);
  if (!title) throw new AppError(CommonError.BAD_USER_INPUT, '请填写职务名称', { field: 'title' });
  return transaction(ctx, async (tx) => {
    const m = await tx.em.findOne(LeadingGroupMember, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!m) throw notFound('领导小组成员');
    assertCan(tx, 'read', 'LeadingGroupMember', m);
    if (m.version !== version) throw versionConflict();
    assertCan(tx, 'update', 'LeadingGroupMember', m);
    const before = { position: m.position, title: m.title, termStart: m.termStart, termEnd: m.termEnd ?? null };
    Object.assign(m, { position: data.position, title: title.slice(0, 100), termStart: data.termStart, termEnd: data.termEnd || null });
    await tx.em.flush();
    audit(tx, {
      action: 'LeadingGroupMember.update',
      subjectType: 'LeadingGroupMember',
      subjectId: m.id,
      before,
      after: { position: m.position, title: m.title, termStart: m.termStart, termEnd: m.termEnd ?? null },
    });
    return m;
  });
}

/** The actor's place in the level's group on a day, if any. */
async function membershipOn(ctx: Ctx, userId: string, governmentId: string, day: string) {
  const rows = await ctx.em.find(LeadingGroupMember, { government: governmentId, user: userId, ...inTerm(day) } as never);
  const rank = { LEADER: 0, DEPUTY: 1, MEMBER: 2 };
  return rows.sort((a, b) => rank[a.position] - rank[b.position])[0] ?? null;
}

export interface DelegationData {
  memberId: string;
  validFrom: string;
  validTo: string;
  purpose?: string | null;
}
/** 委托: the group's leader (in term) delegates convening to a member in term, for a period. */
export async function delegateConvening(ctx: Ctx, data: DelegationData) {
  const actor = requireUser(ctx);
  if (!isValidLocalDate(data.validFrom) || !isValidLocalDate(data.validTo) || data.validTo < data.validFrom) {
    throw new AppError(E.PERIOD_INVALID, '请填写有效的起止日期，截止日期不能早于开始日期', { field: 'validTo' });
  }
  return transaction(ctx, async (tx) => {
    assertCan(tx, 'create', 'JointMeetingDelegation', { governmentId: actor.governmentId });
    const me = await membershipOn(tx, actor.userId, actor.governmentId, today());
    if (me?.position !== 'LEADER') throw new AppError(E.NOT_LEADER, '只有领导小组组长可以委托小组成员召集会议');
    const member = await tx.em.findOne(LeadingGroupMember, { id: data.memberId, government: actor.governmentId, ...inTerm(today()) } as never);
    if (!member || member.position !== 'MEMBER')
      throw new AppError(E.DELEGATE_NOT_MEMBER, '只能委托任期内的领导小组成员召集会议', { field: 'memberId' });
    const d = tx.em.create(JointMeetingDelegation, {
      government: actor.governmentId,
      delegateMember: member,
      delegateUser: member.user,
      delegateName: member.name,
      grantedById: actor.userId,
      grantedByName: actor.name,
      grantedAt: now(),
      validFrom: data.validFrom,
      validTo: data.validTo,
      purpose: text(data.purpose).slice(0, 500) || null,
    } as never) as JointMeetingDelegation;
    tx.em.persist(d);
    await tx.em.flush();
    audit(tx, {
      action: 'JointMeetingDelegation.grant',
      subjectType: 'JointMeetingDelegation',
      subjectId: d.id,
      after: { delegate: member.name, validFrom: d.validFrom, validTo: d.validTo, purpose: d.purpose ?? null },
    });
    return d;
  });
}

export async function listDelegations(ctx: Ctx) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'JointMeetingDelegation', JointMeetingDelegation);
  if (!visible) return [];
  return ctx.em.find(JointMeetingDelegation, visible, { orderBy: [{ grantedAt: 'desc' }], limit: 200 });
}

// ——— the meeting ———

export interface AgendaData {
  kind: JointAgendaKind;
  title: string;
  unitId?: string | null;
}
export interface MeetingData {
  title: string;
  plannedOn: string;
  place?: string | null;
  inviteeUnitIds?: string[] | null;
  otherInvitees?: string | null;
  agenda: AgendaData[];
}

/**
 * 召集: by the group's leader or a deputy in term, or by a member with the leader's delegation in force
 * both today and on the meeting's date (the delegation is recorded on the meeting).
 */
/** A meeting's plan checked before anything is written: a title, a valid date, at least one agenda item of a known kind. */
function checkedPlan(data: MeetingData) {
  const title = text(data.title);
  if (!title) throw new AppError(E.TITLE_REQUIRED, '请填写会议名称', { field: 'title' });
  if (!isValidLocalDate(data.plannedOn)) throw new AppError(E.DATE_INVALID, '请填写有效的会议日期', { field: 'plannedOn' });
  const agenda = (data.agenda ?? [])
    .map((a) => ({ kind: a.kind, title: text(a.title).slice(0, 500), unitId: a.unitId || null }))
    .filter((a) => a.title);
  if (!agenda.length) throw new AppError(E.AGENDA_REQUIRED, '请至少列出一项会议议题', { field: 'agenda' });
  if (agenda.some((a) => !JOINT_AGENDA_KINDS.includes(a.kind))) throw new AppError(CommonError.BAD_USER_INPUT, '议题类别不正确', { field: 'agenda' });
  return {
    title: title.slice(0, 200),
    plannedOn: data.plannedOn,
    place: text(data.place).slice(0, 200) || null,
    otherInvitees: text(data.otherInvitees).slice(0, 2000) || null,
    agenda,
  };
}

/** The plan's units (invited, named on the agenda), each of the level and active; returns the invited. */
async function planUnits(tx: Ctx, governmentId: string, data: MeetingData, agenda: { unitId: string | null }[]) {
  const invitees = await unitsOfLevel(tx, governmentId, data.inviteeUnitIds ?? [], 'inviteeUnitIds');
  await unitsOfLevel(
    tx,
    governmentId,
    agenda.flatMap((a) => (a.unitId ? [a.unitId] : [])),
    'agenda',
  );
  return invitees.map((u) => u.id);
}

export async function conveneMeeting(ctx: Ctx, data: MeetingData) {
  const actor = requireUser(ctx);
  const plan = checkedPlan(data);
  const { agenda } = plan;
  return transaction(ctx, async (tx) => {
    const governmentId = actor.governmentId;
    assertCan(tx, 'create', 'JointMeeting', { governmentId });
    const me = await membershipOn(tx, actor.userId, governmentId, today());
    if (!me) throw new AppError(E.NOT_CONVENOR, '联席会议由领导小组组长、副组长召集，或由组长委托的小组成员召集');
    let delegation: JointMeetingDelegation | null = null;
    if (me.position === 'MEMBER') {
      const granted = await tx.em.find(
        JointMeetingDelegation,
        { government: governmentId, delegateUser: actor.userId },
        { orderBy: { grantedAt: 'desc' } },
      );
      if (!granted.length) throw new AppError(E.NOT_CONVENOR, '联席会议由领导小组组长、副组长召集，或由组长委托的小组成员召集');
      const d = today();
      delegation = granted.find((g) => g.validFrom <= d && g.validTo >= d && g.validFrom <= data.plannedOn && g.validTo >= data.plannedOn) ?? null;
      if (!delegation) throw new AppError(E.DELEGATION_NOT_IN_FORCE, '组长的委托不在有效期内，不能召集联席会议');
    }
    const inviteeUnitIds = await planUnits(tx, governmentId, data, agenda);
    const m = tx.em.create(JointMeeting, {
      government: governmentId,
      ...plan,
      convenorId: actor.userId,
      convenorName: actor.name,
      convenorPosition: me.position,
      delegation,
      inviteeUnitIds,
    } as never) as JointMeeting;
    tx.em.persist(m);
    await tx.em.flush();
    audit(tx, {
      action: 'JointMeeting.convene',
      subjectType: 'JointMeeting',
      subjectId: m.id,
      after: { ...meetingWorkflow.snapshot(m), convenorPosition: m.convenorPosition, delegationId: delegation?.id ?? null },
    });
    return m;
  });
}

/** A year asked for: a calendar year the platform can hold. */
function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw new AppError(CommonError.BAD_USER_INPUT, '年度不正确', { field: 'year' });
}

export async function listMeetings(ctx: Ctx, year: number | null) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'JointMeeting', JointMeeting);
  if (!visible) return [];
  if (year !== null) checkYear(year);
  const range = year ? { plannedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } } : {};
  return ctx.em.find(JointMeeting, { $and: [visible, range] } as never, { orderBy: [{ plannedOn: 'desc' }, { id: 'asc' }], limit: 200 });
}

export async function getMeeting(ctx: Ctx, id: string) {
  const m = await ctx.em.findOne(JointMeeting, id);
  if (!m) throw notFound('联席会议');
  assertCan(ctx, 'read', 'JointMeeting', m);
  return m;
}

/** Loads the meeting under lock at the version the user saw, for `action`, in one of `states`. */
async function lockedMeeting(tx: Ctx, id: string, version: number, action: 'update' | 'issue', states: readonly string[], label: string) {
  const m = await tx.em.findOne(JointMeeting, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!m) throw notFound('联席会议');
  assertCan(tx, 'read', 'JointMeeting', m);
  if (m.version !== version) throw versionConflict();
  assertCan(tx, action, 'JointMeeting', m);
  if (!states.includes(m.state)) throw new AppError(CommonError.TRANSITION_NOT_ALLOWED, `当前状态下不能${label}`);
  return m;
}

export const holdMeeting = (ctx: Ctx, id: string, version: number, heldOn: string, attendance: string | null) =>
  applyTransition(ctx, meetingWorkflow, 'hold', id, version, { heldOn, attendance });

export const cancelMeeting = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, meetingWorkflow, 'cancel', id, version, { reason });

/**
 * The plan changed before the meeting (a new date, place, invitees or agenda), by those who record it.
 * A meeting a member convened under the leader's delegation keeps to it: its new date must fall within
 * the delegation's term.
 */
export async function updateMeeting(ctx: Ctx, id: string, version: number, data: MeetingData) {
  requireUser(ctx);
  const plan = checkedPlan(data);
  return transaction(ctx, async (tx) => {
    const m = await lockedMeeting(tx, id, version, 'update', JOINT_MEETING_STEP_FROM.edit, '修改会议安排');
    const delegation = m.delegation ? await tx.em.findOneOrFail(JointMeetingDelegation, m.delegation.id) : null;
    if (delegation && (plan.plannedOn < delegation.validFrom || plan.plannedOn > delegation.validTo)) {
      throw new AppError(E.DELEGATION_NOT_IN_FORCE, '组长的委托不在有效期内，不能召集联席会议', { field: 'plannedOn' });
    }
    const before = meetingWorkflow.snapshot(m);
    const inviteeUnitIds = await planUnits(tx, m.government.id, data, plan.agenda);
    Object.assign(m, plan, { inviteeUnitIds });
    await tx.em.flush();
    audit(tx, { action: 'JointMeeting.update', subjectType: 'JointMeeting', subjectId: m.id, before, after: meetingWorkflow.snapshot(m) });
    return m;
  });
}

/** The minutes' number and text, drafted after the meeting until issued. */
export async function saveMinutes(ctx: Ctx, id: string, version: number, data: { minutesNumber?: string | null; minutesText?: string | null }) {
  requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const m = await lockedMeeting(tx, id, version, 'update', JOINT_MEETING_STEP_FROM.minutes, '修改会议纪要');
    const before = { minutesNumber: m.minutesNumber ?? null, minutesText: m.minutesText ?? null };
    if (data.minutesNumber !== undefined) m.minutesNumber = text(data.minutesNumber).slice(0, 100) || null;
    if (data.minutesText !== undefined) m.minutesText = text(data.minutesText).slice(0, 50000) || null;
    await tx.em.flush();
    audit(tx, {
      action: 'JointMeeting.saveMinutes',
      subjectType: 'JointMeeting',
      subjectId: m.id,
      before,
      after: { minutesNumber: m.minutesNumber ?? null, minutesText: m.minutesText ?? null },
    });
    return m;
  });
}

export interface ResolutionData {
  content?: string | null;
  responsibleUnitIds?: string[] | null;
  dueOn?: string | null;
}
/** 议定事项 added to the minutes being drafted: content, at least one responsible unit of the level, a due date. */
export async function addResolution(ctx: Ctx, meetingId: string, version: number, data: ResolutionData) {
  requireUser(ctx);
  const content = text(data.content);
  if (!content) throw new AppError(E.RESOLUTION_CONTENT_REQUIRED, '请填写议定事项内容', { field: 'content' });
  if (!data.responsibleUnitIds?.length) throw new AppError(E.RESOLUTION_UNIT_REQUIRED, '议定事项须明确责任单位', { field: 'responsibleUnitIds' });
  if (!data.dueOn || !isValidLocalDate(data.dueOn)) throw new AppError(E.RESOLUTION_DUE_REQUIRED, '议定事项须明确完成时限', { field: 'dueOn' });
  return transaction(ctx, async (tx) => {
    const m = await lockedMeeting(tx, meetingId, version, 'update', JOINT_MEETING_STEP_FROM.minutes, '添加议定事项');
    const units = await unitsOfLevel(tx, m.government.id, data.responsibleUnitIds!, 'responsibleUnitIds');
    const position = (await tx.em.count(Resolution, { meeting: m.id })) + 1;
    const r = tx.em.create(Resolution, {
      meeting: m,
      government: m.government,
      position,
      content: content.slice(0, 4000),
      responsibleUnitIds: units.map((u) => u.id),
      dueOn: data.dueOn!,
    } as never) as Resolution;
    tx.em.persist(r);
    await tx.em.flush();
    audit(tx, {
      action: 'Resolution.add',
      subjectType: 'Resolution',
      subjectId: r.id,
      after: { meetingId: m.id, content: r.content, responsibleUnitIds: r.responsibleUnitIds, dueOn: r.dueOn },
    });
    return r;
  });
}

/** A resolution taken out of minutes not yet issued. */
export async function removeResolution(ctx: Ctx, id: string) {
  requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const r = await tx.em.findOne(Resolution, id);
    if (!r) throw notFound('议定事项');
    assertCan(tx, 'read', 'Resolution', r);
    const m = await tx.em.findOneOrFail(JointMeeting, r.meeting.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    assertCan(tx, 'update', 'JointMeeting', m);
    if (r.state !== 'DRAFT' || m.state !== 'HELD') throw new AppError(CommonError.TRANSITION_NOT_ALLOWED, '纪要印发后不能删除议定事项');
    await tx.em.nativeDelete(Resolution, { id: r.id });
    audit(tx, { action: 'Resolution.remove', subjectType: 'Resolution', subjectId: r.id, before: { content: r.content } });
    return true;
  });
}

/**
 * 印发: the minutes go to the units concerned — the invited units, every unit responsible for a
 * resolution and any other named — each gets a receipt to acknowledge; the resolutions open with
 * their units' to-dos.
 */
export const issueMinutes = (ctx: Ctx, id: string, version: number, otherUnitIds: string[]) =>
  applyTransition(ctx, meetingWorkflow, 'issue', id, version, { otherUnitIds });

/** The meeting's receipts: which units acknowledged the minutes (those the reader may read). */
export async function meetingReceipts(ctx: Ctx, meetingId: string) {
  const visible = accessibleBy(ctx, 'read', 'MinutesReceipt', MinutesReceipt);
  if (!visible) return [];
  return ctx.em.find(MinutesReceipt, { $and: [visible, { meeting: meetingId }] } as never, { orderBy: [{ unitName: 'asc' }] });
}

/** The receipts of the reader's own unit (the minutes issued to it), newest first. */
export async function myReceipts(ctx: Ctx) {
  const actor = requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'MinutesReceipt', MinutesReceipt);
  if (!visible) return [];
  return ctx.em.find(MinutesReceipt, { $and: [visible, { unit: actor.unitId }] } as never, {
    populate: ['meeting'],
    orderBy: [{ acknowledgedAt: 'desc nulls first' }, { meeting: { issuedOn: 'desc' } }],
    limit: 200,
  });
}

/** 确认收到: by the unit the minutes were issued to, once; of two at once, one acknowledges and the other is told. */
export async function acknowledgeMinutes(ctx: Ctx, receiptId: string) {
  requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const r = await tx.em.findOne(MinutesReceipt, receiptId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!r) throw notFound('会议纪要');
    assertCan(tx, 'read', 'MinutesReceipt', r);
    assertCan(tx, 'accept', 'MinutesReceipt', r);
    if (r.acknowledgedAt) throw new AppError(E.ALREADY_ACKNOWLEDGED, '本单位已确认收到该会议纪要');
    r.acknowledgedAt = now();
    r.acknowledgedByName = tx.actor?.name ?? null;
    await tx.em.flush();
    await closeTodos(tx, 'MinutesReceipt', r.id);
    audit(tx, { action: 'MinutesReceipt.acknowledge', subjectType: 'MinutesReceipt', subjectId: r.id, after: { acknowledgedAt: r.acknowledgedAt } });
    return r;
  });
}

// ——— resolutions ———

export interface ResolutionFilterData {
  meetingId?: string | null;
  state?: ResolutionState | null;
  overdue?: boolean | null;
  /** only those assigned to the reader's unit */
  mine?: boolean | null;
}
export async function listResolutions(ctx: Ctx, filter: ResolutionFilterData) {
  const actor = requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'Resolution', Resolution);
  if (!visible) return [];
  const where = [
    visible,
    filter.meetingId ? { meeting: filter.meetingId } : {},
    filter.state ? { state: filter.state } : {},
    filter.overdue ? { state: { $in: [...RESOLUTION_OPEN_STATES] }, dueOn: { $lt: today() } } : {},
    filter.mine ? { responsibleUnitIds: { $contains: [actor.unitId] } } : {},
  ];
  return ctx.em.find(Resolution, { $and: where } as never, {
    orderBy: [{ dueOn: 'asc' }, { position: 'asc' }, { id: 'asc' }],
    // the responsible units' names come with the rows
    populate: ['responsibleUnitNamesRead'],
    limit: 500,
  });
}

export async function getResolution(ctx: Ctx, id: string) {
  const r = await ctx.em.findOne(Resolution, id);
  if (!r) throw notFound('议定事项');
  assertCan(ctx, 'read', 'Resolution', r);
  return r;
}

/** The progress reports of several resolutions in one statement, by resolution id (each oldest first). */
export async function resolutionProgresses(ctx: Ctx, resolutionIds: string[]) {
  const rows = await ctx.em.find(ResolutionProgress, { resolution: { $in: resolutionIds } }, { orderBy: [{ reportedAt: 'asc' }, { id: 'asc' }] });
  const byResolution = new Map<string, ResolutionProgress[]>(resolutionIds.map((id) => [id, []]));
  for (const p of rows) byResolution.get(p.resolution.id)?.push(p);
  return byResolution;
}

export const unitsNamed = (ctx: Ctx, ids: readonly string[]) =>
  ids.length ? ctx.em.find(Unit, { id: { $in: [...ids] } }, { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }) : Promise.resolve([]);

export const reportProgress = (ctx: Ctx, id: string, version: number, progress: string) =>
  applyTransition(ctx, resolutionWorkflow, 'report', id, version, { progress });
export const closeResolution = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, resolutionWorkflow, 'close', id, version, {});
export const returnResolution = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, resolutionWorkflow, 'return', id, version, { reason });

// ——— figures ———

export interface JointMeetingFiguresData {
  governmentId: string;
  year: number;
  minPerYear: number;
  held: number;
  met: boolean;
  governments: number;
  governmentsMet: number;
  openResolutions: number;
  overdueResolutions: number;
  unacknowledged: number;
}

/**
 * The dashboard's figures of a level, in SQL: meetings held in the year against the minimum in force,
 * resolutions open and overdue, issued minutes not yet acknowledged. With a scope of several
 * governments (a level and those below it) each government is held to the minimum on its own: the
 * figures are summed, and `met` means every one of them held its minimum.
 */
export async function jointMeetingFigures(ctx: Ctx, year: number, scope: GovernmentScope | null = null): Promise<JointMeetingFiguresData> {
  checkYear(year);
  const reader = await scopedReader(ctx, scope);
  for (const governmentId of reader.governmentIds) assertCan(reader.ctx, 'read', 'JointMeetingFigures', { governmentId });
  const day = today();
  const minPerYear = await valueOn<number>(ctx, 'jointMeeting.minPerYear', `${year}` === day.slice(0, 4) ? day : `${year}-12-31`);
  const rows = await ctx.em.getConnection().execute<{ held: string; open: string; overdue: string; unack: string }[]>(
    `select
       (select count(*) from joint_meeting m where m.government_id = g.id and m.state = any(?::text[]) and m.held_on between ? and ?) as held,
       (select count(*) from joint_resolution r where r.government_id = g.id and r.state = any(?::text[])) as open,
       (select count(*) from joint_resolution r where r.government_id = g.id and r.state = any(?::text[]) and r.due_on < ?) as overdue,
       (select count(*) from joint_minutes_receipt c where c.government_id = g.id and c.acknowledged_at is null) as unack
     from unnest(?::uuid[]) as g(id)`,
    [
      `{${JOINT_MEETING_HELD_STATES.join(',')}}`,
      `${year}-01-01`,
      `${year}-12-31`,
      `{${RESOLUTION_OPEN_STATES.join(',')}}`,
      `{${RESOLUTION_OPEN_STATES.join(',')}}`,
      day,
      `{${reader.governmentIds.join(',')}}`,
    ],
  );
  const sum = (key: 'held' | 'open' | 'overdue' | 'unack') => rows.reduce((n, r) => n + Number(r[key]), 0);
  const governmentsMet = rows.filter((r) => Number(r.held) >= minPerYear).length;
  return {
    governmentId: reader.governmentIds[0]!,
    year,
    minPerYear,
    held: sum('held'),
    met: governmentsMet === rows.length,
    governments: rows.length,
    governmentsMet,
    openResolutions: sum('open'),
    overdueResolutions: sum('overdue'),
    unacknowledged: sum('unack'),
  };
}

// ——— the year's minimum ———

/**
 * In the last quarter, each level's Disclosure Office gets a to-do to convene the year's joint meeting
 * when fewer than jointMeeting.minPerYear were held; holding one closes it. Safe with two processes:
 * an advisory lock per level and year, and the to-do is looked for before it is opened.
 */
export const remindYearMinimum = (em: EntityManager, config: AppConfig) => remindYearMinimumOn(em, config, today());
export async function remindYearMinimumOn(em: EntityManager, config: AppConfig, day: string): Promise<number> {
  if (Number(day.slice(5, 7)) < 10) return 0;
  const year = Number(day.slice(0, 4));
  const ctx = await contextAs(em.fork(), config, null);
  const minPerYear = await valueOn<number>(ctx, 'jointMeeting.minPerYear', day);
  const levels = await ctx.em.getConnection().execute<{ government_id: string; office_id: string }[]>(
    `select o.government_id, o.id as office_id from unit o
      where o.function = 'DISCLOSURE_OFFICE' and o.active
        and (select count(*) from joint_meeting m
              where m.government_id = o.government_id and m.state = any(?::text[]) and m.held_on between ? and ?) < ?`,
    [`{${JOINT_MEETING_HELD_STATES.join(',')}}`, `${year}-01-01`, `${year}-12-31`, minPerYear],
  );
  let opened = 0;
  for (const { government_id: governmentId, office_id: officeId } of levels) {
    await transaction(ctx, async (tx) => {
      const subjectId = yearSubjectId(governmentId, year);
      await tx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`joint-meeting-year:${subjectId}`]);
      const [{ n }] = await tx.em.execute<{ n: string }[]>(`select count(*) as n from todo where subject_type = ? and subject_id = ?`, [
        YEAR_SUBJECT,
        subjectId,
      ]);
      if (Number(n)) return;
      openTodo(tx, {
        kind: 'jointMeeting.convene',
        title: `${year}年尚未召开政务公开领导小组联席会议（每年至少${minPerYear}次），请提请组长召集`,
        link: '/joint-meetings',
        dueAt: new Date(`${year}-12-31T23:59:59.999+08:00`),
        assigneeRole: 'DISCLOSURE_OFFICE',
        assigneeUnitId: officeId,
        subjectType: YEAR_SUBJECT,
        subjectId,
      });
      opened++;
    });
  }
  return opened;
}
