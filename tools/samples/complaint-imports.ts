// Writes the sample export file of each import channel (民心网 .xlsx, 12345 hotline .csv, letters and
// visits .csv) into the complaints module's samples folder, by the column mapping the server reads.
// Each file has good rows of every kind, and rows the import refuses (a consultation, no source id, a
// bad phone number, an unreadable date) and a row repeated, so that the demo and the tests show the
// error report and the de-duplication. Run: node --import @swc-node/register/esm-register tools/samples/complaint-imports.ts
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { IMPORT_MAPPINGS, importMappingMarkdown, type ImportChannel, type ImportField } from '../../packages/shared/src/index.js';

const OUT = fileURLToPath(new URL('../../packages/server/src/modules/complaints/samples/', import.meta.url));

type Row = Partial<Record<ImportField, string | Date>>;
const rows = (prefix: string, typeOf: (kind: string) => string): Row[] => [
  {
    sourceCaseId: `${prefix}0001`,
    kind: typeOf('投诉'),
    title: '小区供暖温度不达标',
    content: '双塔区某小区入冬以来室内温度长期低于16度，多次向供热公司反映未解决。',
    name: '王先生',
    phone: '13904216601',
    unit: '朝阳市住房和城乡建设局',
    receivedAt: '2026-11-02 09:15',
    form: '来信',
  },
  {
    sourceCaseId: `${prefix}0002`,
    kind: typeOf('举报'),
    title: '餐馆无证经营',
    content: '龙城区某街道一家餐馆未办理食品经营许可证即开业经营，卫生条件差。',
    name: '李女士',
    phone: '0421-2856123',
    unit: '市市场监管局',
    receivedAt: '2026-11-03 14:02',
    form: '来访',
  },
  {
    sourceCaseId: `${prefix}0003`,
    kind: typeOf('建议'),
    title: '',
    content: '建议在朝阳大街公交站增设候车亭和电子站牌，方便群众雨雪天气候车。',
    name: '',
    phone: '',
    unit: '朝阳市交通运输局',
    receivedAt: '2026-11-04',
    form: '来信',
  },
  {
    sourceCaseId: `${prefix}0004`,
    kind: typeOf('投诉'),
    title: '学校乱收费',
    content: '某中学以补课名义向学生收取资料费，每人200元，请教育部门核查。',
    name: '赵先生',
    phone: '13504213344',
    unit: '朝阳市教育局',
    receivedAt: '2026-11-05 10:40',
    form: '来信',
  },
  // refused: a consultation is not a report, complaint or suggestion
  {
    sourceCaseId: `${prefix}0005`,
    kind: '咨询',
    title: '社保缴费年限',
    content: '请问灵活就业人员社保最低缴费年限是多少？',
    receivedAt: '2026-11-05 11:00',
  },
  // refused: no source id
  {
    sourceCaseId: '',
    kind: typeOf('投诉'),
    title: '噪音扰民',
    content: '夜间广场舞音响声音过大，影响周边居民休息。',
    receivedAt: '2026-11-06 20:10',
  },
  // refused: the phone number has too few digits
  {
    sourceCaseId: `${prefix}0007`,
    kind: typeOf('举报'),
    title: '违章建筑',
    content: '某小区顶楼住户私自搭建阳光房，存在安全隐患。',
    phone: '139042',
    receivedAt: '2026-11-07 08:30',
  },
  // refused: the date cannot be read
  {
    sourceCaseId: `${prefix}0008`,
    kind: typeOf('建议'),
    title: '增设停车位',
    content: '建议在医院周边增设临时停车位，缓解停车难。',
    receivedAt: '十一月八日',
  },
  // the first row again: skipped as already imported
  {
    sourceCaseId: `${prefix}0001`,
    kind: typeOf('投诉'),
    title: '小区供暖温度不达标',
    content: '双塔区某小区入冬以来室内温度长期低于16度，多次向供热公司反映未解决。',
    name: '王先生',
    phone: '13904216601',
    unit: '朝阳市住房和城乡建设局',
    receivedAt: '2026-11-02 09:15',
    form: '来信',
  },
];

const table = (channel: ImportChannel, data: Row[]) => {
  const columns = IMPORT_MAPPINGS[channel].columns;
  return [columns.map((c) => c.headings[0]), ...data.map((r) => columns.map((c) => r[c.field] ?? ''))];
};

async function main() {
  // 民心网: .xlsx, the receipt time as a spreadsheet date
  const minxin = table(
    'MINXIN',
    rows('MX2026', (k) => k).map((r) => {
      const m = typeof r.receivedAt === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(r.receivedAt) : null;
      return m ? { ...r, receivedAt: new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0))) } : r;
    }),
  );
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('诉求件');
  minxin.forEach((r) => sheet.addRow(r));
  sheet.getColumn(minxin[0].indexOf('登记时间') + 1).numFmt = 'yyyy-mm-dd hh:mm';
  await book.xlsx.writeFile(`${OUT}minxin.xlsx`);
  // 12345: .csv in UTF-8 with a byte-order mark
  await writeFile(
    `${OUT}hotline-12345.csv`,
    '\ufeff' +
      stringify(
        table(
          'HOTLINE',
          rows('RX2026', (k) => `${k}类`),
        ),
      ),
  );
  // letters and visits: .csv
  await writeFile(
    `${OUT}letters.csv`,
    '\ufeff' +
      stringify(
        table(
          'LETTER',
          rows('XF2026', (k) => k),
        ),
      ),
  );
  await writeFile(fileURLToPath(new URL('../../docs/complaint-imports.md', import.meta.url)), importMappingMarkdown());
}
await main();
