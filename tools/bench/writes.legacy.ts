// The write path as it was before the statements were cut, for `pnpm bench:writes` to measure against in
// the same run, on the same database: the search entries of a flush written kind by kind (each kind's
// items loaded, its rows deleted, then inserted, even for a kind the item cannot be in), and the audit
// records appended as four statements (the transaction's id, the chain's lock, its last hash, an insert
// per record, the hash computed here). The records and rows written are the same as the server's.
import { createHash } from 'node:crypto';
import { ResilientPostgreSqlDriver } from '../../packages/server/src/common/db/transient.js';
import { installedModules } from '../../packages/server/src/common/modules.js';
import { arrayLiteral, rowOf, type SearchIndexer } from '../../packages/server/src/common/search/search.index.js';
import { learnNames } from '../../packages/server/src/common/search/segment.js';
import type { SearchItem, SearchSource } from '../../packages/server/src/common/search/source.js';

type EntityManager = Parameters<SearchSource['load']>[0];

async function indexItems(em: EntityManager, source: SearchSource, ids: readonly string[]): Promise<void> {
  const slice = [...new Set(ids)];
  const items = await source.load(em, slice);
  const rows = items.map((item: SearchItem) => rowOf(source.kind, item));
  await em.execute(`delete from search_entry where kind = ? and item_id = any(?::uuid[]) and not (item_id = any(?::uuid[]))`, [
    source.kind,
    arrayLiteral(slice),
    arrayLiteral(rows.map((r) => r.id)),
  ]);
  if (rows.length === 0) return;
  await em.execute(
    `insert into search_entry (kind, item_id, government_id, unit_id, year, title, number, body, published_at, path, tsv)
     select ?, x.id, x.government_id, x.unit_id, x.year, x.title, x.number, x.body, x.published_at, x.path,
            setweight(to_tsvector('simple', x.head), 'A') || setweight(to_tsvector('simple', x.words), 'D')
       from jsonb_to_recordset(?::jsonb) as x(id uuid, government_id uuid, unit_id uuid, year int, title text, number text,
            body text, published_at timestamptz, path text, head text, words text)
     on conflict (kind, item_id) do update set government_id = excluded.government_id, unit_id = excluded.unit_id,
            year = excluded.year, title = excluded.title, number = excluded.number, body = excluded.body,
            published_at = excluded.published_at, path = excluded.path, tsv = excluded.tsv`,
    [source.kind, JSON.stringify(rows)],
  );
}

/** The search index's flush subscriber as it was: every kind of a touched entity, loaded and written on its own. */
export class LegacySearchIndexer {
  async afterFlush({ em, uow }: Parameters<SearchIndexer['afterFlush']>[0]): Promise<void> {
    const touched = new Map<string, string[]>();
    for (const cs of uow.getChangeSets()) {
      if (cs.name === 'Unit' && typeof (cs.entity as { name?: unknown }).name === 'string') learnNames([(cs.entity as { name: string }).name]);
      const id = (cs.entity as { id?: unknown }).id;
      if (typeof id !== 'string') continue;
      touched.set(cs.name, [...(touched.get(cs.name) ?? []), id]);
    }
    const sources = installedModules().searchSources;
    if (!sources.some((s) => s.entities.some((e) => touched.has(e)))) return;
    const fork = (em as EntityManager).fork({ clear: true, keepTransactionContext: true }) as EntityManager;
    for (const source of sources) {
      const ids: string[] = [];
      for (const entity of source.entities) {
        const changed = touched.get(entity);
        if (changed) ids.push(...(source.affected ? await source.affected(fork, entity, changed, new Set()) : changed));
      }
      if (ids.length) await indexItems(fork, source, ids);
    }
  }
}

const AUDIT = /^select pg_current_xact_id\(\)::text as xid, audit_append\(/;

/** The driver, with the audit statement (see writeAudit) sent as the statements it replaced. */
export class LegacyAuditDriver extends ResilientPostgreSqlDriver {
  override async execute(...args: Parameters<ResilientPostgreSqlDriver['execute']>): Promise<any> {
    const [query, params = [], , ctx] = args;
    if (typeof query !== 'string' || !AUDIT.test(query)) return super.execute(...args);
    const [lock, chain, json] = params as [number, number, string];
    const run = (sql: string, p: unknown[] = []) => super.execute<{ xid?: string; hash?: string }[]>(sql, p, 'all', ctx);
    const [{ xid }] = await run('select pg_current_xact_id()::text as xid');
    await run('select pg_advisory_xact_lock(?, ?)', [lock, chain]);
    const last = await run('select hash from audit_record where chain = ? order by seq_key desc limit 1', [chain]);
    let prev = last[0]?.hash ?? '0'.repeat(64);
    for (const r of JSON.parse(json) as Record<string, any>[]) {
      const hash = createHash('sha256').update(prev).update('\n').update(r.body).digest('hex');
      await run(
        `insert into audit_record (at, actor_id, actor_name, action, subject_type, subject_id, before_data, after_data, request_id, address, chain, prev_hash, hash)
         values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)`,
        [
          new Date(r.at),
          r.actor_id,
          r.actor_name,
          r.action,
          r.subject_type,
          r.subject_id,
          r.before === null ? null : JSON.stringify(r.before),
          r.after === null ? null : JSON.stringify(r.after),
          r.request_id,
          r.address,
          chain,
          prev,
          hash,
        ],
      );
      prev = hash;
    }
    return [{ xid, head: prev }];
  }
}
