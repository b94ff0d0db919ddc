// The portal's one search over everything published, and the staff's search inside a module's list:
// a query is segmented like the index (segment.ts) and matched in PostgreSQL (GIN on search_entry.tsv),
// ranked by where the words are (title and number before body) and then by date.
import { raw } from '@mikro-orm/core';
import type { Ctx } from '../context.js';
import { AppError, CommonError } from '../errors.js';
import { pageWindow } from '../paging.js';
import { installedModules } from '../modules.js';
import { excerpt, parseQuery } from './segment.js';
import { arrayLiteral } from './search.index.js';
import { SearchError as E } from './search.errors.js';

export const MAX_QUERY_LENGTH = 50;

export interface SearchFilter {
  query: string;
  kinds?: string[] | null;
  unitId?: string | null;
  year?: number | null;
  page: number;
  pageSize: number;
}

export interface SearchHit {
  kind: string;
  kindLabel: string;
  id: string;
  title: string;
  number: string | null;
  excerpt: string;
  publishedAt: Date | null;
  unitName: string | null;
  path: string;
}

export interface SearchResults {
  total: number;
  /** False when no text has every word of the query and the hits are those with some of them. */
  allWords: boolean;
  groups: { kind: string; label: string; count: number }[];
  items: SearchHit[];
  terms: string[];
}

const publicSources = () => installedModules().searchSources.filter((s) => s.audience === 'public');

function checkedQuery(query: string) {
  const text = query.trim();
  if (!text || [...text].length > MAX_QUERY_LENGTH)
    throw new AppError(E.SEARCH_QUERY_INVALID, `请输入1至${MAX_QUERY_LENGTH}个字的检索词`, { field: 'query' });
  return parseQuery(text);
}

/**
 * 站内检索: what the public may read, of every kind or of the kinds asked for, with a unit and a year
 * (of publication) if given. Two statements whatever the page: the page of hits, and the count of
 * each kind (the groups, whose sum is the total); a third (the count again, with any word) only when
 * no text has every word.
 */
export async function searchPublished(ctx: Ctx, filter: SearchFilter): Promise<SearchResults> {
  const sources = publicSources();
  const labels = new Map(sources.map((s) => [s.kind, s.label]));
  for (const k of filter.kinds ?? []) {
    if (!labels.has(k)) throw new AppError(E.SEARCH_KIND_UNKNOWN, '没有这一类公开信息', { field: 'kinds' });
  }
  const parsed = checkedQuery(filter.query);
  if (!parsed) return { total: 0, allWords: true, groups: [], items: [], terms: [] };
  const conditions = ['e.kind = any(?::text[])', `e.tsv @@ to_tsquery('simple', ?)`];
  const params: unknown[] = [arrayLiteral([...labels.keys()]), parsed.tsquery];
  if (filter.unitId) {
    conditions.push('e.unit_id = ?');
    params.push(filter.unitId);
  }
  if (filter.year) {
    if (!Number.isInteger(filter.year) || filter.year < 1000 || filter.year > 9999) {
      throw new AppError(CommonError.BAD_USER_INPUT, '年份不正确', { field: 'year' });
    }
    conditions.push('e.year = ?');
    params.push(filter.year);
  }
  const where = conditions.join(' and ');
  const count = (tsquery: string) =>
    ctx.em.execute<{ kind: string; n: number }[]>(`select e.kind, count(*)::int as n from search_entry e where ${where} group by e.kind`, [
      params[0],
      tsquery,
      ...params.slice(2),
    ]);
  // texts with every word; when none has them all, those with any (ranked by how many and where)
  let counts = await count(parsed.tsquery);
  const allWords = counts.length > 0 || parsed.anyWord === parsed.tsquery;
  const tsquery = allWords ? parsed.tsquery : parsed.anyWord;
  if (!allWords) counts = await count(tsquery);
  const groups = sources
    .map((s) => ({ kind: s.kind, label: s.label, count: counts.find((c) => c.kind === s.kind)?.n ?? 0 }))
    .filter((g) => g.count > 0);
  const kinds = filter.kinds?.length ? filter.kinds : [...labels.keys()];
  const total = groups.filter((g) => kinds.includes(g.kind)).reduce((n, g) => n + g.count, 0);
  if (total === 0) return { total, allWords, groups, items: [], terms: parsed.terms };
  const { limit, offset } = pageWindow(filter.page, filter.pageSize);
  const rows = await ctx.em.execute<
    {
      kind: string;
      item_id: string;
      title: string;
      number: string | null;
      body: string;
      published_ms: string | null;
      unit_name: string | null;
      path: string;
    }[]
  >(
    `select e.kind, e.item_id, e.title, e.number, e.body, (extract(epoch from e.published_at) * 1000)::bigint::text as published_ms, u.name as unit_name, e.path
       from search_entry e left join unit u on u.id = e.unit_id
      where ${where}
      order by ts_rank(e.tsv, to_tsquery('simple', ?)) desc, e.published_at desc nulls last, e.item_id
      limit ? offset ?`,
    [arrayLiteral(kinds), tsquery, ...params.slice(2), tsquery, limit, offset],
  );
  return {
    total,
    allWords,
    groups,
    terms: parsed.terms,
    items: rows.map((r) => ({
      kind: r.kind,
      kindLabel: labels.get(r.kind)!,
      id: r.item_id,
      title: r.title,
      number: r.number,
      excerpt: excerpt(r.body, parsed.terms),
      publishedAt: r.published_ms === null ? null : new Date(Number(r.published_ms)),
      unitName: r.unit_name,
      path: r.path,
    })),
  };
}

/**
 * For a module's own list: a filter on its entity's `id` that keeps the items of `kind` matching
 * `query`, to be combined with the ability's filter (so a user finds only what they may read).
 * A query with nothing searchable (only punctuation or stop words) matches nothing.
 */
export function matchingIds(kind: string, query: string): Record<string, unknown> {
  const parsed = checkedQuery(query);
  if (!parsed) return { id: { $in: [] } };
  return {
    id: {
      $in: raw(`(select s.item_id from search_entry s where s.kind = ? and s.tsv @@ to_tsquery('simple', ?))`, [kind, parsed.tsquery]),
    },
  };
}
