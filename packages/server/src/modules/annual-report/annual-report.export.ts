// The report's files: the .docx in the template's layout (title, the six sections, tables 二 三 四 as
// the template draws them) and the .xlsx of its tables. Both are read from the report as frozen at
// sign-off (or as it stands, for a draft, marked as such).
import ExcelJS from 'exceljs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { FastifyInstance } from 'fastify';
import {
  APPLICANT_KINDS,
  TABLE_FOUR_BLOCKS,
  TABLE_FOUR_BLOCK_LABELS,
  TABLE_FOUR_CELLS,
  TABLE_FOUR_CELL_LABELS,
  TABLE_THREE_COLUMNS,
  TABLE_THREE_COLUMN_LABELS,
  TABLE_THREE_ORG_HEADING,
  TABLE_THREE_ROWS,
  TABLE_TWO_BLOCKS,
  TABLE_TWO_COMPUTED,
  TABLE_TWO_MANUAL,
  MANUAL_SOURCE_LABELS,
  tableThreeRowLabel,
} from '@gongkai/shared';
import type { ContextFor } from '../../common/modules.js';
import { AppError, CommonError } from '../../common/errors.js';
import { replyWithRefusal } from '../../common/http-refusal.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import type { Ctx } from '../../common/context.js';
import type { AnnualReport } from './annual-report.entities.js';
import { contentOf, reportForDownload, type ReportContent } from './annual-report.service.js';

const FONT = '仿宋_GB2312';
const TITLE_FONT = '方正小标宋简体';
const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
export const reportTitle = (r: AnnualReport, c: ReportContent) => `${c.unitName}${r.year}年政府信息公开工作年度报告`;

const run = (text: string, opts: { bold?: boolean; size?: number; font?: string } = {}) =>
  new TextRun({
    text,
    bold: opts.bold,
    size: (opts.size ?? 16) * 2,
    font: { ascii: opts.font ?? FONT, eastAsia: opts.font ?? FONT, hAnsi: opts.font ?? FONT },
  });
const para = (text: string, opts: { bold?: boolean; center?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: 640 } : undefined,
    spacing: { line: 560 },
    children: [run(text, { bold: opts.bold })],
  });
const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, line: 560 }, children: [run(text, { font: '黑体' })] });
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const cell = (text: string, opts: { span?: number; rowSpan?: number; bold?: boolean } = {}) =>
  new TableCell({
    columnSpan: opts.span,
    rowSpan: opts.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { size: 10.5, bold: opts.bold })] })],
  });
const table = (rows: TableRow[]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
const lines = (text: string) => (text.trim() ? text.split(/\n+/).map((l) => para(l.trim(), { indent: true })) : [para('无。', { indent: true })]);

function tableTwo(c: ReportContent): Table {
  const rows: TableRow[] = [];
  for (const block of TABLE_TWO_BLOCKS) {
    rows.push(new TableRow({ children: [cell(block.article, { span: 4, bold: true })] }));
    const span = 4 - block.columns.length + 1;
    rows.push(
      new TableRow({ children: block.columns.map((h, i) => cell(h, { bold: true, span: i === block.columns.length - 1 ? span : undefined })) }),
    );
    for (const row of block.rows) {
      rows.push(
        new TableRow({
          children: [
            cell(row.label),
            ...row.cells.map((k, i) => cell(fmt(c.figures.tableTwo[k]), { span: i === row.cells.length - 1 ? span : undefined })),
          ],
        }),
      );
    }
  }
  return table(rows);
}

function tableThree(c: ReportContent): Table | Paragraph {
  const t = c.figures.tableThree;
  if (!t) return para('（依申请公开办理情况尚未统计）', { indent: true });
  const head1 = new TableRow({
    tableHeader: true,
    children: [
      cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { rowSpan: 2, bold: true }),
      cell('申请人情况', { span: 7, bold: true }),
    ],
  });
  const head2 = new TableRow({
    tableHeader: true,
    children: [
      cell(TABLE_THREE_COLUMN_LABELS.NATURAL_PERSON, { bold: true }),
      ...APPLICANT_KINDS.slice(1).map((k) => cell(`${TABLE_THREE_ORG_HEADING}·${TABLE_THREE_COLUMN_LABELS[k]}`, { bold: true })),
      cell('总计', { bold: true }),
    ],
  });
  const body = TABLE_THREE_ROWS.map(
    (row) => new TableRow({ children: [cell(tableThreeRowLabel(row)), ...TABLE_THREE_COLUMNS.map((col) => cell(fmt(t[row]?.[col] ?? 0)))] }),
  );
  return table([head1, head2, ...body]);
}

function tableFour(c: ReportContent): Table {
  const head1 = new TableRow({
    children: [cell(TABLE_FOUR_BLOCK_LABELS.RECONSIDERATION, { span: 5, bold: true }), cell('行政诉讼', { span: 10, bold: true })],
  });
  const head2 = new TableRow({
    children: [
      ...TABLE_FOUR_CELLS.map((x) => cell(TABLE_FOUR_CELL_LABELS[x], { rowSpan: 2, bold: true })),
      cell('未经复议直接起诉', { span: 5, bold: true }),
      cell('复议后起诉', { span: 5, bold: true }),
    ],
  });
  const head3 = new TableRow({ children: [...TABLE_FOUR_CELLS, ...TABLE_FOUR_CELLS].map((x) => cell(TABLE_FOUR_CELL_LABELS[x], { bold: true })) });
  const values = new TableRow({ children: TABLE_FOUR_BLOCKS.flatMap((b) => TABLE_FOUR_CELLS.map((x) => cell(fmt(c.figures.tableFour[b]?.[x])))) });
  return table([head1, head2, head3, values]);
}

/** Where the figures come from: what Gongkai computed, and the source of each figure entered by hand. */
function sourcesNote(c: ReportContent): Paragraph[] {
  const manual = [...TABLE_TWO_MANUAL, ...TABLE_FOUR_BLOCKS].filter((k) => c.sources[k]).map((k) => `${MANUAL_SOURCE_LABELS[k]}：${c.sources[k]}`);
  return [
    para(
      `注：表二中${TABLE_TWO_COMPUTED.length ? '规章和行政规范性文件的本年制发件数、现行有效件数' : ''}及表三由政务公开工作平台根据办理记录统计；现行有效件数按截至年底已印发的件数计算。`,
      { indent: true },
    ),
    ...(manual.length ? [para(`人工填报数据来源：${manual.join('；')}。`, { indent: true })] : []),
  ];
}

export async function reportDocx(r: AnnualReport, c: ReportContent): Promise<Buffer> {
  const fees = c.figures.requestFees;
  const doc = new Document({
    creator: '朝阳市政务公开工作平台',
    title: reportTitle(r, c),
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(reportTitle(r, c), { size: 22, font: TITLE_FONT })],
          }),
          ...(c.frozen ? [] : [para('（草稿，数据尚未审签）', { center: true })]),
          para(
            `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制，所列数据的统计期限自${r.year}年1月1日起至${r.year}年12月31日止。`,
            { indent: true },
          ),
          heading('一、总体情况'),
          ...lines(c.overview),
          heading('二、主动公开政府信息情况'),
          tableTwo(c),
          heading('三、收到和处理政府信息公开申请情况'),
          tableThree(c),
          heading('四、政府信息公开行政复议、行政诉讼情况'),
          tableFour(c),
          heading('五、存在的主要问题及改进情况'),
          ...lines(c.problems),
          ...(c.rectifications.length
            ? [para('本年度定期审查抽查发现问题的整改情况：', { indent: true }), ...c.rectifications.map((t) => para(t, { indent: true }))]
            : []),
          heading('六、其他需要报告的事项'),
          ...(fees !== null ? [para(`本年度依申请公开政府信息收取信息处理费${fees}元。`, { indent: true })] : []),
          ...lines(c.otherMatters),
          ...sourcesNote(c),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
export async function reportWorkbook(r: AnnualReport, c: ReportContent): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '朝阳市政务公开工作平台';
  wb.created = new Date();
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
    row.fill = HEADER_FILL;
  };
  const two = wb.addWorksheet('表二 主动公开');
  two.columns = [{ width: 24 }, { width: 18 }, { width: 18 }, { width: 18 }, { width: 40 }];
  for (const block of TABLE_TWO_BLOCKS) {
    bold(two.addRow([block.article]));
    bold(two.addRow([...block.columns, '数据来源']));
    for (const row of block.rows) {
      const src = row.cells.filter((k) => c.sources[k as keyof typeof c.sources]).map((k) => c.sources[k as keyof typeof c.sources]);
      two.addRow([row.label, ...row.cells.map((k) => c.figures.tableTwo[k]), src.join('；') || '平台统计']);
    }
  }
  const three = wb.addWorksheet('表三 依申请公开');
  three.columns = [{ width: 56 }, ...TABLE_THREE_COLUMNS.map(() => ({ width: 14 }))];
  bold(three.addRow(['', ...TABLE_THREE_COLUMNS.map((col) => TABLE_THREE_COLUMN_LABELS[col])]));
  if (c.figures.tableThree) {
    for (const row of TABLE_THREE_ROWS)
      three.addRow([tableThreeRowLabel(row), ...TABLE_THREE_COLUMNS.map((col) => c.figures.tableThree![row]?.[col] ?? 0)]);
  } else three.addRow(['依申请公开办理情况尚未统计']);
  const four = wb.addWorksheet('表四 复议诉讼');
  four.columns = [{ width: 30 }, ...TABLE_FOUR_CELLS.map(() => ({ width: 12 })), { width: 40 }];
  bold(four.addRow(['', ...TABLE_FOUR_CELLS.map((x) => TABLE_FOUR_CELL_LABELS[x]), '数据来源']));
  for (const b of TABLE_FOUR_BLOCKS)
    four.addRow([TABLE_FOUR_BLOCK_LABELS[b], ...TABLE_FOUR_CELLS.map((x) => c.figures.tableFour[b]?.[x]), c.sources[b] ?? '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** GET /annual-reports/:id.docx and .xlsx — anyone once published; a draft for those who may read it. */
export function registerAnnualReportRoutes(app: FastifyInstance, contextFor: ContextFor) {
  app.get<{ Params: { file: string } }>('/annual-reports/:file', async (req, reply) => {
    try {
      const m = /^([0-9a-f-]{36})\.(docx|xlsx)$/i.exec(req.params.file);
      if (!m) throw new AppError(CommonError.NOT_FOUND, '年度报告不存在或无权查看');
      const ctx: Ctx = await contextFor(req, reply);
      const r = await reportForDownload(ctx, m[1]!);
      const c = await contentOf(ctx, r);
      const ext = m[2]!.toLowerCase() as 'docx' | 'xlsx';
      const buffer = ext === 'docx' ? await reportDocx(r, c) : await reportWorkbook(r, c);
      if (r.state !== 'PUBLISHED') {
        await transaction(ctx, async (tx) => audit(tx, { action: 'AnnualReport.export', subjectType: 'AnnualReport', subjectId: r.id }));
      }
      reply.header('content-type', TYPES[ext]);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${reportTitle(r, c)}.${ext}`)}`);
      reply.header('cache-control', r.state === 'PUBLISHED' ? 'public, max-age=300' : 'private, no-store');
      return reply.send(buffer);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
