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
  /** The kind's items touched by a change of `entity` rows `ids` (by default the same ids). */
  affected?: (em: EntityManager, entity: string, ids: string[]) => Promise<string[]>;
  /** The searchable items among `ids` (those not returned are removed from the index). */
  load: (em: EntityManager, ids: string[]) => Promise<SearchItem[]>;
  /** Every item id of the kind that `load` may return, for building the index anew. */
  allIds: (em: EntityManager) => Promise<string[]>;
}
