import type { EntityManager } from '@mikro-orm/postgresql';

/** One item as the search shows it: what is indexed, and where the reader finds it. */
export interface SearchItem {
  id: string;
  title: string;
  /** A document's number (文号) or another reference that readers type. */
  number?: string | null;
  /** The text searched besides the title (a document's body, a topic's draft and summary …). */
  body?: string | null;
  governmentId?: string | null;
  unitId?: string | null;
  publishedAt?: Date | null;
  /** The item's page on the portal (public kinds) or in the admin (staff kinds). */
  path: string;
}

/**
 * What a module gives the search: a kind of item, which entities' changes may change it, and how its
 * searchable items are read (only those the kind's readers may find: a public kind yields published
 * items only, by the module's own definition of published). The kernel indexes in the transaction of
 * every write that touches one of `entities`, so a published item is findable when its publication
 * commits, and one withdrawn is gone with it.
 */
export interface SearchSource {
  /** Stable code, e.g. `document`; stored in the index. */
  kind: string;
  /** Its name on screen, e.g. 政策文件. */
  label: string;
  /** Public kinds are searched on the portal; staff kinds only through their module's own lists. */
  audience: 'public' | 'staff';
  /** Entity class names whose changes may change the kind's items. */
  entities: readonly string[];
  /**
   * The kind's items touched by a change of `entity` rows `ids` (by default the same ids); `inserted`
   * names those of `ids` the flush inserted (none known for a bulk write).
   */
  affected?: (em: EntityManager, entity: string, ids: string[], inserted: ReadonlySet<string>) => Promise<string[]>;
  /** The searchable items among `ids` (those not returned are removed from the index). */
  load: (em: EntityManager, ids: string[]) => Promise<SearchItem[]>;
  /**
   * What an entity of the kind's own class (one of `entities`, whose id is the item's), as a flush left
   * it in memory, says of its item without loading it back: `null` when it cannot be in the kind (a
   * draft in a public kind: its row, if any, is deleted), the item when the row was just inserted and
   * the item needs nothing but the entity's own fields, `undefined` when only `load` can tell. It must
   * agree with `load` (test/integration/search-flush.test.ts), and read only fields it finds set: a
   * field an entity was loaded without is undefined, not its default.
   */
  flushed?: { entity: string; item: (entity: any, inserted: boolean) => SearchItem | null | undefined };
  /** Every item id of the kind that `load` may return, for building the index anew. */
  allIds: (em: EntityManager) => Promise<string[]>;
}
