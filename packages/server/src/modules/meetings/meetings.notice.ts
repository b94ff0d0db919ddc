import { MEETING_KIND_LABELS, INVITEE_CATEGORY_LABELS, type InviteeCategory, type MeetingKind } from '@gongkai/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../common/context.js';
import { AppError, CommonError } from '../../common/errors.js';
import { replyWithRefusal } from '../../common/http-refusal.js';
import { assertCan } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { Invitee } from './meetings.entities.js';
import { chineseDate, docxHeaders, letterLine as line, letterRight, letterTitle, renderLetter } from '../../common/docx/letter.js';

export interface NoticeInput {
  inviteeName: string;
  category: InviteeCategory;
  meetingKind: MeetingKind;
  meetingTitle: string;
  date: string;
  startTime?: string | null;
  place?: string | null;
  topic: string;
  attendeeNotes?: string | null;
  organiser: string;
}

/** The written notice to one attendee (参会通知): time, place, topic and the notes for attendees. */
export async function renderAttendanceNotice(n: NoticeInput): Promise<Buffer> {
  const notes = (n.attendeeNotes ?? '请提前15分钟到达会场，凭本通知入场；会议期间请将手机调至静音。').split(/\n+/).filter(Boolean);
  return renderLetter([
    letterTitle('列席会议通知'),
    line(''),
    line(`${n.inviteeName}（${INVITEE_CATEGORY_LABELS[n.category]}）：`),
    line(
      `兹定于${chineseDate(n.date)}${n.startTime ? ` ${n.startTime}` : ''}在${n.place ?? '（地点另行通知）'}召开${n.meetingTitle}（${MEETING_KIND_LABELS[n.meetingKind]}），研究“${n.topic}”议题，特邀请您列席会议。`,
      { indent: true },
    ),
    line('参会须知：', { indent: true }),
    ...notes.map((t, i) => line(`${i + 1}. ${t.trim()}`, { indent: true })),
    line(''),
    letterRight(n.organiser),
  ]);
}

/** GET /meetings/invitees/:id/notice — for the submitting unit, which delivers it. */
export function registerMeetingRoutes(app: FastifyInstance, contextFor: (req: FastifyRequest, reply: FastifyReply) => Promise<Ctx>) {
  app.get<{ Params: { id: string } }>('/meetings/invitees/:id/notice', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new AppError(CommonError.NOT_FOUND, '参会人不存在或无权查看');
      const i = await ctx.em.findOne(Invitee, req.params.id, {
        populate: ['proposal', 'proposal.agendaItem', 'proposal.agendaItem.meeting', 'proposal.submittingUnit'],
      });
      if (!i) throw new AppError(CommonError.NOT_FOUND, '参会人不存在或无权查看');
      const p = i.proposal.getEntity();
      if (!ctx.user) throw new AppError(CommonError.UNAUTHENTICATED, '请先登录');
      assertCan(ctx, 'read', 'AttendanceProposal', p);
      const item = p.agendaItem.getEntity();
      const m = item.meeting.getEntity();
      const buffer = await renderAttendanceNotice({
        inviteeName: i.name,
        category: i.category,
        meetingKind: m.kind,
        meetingTitle: m.title,
        date: m.date,
        startTime: m.startTime,
        place: m.place,
        topic: item.title,
        attendeeNotes: m.attendeeNotes,
        organiser: p.submittingUnit.getEntity().name,
      });
      await transaction(ctx, async (tx) =>
        audit(tx, { action: 'AttendanceProposal.printNotice', subjectType: 'AttendanceProposal', subjectId: p.id, after: { invitee: i.name } }),
      );
      return reply.headers(docxHeaders(`列席会议通知-${i.name}.docx`)).send(buffer);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
