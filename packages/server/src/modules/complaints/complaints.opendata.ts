// Open data: every published figure of the complaint statistics as CSV and JSON, at a stable address
// per period (/open/complaints/statistics/2026-11.csv, …/2026-Q4.json), read from the frozen release.
import type { FastifyInstance } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { CASE_FIGURES, CASE_STAT_DIMENSION_LABELS, casePeriodLabel, parseCasePeriodKey, type CaseStatDimension } from '@gongkai/shared';
import type { ContextFor } from '../../common/modules.js';
import { AppError, CommonError } from '../../common/errors.js';
import { replyWithRefusal } from '../../common/http-refusal.js';
import type { CaseStatisticsRelease } from './complaints.entities.js';
import { publicCaseStatisticsRelease, type CaseStatRow } from './complaints.statistics.js';

/** The columns of the files: the figures in the order of their definitions. */
const FIGURES = Object.keys(CASE_FIGURES) as (keyof typeof CASE_FIGURES)[];
const BY: [CaseStatDimension, (r: CaseStatisticsRelease) => CaseStatRow[]][] = [
  ['UNIT', (r) => r.data.byUnit],
  ['KIND', (r) => r.data.byKind],
  ['CHANNEL', (r) => r.data.byChannel],
];

/** The JSON file: the period, the definitions and the rule it was published with, and the rows. */
export function releaseJson(r: CaseStatisticsRelease) {
  return {
    period: r.periodKey,
    periodLabel: casePeriodLabel(r.periodKind, r.year, r.period),
    publishedAt: r.publishedAt.toISOString(),
    asOf: r.data.asOf,
    definitions: r.data.definitions,
    evaluationRule: r.data.rule,
    byUnit: r.data.byUnit,
    byKind: r.data.byKind,
    byChannel: r.data.byChannel,
  };
}

/** The CSV file: one table, a row per group of each breakdown, headed in Chinese; rates as fractions. */
export function releaseCsv(r: CaseStatisticsRelease): string {
  const header = ['统计期', '分组方式', '名称', ...FIGURES.map((f) => CASE_FIGURES[f].label)];
  const period = casePeriodLabel(r.periodKind, r.year, r.period);
  const rows = BY.flatMap(([dimension, pick]) =>
    pick(r).map((row) => [period, CASE_STAT_DIMENSION_LABELS[dimension], row.label, ...FIGURES.map((f) => row[f] ?? '')]),
  );
  // with a byte-order mark, so that spreadsheet programs read the Chinese headings as UTF-8
  return '\ufeff' + stringify([header, ...rows]);
}

export function registerComplaintRoutes(app: FastifyInstance, contextFor: ContextFor) {
  app.get<{ Params: { file: string } }>('/open/complaints/statistics/:file', async (req, reply) => {
    try {
      const m = /^(.+)\.(csv|json)$/.exec(req.params.file);
      if (!m || !parseCasePeriodKey(m[1])) throw new AppError(CommonError.NOT_FOUND, '该统计期尚未发布');
      const ctx = await contextFor(req, reply);
      const release = await publicCaseStatisticsRelease(ctx, m[1]);
      reply.header('cache-control', 'public, max-age=300');
      if (m[2] === 'json') {
        reply.header('content-type', 'application/json; charset=utf-8');
        return reply.send(JSON.stringify(releaseJson(release), null, 2));
      }
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`举报投诉办理统计-${release.periodKey}.csv`)}`);
      return reply.send(releaseCsv(release));
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
