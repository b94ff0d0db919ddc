// 会议纪要 as .docx: the title, the number, what the meeting was, the text, the resolutions with their
// responsible units and due dates, and whom it is issued to (主送). A draft is marked as such.
import { AlignmentType } from 'docx';
import { JOINT_AGENDA_KIND_LABELS, LEADING_GROUP_POSITION_LABELS } from '@gongkai/shared';
import type { FastifyInstance } from 'fastify';
import type { ContextFor } from '../../common/modules.js';
import { AppError, CommonError } from '../../common/errors.js';
import { replyWithRefusal } from '../../common/http-refusal.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { chineseDate, docxHeaders, letterLine as line, letterRight, letterTitle, renderLetter } from '../../common/docx/letter.js';
import { Resolution, type JointMeeting } from './joint-meetings.entities.js';
import * as svc from './joint-meetings.service.js';

export interface MinutesContent {
  meeting: JointMeeting;
  resolutions: Resolution[];
  unitNames: Map<string, string>;
  governmentName: string;
}

export async function renderMinutes({ meeting: m, resolutions, unitNames, governmentName }: MinutesContent): Promise<Buffer> {
  const issued = m.state === 'MINUTES_ISSUED';
  const name = (id: string) => unitNames.get(id) ?? '';
  return renderLetter([
    letterTitle(`${governmentName}政务公开领导小组联席会议纪要${issued ? '' : '（草稿）'}`),
    ...(m.minutesNumber ? [line(m.minutesNumber, { align: AlignmentType.CENTER })] : []),
    line(''),
    line(
      `${m.heldOn ? chineseDate(m.heldOn) : chineseDate(m.plannedOn)}，${m.convenorName}（领导小组${LEADING_GROUP_POSITION_LABELS[m.convenorPosition]}${m.delegationId ? '，受组长委托' : ''}）召集${m.place ? `在${m.place}` : ''}召开${m.title}。`,
      { indent: true },
    ),
    ...(m.attendance ? [line(`出席：${m.attendance}`, { indent: true })] : []),
    line('会议议题：', { indent: true }),
    ...m.agenda.map((a, i) =>
      line(`${i + 1}. ${JOINT_AGENDA_KIND_LABELS[a.kind]}：${a.title}${a.unitId && name(a.unitId) ? `（${name(a.unitId)}）` : ''}`, { indent: true }),
    ),
    ...(m.minutesText ?? '')
      .split(/\n+/)
      .filter(Boolean)
      .map((t) => line(t.trim(), { indent: true })),
    line('会议议定事项：', { indent: true, bold: true }),
    ...resolutions.map((r, i) =>
      line(`${i + 1}. ${r.content}（责任单位：${r.responsibleUnitIds.map(name).join('、')}；完成时限：${chineseDate(r.dueOn)}）`, { indent: true }),
    ),
    line(''),
    ...(m.issuedUnitIds.length ? [line(`主送：${m.issuedUnitIds.map(name).join('、')}`)] : []),
    letterRight(`${governmentName}政务公开领导小组办公室`),
    letterRight(m.issuedOn ? chineseDate(m.issuedOn) : '（未印发）'),
  ]);
}

/** GET /joint-meetings/:id/minutes.docx — for whoever may read the meeting (a unit: once issued to it). */
export function registerJointMeetingRoutes(app: FastifyInstance, contextFor: ContextFor) {
  app.get<{ Params: { id: string } }>('/joint-meetings/:id/minutes.docx', async (req, reply) => {
    try {
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new AppError(CommonError.NOT_FOUND, '联席会议不存在或无权查看');
      const ctx = await contextFor(req, reply);
      if (!ctx.user) throw new AppError(CommonError.UNAUTHENTICATED, '请先登录');
      const meeting = await svc.getMeeting(ctx, req.params.id);
      const resolutions = await ctx.em.find(Resolution, { meeting: meeting.id }, { orderBy: { position: 'asc' } });
      const ids = [
        ...new Set([
          ...meeting.issuedUnitIds,
          ...resolutions.flatMap((r) => r.responsibleUnitIds),
          ...meeting.agenda.flatMap((a) => (a.unitId ? [a.unitId] : [])),
          meeting.government.id,
        ]),
      ];
      const units = await svc.unitsNamed(ctx, ids);
      const unitNames = new Map(units.map((u) => [u.id, u.name]));
      const buffer = await renderMinutes({ meeting, resolutions, unitNames, governmentName: unitNames.get(meeting.government.id) ?? '' });
      await transaction(ctx, async (tx) => audit(tx, { action: 'JointMeeting.exportMinutes', subjectType: 'JointMeeting', subjectId: meeting.id }));
      return reply.headers(docxHeaders(`会议纪要-${meeting.title}.docx`)).send(buffer);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
