import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  TRAINING_ATTENDANCE_METHOD_LABELS,
  TRAINING_ENROLMENT_SOURCE_LABELS,
  TRAINING_KIND_LABELS,
  type TrainingAttendanceMethod,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError, CommonError, forbidden } from '../../common/errors.js';
import { replyWithRefusal } from '../../common/http-refusal.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { coverageScope, getSession, sessionEnrolments, trainingCoverage, trainingPeople } from './training.service.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };

function sheetWith(book: ExcelJS.Workbook, name: string, columns: { header: string; key: string; width: number }[]) {
  const sheet = book.addWorksheet(name);
  sheet.columns = columns;
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.fill = HEADER_FILL;
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

const shanghaiTime = (d: Date | null | undefined) => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

/** A session's roster with attendance, hours and feedback: for its organiser and those who follow the whole level. */
export async function rosterWorkbook(ctx: Ctx, sessionId: string) {
  const s = await getSession(ctx, sessionId);
  if (coverageScope(ctx).unitId !== null) throw forbidden('只有培训组织方、政务公开办公室和领导小组可以导出培训名单');
  const list = await sessionEnrolments(ctx, s);
  const book = new ExcelJS.Workbook();
  const sheet = sheetWith(book, '培训名单', [
    { header: '序号', key: 'n', width: 6 },
    { header: '姓名', key: 'name', width: 12 },
    { header: '单位', key: 'unit', width: 30 },
    { header: '报名方式', key: 'source', width: 12 },
    { header: '是否参训', key: 'attended', width: 10 },
    { header: '签到方式', key: 'method', width: 12 },
    { header: '签到时间', key: 'at', width: 18 },
    { header: '学时', key: 'hours', width: 8 },
    { header: '是否结业', key: 'completed', width: 10 },
    { header: '评估问卷', key: 'feedback', width: 10 },
  ]);
  list.forEach((e, i) =>
    sheet.addRow({
      n: i + 1,
      name: e.userName,
      unit: e.unitName,
      source: TRAINING_ENROLMENT_SOURCE_LABELS[e.source],
      attended: e.attendedAt ? '是' : '否',
      method: e.attendanceMethod ? TRAINING_ATTENDANCE_METHOD_LABELS[e.attendanceMethod as TrainingAttendanceMethod] : '',
      at: shanghaiTime(e.attendedAt),
      hours: e.hoursCredited,
      completed: e.completed ? '是' : '否',
      feedback: e.feedbackAt ? '已填写' : '',
    }),
  );
  sheet.insertRow(1, [`${s.title}（${TRAINING_KIND_LABELS[s.kind]}，${s.day}，${s.location}，${s.hours}学时）`]);
  sheet.mergeCells(1, 1, 1, 10);
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return { buffer: Buffer.from(await book.xlsx.writeBuffer()), filename: `${s.title}-培训名单.xlsx` };
}

/** Hours per person, and coverage per unit, of a year or of the rotation cycle ending with it. */
export async function hoursWorkbook(ctx: Ctx, year: number, cycle: boolean) {
  const coverage = await trainingCoverage(ctx, year, cycle);
  const people = await trainingPeople(ctx, year, cycle, null);
  const book = new ExcelJS.Workbook();
  const units = sheetWith(book, '各单位覆盖情况', [
    { header: '单位', key: 'unit', width: 32 },
    { header: '应训人数', key: 'staff', width: 10 },
    { header: '已训人数', key: 'trained', width: 10 },
    { header: '未训人数', key: 'untrained', width: 10 },
    { header: '覆盖率', key: 'ratio', width: 10 },
    { header: '总学时', key: 'hours', width: 10 },
  ]);
  for (const u of coverage.units) {
    units.addRow({ unit: u.unitName, staff: u.staff, trained: u.trained, untrained: u.staff - u.trained, ratio: u.ratio, hours: u.hours });
  }
  units.getColumn('ratio').numFmt = '0.0%';
  const persons = sheetWith(book, '个人学时', [
    { header: '姓名', key: 'name', width: 12 },
    { header: '单位', key: 'unit', width: 32 },
    { header: '参训次数', key: 'sessions', width: 10 },
    { header: '学时', key: 'hours', width: 8 },
    { header: '最近参训日期', key: 'last', width: 14 },
    { header: '是否已参训', key: 'trained', width: 10 },
  ]);
  for (const p of people) {
    persons.addRow({
      name: p.name,
      unit: p.unitName,
      sessions: p.sessions,
      hours: p.hours,
      last: p.lastAttendedOn ?? '',
      trained: p.trained ? '是' : '否',
    });
  }
  const label = cycle ? `${coverage.from.slice(0, 4)}—${year}年轮训周期` : `${year}年`;
  return { buffer: Buffer.from(await book.xlsx.writeBuffer()), filename: `培训学时统计（${label}）.xlsx` };
}

function send(reply: FastifyReply, buffer: Buffer, filename: string) {
  reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
  reply.header('cache-control', 'private, no-store');
  return reply.send(buffer);
}

export function registerTrainingRoutes(app: FastifyInstance, contextFor: (req: FastifyRequest, reply: FastifyReply) => Promise<Ctx>) {
  app.get<{ Params: { id: string } }>('/training/sessions/:id/roster.xlsx', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new AppError(CommonError.NOT_FOUND, '培训不存在或无权查看');
      const { buffer, filename } = await rosterWorkbook(ctx, req.params.id);
      await transaction(ctx, async (tx) =>
        audit(tx, { action: 'TrainingSession.exportRoster', subjectType: 'TrainingSession', subjectId: req.params.id }),
      );
      return send(reply, buffer, filename);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
  app.get<{ Querystring: { year?: string; cycle?: string } }>('/training/hours.xlsx', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      const year = Number(req.query.year);
      const { buffer, filename } = await hoursWorkbook(ctx, year, req.query.cycle === '1' || req.query.cycle === 'true');
      await transaction(ctx, async (tx) =>
        audit(tx, { action: 'TrainingEnrolment.exportHours', subjectType: 'TrainingEnrolment', subjectId: ctx.actor?.governmentId ?? '-' }),
      );
      return send(reply, buffer, filename);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
