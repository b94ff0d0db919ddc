// The search index: one row per findable item (table search_entry), kept in step with the work by a
// flush subscriber, so that the change that publishes or withdraws an item updates its row in the
// same transaction; built anew at start when its shape (SEARCH_INDEX_VERSION) has changed.
import { ChangeSetType, helper, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { installedModules } from '../modules.js';
import { indexWords, learnNames } from './segment.js';
import type { SearchItem, SearchSource } from './source.js';

/** Raise it when what is indexed or how it is cut changes: the next start builds the index anew. */
export const SEARCH_INDEX_VERSION = 3;

const BATCH = 500;

/** A list as a PostgreSQL array literal (ids and codes only: no commas, quotes or braces in them). */
export const arrayLiteral = (values: readonly string[]) => `{${values.join(',')}}`;

/** The year of a date in Asia/Shanghai, where the portal's years are counted. */
const yearOf = (d: Date | null | undefined) => (d ? Number(new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 4)) : null);

/** One row of the index as written. */
interface EntryRow {
  kind: string;
  id: string;
  government_id: string | null;
  unit_id: string | null;
  year: number | null;
  title: string;
  number: string | null;
  body: string;
  published_at: Date | null;
  path: string;
  head: string;
  words: string;
}

/** An item's row of the index, its words cut. */
export const rowOf = (kind: string, item: SearchItem): EntryRow => ({
  kind,
  id: item.id,
  government_id: item.governmentId ?? null,
  unit_id: item.unitId ?? null,
  year: yearOf(item.publishedAt),
  title: item.title,
  number: item.number ?? null,
  body: item.body ?? '',
  published_at: item.publishedAt ?? null,
  path: item.path,
  head: [...indexWords(item.title), ...indexWords(item.number)].join(' '),
  words: indexWords(item.body).join(' '),
});

/**
 * Bring the rows of the items looked at (`scope`: kind and item id) in step, in one statement: those
 * of `rows` are inserted or updated, the others of the scope deleted (an item no longer findable, or
 * never so: then there is nothing to delete).
 */
async function writeEntries(em: EntityManager, scope: { kind: string; id: string }[], rows: EntryRow[]): Promise<void> {
  if (scope.length === 0) return;
  await em.execute(
    `with x as (
       select * from jsonb_to_recordset(?::jsonb) as x(kind text, id uuid, government_id uuid, unit_id uuid, year int, title text,
              number text, body text, published_at timestamptz, path text, head text, words text)
     ), gone as (
       delete from search_entry e using unnest(?::text[], ?::uuid[]) as s(kind, id)
        where e.kind = s.kind and e.item_id = s.id and not exists (select 1 from x where x.kind = s.kind and x.id = s.id)
     )
     insert into search_entry (kind, item_id, government_id, unit_id, year, title, number, body, published_at, path, tsv)
     select x.kind, x.id, x.government_id, x.unit_id, x.year, x.title, x.number, x.body, x.published_at, x.path,
            setweight(to_tsvector('simple', x.head), 'A') || setweight(to_tsvector('simple', x.words), 'D')
       from x
     on conflict (kind, item_id) do update set government_id = excluded.government_id, unit_id = excluded.unit_id,
            year = excluded.year, title = excluded.title, number = excluded.number, body = excluded.body,
            published_at = excluded.published_at, path = excluded.path, tsv = excluded.tsv`,
    [JSON.stringify(rows), arrayLiteral(scope.map((s) => s.kind)), arrayLiteral(scope.map((s) => s.id))],
  );
}

/** Write the index rows of `ids` of one kind: the items `load` returns, and none for the others. */
export async function indexItems(em: EntityManager, source: SearchSource, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const slice = unique.slice(i, i + BATCH);
    const items = await source.load(em, slice);
    await writeEntries(
      em,
      slice.map((id) => ({ kind: source.kind, id })),
      items.map((item) => rowOf(source.kind, item)),
    );
  }
}

/** An entity a flush wrote: as it stands in memory, and whether it was inserted or deleted. */
interface Flushed {
  entity: object;
  type: 'insert' | 'update' | 'delete';
}

/**
 * Keeps the index in step: after every flush, the items of every kind whose entities changed are
 * indexed again, in the flushing EntityManager's transaction, in one statement for all kinds. What the
 * flushed entities settle by themselves (a kind's `flushed`) is not read back; the rest is read through
 * a fork that keeps the transaction, so the request's own identity map is left alone.
 */
export class SearchIndexer implements EventSubscriber {
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const sources = installedModules().searchSources;
    if (sources.length === 0) return;
    const touched = new Map<string, string[]>();
    const flushed = new Map<string, Map<string, Flushed>>();
    for (const cs of uow.getChangeSets()) {
      // a unit's new name is a word from now on (before the items it may be in are indexed)
      if (cs.name === 'Unit' && typeof (cs.entity as { name?: unknown }).name === 'string') learnNames([(cs.entity as { name: string }).name]);
      const id = (cs.entity as { id?: unknown }).id;
      if (typeof id !== 'string') continue;
      const list = touched.get(cs.name) ?? [];
      list.push(id);
      touched.set(cs.name, list);
      const type = cs.type === ChangeSetType.CREATE ? 'insert' : cs.type === ChangeSetType.DELETE ? 'delete' : 'update';
      // an entity only partly in memory (a reference) says nothing of its item: that is loaded
      if (type === 'update' && !helper(cs.entity).__initialized) continue;
      const byId = flushed.get(cs.name) ?? new Map<string, Flushed>();
      byId.set(id, { entity: cs.entity, type });
      flushed.set(cs.name, byId);
    }
    if (!sources.some((s) => s.entities.some((e) => touched.has(e)))) return;
    await indexTouched(em as EntityManager, touched, flushed);
  }
}

/**
 * Index the items of the touched rows (entity class name → ids), on the transaction of `em`: the kinds'
 * items are read through a fork (made only when something is to be read), the rows written in one
 * statement per BATCH items.
 */
async function indexTouched(
  em: EntityManager,
  touched: ReadonlyMap<string, string[]>,
  flushed: ReadonlyMap<string, ReadonlyMap<string, Flushed>> = new Map(),
) {
  let reader: EntityManager | undefined;
  const read = () => (reader ??= em.fork({ clear: true, keepTransactionContext: true }) as EntityManager);
  const scope: { kind: string; id: string }[] = [];
  const rows: EntryRow[] = [];
  for (const source of installedModules().searchSources) {
    const ids = new Set<string>();
    const toLoad: string[] = [];
    for (const entity of source.entities) {
      const changed = touched.get(entity);
      if (!changed) continue;
      const own = flushed.get(entity);
      if (source.flushed?.entity === entity) {
        // the kind's own entity: what the flush left in memory may settle an item without loading it
        for (const id of changed) {
          if (ids.has(id)) continue;
          ids.add(id);
          const f = own?.get(id);
          const item = f?.type === 'delete' ? null : f ? source.flushed.item(f.entity, f.type === 'insert') : undefined;
          if (item === undefined) toLoad.push(id);
          else if (item) rows.push(rowOf(source.kind, item));
        }
        continue;
      }
      const inserted = new Set(own ? [...own].filter(([, f]) => f.type === 'insert').map(([id]) => id) : []);
      const affected = source.affected ? await source.affected(read(), entity, changed, inserted) : changed;
      for (const id of affected) {
        if (ids.has(id)) continue;
        ids.add(id);
        toLoad.push(id);
      }
    }
    if (ids.size === 0) continue;
    for (const id of ids) scope.push({ kind: source.kind, id });
    for (let i = 0; i < toLoad.length; i += BATCH) {
      for (const item of await source.load(read(), toLoad.slice(i, i + BATCH))) rows.push(rowOf(source.kind, item));
    }
  }
  for (let i = 0; i < scope.length; i += BATCH) {
    const part = scope.slice(i, i + BATCH);
    const keys = new Set(part.map((s) => `${s.kind} ${s.id}`));
    await writeEntries(
      em,
      part,
      rows.filter((r) => keys.has(`${r.kind} ${r.id}`)),
    );
  }
}

/**
 * For writes that bypass the ORM (bulk SQL: imports): index what the rows `ids` of `entity` (its
 * class name) may have changed, as a flush does; on the transaction of `em`.
 */
export async function reindexSearch(em: EntityManager, entity: string, ids: string[]): Promise<void> {
  if (ids.length) await indexTouched(em, new Map([[entity, ids]]));
}

/** Build the whole index of every kind anew (at start when its version changed, and for tests and tools). */
export async function rebuildSearchIndex(em: EntityManager): Promise<number> {
  let n = 0;
  await em.transactional(async (tx) => {
    await tx.execute('delete from search_entry');
    for (const source of installedModules().searchSources) {
      const ids = await source.allIds(tx);
      await indexItems(tx, source, ids);
      n += ids.length;
    }
    await tx.execute(
      `insert into search_index_state (id, version, built_at) values (1, ?, now()) on conflict (id) do update set version = excluded.version, built_at = now()`,
      [SEARCH_INDEX_VERSION],
    );
  });
  return n;
}

/** The units' names as words of the segmenter (see learnNames). */
export async function learnUnitNames(em: EntityManager): Promise<void> {
  learnNames((await em.execute<{ name: string }[]>('select name from unit')).map((u) => u.name));
}

/** At start: learn the units' names, and build the index when it was built by another version (or never). */
export async function ensureSearchIndex(orm: MikroORM<PostgreSqlDriver>): Promise<boolean> {
  const em = orm.em.fork() as EntityManager;
  await learnUnitNames(em);
  const [state] = await em.execute<{ version: number }[]>('select version from search_index_state where id = 1');
  if (state?.version === SEARCH_INDEX_VERSION) return false;
  await rebuildSearchIndex(em);
  return true;
}
