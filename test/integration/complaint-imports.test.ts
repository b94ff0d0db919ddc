import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, startSuite, type Suite } from '../support/suite.js';
import { importMappingMarkdown } from '../../packages/shared/src/index.js';
import { importDir, importJob, resumeImports, sampleDir } from '../../packages/server/src/modules/complaints/complaints.imports.js';

// Imports of the channels' export files: the sample file of each channel, a re-import, malformed
// files, the rights, and a job taken up again after its process stopped.
let s: Suite;
let office: string;
beforeAll(async () => {
  s = await startSuite();
  office = await s.login('tousu');
});
afterAll(() => s.close());

async function upload(channel: string, fileName: string, content: Buffer, cookie: string | null = office) {
  const boundary = '----gkimport';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="channel"\r\n\r\n${channel}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const res = await s.app.inject({
    method: 'POST',
    url: '/complaints/imports',
    headers: { ...(cookie ? { cookie } : {}), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
  return { status: res.statusCode, body: res.json() };
}
const sample = (name: string) => readFile(path.join(sampleDir, name));
const PROGRESS = 'query($id:ID!){ caseImport(id:$id){ id state channel fileName rowsRead created skipped failed rowsTotal message errorsUrl } }';
async function imported(channel: string, fileName: string, content: Buffer) {
  const res = await upload(channel, fileName, content);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  await importJob(res.body.id);
  return (await s.as('tousu', PROGRESS, { id: res.body.id })).data.caseImport;
}
async function errorReport(id: string) {
  const res = await s.app.inject({ method: 'GET', url: `/complaints/imports/${id}/errors.csv`, headers: { cookie: office } });
  expect(res.statusCode).toBe(200);
  return res.body
    .replace(/^\ufeff/, '')
    .trim()
    .split('\n');
}

describe('importing a channel’s export file', () => {
  it('12345 (.csv): the good rows become cases waiting for acceptance; refused rows are named with their reason; a repeated id is skipped', async () => {
    const imp = await imported('HOTLINE', 'hotline-12345.csv', await sample('hotline-12345.csv'));
    expect(imp).toMatchObject({ state: 'DONE', channel: 'HOTLINE', rowsRead: 9, rowsTotal: 9, created: 4, skipped: 1, failed: 4 });
    const lines = await errorReport(imp.id);
    expect(lines[0]).toBe('行号,来源编号,错误代码,原因');
    // the heading is row 1: the consultation is row 6, then no id, the short phone number, the unreadable date
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '6,RX20260005,CASE_IMPORT_KIND_INVALID',
      '7,,CASE_IMPORT_SOURCE_ID_MISSING',
      '8,RX20260007,CASE_PHONE_INVALID',
      '9,RX20260008,CASE_IMPORT_DATE_INVALID',
    ]);
    expect(lines[1]).toContain('咨询');
    const cases = await s.sql(
      `select c.kind, c.state, c.received_on::text as received_on, c.received_at, c.subject_unit_id, c.title, c.case_number,
              (select count(*)::int from todo t where t.subject_id = c.id::text and t.kind = 'case.accept' and t.done_at is null) as todos
         from complaint_case c where c.channel = 'HOTLINE' and c.source_case_id like 'RX2026%' order by c.source_case_id`,
    );
    expect(cases.map((c: any) => c.kind)).toEqual(['COMPLAINT', 'REPORT', 'SUGGESTION', 'COMPLAINT']);
    expect(cases.every((c: any) => c.state === 'RECEIVED' && c.todos === 1)).toBe(true);
    expect(cases[0]).toMatchObject({ received_on: '2026-11-02', subject_unit_id: demoUnitId('housing') });
    // 09:15 Beijing time
    expect(new Date(cases[0].received_at).toISOString()).toBe('2026-11-02T01:15:00.000Z');
    // by its short name
    expect(cases[1].subject_unit_id).toBe(demoUnitId('market'));
    // no title: the content's first words
    expect(cases[2].title).toBe('建议在朝阳大街公交站增设候车亭和电子站牌，方便群众雨雪天气候车。'.slice(0, 30));
    expect(cases[0].case_number).toMatch(/^TS\d{8}-R\d{7}$/);
  });

  it('reads a .csv saved in GBK (GB18030) as well as one in UTF-8', async () => {
    // GBK's two-byte characters, found by decoding every two-byte sequence (Node decodes GB18030, it does not encode it)
    const gbk = new Map<string, Buffer>();
    const decoder = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(a, b));
        if (ch.length === 1 && !gbk.has(ch)) gbk.set(ch, Buffer.from([a, b]));
      }
    }
    const utf8 = (await sample('hotline-12345.csv'))
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .replaceAll('RX2026', 'GB2026');
    const encoded = Buffer.concat([...utf8].map((ch) => (ch.charCodeAt(0) < 0x80 ? Buffer.from(ch) : gbk.get(ch)!)));
    expect(encoded.length).toBeLessThan(Buffer.byteLength(utf8));
    const imp = await imported('HOTLINE', 'gbk.csv', encoded);
    expect(imp).toMatchObject({ state: 'DONE', created: 4, skipped: 1, failed: 4 });
    const [c] = await s.sql(`select title from complaint_case where source_case_id = 'GB20260001'`);
    expect(c.title).toBe('小区供暖温度不达标');
  });

  it('importing the same file again adds nothing and says so', async () => {
    const again = await imported('HOTLINE', 'hotline-12345.csv', await sample('hotline-12345.csv'));
    expect(again).toMatchObject({ state: 'DONE', created: 0, skipped: 5, failed: 4 });
    const [{ n }] = await s.sql(`select count(*)::int as n from complaint_case where channel = 'HOTLINE' and source_case_id like 'RX2026%'`);
    expect(n).toBe(4);
  });

  it('民心网 (.xlsx, dates as spreadsheet dates) and letters and visits (来访 rows as visits)', async () => {
    const mx = await imported('MINXIN', 'minxin.xlsx', await sample('minxin.xlsx'));
    expect(mx).toMatchObject({ state: 'DONE', rowsRead: 9, created: 4, skipped: 1, failed: 4 });
    const [first] = await s.sql(`select received_at from complaint_case where channel = 'MINXIN' and source_case_id = 'MX20260001'`);
    expect(new Date(first.received_at).toISOString()).toBe('2026-11-02T01:15:00.000Z');
    const letters = await imported('LETTER', 'letters.csv', await sample('letters.csv'));
    expect(letters).toMatchObject({ state: 'DONE', created: 4, skipped: 1, failed: 4 });
    const channels = await s.sql(`select source_case_id, channel from complaint_case where source_case_id like 'XF2026%' order by source_case_id`);
    expect(channels.map((c: any) => c.channel)).toEqual(['LETTER', 'VISIT', 'LETTER', 'LETTER']);
  });

  it('refuses a file of another type at once, and names what is wrong with a malformed one', async () => {
    const txt = await upload('HOTLINE', 'cases.txt', Buffer.from('工单编号\n1'));
    expect(txt).toMatchObject({ status: 400, body: { code: 'CASE_IMPORT_FILE_TYPE' } });
    expect((await upload('PORTAL', 'a.csv', Buffer.from('a'))).body.code).toBe('CASE_IMPORT_CHANNEL_INVALID');
    const wrongColumns = await imported('HOTLINE', 'other.csv', Buffer.from('编号,内容\n1,测试\n'));
    expect(wrongColumns.state).toBe('FAILED');
    expect(wrongColumns.message).toContain('工单编号');
    expect(wrongColumns.message).toContain('来电时间');
    const corrupt = await imported('MINXIN', 'broken.xlsx', Buffer.from('PK\u0003\u0004 not really a workbook'));
    expect(corrupt).toMatchObject({ state: 'FAILED', created: 0 });
    expect(corrupt.message).toContain('文件无法读取');
    const empty = await imported('LETTER', 'empty.csv', Buffer.alloc(0));
    expect(empty).toMatchObject({ state: 'FAILED' });
  });

  it('the documented column mapping is the one the server reads', async () => {
    const doc = await readFile(new URL('../../docs/complaint-imports.md', import.meta.url), 'utf8');
    expect(doc).toBe(importMappingMarkdown());
  });

  it('only the Complaint Office imports and reads imports', async () => {
    const staff = await s.login('jiaoyu.staff');
    expect((await upload('HOTLINE', 'a.csv', Buffer.from('a'), staff)).status).toBe(403);
    expect((await upload('HOTLINE', 'a.csv', Buffer.from('a'), null)).status).toBe(401);
    const list = (await s.as('tousu', '{ caseImports { id state } }')).data.caseImports;
    expect(list.length).toBeGreaterThan(0);
    expect(codeOf(await s.as('jiaoyu.staff', PROGRESS, { id: list[0].id }))).toBe('FORBIDDEN');
    const res = await s.app.inject({ method: 'GET', url: `/complaints/imports/${list[0].id}/errors.csv`, headers: { cookie: staff } });
    expect(res.statusCode).toBe(403);
    const sampleRes = await s.app.inject({ method: 'GET', url: '/complaints/imports/samples/minxin', headers: { cookie: office } });
    expect(sampleRes.statusCode).toBe(200);
    expect(sampleRes.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('a job left running by a process that stopped is taken up again, from the rows it had not done', async () => {
    // as a stopped process leaves it: two rows done (the first two cases made), no word for minutes
    const id = randomUUID();
    await mkdir(importDir(s.config), { recursive: true });
    const csv = (await sample('letters.csv')).toString().replaceAll('XF2026', 'XR2026');
    await writeFile(path.join(importDir(s.config), `${id}.csv`), csv);
    await s.sql(
      `insert into complaint_import (id, government_id, channel, file_name, stored_name, state, rows_read, created, heartbeat_at, created_by_id)
       values (?, ?, 'LETTER', 'letters.csv', ?, 'RUNNING', 2, 2, now() - interval '10 minutes', (select id from app_user where username = 'tousu'))`,
      [id, demoUnitId('city'), `${id}.csv`],
    );
    // one still running elsewhere is left alone
    const busy = randomUUID();
    await copyFile(path.join(sampleDir, 'letters.csv'), path.join(importDir(s.config), `${busy}.csv`));
    await s.sql(
      `insert into complaint_import (id, government_id, channel, file_name, stored_name, state, heartbeat_at) values (?, ?, 'LETTER', 'x.csv', ?, 'RUNNING', now())`,
      [busy, demoUnitId('city'), `${busy}.csv`],
    );
    await Promise.all([resumeImports(s.orm.em.fork(), s.config), resumeImports(s.orm.em.fork(), s.config)]);
    await importJob(id);
    const done = (await s.as('tousu', PROGRESS, { id })).data.caseImport;
    // only rows 3–9 are read now: rows 1 and 2 are not made again (here they were never written, to show it);
    // the last row repeats row 1's id, which this run has not seen written, so it is made
    expect(done).toMatchObject({ state: 'DONE', rowsRead: 9, failed: 4, skipped: 0, created: 2 + 3 });
    const made = await s.sql(`select source_case_id from complaint_case where source_case_id like 'XR2026%' order by 1`);
    expect(made.map((r: any) => r.source_case_id)).toEqual(['XR20260001', 'XR20260003', 'XR20260004']);
    const [still] = await s.sql(`select state from complaint_import where id = ?`, [busy]);
    expect(still.state).toBe('RUNNING');
  });
});
