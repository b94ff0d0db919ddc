// The printable official document: a policy document laid out as GB/T 9704-2012 (党政机关公文格式)
// asks, as far as a .docx can say it. A4 page with the standard 版心 (156 mm × 225 mm), a red 版头
// (发文机关标志, 发文字号, 版头分隔线), the 主体 (标题, 主送机关, 正文, 附件说明, 署名, 成文日期,
// 附注) and page numbers in the "— 1 —" form, odd pages on the right and even pages on the left.
// The file only names its fonts; the printing machine supplies them (or its own substitutes).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IFontAttributesProperties,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';

export type DisclosureAttribute = 'PROACTIVE' | 'ON_APPLICATION' | 'NOT_DISCLOSED';

export interface OfficialDocumentInput {
  /** 发文机关名称, e.g. 朝阳市人民政府; the mark prints it followed by "文件". */
  issuingAuthority: string;
  /** 发文字号, e.g. 朝政发〔2026〕12号. */
  documentNumber: string;
  /** 标题; an explicit line break splits it over several centred lines. */
  title: string;
  /** 主送机关, ending with a full-width colon (one is added when missing). */
  addressees?: string | null;
  /** 正文: one paragraph per non-empty line. */
  body: string;
  /** 附件说明: the attachments' names, in order. */
  attachments?: string[];
  /** 发文机关署名. */
  signature: string;
  /** 成文日期 as YYYY-MM-DD; printed with Arabic numerals, e.g. 2026年3月28日. */
  issueDate: string;
  disclosureAttribute: DisclosureAttribute;
}

const NOTE_LINES: Record<DisclosureAttribute, string | null> = {
  PROACTIVE: '（此件公开发布）',
  ON_APPLICATION: '（此件依申请公开）',
  NOT_DISCLOSED: null,
};

/** The 附注 line that marks a document's disclosure, or null when the document is not disclosed. */
export function noteLineFor(attribute: DisclosureAttribute): string | null {
  if (!(attribute in NOTE_LINES)) throw new Error(`unknown disclosure attribute: ${String(attribute)}`);
  return NOTE_LINES[attribute];
}

/** 2026-03-28 → 2026年3月28日 (GB/T 9704-2012 7.3.5.3: Arabic numerals, no leading zeros). */
export function formatIssueDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!m) throw new Error(`issue date must be YYYY-MM-DD: ${isoDate}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`issue date is not a calendar date: ${isoDate}`);
  }
  return `${year}年${month}月${day}日`;
}

// ---- measures ----------------------------------------------------------------------------------

const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);
const pt = (points: number): number => Math.round(points * 20);

const RED = 'FF0000';
const BLACK = '000000';
const XIAOBIAOSONG = '方正小标宋简体';
const FANGSONG = '仿宋_GB2312';
const SONGTI = '宋体';

/** 3号 = 16 pt: the body size. */
const BODY_PT = 16;
/** 2号 = 22 pt: the title. */
const TITLE_PT = 22;
/** 4号 = 14 pt: the page numbers. */
const FOLIO_PT = 14;
/** Fixed line pitch of the body: 28 pt. */
const LINE = pt(28);
/** The width of the 版心, 156 mm, in points. */
const TYPE_AREA_WIDTH_PT = 156 * (72 / 25.4);
/** Characters a body line holds (GB/T 9704-2012 5.2.2). */
const CHARS_PER_LINE = 28;
/**
 * Body characters are set a little tighter than their 16 pt size (in twips, negative) so that 28 of
 * them fill the 156 mm line, as the standard's 28 字 a line asks. Plain character spacing rather than
 * a document grid: every word processor honours it the same way.
 */
const TRACKING = Math.floor((TYPE_AREA_WIDTH_PT * 20) / CHARS_PER_LINE - pt(BODY_PT));
/** The pitch of one body character (字), in twips: the unit of every indent. */
const CHAR = pt(BODY_PT) + TRACKING;

function font(name: string): IFontAttributesProperties {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** Width of a text in body characters: full-width glyphs count one, ASCII and half-width forms half. */
function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c <= 0x7e || (c >= 0xff61 && c <= 0xff9f) ? 0.5 : 1;
  }
  return w;
}

// ---- text clean-up -----------------------------------------------------------------------------

/** Trims ASCII and ideographic spaces: indentation is the layout's job, not the text's. */
function clean(text: string): string {
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

function lines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(clean)
    .filter((l) => l.length > 0);
}

function withFullWidthColon(addressees: string): string {
  const a = clean(addressees).replace(/[:：]+$/, '');
  return `${a}：`;
}

/** 附件名称后不加标点符号. */
function attachmentName(name: string): string {
  return clean(name).replace(/[。．.，,；;、：:\s\u3000]+$/, '');
}

/** The 发文机关标志: the authority's name followed by 文件 (not doubled when already there). */
function authorityMark(issuingAuthority: string): string {
  const name = clean(issuingAuthority);
  return name.endsWith('文件') ? name : `${name}文件`;
}

/** The mark's size: as large as 52 pt, smaller so that it fits the 版心 on one line, never below 2号. */
function markSizePt(mark: string): number {
  const fit = Math.floor((TYPE_AREA_WIDTH_PT * 0.98) / widthInChars(mark));
  return Math.max(TITLE_PT, Math.min(52, fit));
}

// ---- paragraphs --------------------------------------------------------------------------------

type Para = Omit<IParagraphOptions, 'children' | 'text'>;

function run(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  return new TextRun({ text, font: font(FANGSONG), size: BODY_PT * 2, characterSpacing: TRACKING, ...options });
}

/**
 * Every paragraph of the document: no extra space between Chinese text and numbers (the standard
 * prints 〔2026〕12号 and 2026年3月28日 tight, and the date's width is reckoned without it).
 */
function paragraph(options: IParagraphOptions): Paragraph {
  return new Paragraph({ autoSpaceEastAsianText: false, ...options });
}

/** A paragraph on the body's fixed 28 pt pitch. */
function para(children: Array<TextRun>, options: Para = {}): Paragraph {
  const { spacing, ...rest } = options;
  return paragraph({
    children,
    ...rest,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0, ...spacing },
  });
}

const FIRST_LINE_TWO_CHARS = { firstLine: 2 * CHAR, firstLineChars: 200 };

function head(input: OfficialDocumentInput): Paragraph[] {
  const mark = authorityMark(input.issuingAuthority);
  const markPt = markSizePt(mark);
  return [
    // 发文机关标志: red 小标宋, centred, its upper edge 35 mm below the top of the 版心.
    paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: mm(35), after: 0, line: pt(markPt * 1.2), lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: mark, font: font(XIAOBIAOSONG), size: markPt * 2, color: RED })],
    }),
    // 发文字号: two blank lines under the mark, centred; 4 mm under it the red 版头分隔线,
    // as wide as the 版心.
    para([run(clean(input.documentNumber))], {
      alignment: AlignmentType.CENTER,
      spacing: { before: 2 * LINE },
      border: { bottom: { style: BorderStyle.SINGLE, color: RED, size: 12, space: 11 } },
    }),
  ];
}

function titleLines(input: OfficialDocumentInput): Paragraph[] {
  const parts = lines(input.title);
  const children: TextRun[] = parts.map(
    (line, i) => new TextRun({ text: line, font: font(XIAOBIAOSONG), size: TITLE_PT * 2, break: i > 0 ? 1 : undefined }),
  );
  // Two blank lines under the separator, centred, 2号 小标宋.
  return [
    paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 2 * LINE, after: 0, line: pt(36), lineRule: LineRuleType.EXACT },
      keepNext: true,
      children,
    }),
  ];
}

function mainText(input: OfficialDocumentInput): Paragraph[] {
  const out: Paragraph[] = [];
  const addressees = input.addressees ? clean(input.addressees) : '';
  // 主送机关: one blank line under the title, flush left, ending with a full-width colon.
  if (addressees) out.push(para([run(withFullWidthColon(addressees))], { alignment: AlignmentType.LEFT, spacing: { before: LINE } }));
  // 正文: each paragraph indented two characters, justified. The last one keeps with what follows,
  // so that the signature and date never stand alone on a page.
  const paragraphs = lines(input.body);
  paragraphs.forEach((text, i) =>
    out.push(
      para([run(text)], {
        alignment: AlignmentType.BOTH,
        indent: FIRST_LINE_TWO_CHARS,
        spacing: i === 0 && !addressees ? { before: LINE } : {},
        keepNext: i === paragraphs.length - 1,
      }),
    ),
  );
  return out;
}

/**
 * 附件说明: one blank line under the body, two characters in: "附件：1. 名称", later names under the
 * first one's number, a wrapped name aligned with its own first character.
 */
function attachmentLines(input: OfficialDocumentInput): Paragraph[] {
  const names = (input.attachments ?? []).map(attachmentName).filter((n) => n.length > 0);
  if (names.length === 0) return [];
  const label = '附件：';
  const labelEnd = 2 * CHAR + widthInChars(label) * CHAR;
  if (names.length === 1) {
    return [
      para([run(label + names[0])], {
        indent: { left: labelEnd, hanging: labelEnd - 2 * CHAR },
        spacing: { before: LINE },
        keepNext: true,
        keepLines: true,
      }),
    ];
  }
  const digits = String(names.length).length;
  const numberWidth = Math.round((digits * 0.5 + 0.5 + 0.5) * CHAR);
  const textStart = labelEnd + numberWidth;
  return names.map((name, i) => {
    const first = i === 0;
    return paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: first ? LINE : 0, after: 0 },
      indent: first ? { left: textStart, hanging: textStart - 2 * CHAR } : { left: textStart, hanging: numberWidth },
      tabStops: [{ type: TabStopType.LEFT, position: textStart }],
      keepNext: true,
      keepLines: true,
      children: [
        new TextRun({
          font: font(FANGSONG),
          size: BODY_PT * 2,
          characterSpacing: TRACKING,
          children: [`${first ? label : ''}${i + 1}.`, new Tab(), name],
        }),
      ],
    });
  });
}

/**
 * 署名 and 成文日期 for a document without a seal (GB/T 9704-2012 7.3.5.2): one blank line under the
 * body or attachments, the signature two characters from the right, the date on the next line with
 * its first character two characters right of the signature's; when the date is the longer, the
 * signature moves right so that the date still ends two characters from the right.
 */
function signatureLines(input: OfficialDocumentInput, date: string, noteFollows: boolean): Paragraph[] {
  const signature = clean(input.signature);
  const ws = widthInChars(signature);
  const wd = widthInChars(date);
  let rightOfDate = ws - wd;
  let rightOfSignature = 2;
  if (rightOfDate < 2) {
    rightOfDate = 2;
    rightOfSignature = rightOfDate + wd + 2 - ws;
  }
  return [
    para([run(signature)], {
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(rightOfSignature * CHAR) },
      spacing: { before: LINE },
      keepNext: true,
      keepLines: true,
    }),
    para([run(date)], {
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(rightOfDate * CHAR) },
      keepNext: noteFollows,
      keepLines: true,
    }),
  ];
}

/** 附注: on the line under the date, two characters in, in parentheses. */
function noteLines(input: OfficialDocumentInput): Paragraph[] {
  const note = noteLineFor(input.disclosureAttribute);
  return note ? [para([run(note)], { alignment: AlignmentType.LEFT, indent: FIRST_LINE_TWO_CHARS })] : [];
}

/**
 * 页码: 4号 半角宋体 Arabic numerals between two 一字线, odd pages one character from the right, even
 * pages one character from the left, the dashes 7 mm under the 版心.
 */
function folio(alignment: 'right' | 'left'): Footer {
  const dash = { font: font(SONGTI), size: FOLIO_PT * 2 };
  return new Footer({
    children: [
      paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'right' ? { right: pt(FOLIO_PT) } : { left: pt(FOLIO_PT) },
        spacing: { line: pt(FOLIO_PT * 1.2), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [new TextRun({ ...dash, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

export async function renderOfficialDocument(input: OfficialDocumentInput): Promise<Buffer> {
  const date = formatIssueDate(input.issueDate);
  const doc = new Document({
    title: clean(input.title).replace(/\s+/g, ''),
    creator: clean(input.signature),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FANGSONG), size: BODY_PT * 2, color: BLACK, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // A4, 版心 156 mm × 225 mm: top 37, bottom 35, left 28, right 26.
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              header: mm(15),
              footer: mm(35 - 7) - pt(FOLIO_PT * 1.2),
              gutter: 0,
            },
          },
        },
        footers: { default: folio('right'), even: folio('left') },
        children: [
          ...head(input),
          ...titleLines(input),
          ...mainText(input),
          ...attachmentLines(input),
          ...signatureLines(input, date, noteLineFor(input.disclosureAttribute) !== null),
          ...noteLines(input),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
