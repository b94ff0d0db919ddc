// Each dataset of the catalogue, computed by the public service function of the module that owns the
// figure (the same function the portal's GraphQL query calls): a definition is written once, and what
// is not published there is not served here either.
import {
  APPLICANT_KINDS,
  CASE_STAT_DIMENSION_LABELS,
  CONSULTATION_RATE_FIRST_YEAR,
  EVALUATION_DIMENSIONS,
  EVALUATION_GROUP_LABELS,
  GRADE_LABELS,
  MANUAL_SOURCE_LABELS,
  TABLE_FOUR_BLOCK_LABELS,
  TABLE_FOUR_BLOCKS,
  TABLE_FOUR_CELLS,
  TABLE_THREE_ROWS,
  TABLE_TWO_BLOCKS,
  TABLE_TWO_COMPUTED,
  casePeriodLabel,
  parseCasePeriodKey,
  tableThreeRowLabel,
  type CaseStatDimension,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError } from '../../common/errors.js';
import { now, today } from '../../common/clock.js';
import { consultationRates } from '../meetings/meetings.service.js';
import { publicCaseStatisticsRelease, publicCaseStatisticsReleases } from '../complaints/complaints.statistics.js';
import { publicResults, publicYears } from '../evaluation/evaluation.service.js';
import { publicAssessments, publishedResults } from '../assessment/assessment.service.js';
import { contentOf, publicAnnualReport, publicAnnualReports } from '../annual-report/annual-report.service.js';
import type { Dataset, DatasetParameter, ParameterKind } from './open-data.catalogue.js';
import { OpenDataError as E } from './open-data.errors.js';

export type Cell = string | number | null;
export type Params = Record<string, string>;

/** One published table: what it covers, when it was published, its rows keyed by the catalogue's columns. */
export interface Table {
  /** The period in words, e.g. 2026年第4季度. */
  period: string;
  /** What the table is of, when the period alone does not say (a government, a report). */
  subject: string | null;
  publishedAt: string;
  /** The parameters as resolved (the defaults filled in): the address of exactly these figures. */
  parameters: Params;
  rows: Record<string, Cell>[];
  /** Column definitions as they were published (a frozen release), where they differ from the catalogue's. */
  columnDefinitions?: Record<string, string>;
}

/** A published edition of a dataset (a period, a report), for the catalogue's lists of files. */
export interface Edition {
  label: string;
  parameters: Params;
}

const notPublished = (what: string) => new AppError(E.NOT_PUBLISHED, `${what}尚未向社会公布`);

const PATTERNS: Record<ParameterKind, RegExp> = {
  year: /^\d{4}$/,
  quarter: /^[1-4]$/,
  period: /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/,
  id: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};
const KIND_WORDS: Record<ParameterKind, string> = {
  year: '四位数的年份',
  quarter: '1～4',
  period: '如2025-03、2025-Q1或2025',
  id: '编号',
};

/**
 * The query string checked against the dataset's parameters: each known, given once, of its form,
 * and the required ones present. A refusal names the parameter.
 */
export function checkParameters(dataset: Dataset, query: Record<string, unknown>): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(query)) {
    const p: DatasetParameter | undefined = dataset.parameters.find((x) => x.name === name);
    if (!p) throw new AppError(E.PARAMETER_UNKNOWN, `数据集“${dataset.title}”没有参数“${name}”`, { field: name });
    if (typeof value !== 'string' || !PATTERNS[p.kind].test(value)) {
      throw new AppError(E.PARAMETER_INVALID, `参数“${p.label}”（${name}）应为${KIND_WORDS[p.kind]}`, { field: name });
    }
    out[name] = p.kind === 'id' ? value.toLowerCase() : value;
  }
  for (const p of dataset.parameters) {
    if (p.required && !out[p.name]) throw new AppError(E.PARAMETER_INVALID, `请提供参数“${p.label}”（${p.name}）`, { field: p.name });
  }
  return out;
}

const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
const optional = (p: Params, name: string) => (p[name] ? { [name]: p[name] } : {});

export interface DatasetSource {
  table: (ctx: Ctx, p: Params) => Promise<Table>;
  editions: (ctx: Ctx) => Promise<Edition[]>;
}

/** 议题意见征集率: meetings' consultationRates, over the quarters the portal offers (from 2017 to this year). */
const consultationRatesSource: DatasetSource = {
  async table(ctx, p) {
    const day = today();
    const thisYear = Number(day.slice(0, 4));
    const year = p.year ? Number(p.year) : thisYear;
    const quarter = p.quarter ? Number(p.quarter) : p.year ? 4 : quarterOf(day);
    if (year < CONSULTATION_RATE_FIRST_YEAR || year > thisYear) {
      throw new AppError(E.NOT_PUBLISHED, `议题意见征集率按季度公开${CONSULTATION_RATE_FIRST_YEAR}年至今年的数字`, { field: 'year' });
    }
    const rows = await consultationRates(ctx, year, quarter, p.government ?? null);
    return {
      period: `${year}年第${quarter}季度`,
      subject: null,
      // computed from the records as they stand: published as of this moment
      publishedAt: now().toISOString(),
      parameters: { year: String(year), quarter: String(quarter), ...optional(p, 'government') },
      rows: rows.map((r) => ({ unitName: r.unitName, required: r.required, consulted: r.consulted, rate: r.rate })),
    };
  },
  async editions() {
    // the last eight quarters, this one first
    const day = today();
    let year = Number(day.slice(0, 4));
    let quarter = quarterOf(day);
    const out: Edition[] = [];
    while (out.length < 8 && year >= CONSULTATION_RATE_FIRST_YEAR) {
      out.push({ label: `${year}年第${quarter}季度`, parameters: { year: String(year), quarter: String(quarter) } });
      if (--quarter === 0) [year, quarter] = [year - 1, 4];
    }
    return out;
  },
};

const BREAKDOWNS: readonly CaseStatDimension[] = ['UNIT', 'KIND', 'CHANNEL'];

/** 办理情况统计: complaints' published releases, as frozen when the office published them. */
const caseStatisticsSource: DatasetSource = {
  async table(ctx, p) {
    let key = p.period;
    if (!key) {
      key = (await publicCaseStatisticsReleases(ctx))[0]?.periodKey;
      if (!key) throw notPublished('举报、投诉、建议办理情况统计');
    }
    const period = parseCasePeriodKey(key);
    if (!period) throw new AppError(E.PARAMETER_INVALID, '参数“统计期”（period）应为如2025-03、2025-Q1或2025', { field: 'period' });
    const release = await publicCaseStatisticsRelease(ctx, key).catch(() => {
      throw notPublished(`${casePeriodLabel(period.kind, period.year, period.period)}的办理情况统计`);
    });
    const data = release.data;
    const groups: Record<CaseStatDimension, typeof data.byUnit> = { UNIT: data.byUnit, KIND: data.byKind, CHANNEL: data.byChannel };
    return {
      period: casePeriodLabel(release.periodKind, release.year, release.period),
      subject: null,
      publishedAt: release.publishedAt.toISOString(),
      parameters: { period: release.periodKey },
      rows: BREAKDOWNS.flatMap((d) =>
        groups[d].map((row) => {
          const { key: _key, label, total: _total, ...figures } = row;
          return { dimension: CASE_STAT_DIMENSION_LABELS[d], name: label, ...figures };
        }),
      ),
      columnDefinitions: Object.fromEntries(Object.entries(data.definitions).map(([k, f]) => [k, f.definition])),
    };
  },
  async editions(ctx) {
    return (await publicCaseStatisticsReleases(ctx)).map((r) => ({
      label: casePeriodLabel(r.periodKind, r.year, r.period),
      parameters: { period: r.periodKey },
    }));
  },
};

/** 评估结果: the evaluation's published round of a year, as the portal shows it. */
const evaluationSource: DatasetSource = {
  async table(ctx, p) {
    const e = await publicResults(ctx, p.year ? Number(p.year) : null, p.government ?? null);
    if (!e) throw notPublished(p.year ? `${p.year}年度的评估结果` : '评估结果');
    return {
      period: `${e.year}年度`,
      subject: e.title,
      publishedAt: e.publishedAt.toISOString(),
      parameters: { year: String(e.year), ...optional(p, 'government') },
      rows: [...e.rows]
        .sort((a, b) => EVALUATION_GROUP_ORDER.indexOf(a.group) - EVALUATION_GROUP_ORDER.indexOf(b.group) || a.rank - b.rank)
        .map((r) => ({
          group: EVALUATION_GROUP_LABELS[r.group],
          rank: r.rank,
          unitName: r.unitName,
          total: r.total,
          grade: GRADE_LABELS[r.grade],
          ...Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [d, r.dimensions.find((x) => x.dimension === d)?.score ?? null])),
          previousTotal: r.previousTotal,
          change: r.change,
        })),
    };
  },
  async editions(ctx) {
    return (await publicYears(ctx)).map((y) => ({ label: `${y}年度`, parameters: { year: String(y) } }));
  },
};
const EVALUATION_GROUP_ORDER = Object.keys(EVALUATION_GROUP_LABELS);

/** 考核结果: the assessments published (as signed off), of a year. */
const assessmentSource: DatasetSource = {
  async table(ctx, p) {
    const all = (await publicAssessments(ctx)).map(publishedResults);
    const mine = p.government ? all.filter((a) => a.governmentId === p.government) : all;
    const year = p.year ? Number(p.year) : mine[0]?.year;
    const shown = mine.filter((a) => a.year === year);
    if (!shown.length) throw notPublished(p.year ? `${p.year}年度的考核结果` : '考核结果');
    return {
      period: `${year}年度`,
      subject: shown.map((a) => a.governmentName).join('、'),
      publishedAt: shown
        .map((a) => a.publishedAt.toISOString())
        .sort()
        .at(-1)!,
      parameters: { year: String(year), ...optional(p, 'government') },
      rows: shown.flatMap((a) => a.results.map((r) => ({ governmentName: a.governmentName, ...r }))),
    };
  },
  async editions(ctx) {
    const years = [...new Set((await publicAssessments(ctx)).map((a) => a.year))];
    return years.map((y) => ({ label: `${y}年度`, parameters: { year: String(y) } }));
  },
};

/** The annual report's tables: a published report, as frozen at sign-off (the content the portal shows). */
async function reportContent(ctx: Ctx, p: Params) {
  const r = await publicAnnualReport(ctx, p.report!).catch(() => {
    throw notPublished('该年度报告');
  });
  const c = await contentOf(ctx, r);
  return { r, c, head: { period: `${r.year}年度`, subject: `${c.unitName}${r.year}年政府信息公开工作年度报告` } };
}
const reportEditions = async (ctx: Ctx): Promise<Edition[]> =>
  (await publicAnnualReports(ctx, null)).map((r) => ({
    label: `${r.unit.getEntity().name}${r.year}年政府信息公开工作年度报告`,
    parameters: { report: r.id },
  }));
const publishedOf = (r: { publishedAt?: Date | null; createdAt: Date }) => (r.publishedAt ?? r.createdAt).toISOString();

const proactiveSource: DatasetSource = {
  async table(ctx, p) {
    const { r, c, head } = await reportContent(ctx, p);
    return {
      ...head,
      publishedAt: publishedOf(r),
      parameters: { report: r.id },
      rows: TABLE_TWO_BLOCKS.flatMap((block) =>
        block.rows.flatMap((row) =>
          row.cells.map((cell, i) => ({
            article: block.article,
            item: row.label,
            measure: block.columns[i + 1] ?? '',
            value: c.figures.tableTwo[cell],
            source: TABLE_TWO_COMPUTED.includes(cell) ? '平台统计' : (c.sources[cell as keyof typeof MANUAL_SOURCE_LABELS] ?? null),
          })),
        ),
      ),
    };
  },
  editions: reportEditions,
};

const requestsSource: DatasetSource = {
  async table(ctx, p) {
    const { r, c, head } = await reportContent(ctx, p);
    const t = c.figures.tableThree;
    if (!t) throw notPublished('该年度报告的依申请公开办理情况');
    return {
      ...head,
      publishedAt: publishedOf(r),
      parameters: { report: r.id },
      rows: TABLE_THREE_ROWS.map((row) => ({
        item: tableThreeRowLabel(row),
        ...Object.fromEntries([...APPLICANT_KINDS, 'TOTAL' as const].map((k) => [k, t[row]?.[k] ?? 0])),
      })),
    };
  },
  editions: reportEditions,
};

const reviewsSource: DatasetSource = {
  async table(ctx, p) {
    const { r, c, head } = await reportContent(ctx, p);
    return {
      ...head,
      publishedAt: publishedOf(r),
      parameters: { report: r.id },
      rows: TABLE_FOUR_BLOCKS.map((b) => ({
        item: TABLE_FOUR_BLOCK_LABELS[b],
        ...Object.fromEntries(TABLE_FOUR_CELLS.map((x) => [x, c.figures.tableFour[b]?.[x] ?? null])),
        source: c.sources[b] ?? null,
      })),
    };
  },
  editions: reportEditions,
};

export const SOURCES: Record<string, DatasetSource> = {
  'consultation-rates': consultationRatesSource,
  'case-statistics': caseStatisticsSource,
  'evaluation-results': evaluationSource,
  'assessment-results': assessmentSource,
  'annual-report-proactive': proactiveSource,
  'annual-report-requests': requestsSource,
  'annual-report-reviews': reviewsSource,
};
