// Imports of the other channels' export files (.xlsx or .csv): the column mapping of each channel,
// written once; the server reads files by it and the admin shows it next to the upload.
import type { CaseChannel, CaseKind } from './states.js';

/** The channels whose export files are imported (the portal's cases are submitted, not imported). */
export const IMPORT_CHANNELS = ['MINXIN', 'HOTLINE', 'LETTER'] as const;
export type ImportChannel = (typeof IMPORT_CHANNELS)[number];

/** What a case takes from a row. */
export type ImportField = 'sourceCaseId' | 'kind' | 'title' | 'content' | 'name' | 'phone' | 'unit' | 'receivedAt' | 'form';
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  sourceCaseId: '来源编号',
  kind: '类型',
  title: '标题',
  content: '内容',
  name: '反映人',
  phone: '联系电话',
  unit: '被反映或承办单位',
  receivedAt: '登记时间',
  form: '来信或来访',
};

export interface ImportColumn {
  field: ImportField;
  /** The column's heading in the channel's export file (first the usual one, then others seen). */
  headings: string[];
  required: boolean;
  note?: string;
}
export interface ImportMapping {
  channel: ImportChannel;
  /** The file's source, as the admin names it. */
  source: string;
  columns: ImportColumn[];
}

const KIND_NOTE = '“投诉”“举报”“建议”（含“意见建议”）；其他类型（如咨询、求助）不予导入并列入错误报告';
export const IMPORT_MAPPINGS: Record<ImportChannel, ImportMapping> = {
  MINXIN: {
    channel: 'MINXIN',
    source: '辽宁省民心网朝阳分平台导出的诉求件',
    columns: [
      { field: 'sourceCaseId', headings: ['诉求编号', '编号'], required: true, note: '民心网的诉求编号，重复导入时据此去重' },
      { field: 'kind', headings: ['诉求类型', '类型'], required: true, note: KIND_NOTE },
      { field: 'title', headings: ['诉求标题', '标题'], required: false, note: '为空时取内容的前30个字' },
      { field: 'content', headings: ['诉求内容', '内容'], required: true },
      { field: 'name', headings: ['诉求人', '姓名'], required: false },
      { field: 'phone', headings: ['联系电话', '电话'], required: false, note: '手机号码或固定电话' },
      { field: 'unit', headings: ['被反映单位', '涉及单位'], required: false, note: '与本级单位的全称或简称一致时记为被反映单位' },
      { field: 'receivedAt', headings: ['登记时间', '提交时间'], required: true, note: '日期或日期时间，如 2026-11-03 09:30' },
    ],
  },
  HOTLINE: {
    channel: 'HOTLINE',
    source: '12345政务服务便民热线导出的工单',
    columns: [
      { field: 'sourceCaseId', headings: ['工单编号', '工单号'], required: true, note: '热线的工单编号，重复导入时据此去重' },
      { field: 'kind', headings: ['工单类型', '诉求类型'], required: true, note: KIND_NOTE },
      { field: 'title', headings: ['标题', '工单标题'], required: false, note: '为空时取内容的前30个字' },
      { field: 'content', headings: ['来电内容', '诉求内容'], required: true },
      { field: 'name', headings: ['来电人', '诉求人'], required: false },
      { field: 'phone', headings: ['来电号码', '联系电话'], required: false, note: '手机号码或固定电话' },
      { field: 'unit', headings: ['承办单位', '被反映单位'], required: false, note: '与本级单位的全称或简称一致时记为被反映单位' },
      { field: 'receivedAt', headings: ['来电时间', '登记时间'], required: true, note: '日期或日期时间，如 2026-11-03 09:30' },
    ],
  },
  LETTER: {
    channel: 'LETTER',
    source: '信访登记导出的来信来访件',
    columns: [
      { field: 'sourceCaseId', headings: ['信访件编号', '编号'], required: true, note: '信访登记的编号，重复导入时据此去重' },
      { field: 'form', headings: ['信访形式', '形式'], required: false, note: '“来访”记为来访，其他记为来信' },
      { field: 'kind', headings: ['类别', '类型'], required: true, note: KIND_NOTE },
      { field: 'title', headings: ['标题'], required: false, note: '为空时取内容的前30个字' },
      { field: 'content', headings: ['主要内容', '内容'], required: true },
      { field: 'name', headings: ['信访人', '姓名'], required: false },
      { field: 'phone', headings: ['联系电话', '电话'], required: false, note: '手机号码或固定电话' },
      { field: 'unit', headings: ['涉及单位', '被反映单位'], required: false, note: '与本级单位的全称或简称一致时记为被反映单位' },
      { field: 'receivedAt', headings: ['登记日期', '登记时间'], required: true, note: '日期或日期时间，如 2026-11-03' },
    ],
  },
};

/** The kind a channel's type names, or null when it is not a report, complaint or suggestion. */
export function importKind(text: string): CaseKind | null {
  const t = text.trim();
  if (/^投诉/.test(t)) return 'COMPLAINT';
  if (/^举报/.test(t)) return 'REPORT';
  if (/^(意见)?建议/.test(t)) return 'SUGGESTION';
  return null;
}
/** The channel a row of a letters-and-visits file belongs to. */
export const importLetterChannel = (form: string): CaseChannel => (form.trim().startsWith('来访') ? 'VISIT' : 'LETTER');

export const IMPORT_STATES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];
export const IMPORT_STATE_LABELS: Record<ImportState, string> = { QUEUED: '排队中', RUNNING: '导入中', DONE: '已完成', FAILED: '导入失败' };

/** The column mapping of each channel in words (docs/complaint-imports.md), from the mapping the server reads. */
export function importMappingMarkdown(): string {
  const parts = [
    '# 举报投诉导入：各渠道的列',
    '',
    '受理办公室在“举报投诉件 → 导入”中上传各渠道导出的 .xlsx 或 .csv 文件（.csv 可为 UTF-8 或 GBK 编码）。',
    '第1行为列名，按下表识别（列的顺序不限，多余的列不读）；同一渠道的来源编号已导入过的行跳过，',
    '不能成为举报投诉件的行连同原因列入错误报告。导入在服务器上运行，关闭页面不影响。',
    '',
  ];
  for (const m of Object.values(IMPORT_MAPPINGS)) {
    parts.push(`## ${m.source}`, '', '| 字段 | 列名（可用的其他列名） | 必需 | 说明 |', '|---|---|---|---|');
    for (const c of m.columns) {
      const [first, ...others] = c.headings;
      parts.push(
        `| ${IMPORT_FIELD_LABELS[c.field]} | ${first}${others.length ? `（${others.join('、')}）` : ''} | ${c.required ? '是' : '否'} | ${c.note ?? ''} |`,
      );
    }
    parts.push('');
  }
  return parts.join('\n');
}
