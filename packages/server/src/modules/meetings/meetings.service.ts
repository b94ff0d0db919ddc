import {
  PROPOSAL_EDITABLE_STATES,
  TOPIC_PUBLISHED_STATES,
  isMajorDecision,
  isValidLocalDate,
  type InviteeCategory,
  type MeetingKind,
  type TopicCategory,
} from '@gongkai/shared';
import { LockMode } from '@mikro-orm/core';
import { governmentsBelow } from '../../common/organisation/governments.js';
import type { Ctx } from '../../common/context.js';
import { AppError, CommonError, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { recordSensitiveRead } from '../../common/audit/sensitive-read.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { pageWindow } from '../../common/paging.js';
import { openTodo } from '../../common/todo/todo.service.js';
import { valueOn } from '../../common/parameters/parameters.service.js';
import { addWorkingDays } from '../../common/calendar/calendar.service.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { topicOfUnit } from '../consultation/consultation.service.js';
import { AgendaItem, AttendanceProposal, GovernmentMeeting, Invitee, PressRelease } from './meetings.entities.js';
import { MeetingError as E } from './meetings.errors.js';
import { noticeDueOn, proposalWorkflow } from './meetings.workflow.js';

export interface MeetingData {
  kind: MeetingKind;
  title: string;
  date: string;
  startTime?: string | null;
  place?: string | null;
  attendeeNotes?: string | null;
}

function cleanMeeting(data: MeetingData) {
  const title = data.title.trim();
  if (!title || title.length > 200) throw new AppError(E.TITLE_REQUIRED, '请填写会议名称（不超过200字）', { field: 'title' });
  if (!isValidLocalDate(data.date)) throw new AppError(E.MEETING_DATE_INVALID, '日期格式应为 YYYY-MM-DD', { field: 'date' });
  if (data.startTime && !/^([01]\d|2[0-3]):[0-5]\d$/.test(data.startTime))
    throw new AppError(E.TIME_INVALID, '时间格式应为 HH:mm', { field: 'startTime' });
  return {
    kind: data.kind,
    title,
    date: data.date,
    startTime: data.startTime || null,
    place: data.place?.trim() || null,
    attendeeNotes: data.attendeeNotes?.trim() || null,
  };
}

export async function createMeeting(ctx: Ctx, data: MeetingData) {
  const actor = requireUser(ctx);
  const fields = cleanMeeting(data);
  return transaction(ctx, async (tx) => {
    const noticeWorkingDays = await valueOn<number>(tx, 'meeting.attendanceNoticeWorkingDays');
    const m = tx.em.create(GovernmentMeeting, {
      ...fields,
      government: actor.governmentId,
      noticeWorkingDays,
      noticeDueOn: await noticeDueOn(tx, fields.date, noticeWorkingDays),
    } as never) as GovernmentMeeting;
    assertCan(tx, 'create', 'GovernmentMeeting', m);
    tx.em.persist(m);
    await tx.em.flush();
    audit(tx, { action: 'GovernmentMeeting.create', subjectType: 'GovernmentMeeting', subjectId: m.id, after: fields });
    return m;
  });
}

export async function getMeeting(ctx: Ctx, id: string) {
  const m = await ctx.em.findOne(GovernmentMeeting, id);
  if (!m) throw notFound('会议');
  assertCan(ctx, 'read', 'GovernmentMeeting', m);
  return m;
}

export async function listMeetings(ctx: Ctx, page: number, pageSize: number) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'GovernmentMeeting', GovernmentMeeting);
  if (!visible) return { items: [], total: 0 };
  const [items, total] = await ctx.em.findAndCount(GovernmentMeeting, visible, { orderBy: { date: 'desc' }, ...pageWindow(page, pageSize) });
  return { items, total };
}

export interface AgendaData {
  title: string;
  submittingUnitId: string;
  category: TopicCategory;
  exempt?: boolean | null;
  importantLivelihood?: boolean | null;
  consultationTopicId?: string | null;
}

/** The Secretariat puts a topic on the agenda; for a livelihood topic the submitting unit is asked for its attendance proposal. */
export async function addAgendaItem(ctx: Ctx, meetingId: string, data: AgendaData) {
  return transaction(ctx, async (tx) => {
    const m = await getMeeting(tx, meetingId);
    assertCan(tx, 'update', 'GovernmentMeeting', m);
    const title = data.title.trim();
    if (!title || title.length > 200) throw new AppError(E.TITLE_REQUIRED, '请填写议题名称（不超过200字）', { field: 'title' });
    const unit = await tx.em.findOne(Unit, data.submittingUnitId);
    if (!unit) throw new AppError(E.TOPIC_NOT_OF_UNIT, '提交单位不存在', { field: 'submittingUnitId' });
    let topic: Awaited<ReturnType<typeof topicOfUnit>> = null;
    if (data.consultationTopicId) {
      topic = await topicOfUnit(tx, data.consultationTopicId, unit.id);
      if (!topic) throw new AppError(E.TOPIC_NOT_OF_UNIT, '所关联的意见征集议题不属于提交单位', { field: 'consultationTopicId' });
    }
    const [{ n }] = await tx.em.execute<{ n: number }[]>('select count(*)::int as n from agenda_item where meeting_id = ?', [m.id]);
    const item = tx.em.create(AgendaItem, {
      meeting: m,
      position: n + 1,
      title,
      submittingUnit: unit,
      category: data.category,
      exempt: !!data.exempt,
      importantLivelihood: !!data.importantLivelihood,
      consultationTopic: topic,
    } as never) as AgendaItem;
    tx.em.persist(item);
    await tx.em.flush();
    if (data.category === 'LIVELIHOOD' || data.importantLivelihood) {
      openTodo(tx, {
        kind: 'attendance.propose',
        title: `提出列席意见：${title}（${m.title}）`,
        link: `/meetings/${m.id}`,
        assigneeRole: 'DEPARTMENT_STAFF',
        assigneeUnitId: unit.id,
        subjectType: 'AgendaItem',
        subjectId: item.id,
        dueAt: new Date(`${m.date}T00:00:00+08:00`),
      });
    }
    audit(tx, {
      action: 'GovernmentMeeting.addAgendaItem',
      subjectType: 'GovernmentMeeting',
      subjectId: m.id,
      after: { agendaItemId: item.id, title, unit: unit.name },
    });
    return item;
  });
}

/** The agendas of several meetings in one statement, by meeting id (each in its order). */
export async function agendasOf(ctx: Ctx, meetingIds: string[]) {
  const items = await ctx.em.find(AgendaItem, { meeting: { $in: meetingIds } }, { orderBy: { position: 'asc' } });
  const byMeeting = new Map<string, AgendaItem[]>(meetingIds.map((id) => [id, []]));
  for (const item of items) byMeeting.get(item.meeting.id)?.push(item);
  return byMeeting;
}

export interface InviteeData {
  name: string;
  category: InviteeCategory;
  organisation?: string | null;
  contact?: string | null;
}
export interface ProposalData {
  invite: boolean;
  necessity?: string | null;
  participationWay?: string | null;
  preparations?: string | null;
  invitees: InviteeData[];
}

/** The submitting unit writes (or rewrites, while not yet submitted) its attendance proposal for an agenda item. */
export async function saveProposal(ctx: Ctx, agendaItemId: string, version: number | null, data: ProposalData) {
  const actor = requireUser(ctx);
  return transaction(ctx, async (tx) => {
    // the agenda item is locked first, so that two first saves do not both create a proposal
    await tx.em.findOne(AgendaItem, agendaItemId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const item = await tx.em.findOne(AgendaItem, agendaItemId, { populate: ['meeting'] });
    if (!item) throw notFound('议题');
    // permission before state: who may never write a proposal for this item learns nothing of the one there (its state, its version)
    const government = item.meeting.getEntity().government.id;
    assertCan(tx, 'update', 'AttendanceProposal', { submittingUnitId: item.submittingUnit.id, governmentId: government, state: 'DRAFT' });
    let p = await tx.em.findOne(AttendanceProposal, { agendaItem: item.id });
    const before = p ? proposalWorkflow.snapshot(p) : null;
    if (p) {
      // an existing proposal is rewritten only by someone who read it (and names its version)
      if (version === null) throw new AppError(CommonError.VERSION_CONFLICT, '该议题的列席意见已由他人填写，请刷新后重试');
      if (p.version !== version) throw versionConflict();
      if (!PROPOSAL_EDITABLE_STATES.includes(p.state)) throw new AppError(E.PROPOSAL_LOCKED, '已报送的列席意见不能修改');
    } else {
      p = tx.em.create(AttendanceProposal, {
        agendaItem: item,
        submittingUnit: item.submittingUnit.id,
        government,
        invite: data.invite,
        createdById: actor.userId,
      } as never) as AttendanceProposal;
      tx.em.persist(p);
    }
    Object.assign(p, {
      invite: data.invite,
      necessity: data.necessity?.trim() || null,
      participationWay: data.participationWay?.trim() || null,
      preparations: data.preparations?.trim() || null,
    });
    assertCan(tx, 'update', 'AttendanceProposal', p);
    await tx.em.flush();
    await tx.em.nativeDelete(Invitee, { proposal: p.id });
    for (const i of data.invitees) {
      const name = i.name.trim();
      if (!name) throw new AppError(E.INVITEES_REQUIRED, '参会人员姓名不能为空', { field: 'invitees' });
      if (name.length > 50 || (i.organisation?.trim().length ?? 0) > 100 || (i.contact?.trim().length ?? 0) > 100) {
        throw new AppError(E.INVITEES_REQUIRED, '参会人员姓名不超过50字，单位和联系方式各不超过100字', { field: 'invitees' });
      }
      tx.em.persist(
        tx.em.create(Invitee, {
          proposal: p,
          name,
          category: i.category,
          organisation: i.organisation?.trim() || null,
          contact: i.contact?.trim() || null,
        } as never),
      );
    }
    await tx.em.flush();
    audit(tx, {
      action: before ? 'AttendanceProposal.update' : 'AttendanceProposal.create',
      subjectType: 'AttendanceProposal',
      subjectId: p.id,
      before,
      after: { ...proposalWorkflow.snapshot(p), invitees: data.invitees.map((i) => ({ name: i.name, category: i.category })) },
    });
    return p;
  });
}

export async function getProposal(ctx: Ctx, id: string) {
  const p = await ctx.em.findOne(AttendanceProposal, id);
  if (!p) throw notFound('列席意见');
  assertCan(ctx, 'read', 'AttendanceProposal', p);
  return p;
}

export async function listProposals(ctx: Ctx, meetingId: string | null) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'AttendanceProposal', AttendanceProposal);
  if (!visible) return [];
  // the agenda row, its submitting unit and its consultation topic come with each proposal (joins),
  // not in statements of their own
  return ctx.em.find(AttendanceProposal, { $and: [visible, meetingId ? { agendaItem: { meeting: meetingId } } : {}] } as never, {
    orderBy: { createdAt: 'desc' },
    populate: ['agendaItem.submittingUnit', 'agendaItem.consultationTopic'],
    limit: 500,
  });
}

export const submitProposal = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, proposalWorkflow, 'submit', id, version, {});
export const approveProposal = (ctx: Ctx, id: string, version: number) => applyTransition(ctx, proposalWorkflow, 'approve', id, version, {});
export const returnProposal = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, proposalWorkflow, 'return', id, version, { reason });

export const inviteesOf = (ctx: Ctx, proposalId: string) => ctx.em.find(Invitee, { proposal: proposalId }, { orderBy: { name: 'asc' } });

/** The invitees of a proposal as the user may see them; reading their contact details is recorded. */
export async function inviteesFor(ctx: Ctx, p: AttendanceProposal) {
  const invitees = await inviteesOf(ctx, p.id);
  await recordSensitiveRead(
    ctx,
    'AttendanceProposal.readContacts',
    'AttendanceProposal',
    p.id,
    invitees.filter((i) => i.contact && visibleInviteeContact(ctx, i, p)).length,
  );
  return invitees;
}

/**
 * The written notice reaches each attendee at least N working days before the meeting (N in force
 * when the meeting was planned): the delivery date plus N working days is no later than the meeting.
 * A later delivery is refused unless its reason is given; then it is flagged.
 */
export async function recordNoticeDelivery(ctx: Ctx, inviteeId: string, deliveredOn: string, lateReason: string | null) {
  if (!isValidLocalDate(deliveredOn)) throw new AppError(E.MEETING_DATE_INVALID, '日期格式应为 YYYY-MM-DD', { field: 'deliveredOn' });
  return transaction(ctx, async (tx) => {
    const invitee = await tx.em.findOne(Invitee, inviteeId, { populate: ['proposal', 'proposal.agendaItem', 'proposal.agendaItem.meeting'] });
    if (!invitee) throw notFound('参会人');
    const p = invitee.proposal.getEntity();
    assertCan(tx, 'issue', 'AttendanceProposal', p);
    const meeting = p.agendaItem.getEntity().meeting.getEntity();
    const reached = await addWorkingDays(tx, deliveredOn, meeting.noticeWorkingDays);
    const late = reached > meeting.date;
    if (late && !lateReason?.trim()) {
      throw new AppError(
        E.NOTICE_LATE,
        `书面通知应于会议召开前${meeting.noticeWorkingDays}个工作日送达（会议日期${meeting.date}）；逾期送达须说明理由`,
        { field: 'deliveredOn' },
      );
    }
    Object.assign(invitee, { noticeDeliveredOn: deliveredOn, noticeLate: late, noticeLateReason: late ? lateReason!.trim() : null });
    audit(tx, {
      action: 'AttendanceProposal.noticeDelivered',
      subjectType: 'AttendanceProposal',
      subjectId: p.id,
      after: { invitee: invitee.name, deliveredOn, late },
    });
    return invitee;
  });
}

/** Contact details of invitees: the submitting unit and the Secretariat only. */
export function visibleInviteeContact(ctx: Ctx, invitee: Invitee, proposal: AttendanceProposal): string | null {
  const mine = ctx.actor?.unitId === proposal.submittingUnit.id;
  const secretariat = ctx.actor?.roles.includes('SECRETARIAT') && ctx.actor.governmentId === proposal.government.id;
  return mine || secretariat ? (invitee.contact ?? null) : null;
}

// ——— the 政府会议 column ———

export interface PressReleaseData {
  title: string;
  body: string;
  source?: string | null;
}

export async function publishPressRelease(ctx: Ctx, meetingId: string, data: PressReleaseData) {
  return transaction(ctx, async (tx) => {
    const m = await getMeeting(tx, meetingId);
    const title = data.title.trim();
    const body = data.body.trim();
    if (!title || !body) throw new AppError(E.PRESS_RELEASE_INVALID, '请填写通稿标题和正文', { field: title ? 'body' : 'title' });
    const r = tx.em.create(PressRelease, { meeting: m, title, body, source: data.source?.trim() || null } as never) as PressRelease;
    assertCan(tx, 'create', 'PressRelease', Object.assign(r, { governmentId: m.government.id }));
    tx.em.persist(r);
    await tx.em.flush();
    audit(tx, { action: 'PressRelease.publish', subjectType: 'GovernmentMeeting', subjectId: m.id, after: { pressReleaseId: r.id, title } });
    return r;
  });
}

export async function publicPressReleases(ctx: Ctx, page: number, pageSize: number) {
  const [items, total] = await ctx.em.findAndCount(
    PressRelease,
    {},
    { orderBy: { publishedAt: 'desc' }, ...pageWindow(page, pageSize), populate: ['meeting'] },
  );
  return { items, total };
}

export async function publicPressRelease(ctx: Ctx, id: string) {
  const r = await ctx.em.findOne(PressRelease, id, { populate: ['meeting'] });
  if (!r) throw notFound('新闻通稿');
  return r;
}

// ——— 议题意见征集率: computed from the meetings' agendas ———

/** Categories of topic that must be put to the public before the meeting (the notice, section 三). */
const REQUIRED = (c: TopicCategory) => isMajorDecision(c) || c === 'LIVELIHOOD' || c === 'POLICY_DOCUMENT';

export interface RateRow {
  unitId: string | null;
  unitName: string;
  required: number;
  consulted: number;
  rate: number | null;
}

/** Topics consulted ÷ topics that required consultation, on the agendas of a quarter's meetings, by unit and overall. */
export async function consultationRates(
  ctx: Ctx,
  year: number,
  quarter: number,
  governmentId: string | null,
  withChildren = false,
): Promise<RateRow[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 2200 || ![1, 2, 3, 4].includes(quarter)) {
    throw new AppError(E.QUARTER_INVALID, '年份或季度不正确', { field: 'quarter' });
  }
  const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  const to = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
  const categories = [
    'MAJOR_DECISION_POLICY',
    'MAJOR_DECISION_PLAN',
    'MAJOR_DECISION_RESOURCES',
    'MAJOR_DECISION_PROJECT',
    'MAJOR_DECISION_OTHER',
    'LIVELIHOOD',
    'POLICY_DOCUMENT',
  ].filter((c) => REQUIRED(c as TopicCategory));
  // one government, or a level with the governments directly below it (the same definition, counted together)
  const governments = governmentId ? [governmentId, ...(withChildren ? (await governmentsBelow(ctx, governmentId)).map((g) => g.id) : [])] : null;
  const rows = await ctx.em.execute<{ unit_id: string | null; unit_name: string | null; required: number; consulted: number }[]>(
    `select a.submitting_unit_id as unit_id, max(u.name) as unit_name, count(*)::int as required,
            count(*) filter (where t.state in (${TOPIC_PUBLISHED_STATES.map((st) => `'${st}'`).join(', ')}))::int as consulted
       from agenda_item a
       join government_meeting m on m.id = a.meeting_id
       join unit u on u.id = a.submitting_unit_id
       left join consultation_topic t on t.id = a.consultation_topic_id
      where m.date >= ? and m.date < ? and not a.exempt and a.category in (${categories.map(() => '?').join(', ')})
        ${governments ? `and m.government_id in (${governments.map(() => '?').join(', ')})` : ''}
      group by rollup (a.submitting_unit_id)
      order by a.submitting_unit_id nulls last`,
    [from, to, ...categories, ...(governments ?? [])],
  );
  return rows.map((r) => ({
    unitId: r.unit_id,
    unitName: r.unit_id ? (r.unit_name ?? '') : '合计',
    required: r.required,
    consulted: r.consulted,
    rate: r.required ? r.consulted / r.required : null,
  }));
}
