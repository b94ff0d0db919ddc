import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  EVALUATION_DIMENSIONS,
  EVALUATION_DIMENSION_LABELS,
  EVALUATION_GROUP_LABELS,
  EVALUATION_METHOD_LABELS,
  GRADE_LABELS,
  ROUND_RELEASED_STATES,
  shanghaiDate,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError, CommonError, forbidden } from '../../common/errors.js';
import { replyWithRefusal } from '../../common/http-refusal.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { EvaluationScore, Indicator, IndicatorSystem } from './evaluation.entities.js';
import { EvaluationError as E } from './evaluation.errors.js';
import { getRound, managesRound, readsWholeLevel, roundResults } from './evaluation.service.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };

function header(sheet: ExcelJS.Worksheet, columns: { header: string; key: string; width: number }[]) {
  sheet.columns = columns;
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.fill = HEADER_FILL;
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The full score sheet of a round: totals and ranks per group, and every score with its method and evidence. */
export async function scoreSheetWorkbook(ctx: Ctx, roundId: string): Promise<{ buffer: Buffer; filename: string }> {
  const r = await getRound(ctx, roundId);
  // the whole sheet: for those who may read every unit's scores of the level
  if (!readsWholeLevel(ctx, r.government.id)) throw forbidden('只有市行政学院、市政务公开办公室和领导小组可以导出评分表');
  const released = ROUND_RELEASED_STATES.includes(r.state);
  if (!released && !managesRound(ctx, r)) {
    throw new AppError(E.SCORES_NOT_RELEASED, '评估结果反馈前不能导出');
  }
  const system = await ctx.em.findOneOrFail(IndicatorSystem, r.system.id);
  const results = await roundResults(ctx, r);
  const wb = new ExcelJS.Workbook();
  wb.creator = '朝阳市政务公开工作平台';
  wb.created = new Date();

  const totals = wb.addWorksheet('总分排名');
  header(totals, [
    { header: '分组', key: 'group', width: 26 },
    { header: '排名', key: 'rank', width: 8 },
    { header: '单位', key: 'unit', width: 32 },
    ...EVALUATION_DIMENSIONS.map((d) => ({ header: EVALUATION_DIMENSION_LABELS[d], key: d, width: 14 })),
    { header: `总分（满分${system.fullScore}）`, key: 'total', width: 14 },
    { header: '等次', key: 'grade', width: 10 },
    { header: '上年总分', key: 'previous', width: 12 },
    { header: '同比增减', key: 'change', width: 12 },
  ]);
  for (const x of results) {
    totals.addRow({
      group: EVALUATION_GROUP_LABELS[x.group],
      rank: x.rank,
      unit: x.unitName,
      total: x.total,
      grade: GRADE_LABELS[x.grade],
      previous: x.previousTotal,
      change: x.change,
      ...Object.fromEntries(x.dimensions.map((d) => [d.dimension, d.score])),
    });
  }

  const detail = wb.addWorksheet('得分明细');
  header(detail, [
    { header: '单位', key: 'unit', width: 30 },
    { header: '评估方面', key: 'dimension', width: 18 },
    { header: '指标编号', key: 'code', width: 10 },
    { header: '指标', key: 'indicator', width: 40 },
    { header: '分值', key: 'max', width: 8 },
    { header: '得分', key: 'score', width: 8 },
    { header: '评估方法', key: 'method', width: 12 },
    { header: '核查时间', key: 'checkedAt', width: 20 },
    { header: '评估员', key: 'evaluator', width: 12 },
    { header: '核查链接', key: 'url', width: 40 },
    { header: '说明', key: 'note', width: 40 },
  ]);
  const rows = await ctx.em.find(
    EvaluationScore,
    { round: r.id },
    { populate: ['unit', 'indicator'], orderBy: { unit: { sortOrder: 'asc', name: 'asc' }, indicator: { position: 'asc' } } },
  );
  for (const s of rows) {
    const i: Indicator = s.indicator.getEntity();
    detail.addRow({
      unit: s.unit.getEntity().name,
      dimension: EVALUATION_DIMENSION_LABELS[i.dimension],
      code: i.code,
      indicator: i.name,
      max: i.maxScore,
      score: s.score,
      method: EVALUATION_METHOD_LABELS[s.method],
      checkedAt: s.checkedAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
      evaluator: s.evaluatorName,
      url: s.evidenceUrl ?? '',
      note: s.note ?? '',
    });
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, filename: `${r.title}评分表（${shanghaiDate(new Date())}导出）.xlsx` };
}

/** GET /evaluation/rounds/:id/xlsx — the score sheet for the Disclosure Office and the academy. */
export function registerEvaluationRoutes(app: FastifyInstance, contextFor: (req: FastifyRequest, reply: FastifyReply) => Promise<Ctx>) {
  app.get<{ Params: { id: string } }>('/evaluation/rounds/:id/xlsx', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new AppError(CommonError.NOT_FOUND, '评估轮次不存在或无权查看');
      const { buffer, filename } = await scoreSheetWorkbook(ctx, req.params.id);
      await transaction(ctx, async (tx) => audit(tx, { action: 'EvaluationRound.export', subjectType: 'EvaluationRound', subjectId: req.params.id }));
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
      reply.header('cache-control', 'private, no-store');
      return reply.send(buffer);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
