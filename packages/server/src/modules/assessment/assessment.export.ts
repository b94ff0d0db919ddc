// The year's scorecards as .xlsx: one sheet of the units' totals and ranks, one of every item of every
// unit. Read from the results as frozen at sign-off, or as they stand (marked as such).
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { ASSESSMENT_ITEM_STATUS_LABELS } from '@gongkai/shared';
import type { ContextFor } from '../../common/modules.js';
import { AppError, CommonError } from '../../common/errors.js';
import { replyWithRefusal } from '../../common/http-refusal.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import type { Ctx } from '../../common/context.js';
import type { Assessment } from './assessment.entities.js';
import type { Scorecard } from './assessment.scorecard.js';
import { getAssessment, scorecards } from './assessment.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const num = (v: number | null) => (v === null ? '' : v);

export async function scorecardWorkbook(a: Assessment, governmentName: string, cards: Scorecard[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const title = `${governmentName}${a.year}年度政务公开工作考核结果${a.frozen ? '' : '（未审签，按当前数据计算）'}`;
  const totals = wb.addWorksheet('考核结果');
  totals.addRow([title]);
  totals.addRow([`平时检查占${Math.round(a.parameters.routineShare * 100)}%，年终考核占${Math.round((1 - a.parameters.routineShare) * 100)}%`]);
  totals.addRow(['名次', '单位', '平时检查得分', '平时检查次数', '年终考核得分', '问责扣分', '总分']);
  for (const c of [...cards].sort((x, y) => (x.rank ?? 1e9) - (y.rank ?? 1e9))) {
    totals.addRow([num(c.rank), c.unitName, num(c.routine), c.routineChecks, num(c.yearEnd), c.deductions, num(c.total)]);
  }
  totals.getRow(3).font = { bold: true };
  totals.getColumn(2).width = 36;
  const items = wb.addWorksheet('年终考核明细');
  items.addRow(['单位', '指标', '状态', '权重', '计分权重', '记录数', '完成', '应完成', '比率', '得分']);
  items.getRow(1).font = { bold: true };
  for (const c of cards) {
    for (const i of c.items) {
      items.addRow([
        c.unitName,
        i.label,
        ASSESSMENT_ITEM_STATUS_LABELS[i.status],
        i.weight,
        i.countedWeight,
        i.records,
        i.earned,
        i.possible,
        i.rate === null ? '' : i.rate,
        num(i.points),
      ]);
    }
  }
  items.getColumn(1).width = 36;
  items.getColumn(2).width = 28;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /assessment/:id.xlsx — for those who may read the year's assessment. */
export function registerAssessmentRoutes(app: FastifyInstance, contextFor: ContextFor) {
  app.get<{ Params: { file: string } }>('/assessment/:file', async (req, reply) => {
    try {
      const m = /^([0-9a-f-]{36})\.xlsx$/i.exec(req.params.file);
      if (!m) throw new AppError(CommonError.NOT_FOUND, '考核不存在或无权查看');
      const ctx: Ctx = await contextFor(req, reply);
      const a = await getAssessment(ctx, m[1]!);
      const government = await a.government.load();
      const buffer = await scorecardWorkbook(a, government?.name ?? '', await scorecards(ctx, a));
      await transaction(ctx, async (tx) => audit(tx, { action: 'Assessment.export', subjectType: 'Assessment', subjectId: a.id }));
      reply.header('content-type', XLSX);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${a.year}年度政务公开工作考核结果.xlsx`)}`);
      reply.header('cache-control', 'private, no-store');
      return reply.send(buffer);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
