// Imports of the other channels' export files (民心网, 12345 hotline, letters and visits), .xlsx or
// .csv, read by the column mapping of shared/complaints/imports. The file is streamed from the upload
// to disk and read row by row (memory stays bounded whatever its size); rows are written in batches,
// each batch in one transaction with the count of rows done, so that a job stopped by a restart goes
// on from there. A row whose source id is already imported is skipped; a row that cannot be a case is
// named with its reason in the error report.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { subject as tagSubject } from '@casl/ability';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import {
  CASE_KIND_LABELS,
  IMPORT_CHANNELS,
  IMPORT_MAPPINGS,
  importKind,
  importLetterChannel,
  type CaseChannel,
  type CaseKind,
  type ImportChannel,
  type ImportField,
} from '@gongkai/shared';
import type { FastifyInstance } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import type { AppConfig } from '../../config.js';
import type { ContextFor } from '../../common/modules.js';
import { assertSameOrigin, replyWithRefusal } from '../../common/http-refusal.js';
import type { Ctx } from '../../common/context.js';
import { AppError, CommonError, unauthenticated } from '../../common/errors.js';
import { requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { contextAs } from '../../common/seed-context.js';
import { today } from '../../common/clock.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { CaseImport, CaseImportError } from './complaints.entities.js';
import { ComplaintError as E } from './complaints.errors.js';
import { CASE_LIMITS, PHONE, randomCode } from './complaints.service.js';

/** Rows written per transaction. */
const BATCH = 500;
/** A job that has written nothing for so long has stopped (its process ended): another may take it up. */
const STALE_SECONDS = 120;
/** The letter after 查询编号's date, per channel (portal numbers have none): TS20261203-M1000042. */
const NUMBER_LETTER: Record<ImportChannel, string> = { MINXIN: 'M', HOTLINE: 'R', LETTER: 'X' };

export const importDir = (config: AppConfig) => path.join(config.dataDir, 'imports');

/** The Complaint Office of the user's level may import: those who may register its cases. */
function assertMayImport(ctx: Ctx) {
  const user = requireUser(ctx);
  if (!ctx.ability.can('create', tagSubject('Case', { governmentId: user.governmentId }) as never)) {
    throw new AppError(CommonError.FORBIDDEN, '只有举报投诉受理办公室可以导入');
  }
  return user;
}

/** Stores an uploaded file and queues its import; the job starts at once (see runImport). */
export async function createImport(ctx: Ctx, channel: string, fileName: string, stream: Readable): Promise<CaseImport> {
  const user = assertMayImport(ctx);
  if (!(IMPORT_CHANNELS as readonly string[]).includes(channel)) throw new AppError(E.IMPORT_CHANNEL, '请选择导入渠道', { field: 'channel' });
  const ext = path.extname(fileName).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    stream.resume();
    throw new AppError(E.IMPORT_FILE_TYPE, '只能导入 .xlsx 或 .csv 文件', { field: 'file' });
  }
  const id = randomUUID();
  const storedName = `${id}${ext}`;
  await mkdir(importDir(ctx.config), { recursive: true });
  const target = path.join(importDir(ctx.config), storedName);
  const tooLarge = () =>
    new AppError(E.IMPORT_FILE_TOO_LARGE, `导入文件不能超过${Math.round(ctx.config.maxImportBytes / 1024 / 1024)}MB`, { field: 'file' });
  try {
    await pipeline(stream, createWriteStream(target));
  } catch {
    await rm(target, { force: true });
    throw tooLarge();
  }
  if ((stream as Readable & { truncated?: boolean }).truncated) {
    await rm(target, { force: true });
    throw tooLarge();
  }
  return transaction(ctx, async (tx) => {
    const imp = tx.em.create(CaseImport, {
      id,
      government: user.governmentId,
      channel: channel as CaseChannel,
      fileName: fileName.slice(0, 200),
      storedName,
      createdById: user.userId,
      createdByName: user.name,
    } as never) as CaseImport;
    tx.em.persist(imp);
    audit(tx, { action: 'CaseImport.create', subjectType: 'Case', subjectId: id, after: { channel, fileName: imp.fileName } });
    return imp;
  });
}

export async function getImport(ctx: Ctx, id: string) {
  const user = assertMayImport(ctx);
  const imp = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.em.findOne(CaseImport, { id, government: user.governmentId }) : null;
  if (!imp) throw new AppError(CommonError.NOT_FOUND, '导入记录不存在或无权查看');
  return imp;
}
export async function listImports(ctx: Ctx, limit = 20) {
  const user = assertMayImport(ctx);
  return ctx.em.find(CaseImport, { government: user.governmentId }, { orderBy: { createdAt: 'desc' }, limit });
}
/** The refused rows of an import, in the order of the file. */
export async function importErrors(ctx: Ctx, id: string, limit?: number) {
  const imp = await getImport(ctx, id);
  return ctx.em.find(CaseImportError, { importId: imp.id }, { orderBy: { rowNumber: 'asc' }, limit });
}

// ——— reading the file ———

type Cell = string | number | Date | null;

/** exceljs gives rich text, links and formulas as objects: their text. */
function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if (o.text !== undefined) return cellOf(o.text);
    if (o.result !== undefined) return cellOf(o.result);
  }
  return String(v);
}

/** Text files from these systems come in UTF-8 or in GB18030 (GBK): which, from the first bytes. */
async function encodingOf(file: string): Promise<'utf-8' | 'gb18030'> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    // a character cut at the end of the sample is not an error: leave out its last bytes
    const sample = buf.subarray(0, bytesRead === buf.length ? bytesRead - 3 : bytesRead);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sample);
      return 'utf-8';
    } catch {
      return 'gb18030';
    }
  } finally {
    await fh.close();
  }
}
function decoding(encoding: string) {
  const d = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      done(null, d.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, d.decode());
    },
  });
}

async function* rowsOf(file: string): AsyncGenerator<Cell[]> {
  if (file.endsWith('.csv')) {
    const source = createReadStream(file);
    const encoding = await encodingOf(file);
    const text = encoding === 'utf-8' ? source : source.pipe(decoding(encoding));
    const parser = text.pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true }));
    for await (const record of parser) yield record as string[];
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' });
  // the first worksheet only
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      yield values.slice(1).map(cellOf);
    }
    break;
  }
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString() : String(c).trim());

/** A day and time of receipt: a spreadsheet date (its wall time), or 2026-11-03, 2026/11/3 09:30(:00). */
function receivedAtOf(c: Cell | undefined): { at: Date; on: string } | null {
  let y: number, mo: number, d: number, h: number, mi: number, s: number;
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return null;
    [y, mo, d, h, mi, s] = [c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate(), c.getUTCHours(), c.getUTCMinutes(), c.getUTCSeconds()];
  } else {
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text(c));
    if (!m) return null;
    [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  }
  // the wall time is Beijing time
  const at = new Date(Date.UTC(y, mo - 1, d, h - 8, mi, s));
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || y < 2000 || h > 23 || mi > 59 || s > 59) return null;
  const on = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (on > today()) return null;
  return { at, on };
}

interface Candidate {
  row: number;
  sourceCaseId: string;
  channel: CaseChannel;
  kind: CaseKind;
  title: string;
  content: string;
  name: string | null;
  phone: string | null;
  subjectUnitId: string | null;
  receivedAt: Date;
  receivedOn: string;
}
interface Refusal {
  row: number;
  sourceCaseId: string | null;
  code: string;
  reason: string;
}

/** The index of each field's column in the heading row; the required ones must be there. */
function columnsOf(channel: ImportChannel, heading: Cell[]): Partial<Record<ImportField, number>> {
  const names = heading.map((c) => text(c).replace(/\s/g, ''));
  const at: Partial<Record<ImportField, number>> = {};
  const missing: string[] = [];
  for (const col of IMPORT_MAPPINGS[channel].columns) {
    const i = names.findIndex((n) => col.headings.includes(n));
    if (i >= 0) at[col.field] = i;
    else if (col.required) missing.push(col.headings[0]);
  }
  if (missing.length) throw new AppError(E.IMPORT_COLUMNS_MISSING, `文件缺少必需的列：${missing.join('、')}（第1行应为列名）`);
  return at;
}

function candidateOf(
  channel: ImportChannel,
  at: Partial<Record<ImportField, number>>,
  cells: Cell[],
  row: number,
  units: Map<string, string>,
): Candidate | Refusal {
  const get = (f: ImportField) => (at[f] === undefined ? undefined : cells[at[f]!]);
  const sourceCaseId = text(get('sourceCaseId')).slice(0, 100);
  const refuse = (code: string, reason: string): Refusal => ({ row, sourceCaseId: sourceCaseId || null, code, reason });
  if (!sourceCaseId) return refuse(E.IMPORT_SOURCE_ID, '缺少来源编号');
  const kindText = text(get('kind'));
  const kind = importKind(kindText);
  if (!kind) return refuse(E.IMPORT_KIND, kindText ? `类型“${kindText.slice(0, 20)}”不属于举报、投诉、建议` : '缺少类型');
  const content = text(get('content'));
  if (!content) return refuse(E.IMPORT_CONTENT, '缺少内容');
  if (content.length > CASE_LIMITS.maxLength) return refuse(E.IMPORT_CONTENT, `内容超过${CASE_LIMITS.maxLength}字`);
  const phone = text(get('phone')).replace(/\s/g, '') || null;
  if (phone && !PHONE.test(phone)) return refuse(E.PHONE_INVALID, `联系电话“${phone.slice(0, 20)}”格式不正确`);
  const received = receivedAtOf(get('receivedAt'));
  if (!received) return refuse(E.IMPORT_DATE, `登记时间“${text(get('receivedAt')).slice(0, 30)}”无法识别或晚于今天`);
  const unitName = text(get('unit'));
  return {
    row,
    sourceCaseId,
    channel: channel === 'LETTER' ? importLetterChannel(text(get('form'))) : channel,
    kind,
    title: (text(get('title')) || content.slice(0, 30)).slice(0, 200),
    content,
    name: text(get('name')).slice(0, 50) || null,
    phone,
    subjectUnitId: unitName ? (units.get(unitName) ?? null) : null,
    receivedAt: received.at,
    receivedOn: received.on,
  };
}

// ——— the job ———

const running = new Map<string, Promise<void>>();
/** Starts an import's job in this process (once); resolves when it has finished. */
export function startImport(em: EntityManager, config: AppConfig, id: string): Promise<void> {
  const existing = running.get(id);
  if (existing) return existing;
  const job = runImport(em.fork(), config, id).finally(() => running.delete(id));
  running.set(id, job);
  return job;
}
/** For tests and shutdown: the import's job, if this process runs it. */
export const importJob = (id: string) => running.get(id) ?? Promise.resolve();

/**
 * Imports queued, or left running by a process that stopped, are taken up (by one process: the claim
 * is a conditional update). Run by the server on its clock.
 */
export async function resumeImports(em: EntityManager, config: AppConfig): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from complaint_import where state = 'QUEUED' or (state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?))`,
      [STALE_SECONDS],
    );
  for (const r of rows) void startImport(em, config, r.id);
  return rows.length;
}

async function runImport(em: EntityManager, config: AppConfig, id: string): Promise<void> {
  const conn = em.getConnection();
  const [claimed] = await conn.execute<{ id: string }[]>(
    `update complaint_import set state = 'RUNNING', heartbeat_at = now()
      where id = ? and (state = 'QUEUED' or (state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?))) returning id`,
    [id, STALE_SECONDS],
  );
  if (!claimed) return;
  const imp = await em.findOneOrFail(CaseImport, id, { refresh: true });
  const file = path.join(importDir(config), imp.storedName);
  const channel = imp.channel as ImportChannel;
  try {
    if (!existsSync(file)) throw new AppError(E.IMPORT_FILE_UNREADABLE, '导入文件已不存在，请重新上传');
    const government = imp.government.id;
    const units = new Map<string, string>();
    for (const u of await em.find(Unit, { government, active: true }, { fields: ['id', 'name', 'shortName'] })) {
      units.set(u.name, u.id);
      if (u.shortName) units.set(u.shortName, u.id);
    }
    const [office] = await conn.execute<{ id: string }[]>(
      `select id from unit where government_id = ? and function = 'COMPLAINT_OFFICE' and active order by sort_order limit 1`,
      [government],
    );
    // rows already done by an earlier run of this job are passed over
    const done = imp.rowsRead;
    let at: Partial<Record<ImportField, number>> | null = null;
    let rowNumber = 0;
    let read = 0;
    let batch: Candidate[] = [];
    let refused: Refusal[] = [];
    const flush = async () => {
      // the counts are kept in the database, in the batch's own transaction
      await writeBatch(em, { id, government, channel, officeId: office?.id ?? null }, batch, refused, read);
      batch = [];
      refused = [];
    };
    try {
      for await (const cells of rowsOf(file)) {
        rowNumber++;
        if (!at) {
          at = columnsOf(channel, cells);
          continue;
        }
        if (cells.every((c) => text(c) === '')) continue;
        read++;
        if (read <= done) continue;
        const c = candidateOf(channel, at, cells, rowNumber, units);
        if ('code' in c) refused.push(c);
        else batch.push(c);
        if (batch.length + refused.length >= BATCH) await flush();
      }
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError(
        E.IMPORT_FILE_UNREADABLE,
        `文件无法读取（第${rowNumber + 1}行附近）：请确认是${channel === 'MINXIN' ? '民心网' : ''}导出的 .xlsx 或 UTF-8/GBK 编码的 .csv 文件`,
      );
    }
    if (!at) throw new AppError(E.IMPORT_COLUMNS_MISSING, '文件是空的：第1行应为列名');
    await flush();
    await finish(em, config, id, 'DONE', null, read);
  } catch (e) {
    const message = e instanceof AppError ? e.message : '导入时发生错误，请稍后重试';
    await finish(em, config, id, 'FAILED', message, null);
    if (!(e instanceof AppError)) throw e;
  } finally {
    await rm(file, { force: true });
  }
}

/** One batch in one transaction: the new cases with their to-dos, the refused rows, and the count of rows done. */
async function writeBatch(
  em: EntityManager,
  imp: { id: string; government: string; channel: ImportChannel; officeId: string | null },
  batch: Candidate[],
  refused: Refusal[],
  read: number,
): Promise<void> {
  await em.transactional(async (tx) => {
    const t = tx.getConnection();
    const ctx = tx.getTransactionContext();
    let created: { id: string; kind: CaseKind; title: string }[] = [];
    if (batch.length) {
      const day = today().replaceAll('-', '');
      created = await t.execute(
        `insert into complaint_case (id, case_number, check_code, kind, channel, source_case_id, government_id, subject_unit_id, title, content,
           complainant_name, complainant_phone, received_at, received_on)
         select gen_random_uuid(), 'TS' || ? || '-' || ? || (nextval('complaint_case_import_seq') + 1000000)::text, v.check_code, v.kind, v.channel,
                v.source_case_id, ?::uuid, v.subject_unit_id::uuid, v.title, v.content, v.name, v.phone, v.received_at::timestamptz, v.received_on::date
           from jsonb_to_recordset(?::jsonb) as v(check_code text, kind text, channel text, source_case_id text, subject_unit_id text, title text,
                content text, name text, phone text, received_at text, received_on text)
         on conflict (channel, source_case_id) do nothing
         returning id, kind, title`,
        [
          day,
          NUMBER_LETTER[imp.channel],
          imp.government,
          JSON.stringify(
            batch.map((c) => ({
              check_code: randomCode(8),
              kind: c.kind,
              channel: c.channel,
              source_case_id: c.sourceCaseId,
              subject_unit_id: c.subjectUnitId,
              title: c.title,
              content: c.content,
              name: c.name,
              phone: c.phone,
              received_at: c.receivedAt.toISOString(),
              received_on: c.receivedOn,
            })),
          ),
        ],
        'all',
        ctx,
      );
      if (created.length) {
        // the office's to-do for each new case, as for a case received on the portal
        await t.execute(
          `insert into todo (id, kind, title, link, subject_type, subject_id, assignee_role, assignee_unit_id)
           select gen_random_uuid(), 'case.accept', '受理' || v.noun || '：' || v.title, '/complaints/' || v.id, 'Case', v.id, 'COMPLAINT_OFFICE', ?::uuid
             from jsonb_to_recordset(?::jsonb) as v(id text, noun text, title text)`,
          [imp.officeId, JSON.stringify(created.map((c) => ({ id: c.id, noun: CASE_KIND_LABELS[c.kind], title: c.title })))],
          'run',
          ctx,
        );
      }
    }
    if (refused.length) {
      await t.execute(
        `insert into complaint_import_error (id, import_id, row_number, source_case_id, code, reason)
         select gen_random_uuid(), ?::uuid, v.row_number, v.source_case_id, v.code, v.reason
           from jsonb_to_recordset(?::jsonb) as v(row_number int, source_case_id text, code text, reason text)
         on conflict do nothing`,
        [imp.id, JSON.stringify(refused.map((r) => ({ row_number: r.row, source_case_id: r.sourceCaseId, code: r.code, reason: r.reason })))],
        'run',
        ctx,
      );
    }
    await t.execute(
      `update complaint_import set rows_read = ?, created = created + ?, skipped = skipped + ?, failed = failed + ?, heartbeat_at = now() where id = ?`,
      [read, created.length, batch.length - created.length, refused.length, imp.id],
      'run',
      ctx,
    );
  });
}

async function finish(em: EntityManager, config: AppConfig, id: string, state: 'DONE' | 'FAILED', message: string | null, total: number | null) {
  const imp = await em.findOneOrFail(CaseImport, id, { refresh: true });
  const ctx = await contextAs(em.fork(), config, imp.createdById ?? null);
  await transaction(ctx, async (tx) => {
    await tx.em.execute(
      `update complaint_import set state = ?, message = ?, rows_total = coalesce(?, rows_total), finished_at = now() where id = ?`,
      [state, message, total, id],
    );
    audit(tx, {
      action: state === 'DONE' ? 'CaseImport.done' : 'CaseImport.fail',
      subjectType: 'Case',
      subjectId: id,
      after: { rowsRead: imp.rowsRead, created: imp.created, skipped: imp.skipped, failed: imp.failed, message },
    });
  });
}

export const IMPORT_SAMPLE_FILES: Record<ImportChannel, string> = { MINXIN: 'minxin.xlsx', HOTLINE: 'hotline-12345.csv', LETTER: 'letters.csv' };
/** The sample file of each channel, for the demo and the tests. */
export const sampleDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'samples');

// ——— the routes: the upload, the error report, the sample files ———

export function registerImportRoutes(app: FastifyInstance, contextFor: ContextFor) {
  // the upload: multipart with the field "channel" before the file; answers the queued import
  app.post('/complaints/imports', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      assertSameOrigin(req, ctx.config.allowedOrigins);
      if (!ctx.user) throw unauthenticated();
      assertMayImport(ctx);
      if (!req.isMultipart()) throw new AppError(CommonError.BAD_USER_INPUT, '请以表单方式上传文件');
      const part = await req.file({ limits: { fileSize: ctx.config.maxImportBytes } });
      if (!part) throw new AppError(CommonError.BAD_USER_INPUT, '没有收到文件', { field: 'file' });
      const channel = (part.fields.channel as { value?: unknown } | undefined)?.value;
      const imp = await createImport(ctx, typeof channel === 'string' ? channel : '', part.filename, part.file);
      void startImport(ctx.em, ctx.config, imp.id).catch((e: unknown) => req.log.warn({ err: e, importId: imp.id }, 'import failed'));
      return reply.code(201).send({ id: imp.id, state: imp.state, fileName: imp.fileName, channel: imp.channel });
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });

  app.get<{ Params: { id: string } }>('/complaints/imports/:id/errors.csv', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      if (!ctx.user) throw unauthenticated();
      const imp = await getImport(ctx, req.params.id);
      const rows = await importErrors(ctx, imp.id);
      const csv = stringify([['行号', '来源编号', '错误代码', '原因'], ...rows.map((r) => [r.rowNumber, r.sourceCaseId ?? '', r.code, r.reason])]);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`导入错误报告-${imp.fileName}.csv`)}`);
      reply.header('cache-control', 'private, no-store');
      return reply.send('\ufeff' + csv);
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });

  app.get<{ Params: { channel: string } }>('/complaints/imports/samples/:channel', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      if (!ctx.user) throw unauthenticated();
      assertMayImport(ctx);
      const channel = req.params.channel.toUpperCase();
      if (!(IMPORT_CHANNELS as readonly string[]).includes(channel)) throw new AppError(CommonError.NOT_FOUND, '没有该渠道的样例文件');
      const name = IMPORT_SAMPLE_FILES[channel as ImportChannel];
      reply.header('content-type', name.endsWith('.csv') ? 'text/csv; charset=utf-8' : XLSX_TYPE);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
      return reply.send(createReadStream(path.join(sampleDir, name)));
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
}
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
