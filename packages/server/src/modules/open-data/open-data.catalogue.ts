// The catalogue of open data, as data: every figure the portal publishes, with its definition (口径),
// the parameters of its address and its columns; and the portal's columns offered as Atom feeds.
// Served at /data/catalogue.json; the 开放数据 page of the portal lists it. The figures themselves
// are computed by the modules' public service functions (open-data.tables.ts), never here.
import {
  APPLICANT_KINDS,
  CASE_FIGURES,
  CONSULTATION_RATE_DEFINITION,
  CONSULTATION_RATE_FIRST_YEAR,
  EVALUATION_DIMENSION_LABELS,
  EVALUATION_DIMENSIONS,
  TABLE_FOUR_CELL_LABELS,
  TABLE_FOUR_CELLS,
  TABLE_THREE_COLUMN_LABELS,
  TABLE_THREE_ORG_HEADING,
} from '@gongkai/shared';

/** What a parameter's value looks like; each kind is checked in open-data.tables.ts. */
export type ParameterKind = 'year' | 'quarter' | 'period' | 'id';

export interface DatasetParameter {
  name: string;
  kind: ParameterKind;
  label: string;
  description: string;
  required: boolean;
}

export interface DatasetColumn {
  key: string;
  /** The CSV's heading and the page's. */
  label: string;
  /** What the column holds, where the dataset's definition does not say it. */
  definition?: string;
}

export const FORMATS = ['csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface Dataset {
  key: string;
  title: string;
  /** 口径: what is counted, how, over which period. */
  definition: string;
  /** Where the portal shows the figures. */
  page: string;
  formats: readonly Format[];
  parameters: readonly DatasetParameter[];
  columns: readonly DatasetColumn[];
}

const GOVERNMENT: DatasetParameter = {
  name: 'government',
  kind: 'id',
  label: '政府',
  description: '政府（单位）编号；不填为本网站的上级政府',
  required: false,
};
const REPORT: DatasetParameter = {
  name: 'report',
  kind: 'id',
  label: '年度报告',
  description: '已发布的年度报告编号（见本目录各期列表或年度报告页面的下载链接）',
  required: true,
};
const REPORT_NOTE = '数据为年度报告审签时的数字，与报告正文一致；统计期限为报告年度的1月1日至12月31日。';
const RATE = '比值，0～1（1即100%）；分母为0时为空';

export const DATASETS: readonly Dataset[] = [
  {
    key: 'consultation-rates',
    title: '议题意见征集率',
    definition: `${CONSULTATION_RATE_DEFINITION}按提交议题的单位分行，最后一行为合计。数字根据政府会议的议题登记和意见征集记录自动计算，不经人工填报；尚未结束的季度，数字随会议安排和意见征集情况更新。`,
    page: '/consultations',
    formats: FORMATS,
    parameters: [
      { name: 'year', kind: 'year', label: '年份', description: `${CONSULTATION_RATE_FIRST_YEAR}年至今年；不填为本季度所在年份`, required: false },
      { name: 'quarter', kind: 'quarter', label: '季度', description: '1～4；不填为本季度', required: false },
      { ...GOVERNMENT, description: '政府（单位）编号；不填为各级政府的会议合计，与门户网站所示一致' },
    ],
    columns: [
      { key: 'unitName', label: '单位' },
      { key: 'required', label: '应当征求意见的议题（个）' },
      { key: 'consulted', label: '已公开征求意见的议题（个）' },
      { key: 'rate', label: '意见征集率', definition: `已公开征求意见的议题数 ÷ 应当征求意见的议题数；${RATE}` },
    ],
  },
  {
    key: 'case-statistics',
    title: '举报、投诉、建议办理情况统计',
    definition:
      '市民举报投诉受理办公室公布的一个统计期（月、季度或年度）的办理情况，按承办单位、类型和渠道分组；统计期内收到的件按收件日期计入。各项数字由自动统计系统根据每件事项的办理记录汇总，公布后不再变动；各列的口径见列说明，比率为比值（0～1）。',
    page: '/interaction/statistics',
    formats: FORMATS,
    parameters: [
      {
        name: 'period',
        kind: 'period',
        label: '统计期',
        description: '已公布的统计期：月如2025-03，季度如2025-Q1，年度如2025；不填为最近公布的一期',
        required: false,
      },
    ],
    columns: [
      { key: 'dimension', label: '分组方式' },
      { key: 'name', label: '名称' },
      ...Object.entries(CASE_FIGURES).map(([key, f]) => ({ key, label: f.label, definition: f.definition })),
    ],
  },
  {
    key: 'evaluation-results',
    title: '政务公开第三方评估结果',
    definition:
      '第三方评估机构（市行政学院）对各单位政务公开工作的年度评估结果。总分为评估员逐项核查的各项指标得分之和，名次在同一评估分组内按总分排列，同分的单位名次相同；等次按总分占满分的比例划分；较上年变化在两年满分相同时计算。',
    page: '/evaluation',
    formats: FORMATS,
    parameters: [{ name: 'year', kind: 'year', label: '评估年度', description: '已公布结果的年度；不填为最近一年', required: false }, GOVERNMENT],
    columns: [
      { key: 'group', label: '评估分组' },
      { key: 'rank', label: '名次' },
      { key: 'unitName', label: '单位' },
      { key: 'total', label: '总分' },
      { key: 'grade', label: '等次' },
      ...EVALUATION_DIMENSIONS.map((d) => ({ key: d, label: `${EVALUATION_DIMENSION_LABELS[d]}得分` })),
      { key: 'previousTotal', label: '上年总分' },
      { key: 'change', label: '较上年变化', definition: '总分减上年总分；两年满分不同时为空' },
    ],
  },
  {
    key: 'assessment-results',
    title: '政务公开工作考核结果',
    definition:
      '各级政府对所属单位政务公开工作的年度考核结果，为领导审签时的数字。考核采取平时检查和年终考核相结合的方式，按当年的比例合计，问责扣分从总分中扣除；名次按总分排列。',
    page: '/evaluation/assessment',
    formats: FORMATS,
    parameters: [
      { name: 'year', kind: 'year', label: '考核年度', description: '已公布结果的年度；不填为最近一年', required: false },
      { ...GOVERNMENT, description: '政府（单位）编号；不填为该年度公布结果的各级政府' },
    ],
    columns: [
      { key: 'governmentName', label: '考核机关' },
      { key: 'rank', label: '名次' },
      { key: 'unitName', label: '单位' },
      { key: 'routine', label: '平时检查得分' },
      { key: 'yearEnd', label: '年终考核得分' },
      { key: 'deductions', label: '问责扣分' },
      { key: 'total', label: '总分' },
    ],
  },
  {
    key: 'annual-report-proactive',
    title: '政府信息公开工作年度报告：主动公开政府信息情况（表二）',
    definition: `年度报告第二部分的表格（国办公开办函〔2021〕30号模板）。规章和行政规范性文件的本年制发件数、现行有效件数由政务公开工作平台根据印发记录统计，其余数字由起草单位填报并注明来源。${REPORT_NOTE}`,
    page: '/documents',
    formats: FORMATS,
    parameters: [REPORT],
    columns: [
      { key: 'article', label: '条款' },
      { key: 'item', label: '信息内容' },
      { key: 'measure', label: '统计项' },
      { key: 'value', label: '数值' },
      { key: 'source', label: '数据来源' },
    ],
  },
  {
    key: 'annual-report-requests',
    title: '政府信息公开工作年度报告：收到和处理政府信息公开申请情况（表三）',
    definition: `依申请公开的办理情况：年度报告第三部分的表格，按申请人类型分列。由政务公开工作平台根据依申请公开的登记和答复记录统计；每列本年新收与上年结转之和等于办理结果总计与结转下年度之和。${REPORT_NOTE}`,
    page: '/documents',
    formats: FORMATS,
    parameters: [REPORT],
    columns: [
      { key: 'item', label: '项目' },
      ...APPLICANT_KINDS.map((k, i) => ({
        key: k,
        label: i === 0 ? TABLE_THREE_COLUMN_LABELS[k] : `${TABLE_THREE_ORG_HEADING}·${TABLE_THREE_COLUMN_LABELS[k]}`,
      })),
      { key: 'TOTAL', label: TABLE_THREE_COLUMN_LABELS.TOTAL },
    ],
  },
  {
    key: 'annual-report-reviews',
    title: '政府信息公开工作年度报告：政府信息公开行政复议、行政诉讼情况（表四）',
    definition: `年度报告第四部分的表格。数字由起草单位填报并注明来源。${REPORT_NOTE}`,
    page: '/documents',
    formats: FORMATS,
    parameters: [REPORT],
    columns: [
      { key: 'item', label: '类别' },
      ...TABLE_FOUR_CELLS.map((c) => ({ key: c, label: TABLE_FOUR_CELL_LABELS[c] })),
      { key: 'source', label: '数据来源' },
    ],
  },
];

export interface Feed {
  key: string;
  title: string;
  description: string;
  /** The portal's column the entries link into. */
  page: string;
}

/** The portal's columns that publish records, one Atom feed each at /feeds/<key>.xml (the newest 50). */
export const FEEDS: readonly Feed[] = [
  { key: 'documents', title: '政府信息公开', description: '已印发并公开的政策性文件', page: '/documents' },
  { key: 'interpretations', title: '政策解读', description: '已发布的政策解读', page: '/interpretations' },
  { key: 'consultations', title: '意见征集', description: '向社会公开征求意见的政府会议议题', page: '/consultations' },
  { key: 'meetings', title: '政府会议', description: '政府会议的新闻通稿', page: '/meetings' },
];

export const datasetByKey = (key: string) => DATASETS.find((d) => d.key === key);
export const feedByKey = (key: string) => FEEDS.find((f) => f.key === key);
