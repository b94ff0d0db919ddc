import { crc32, inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssueDate, noteLineFor, renderOfficialDocument, type DisclosureAttribute, type OfficialDocumentInput } from './documents.docx.js';

// ---- reading the .docx back: a small zip reader, checking every entry's CRC ------------------

function readZip(buf: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory: not a zip');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${n}`);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localHeader = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (buf.readUInt32LE(localHeader) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const dataStart = localHeader + 30 + buf.readUInt16LE(localHeader + 26) + buf.readUInt16LE(localHeader + 28);
    const raw = buf.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : null;
    if (!data) throw new Error(`unsupported compression ${method} for ${name}`);
    if (data.length !== size) throw new Error(`size mismatch for ${name}`);
    if (crc32(data) >>> 0 !== crc) throw new Error(`CRC mismatch for ${name}`);
    files.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function decode(xmlText: string): string {
  return xmlText.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

interface Para {
  xml: string;
  text: string;
}

/** The paragraphs of a WordprocessingML part, each with its XML and its text (w:t runs, run tabs as \t). */
function paragraphs(xml: string): Para[] {
  const withoutEmpty = xml.replace(/<w:p(?:\s[^>]*)?\/>/g, '');
  return [...withoutEmpty.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1]!.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '');
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => (t[0] === '<w:tab/>' ? '\t' : decode(t[1]!))).join('');
    return { xml: m[0], text };
  });
}

function attr(xml: string, element: string, name: string): string | undefined {
  const el = new RegExp(`<${element}(?:\\s[^>]*)?/?>`).exec(xml)?.[0];
  return el ? new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1] : undefined;
}

// ---- the documents ---------------------------------------------------------------------------

const base: OfficialDocumentInput = {
  issuingAuthority: '朝阳市人民政府',
  documentNumber: '朝政发〔2026〕12号',
  title: '朝阳市人民政府关于印发朝阳市促进中小企业高质量发展若干措施的通知',
  addressees: '各县（市）区人民政府，市政府各部门，市直各单位：',
  body: '现将《朝阳市促进中小企业高质量发展若干措施》印发给你们，请认真贯彻落实。\n\n各地区、各部门要结合实际，细化工作措施，确保各项政策落地见效。\n执行中遇到的问题，请及时向市工业和信息化局反映。',
  attachments: ['朝阳市促进中小企业高质量发展若干措施', '朝阳市中小企业专项资金管理办法'],
  signature: '朝阳市人民政府',
  issueDate: '2026-03-28',
  disclosureAttribute: 'PROACTIVE',
};

interface Rendered {
  files: Map<string, Buffer>;
  xml: string;
  paras: Para[];
  texts: string[];
  all: string;
}

async function render(input: OfficialDocumentInput): Promise<Rendered> {
  const buf = await renderOfficialDocument(input);
  const files = readZip(buf);
  const xml = files.get('word/document.xml')!.toString('utf8');
  const paras = paragraphs(xml).filter((p) => p.text.length > 0);
  const texts = paras.map((p) => p.text);
  return { files, xml, paras, texts, all: texts.join('\n') };
}

const attributes: DisclosureAttribute[] = ['PROACTIVE', 'ON_APPLICATION', 'NOT_DISCLOSED'];
const docs = {} as Record<DisclosureAttribute, Rendered>;

beforeAll(async () => {
  for (const a of attributes) docs[a] = await render({ ...base, disclosureAttribute: a });
});

describe('noteLineFor', () => {
  it('gives the 附注 marking for the disclosed attributes and none otherwise', () => {
    expect(noteLineFor('PROACTIVE')).toBe('（此件公开发布）');
    expect(noteLineFor('ON_APPLICATION')).toBe('（此件依申请公开）');
    expect(noteLineFor('NOT_DISCLOSED')).toBeNull();
  });
});

describe('formatIssueDate', () => {
  it('prints Arabic numerals without leading zeros', () => {
    expect(formatIssueDate('2026-03-28')).toBe('2026年3月28日');
    expect(formatIssueDate('2026-03-08')).toBe('2026年3月8日');
    expect(formatIssueDate('2026-12-01')).toBe('2026年12月1日');
  });
  it('refuses what is not a calendar date', () => {
    expect(() => formatIssueDate('2026-02-30')).toThrow();
    expect(() => formatIssueDate('2026/03/28')).toThrow();
    expect(() => formatIssueDate('')).toThrow();
  });
});

describe('renderOfficialDocument', () => {
  it('is a valid zip whose [Content_Types].xml declares the main document', () => {
    for (const a of attributes) {
      const { files } = docs[a];
      const types = files.get('[Content_Types].xml')?.toString('utf8');
      expect(types).toBeDefined();
      const overrides = [...types!.matchAll(/<Override\s[^>]*\/>/g)].map((m) => ({
        part: attr(m[0], 'Override', 'PartName'),
        type: attr(m[0], 'Override', 'ContentType'),
      }));
      expect(overrides).toContainEqual({
        part: '/word/document.xml',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      });
      expect(files.has('word/document.xml')).toBe(true);
      expect(files.get('_rels/.rels')?.toString('utf8')).toContain('Target="word/document.xml"');
    }
  });

  it('prints the 版头, title, addressees, body, attachments, signature and date in order', () => {
    const { texts } = docs.PROACTIVE;
    const expected = [
      '朝阳市人民政府文件',
      '朝政发〔2026〕12号',
      '朝阳市人民政府关于印发朝阳市促进中小企业高质量发展若干措施的通知',
      '各县（市）区人民政府，市政府各部门，市直各单位：',
      '现将《朝阳市促进中小企业高质量发展若干措施》印发给你们，请认真贯彻落实。',
      '各地区、各部门要结合实际，细化工作措施，确保各项政策落地见效。',
      '执行中遇到的问题，请及时向市工业和信息化局反映。',
      '附件：1.\t朝阳市促进中小企业高质量发展若干措施',
      '2.\t朝阳市中小企业专项资金管理办法',
      '朝阳市人民政府',
      '2026年3月28日',
      '（此件公开发布）',
    ];
    expect(texts).toEqual(expected);
  });

  it('prints the marking exactly once, on its own line right after the date, for the disclosed attributes', () => {
    for (const [a, marking] of [
      ['PROACTIVE', '（此件公开发布）'],
      ['ON_APPLICATION', '（此件依申请公开）'],
    ] as const) {
      const { texts, all } = docs[a];
      const date = texts.indexOf('2026年3月28日');
      const note = texts.indexOf(marking);
      expect(date).toBeGreaterThan(0);
      expect(note).toBe(date + 1);
      expect(note).toBe(texts.length - 1);
      expect(all.split('此件').length - 1).toBe(1);
    }
    expect(docs.ON_APPLICATION.all).not.toContain('公开发布');
    expect(docs.PROACTIVE.all).not.toContain('依申请公开');
  });

  it('prints no marking at all for a document that is not disclosed', () => {
    const { texts, xml } = docs.NOT_DISCLOSED;
    expect(xml).not.toContain('此件');
    expect(texts.at(-1)).toBe('2026年3月28日');
    expect(texts.at(-2)).toBe('朝阳市人民政府');
  });

  it('lays the page out as A4 with the standard margins and page numbers in the footer', () => {
    const { xml, files } = docs.PROACTIVE;
    const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
    expect(Number(attr(xml, 'w:pgSz', 'w:w'))).toBe(twips(210));
    expect(Number(attr(xml, 'w:pgSz', 'w:h'))).toBe(twips(297));
    expect(Number(attr(xml, 'w:pgMar', 'w:top'))).toBe(twips(37));
    expect(Number(attr(xml, 'w:pgMar', 'w:bottom'))).toBe(twips(35));
    expect(Number(attr(xml, 'w:pgMar', 'w:left'))).toBe(twips(28));
    expect(Number(attr(xml, 'w:pgMar', 'w:right'))).toBe(twips(26));

    const footers = [...files.keys()].filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => files.get(n)!.toString('utf8'));
    expect(footers.length).toBeGreaterThanOrEqual(2); // odd pages right, even pages left
    for (const f of footers) {
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      // "— 1 —": the page number field between two 一字线.
      expect(f).toMatch(/<w:t[^>]*>— <\/w:t><w:fldChar w:fldCharType="begin"\/>[\s\S]*?<w:fldChar w:fldCharType="end"\/><w:t[^>]*> —<\/w:t>/);
      expect(Number(attr(f, 'w:sz', 'w:val'))).toBe(28); // 4号 = 14 pt
    }
    const alignments = footers.map((f) => attr(f, 'w:jc', 'w:val')).sort();
    expect(alignments).toEqual(['left', 'right']);
  });

  it('sets the mark in red 小标宋, the separator red under the number, the title in 2号 and the body in 3号 仿宋', () => {
    const { paras } = docs.PROACTIVE;
    const [mark, number, title, addressees, firstBody] = paras;

    expect(attr(mark!.xml, 'w:color', 'w:val')).toBe('FF0000');
    expect(attr(mark!.xml, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(mark!.xml, 'w:jc', 'w:val')).toBe('center');
    expect(Number(attr(mark!.xml, 'w:sz', 'w:val'))).toBeGreaterThan(44);

    expect(attr(number!.xml, 'w:jc', 'w:val')).toBe('center');
    expect(attr(number!.xml, 'w:bottom', 'w:color')).toBe('FF0000');

    expect(attr(title!.xml, 'w:jc', 'w:val')).toBe('center');
    expect(attr(title!.xml, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(Number(attr(title!.xml, 'w:sz', 'w:val'))).toBe(44);

    expect(attr(addressees!.xml, 'w:ind', 'w:firstLine')).toBeUndefined();
    expect(attr(addressees!.xml, 'w:jc', 'w:val')).toBe('left');

    for (const p of [addressees!, firstBody!]) {
      expect(attr(p.xml, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
      expect(Number(attr(p.xml, 'w:sz', 'w:val'))).toBe(32);
      expect(attr(p.xml, 'w:spacing', 'w:lineRule')).toBe('exact');
      expect(Number(attr(p.xml, 'w:spacing', 'w:line'))).toBe(560);
    }
    expect(Number(attr(firstBody!.xml, 'w:ind', 'w:firstLineChars'))).toBe(200);
  });

  it('puts the signature and date on the right, the marking on the left two characters in', () => {
    const { paras } = docs.ON_APPLICATION;
    const [signature, date, note] = paras.slice(-3);
    expect(signature!.text).toBe('朝阳市人民政府');
    expect(date!.text).toBe('2026年3月28日');
    expect(note!.text).toBe('（此件依申请公开）');
    expect(attr(signature!.xml, 'w:jc', 'w:val')).toBe('right');
    expect(attr(date!.xml, 'w:jc', 'w:val')).toBe('right');
    expect(attr(note!.xml, 'w:jc', 'w:val')).toBe('left');
    expect(Number(attr(note!.xml, 'w:ind', 'w:firstLineChars'))).toBe(200);
    expect(attr(note!.xml, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(Number(attr(note!.xml, 'w:sz', 'w:val'))).toBe(32);
    // The date ends two characters from the right, at least, and the signature further in.
    const sigRight = Number(attr(signature!.xml, 'w:ind', 'w:right'));
    const dateRight = Number(attr(date!.xml, 'w:ind', 'w:right'));
    expect(dateRight).toBeGreaterThanOrEqual(600);
    expect(sigRight).toBeGreaterThan(dateRight);
  });

  it('cleans up the inputs: colon after the addressees, no leading spaces, one attachment unnumbered, the date formatted', async () => {
    const { texts } = await render({
      ...base,
      issuingAuthority: '朝阳市教育局',
      documentNumber: '朝教发〔2026〕3号',
      title: '朝阳市教育局关于做好2026年春季学期开学工作的通知',
      addressees: '各县（市）区教育局',
      body: '　　为做好春季学期开学工作，现将有关事项通知如下。\r\n\r\n  一、压实安全责任。',
      attachments: ['开学工作检查表。'],
      signature: '朝阳市教育局',
      issueDate: '2026-02-05',
      disclosureAttribute: 'PROACTIVE',
    });
    expect(texts).toEqual([
      '朝阳市教育局文件',
      '朝教发〔2026〕3号',
      '朝阳市教育局关于做好2026年春季学期开学工作的通知',
      '各县（市）区教育局：',
      '为做好春季学期开学工作，现将有关事项通知如下。',
      '一、压实安全责任。',
      '附件：开学工作检查表',
      '朝阳市教育局',
      '2026年2月5日',
      '（此件公开发布）',
    ]);
  });

  it('leaves out the addressees and attachments when there are none', async () => {
    const { texts } = await render({ ...base, addressees: null, attachments: [], disclosureAttribute: 'NOT_DISCLOSED' });
    expect(texts).not.toContain('各县（市）区人民政府，市政府各部门，市直各单位：');
    expect(texts.some((t) => t.startsWith('附件'))).toBe(false);
    expect(texts.slice(2, 4)).toEqual([base.title, '现将《朝阳市促进中小企业高质量发展若干措施》印发给你们，请认真贯彻落实。']);
    expect(texts.at(-1)).toBe('2026年3月28日');
  });

  it('refuses a malformed issue date', async () => {
    await expect(renderOfficialDocument({ ...base, issueDate: '2026-13-01' })).rejects.toThrow();
  });
});
