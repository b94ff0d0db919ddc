import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEntry, Ctx } from '../context.js';
import { AuditRecord } from './audit.entities.js';
import { accessibleBy } from '../ability.js';
import { escapeLike, pageWindow } from '../paging.js';

export type { AuditEntry };

const GENESIS = '0'.repeat(64);
/** One lock for the whole chain: appending is serialised, and taken last in a transaction. */
const CHAIN_LOCK = 7_400_001;

/** JSON with keys sorted at every level, so that a record hashes the same before and after jsonb storage. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const keys = Object.keys(value as object)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Plain JSON data (dates as ISO strings), as it will read back from jsonb. */
function plain(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value ?? null));
}

interface HashedFields {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  address: string | null;
}

export function recordHash(prevHash: string, f: HashedFields): string {
  const body = canonicalJson({ ...f, at: f.at.toISOString() });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Queue an audit entry in the current transaction (see `transaction`). */
export function audit(ctx: Ctx, entry: AuditEntry) {
  if (!ctx.pendingAudit) throw new Error('audit() must be called inside transaction()');
  ctx.pendingAudit.push(entry);
}

/** Append the queued entries to the chain, inside the transaction that made the change. */
export async function writeAudit(ctx: Ctx, em: EntityManager, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await em.execute('select pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
  const last = await em.execute<{ hash: string }[]>('select hash from audit_record order by seq_key desc limit 1');
  let prevHash = last[0]?.hash ?? GENESIS;
  for (const e of entries) {
    const fields: HashedFields = {
      at: new Date(),
      actorId: ctx.actor?.userId ?? null,
      actorName: ctx.actor?.name ?? null,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId ?? null,
      before: plain(e.before),
      after: plain(e.after),
      requestId: ctx.requestId,
      address: ctx.address,
    };
    const hash = recordHash(prevHash, fields);
    await em.execute(
      `insert into audit_record (at, actor_id, actor_name, action, subject_type, subject_id, before_data, after_data, request_id, address, prev_hash, hash)
       values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)`,
      [
        fields.at,
        fields.actorId,
        fields.actorName,
        fields.action,
        fields.subjectType,
        fields.subjectId,
        fields.before === null ? null : JSON.stringify(fields.before),
        fields.after === null ? null : JSON.stringify(fields.after),
        fields.requestId,
        fields.address,
        prevHash,
        hash,
      ],
    );
    prevHash = hash;
  }
}

export interface ChainStatus {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  checkedAt: Date;
}

/** Recompute every hash in order; report the first record whose hash or link does not match. */
export async function verifyAuditChain(em: EntityManager, batch = 2000): Promise<ChainStatus> {
  let prevHash = GENESIS;
  let after = '0';
  let checked = 0;
  for (;;) {
    const rows = await em.execute<Record<string, any>[]>(
      `select seq_key, at, actor_id, actor_name, action, subject_type, subject_id, before_data, after_data, request_id, address, prev_hash, hash
       from audit_record where seq_key > ? order by seq_key limit ?`,
      [after, batch],
    );
    for (const r of rows) {
      const expected = recordHash(prevHash, {
        at: new Date(r.at),
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        before: r.before_data,
        after: r.after_data,
        requestId: r.request_id,
        address: r.address,
      });
      if (r.prev_hash !== prevHash || r.hash !== expected) {
        return { ok: false, checked, firstBrokenSeq: Number(r.seq_key), checkedAt: new Date() };
      }
      prevHash = r.hash;
      checked++;
      after = String(r.seq_key);
    }
    if (rows.length < batch) break;
  }
  return { ok: true, checked, firstBrokenSeq: null, checkedAt: new Date() };
}

export interface AuditFilterData {
  subjectType?: string | null;
  subjectId?: string | null;
  actorId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The audit trail, newest first, filtered by what the user may read. */
export async function listAuditRecords(ctx: Ctx, filter: AuditFilterData, page: number, pageSize: number) {
  const visible = accessibleBy(ctx, 'read', 'AuditRecord', AuditRecord);
  if (!visible) return { items: [], total: 0 };
  const where: Record<string, unknown>[] = [visible as Record<string, unknown>];
  if (filter.subjectType) where.push({ subjectType: filter.subjectType });
  if (filter.subjectId) where.push({ subjectId: filter.subjectId });
  if (filter.actorId) where.push({ actorId: filter.actorId });
  if (filter.action) where.push({ action: { $like: `${escapeLike(filter.action)}%` } });
  if (filter.from) where.push({ at: { $gte: filter.from } });
  if (filter.to) where.push({ at: { $lte: filter.to } });
  const [items, total] = await ctx.em.findAndCount(AuditRecord, { $and: where } as never, {
    orderBy: { seqKey: 'desc' },
    ...pageWindow(page, pageSize),
  });
  return { items, total };
}
