// The search index: one row per findable item (table search_entry), kept in step with the work by a
// flush subscriber, so that the change that publishes or withdraws an item updates its row in the
// same transaction; built anew at start when its shape (SEARCH_INDEX_VERSION) has changed.
import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
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

/** Write the index rows of `ids` of one kind: the items `load` returns, and none for the others. */
export async function indexItems(em: EntityManager, source: SearchSource, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    const slice = [...new Set(ids.slice(i, i + BATCH))];
    const items = await source.load(em, slice);
    const rows = items.map((item: SearchItem) => ({
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
    }));
    const kept = rows.map((r) => r.id);
    await em.execute(`delete from search_entry where kind = ? and item_id = any(?::uuid[]) and not (item_id = any(?::uuid[]))`, [
      source.kind,
      arrayLiteral(slice),
      arrayLiteral(kept),
    ]);
    if (rows.length === 0) continue;
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
}

/**
 * Keeps the index in step: after every flush, the items of every kind whose entities changed are
 * indexed again, through the flushing EntityManager's transaction (a fork that keeps it, so the
 * request's own identity map is left alone).
 */
export class SearchIndexer implements EventSubscriber {
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const sources = installedModules().searchSources;
    if (sources.length === 0) return;
    const touched = new Map<string, string[]>();
    for (const cs of uow.getChangeSets()) {
      // a unit's new name is a word from now on (before the items it may be in are indexed)
      if (cs.name === 'Unit' && typeof (cs.entity as { name?: unknown }).name === 'string') learnNames([(cs.entity as { name: string }).name]);
      const id = (cs.entity as { id?: unknown }).id;
      if (typeof id !== 'string') continue;
      const list = touched.get(cs.name) ?? [];
      list.push(id);
      touched.set(cs.name, list);
    }
    if (!sources.some((s) => s.entities.some((e) => touched.has(e)))) return;
    await indexTouched((em as EntityManager).fork({ clear: true, keepTransactionContext: true }) as EntityManager, touched);
  }
}

async function indexTouched(em: EntityManager, touched: ReadonlyMap<string, string[]>) {
  for (const source of installedModules().searchSources) {
    const ids: string[] = [];
    for (const entity of source.entities) {
      const changed = touched.get(entity);
      if (changed) ids.push(...(source.affected ? await source.affected(em, entity, changed) : changed));
    }
    if (ids.length) await indexItems(em, source, ids);
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
