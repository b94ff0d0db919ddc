import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors.js';
import { HttpError } from '../http-refusal.js';

/**
 * What the content of an upload may be, by its extension, as `file-type` recognises it from the
 * first bytes: OLE compound files for the old Office formats, ZIP containers for the new ones and
 * OFD, nothing recognisable for plain text. `null` in a list: content with no recognised
 * signature is accepted (text).
 */
const CONTENT_OF: Record<string, (string | null)[]> = {
  pdf: ['pdf'],
  ofd: ['zip'],
  doc: ['cfb'],
  xls: ['cfb'],
  ppt: ['cfb'],
  wps: ['cfb'],
  docx: ['docx', 'zip'],
  xlsx: ['xlsx', 'zip'],
  pptx: ['pptx', 'zip'],
  jpg: ['jpg'],
  jpeg: ['jpg'],
  png: ['png'],
  gif: ['gif'],
  webp: ['webp'],
  zip: ['zip', 'docx', 'xlsx', 'pptx'],
  txt: [null],
};

/**
 * Refuse an upload whose content is not what its name and declared type say (a program renamed
 * to .pdf, a page saved as .png): CONTENT_MISMATCH, HTTP 415. Runs after the name and declared type
 * were checked against the allowed list.
 */
export async function assertContentMatches(fileName: string, content: Buffer) {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const expected = Object.hasOwn(CONTENT_OF, ext) ? CONTENT_OF[ext] : [];
  const found = (await fileTypeFromBuffer(content))?.ext ?? null;
  if (!expected.includes(found)) {
    throw new AppError(
      HttpError.CONTENT_MISMATCH,
      `文件内容与其类型不符：扩展名为${ext || '无'}，内容${found ? `却是${found.toUpperCase()}格式` : '无法识别为该格式'}`,
      {
        field: 'file',
      },
    );
  }
}
