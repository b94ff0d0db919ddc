// The plain official letter (通知, 答复书) in 仿宋 三号 on A4 with the margins of GB/T 9704: the
// building blocks the modules' letters share. (Numbered documents use documents.docx.ts's typesetter.)
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';

const FONT = '仿宋_GB2312';
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** One line of a letter: bold, aligned, sized in half-points (32 = 三号), the first line indented by two characters. */
export const letterLine = (text: string, opts: { bold?: boolean; align?: Align; size?: number; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.align ?? AlignmentType.LEFT,
    spacing: { line: 560, lineRule: 'exact' },
    indent: opts.indent ? { firstLine: 640 } : undefined,
    children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? 32, font: { eastAsia: FONT, ascii: FONT, hAnsi: FONT } })],
  });
export const letterTitle = (text: string) => letterLine(text, { bold: true, align: AlignmentType.CENTER, size: 44 });
export const letterRight = (text: string) => letterLine(text, { align: AlignmentType.RIGHT });

/** 2026-12-07 → 2026年12月7日 */
export const chineseDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** A letter of these paragraphs, as .docx bytes. */
export function renderLetter(children: Paragraph[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children }] });
  return Packer.toBuffer(doc);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The headers of a .docx download with a Chinese file name, never cached. */
export const docxHeaders = (fileName: string) => ({
  'content-type': DOCX_TYPE,
  'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  'cache-control': 'private, no-store',
});
