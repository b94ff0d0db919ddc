import { createHash } from 'node:crypto';
import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';
import type { AuditEntry, Ctx } from '../context.js';
import { AuditRecord } from './audit.entities.js';
import { accessibleBy } from '../ability.js';
import { escapeLike, pageWindow } from '../paging.js';

export type { AuditEntry };

const GENESIS = '0'.repeat(64);
/**
 * The lock of a chain (with the chain's number as its second key): appending to one chain is
 * serialised, and the lock is taken last in a transaction; writes on other chains go on meanwhile.
 */
const CHAIN_LOCK = 7_400_001;
/** The action of the records that name every chain's head (see anchorAuditChains). */
export const ANCHOR_ACTION = 'AuditChain.anchor';

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

/** The hashed fields of an `audit_record` row as the database returns it. */
export const hashedFieldsOf = (r: Record<string, any>): HashedFields => ({
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

/** What a record's hash covers besides its predecessor's hash: its fields as canonical JSON. */
const recordBody = (f: HashedFields) => canonicalJson({ ...f, at: f.at.toISOString() });

/** SHA-256 of the previous hash, a newline and the record's body (the database's audit_append computes the same). */
export function recordHash(prevHash: string, f: HashedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(recordBody(f)).digest('hex');
}

/** Queue an audit entry in the current transaction (see `transaction`). */
export function audit(ctx: Ctx, entry: AuditEntry) {
  if (!ctx.pendingAudit) throw new Error('audit() must be called inside transaction()');
  ctx.pendingAudit.push(entry);
}

/**
 * Append the queued entries, inside the transaction that made the change, to one of the
 * `config.auditChains` chains, chosen at random: each chain is a hash chain of its own (a record holds
 * its predecessor's hash in that chain), so concurrent writes wait for each other only when they
 * happen to choose the same chain. Tampering stays evident: a changed or removed record breaks its
 * chain's links, and the anchors (anchorAuditChains) name every chain's head, so a chain cut short
 * behind an anchor is found too. Two server processes share the chains through the database's locks.
 *
 * One statement: the database function audit_append takes the chain's lock, reads the chain's last
 * hash and inserts the records with their hashes (recordHash's, over the bodies computed here); the
 * same statement answers the transaction's id (see `transaction`). Nothing is sent without entries.
 */
export async function writeAudit(ctx: Ctx, em: EntityManager, entries: AuditEntry[], chain = randomChain(ctx)): Promise<{ xid: string } | null> {
  if (entries.length === 0) return null;
  const records = entries.map((e) => {
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
    return {
      at: fields.at.toISOString(),
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      action: fields.action,
      subject_type: fields.subjectType,
      subject_id: fields.subjectId,
      before: fields.before,
      after: fields.after,
      request_id: fields.requestId,
      address: fields.address,
      body: recordBody(fields),
    };
  });
  const [row] = await em.execute<{ xid: string }[]>('select pg_current_xact_id()::text as xid, audit_append(?, ?, ?::jsonb) as head', [
    CHAIN_LOCK,
    chain,
    JSON.stringify(records),
  ]);
  return { xid: row.xid };
}

const randomChain = (ctx: Pick<Ctx, 'config'>) => Math.floor(Math.random() * Math.max(1, ctx.config?.auditChains ?? 1));

/**
 * An anchor: a record (on chain 0) naming the head — last sequence number and hash — of every chain,
 * written by the hourly job `audit.anchor`. It is a record of the chain like any other, so it cannot
 * be changed unseen; and a chain's records up to its head named here cannot be removed unseen.
 */
export async function anchorAuditChains(em: EntityManager, config: Pick<AppConfig, 'auditChains'>): Promise<number> {
  return em.transactional(async (tx) => {
    // every chain's lock, in order: the heads named are the chains' last records, none being appended
    const chains = (await tx.execute<{ chain: number }[]>('select distinct chain from audit_record')).map((r) => r.chain);
    const all = [...new Set([...chains, ...Array.from({ length: config.auditChains }, (_, i) => i)])].sort((a, b) => a - b);
    for (const c of all) await tx.execute('select pg_advisory_xact_lock(?, ?)', [CHAIN_LOCK, c]);
    // nothing written since the last anchor: it still names every head
    const [latest] = await tx.execute<{ action: string }[]>('select action from audit_record order by seq_key desc limit 1');
    if (!latest || latest.action === ANCHOR_ACTION) return 0;
    const heads = await tx.execute<{ chain: number; seq: string; hash: string }[]>(
      `select distinct on (chain) chain, seq_key::text as seq, hash from audit_record order by chain, seq_key desc`,
    );
    const system = { actor: null, requestId: 'audit.anchor', address: null, config } as unknown as Ctx;
    await writeAudit(
      system,
      tx as EntityManager,
      [
        {
          action: ANCHOR_ACTION,
          subjectType: 'AuditChain',
          after: { heads: Object.fromEntries(heads.map((h) => [String(h.chain), { seq: Number(h.seq), hash: h.hash }])) },
        },
      ],
      0,
    );
    return 1;
  });
}

export interface ChainStatus {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  checkedAt: Date;
}

/**
 * Recompute every hash in order, chain by chain, in one snapshot of the database (records being
 * appended meanwhile are left for the next check); report the first record whose hash or link does not
 * match, or the first anchor naming a head that is not there.
 */
export async function verifyAuditChain(em: EntityManager, batch = 2000): Promise<ChainStatus> {
  return em.transactional(async (tx) => verifyInSnapshot(tx as EntityManager, batch), {
    isolationLevel: IsolationLevel.REPEATABLE_READ,
    readOnly: true,
  });
}

async function verifyInSnapshot(em: EntityManager, batch: number): Promise<ChainStatus> {
  const prevHashes = new Map<number, string>();
  const anchors: { seq: number; heads: Record<string, { seq: number; hash: string }> }[] = [];
  let after = '0';
  let checked = 0;
  const broken = (seq: number): ChainStatus => ({ ok: false, checked, firstBrokenSeq: seq, checkedAt: new Date() });
  for (;;) {
    const rows = await em.execute<Record<string, any>[]>(
      `select seq_key, at, actor_id, actor_name, action, subject_type, subject_id, before_data, after_data, request_id, address, chain, prev_hash, hash
       from audit_record where seq_key > ? order by seq_key limit ?`,
      [after, batch],
    );
    for (const r of rows) {
      const chain = Number(r.chain);
      const prevHash = prevHashes.get(chain) ?? GENESIS;
      const expected = recordHash(prevHash, hashedFieldsOf(r));
      if (r.prev_hash !== prevHash || r.hash !== expected) return broken(Number(r.seq_key));
      prevHashes.set(chain, r.hash);
      if (r.action === ANCHOR_ACTION && r.after_data?.heads) anchors.push({ seq: Number(r.seq_key), heads: r.after_data.heads });
      checked++;
      after = String(r.seq_key);
    }
    if (rows.length < batch) break;
  }
  // every head an anchor names is there, with its hash (a chain was not cut short behind it)
  const named = [...new Set(anchors.flatMap((a) => Object.values(a.heads).map((h) => Number(h.seq))))];
  const found = new Map<number, string>();
  for (let i = 0; i < named.length; i += 10_000) {
    const rows = await em.execute<{ seq: string; hash: string }[]>(
      `select seq_key::text as seq, hash from audit_record where seq_key = any(?::bigint[])`,
      [`{${named.slice(i, i + 10_000).join(',')}}`],
    );
    for (const r of rows) found.set(Number(r.seq), r.hash);
  }
  for (const anchor of anchors) {
    for (const head of Object.values(anchor.heads)) if (found.get(Number(head.seq)) !== head.hash) return broken(anchor.seq);
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
