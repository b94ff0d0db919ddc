// The template of the annual report (国办公开办函〔2021〕30号): its tables' rows and columns, which
// figures Gongkai computes from the work and which are entered by hand with their source, and the
// sums the template requires, written as data and checked before sign-off.
import { APPLICANT_KIND_LABELS, APPLICANT_KINDS, OUTCOME_ROWS, REPLY_REASON_LABELS, TABLE_THREE_COLUMNS } from '../requests/states.js';
import type { OutcomeRow, ReplyReason, TableThreeColumn } from '../requests/states.js';

/** The text sections (一, 五, 六); 二, 三 and 四 are tables. */
export const ANNUAL_REPORT_SECTIONS = [
  { key: 'overview', number: '一', title: '总体情况' },
  { key: 'tableTwo', number: '二', title: '主动公开政府信息情况' },
  { key: 'tableThree', number: '三', title: '收到和处理政府信息公开申请情况' },
  { key: 'tableFour', number: '四', title: '政府信息公开行政复议、行政诉讼情况' },
  { key: 'problems', number: '五', title: '存在的主要问题及改进情况' },
  { key: 'otherMatters', number: '六', title: '其他需要报告的事项' },
] as const;
export type AnnualReportTextSection = 'overview' | 'problems' | 'otherMatters';

// ——— table 二 ———
/** A figure of table 二: computed from the documents Gongkai holds, or entered by hand with its source. */
export const TABLE_TWO_CELLS = [
  'REGULATION_ISSUED',
  'REGULATION_REPEALED',
  'REGULATION_IN_FORCE',
  'NORMATIVE_ISSUED',
  'NORMATIVE_REPEALED',
  'NORMATIVE_IN_FORCE',
  'LICENCE_DECISIONS',
  'PENALTY_DECISIONS',
  'ENFORCEMENT_DECISIONS',
  'FEES_AMOUNT',
] as const;
export type TableTwoCell = (typeof TABLE_TWO_CELLS)[number];
/**
 * Computed: issued = documents issued (印发) in the year; in force = documents issued by the year's end.
 * Gongkai does not record the repeal (废止) of a document, so the repealed counts are entered by hand
 * and the in-force count is every document issued by the year's end.
 */
export const TABLE_TWO_COMPUTED: readonly TableTwoCell[] = ['REGULATION_ISSUED', 'REGULATION_IN_FORCE', 'NORMATIVE_ISSUED', 'NORMATIVE_IN_FORCE'];
export const TABLE_TWO_MANUAL: readonly TableTwoCell[] = TABLE_TWO_CELLS.filter((c) => !TABLE_TWO_COMPUTED.includes(c));
/** The template's blocks of table 二, each with its heading and its figures' labels. */
export const TABLE_TWO_BLOCKS: readonly {
  article: string;
  columns: readonly string[];
  rows: readonly { label: string; cells: readonly TableTwoCell[] }[];
}[] = [
  {
    article: '第二十条第（一）项',
    columns: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [
      { label: '规章', cells: ['REGULATION_ISSUED', 'REGULATION_REPEALED', 'REGULATION_IN_FORCE'] },
      { label: '行政规范性文件', cells: ['NORMATIVE_ISSUED', 'NORMATIVE_REPEALED', 'NORMATIVE_IN_FORCE'] },
    ],
  },
  {
    article: '第二十条第（五）项',
    columns: ['信息内容', '本年处理决定数量'],
    rows: [{ label: '行政许可', cells: ['LICENCE_DECISIONS'] }],
  },
  {
    article: '第二十条第（六）项',
    columns: ['信息内容', '本年处理决定数量'],
    rows: [
      { label: '行政处罚', cells: ['PENALTY_DECISIONS'] },
      { label: '行政强制', cells: ['ENFORCEMENT_DECISIONS'] },
    ],
  },
  {
    article: '第二十条第（八）项',
    columns: ['信息内容', '本年收费金额（单位：万元）'],
    rows: [{ label: '行政事业性收费', cells: ['FEES_AMOUNT'] }],
  },
];
export const TABLE_TWO_CELL_LABELS: Record<TableTwoCell, string> = {
  REGULATION_ISSUED: '规章本年制发件数',
  REGULATION_REPEALED: '规章本年废止件数',
  REGULATION_IN_FORCE: '规章现行有效件数',
  NORMATIVE_ISSUED: '行政规范性文件本年制发件数',
  NORMATIVE_REPEALED: '行政规范性文件本年废止件数',
  NORMATIVE_IN_FORCE: '行政规范性文件现行有效件数',
  LICENCE_DECISIONS: '行政许可本年处理决定数量',
  PENALTY_DECISIONS: '行政处罚本年处理决定数量',
  ENFORCEMENT_DECISIONS: '行政强制本年处理决定数量',
  FEES_AMOUNT: '行政事业性收费本年收费金额（万元）',
};

// ——— table 三 ———
/** The rows of table 三: new this year, carried over, the outcomes, their total, carried to next year. */
export const TABLE_THREE_ROWS = ['NEW', 'CARRIED_OVER', ...OUTCOME_ROWS, 'TOTAL', 'CARRIED_FORWARD'] as readonly TableThreeRow[];
export type TableThreeRow = 'NEW' | 'CARRIED_OVER' | OutcomeRow | 'TOTAL' | 'CARRIED_FORWARD';
export type TableThree = Record<TableThreeRow, Record<TableThreeColumn, number>>;
const OUTCOME_GROUP_LABELS: Record<string, string> = {
  NOT_DISCLOSED: '（三）不予公开',
  CANNOT_PROVIDE: '（四）无法提供',
  NOT_PROCESSED: '（五）不予处理',
  OTHER: '（六）其他处理',
};
/** The template's label of each row of table 三 (with its group for the outcome sub-rows). */
export function tableThreeRowLabel(row: TableThreeRow): string {
  switch (row) {
    case 'NEW':
      return '一、本年新收政府信息公开申请数量';
    case 'CARRIED_OVER':
      return '二、上年结转政府信息公开申请数量';
    case 'DISCLOSED':
      return '三、本年度办理结果（一）予以公开';
    case 'PARTLY_DISCLOSED':
      return '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
    case 'TOTAL':
      return '（七）总计';
    case 'CARRIED_FORWARD':
      return '四、结转下年度继续办理';
    default: {
      const [group, reason] = row.split('.') as [string, ReplyReason];
      return `${OUTCOME_GROUP_LABELS[group] ?? ''}${REPLY_REASON_LABELS[reason] ?? reason}`;
    }
  }
}
/** The group heading of an outcome sub-row, for the template's merged cells. */
export const tableThreeRowGroup = (row: TableThreeRow): string | null => OUTCOME_GROUP_LABELS[row.split('.')[0]!] ?? null;
export const TABLE_THREE_COLUMN_LABELS: Record<TableThreeColumn, string> = { ...APPLICANT_KIND_LABELS, TOTAL: '总计' };
/** The template's heading over the five kinds of organisation. */
export const TABLE_THREE_ORG_HEADING = '法人或其他组织';
export const emptyTableThree = (): TableThree =>
  Object.fromEntries(TABLE_THREE_ROWS.map((r) => [r, Object.fromEntries(TABLE_THREE_COLUMNS.map((c) => [c, 0]))])) as TableThree;

// ——— table 四 ———
export const TABLE_FOUR_BLOCKS = ['RECONSIDERATION', 'LITIGATION_DIRECT', 'LITIGATION_AFTER'] as const;
export type TableFourBlock = (typeof TABLE_FOUR_BLOCKS)[number];
export const TABLE_FOUR_BLOCK_LABELS: Record<TableFourBlock, string> = {
  RECONSIDERATION: '行政复议',
  LITIGATION_DIRECT: '行政诉讼（未经复议直接起诉）',
  LITIGATION_AFTER: '行政诉讼（复议后起诉）',
};
export const TABLE_FOUR_CELLS = ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'] as const;
export type TableFourCell = (typeof TABLE_FOUR_CELLS)[number];
export const TABLE_FOUR_CELL_LABELS: Record<TableFourCell, string> = {
  UPHELD: '结果维持',
  CORRECTED: '结果纠正',
  OTHER: '其他结果',
  PENDING: '尚未审结',
  TOTAL: '总计',
};
export type TableFour = Record<TableFourBlock, Record<TableFourCell, number | null>>;

// ——— what is entered by hand ———
/** A figure entered by hand: table 二's figures Gongkai does not hold, and every cell of table 四. */
export type ManualFigure = TableTwoCell | `${TableFourBlock}.${TableFourCell}`;
export const MANUAL_FIGURES: readonly ManualFigure[] = [
  ...TABLE_TWO_MANUAL,
  ...TABLE_FOUR_BLOCKS.flatMap((b) => TABLE_FOUR_CELLS.map((c) => `${b}.${c}` as const)),
];
/** Each manual figure's source is given once per row of table 二 and once per block of table 四. */
export type ManualSource = TableTwoCell | TableFourBlock;
export const MANUAL_SOURCES: readonly ManualSource[] = [...TABLE_TWO_MANUAL, ...TABLE_FOUR_BLOCKS];
export const sourceOf = (f: ManualFigure): ManualSource => (f.includes('.') ? (f.split('.')[0] as TableFourBlock) : (f as TableTwoCell));
export const MANUAL_SOURCE_LABELS: Record<ManualSource, string> = {
  ...(Object.fromEntries(TABLE_TWO_MANUAL.map((c) => [c, TABLE_TWO_CELL_LABELS[c]])) as Record<TableTwoCell, string>),
  ...TABLE_FOUR_BLOCK_LABELS,
};
export const manualFigureLabel = (f: ManualFigure): string => {
  if (!f.includes('.')) return TABLE_TWO_CELL_LABELS[f as TableTwoCell];
  const [b, c] = f.split('.') as [TableFourBlock, TableFourCell];
  return `${TABLE_FOUR_BLOCK_LABELS[b]}${TABLE_FOUR_CELL_LABELS[c]}`;
};
/** The amount of table 二's fees is in 万元 with up to four decimals; every other figure is a whole number. */
export const DECIMAL_FIGURES: readonly ManualFigure[] = ['FEES_AMOUNT'];

/** The figures of a report, as shown and as frozen at sign-off. */
export interface AnnualReportFigures {
  tableTwo: Record<TableTwoCell, number | null>;
  /** null while the requests on application are not counted yet. */
  tableThree: TableThree | null;
  tableFour: TableFour;
  /** Fees charged for requests on application in the year (元), for section 六; null when not counted. */
  requestFees: number | null;
}

// ——— the sums ———
/** A cell of the figures: table, row, column. */
export type CellRef = readonly ['tableThree', TableThreeRow, TableThreeColumn] | readonly ['tableFour', TableFourBlock, TableFourCell];
export interface SumRule {
  /** Stable id, e.g. 三.balance.NATURAL_PERSON. */
  id: string;
  /** The sum in the template's words, e.g. 表三“自然人”列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度. */
  label: string;
  left: readonly CellRef[];
  right: readonly CellRef[];
}
const t3 = (row: TableThreeRow, col: TableThreeColumn): CellRef => ['tableThree', row, col];
const t4 = (block: TableFourBlock, cell: TableFourCell): CellRef => ['tableFour', block, cell];
const ROW_SHORT: Partial<Record<TableThreeRow, string>> = {
  NEW: '本年新收申请数量',
  CARRIED_OVER: '上年结转申请数量',
  TOTAL: '办理结果总计',
  CARRIED_FORWARD: '结转下年度继续办理',
};
const shortRow = (r: TableThreeRow) => ROW_SHORT[r] ?? tableThreeRowLabel(r).replace(/^三、本年度办理结果/, '');

/** Every sum of the template, in the order they are checked and shown. */
export const SUM_RULES: readonly SumRule[] = [
  // per column: new + carried over = all outcomes' total + carried to next year
  ...TABLE_THREE_COLUMNS.map((c) => ({
    id: `三.balance.${c}`,
    label: `表三“${TABLE_THREE_COLUMN_LABELS[c]}”列：本年新收申请数量＋上年结转申请数量＝办理结果总计＋结转下年度继续办理`,
    left: [t3('NEW', c), t3('CARRIED_OVER', c)],
    right: [t3('TOTAL', c), t3('CARRIED_FORWARD', c)],
  })),
  // per column: 总计 = the sum of the outcome rows
  ...TABLE_THREE_COLUMNS.map((c) => ({
    id: `三.total.${c}`,
    label: `表三“${TABLE_THREE_COLUMN_LABELS[c]}”列：办理结果总计＝各项办理结果之和`,
    left: [t3('TOTAL', c)],
    right: OUTCOME_ROWS.map((r) => t3(r, c)),
  })),
  // per row: 总计 column = the six applicant columns
  ...TABLE_THREE_ROWS.map((r) => ({
    id: `三.row.${r}`,
    label: `表三“${shortRow(r)}”行：总计＝自然人与五类法人或其他组织之和`,
    left: [t3(r, 'TOTAL')],
    right: APPLICANT_KINDS.map((c) => t3(r, c)),
  })),
  // table 四: each block's total = upheld + corrected + other + pending
  ...TABLE_FOUR_BLOCKS.map((b) => ({
    id: `四.total.${b}`,
    label: `表四“${TABLE_FOUR_BLOCK_LABELS[b]}”：总计＝结果维持＋结果纠正＋其他结果＋尚未审结`,
    left: [t4(b, 'TOTAL')],
    right: (['UPHELD', 'CORRECTED', 'OTHER', 'PENDING'] as const).map((x) => t4(b, x)),
  })),
];

export interface SumCheck {
  id: string;
  label: string;
  left: number;
  right: number;
  ok: boolean;
}
function cell(f: AnnualReportFigures, ref: CellRef): number {
  const v = ref[0] === 'tableThree' ? f.tableThree?.[ref[1]]?.[ref[2]] : f.tableFour[ref[1]]?.[ref[2]];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
/** Every sum of the template over the figures (table 三's only when it is counted). */
export function checkSums(f: AnnualReportFigures): SumCheck[] {
  return SUM_RULES.filter((r) => f.tableThree || r.left[0]![0] !== 'tableThree').map((r) => {
    const left = r.left.reduce((s, c) => s + cell(f, c), 0);
    const right = r.right.reduce((s, c) => s + cell(f, c), 0);
    return { id: r.id, label: r.label, left, right, ok: left === right };
  });
}
/** The sums that do not add up, in the words of the refusal (the first is named). */
export const failingSums = (f: AnnualReportFigures) => checkSums(f).filter((c) => !c.ok);
export const sumRefusal = (c: SumCheck) => `${c.label}不成立（${c.left}≠${c.right}），请核对后再审签`;

/** Empty manual figures and sources. */
export const emptyManual = () => ({
  values: Object.fromEntries(MANUAL_FIGURES.map((f) => [f, null])) as Record<ManualFigure, number | null>,
  sources: Object.fromEntries(MANUAL_SOURCES.map((s) => [s, null])) as Record<ManualSource, string | null>,
});
export type AnnualReportManual = ReturnType<typeof emptyManual>;

/** The figures of a report: computed ones with the values entered by hand. */
export function assembleFigures(
  computed: { tableTwo: Partial<Record<TableTwoCell, number>>; tableThree: TableThree | null; requestFees: number | null },
  manual: AnnualReportManual,
): AnnualReportFigures {
  const tableTwo = Object.fromEntries(
    TABLE_TWO_CELLS.map((c) => [c, TABLE_TWO_COMPUTED.includes(c) ? (computed.tableTwo[c] ?? 0) : (manual.values[c] ?? null)]),
  ) as Record<TableTwoCell, number | null>;
  const tableFour = Object.fromEntries(
    TABLE_FOUR_BLOCKS.map((b) => [b, Object.fromEntries(TABLE_FOUR_CELLS.map((c) => [c, manual.values[`${b}.${c}`] ?? null]))]),
  ) as TableFour;
  return { tableTwo, tableThree: computed.tableThree, tableFour, requestFees: computed.requestFees };
}
