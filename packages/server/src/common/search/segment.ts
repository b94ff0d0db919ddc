// Chinese word segmentation for the search: the same segmenter cuts what is indexed and what is
// asked, so that a query finds a text whatever the words' order (意见征求 finds 征求意见) and a part of
// a compound word finds the whole (申请公开 finds 依申请公开).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { NOTICE_WORDS, SYNONYMS } from './terms.js';

let jieba: Jieba | null = null;

/** The segmenter with jieba's dictionary and the notice's words; built once per process, on first use. */
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(NOTICE_WORDS.map((w) => `${w} 200000 n`).join('\n')));
  }
  return jieba;
}

/**
 * Names the dictionary keeps whole (the units' names: 朝阳市市民举报投诉受理办公室 is one word, not six),
 * each with what the segmenter made of it before it knew it: a text is indexed by the name and by
 * those words, and a query for the name also finds a text indexed before (or by a process that has not
 * learnt it yet), so no text becomes unfindable when a name is learnt.
 */
const knownNames = new Map<string, { index: string[]; query: string[] }>();

/** Teach the segmenter names to keep whole (idempotent; a name of one or two characters needs nothing). */
export function learnNames(list: Iterable<string>): void {
  const fresh = [...new Set([...list].map((n) => normalise(n).trim()))].filter((n) => n.length > 2 && HAN.test(n) && !knownNames.has(n));
  if (fresh.length === 0) return;
  for (const n of fresh) knownNames.set(n, { index: indexWords(n), query: segmenter().cut(n, true).filter(isWord) });
  segmenter().loadDict(Buffer.from(fresh.map((n) => `${n} 200000 nt`).join('\n')));
}

/** Words too common to tell texts apart: neither indexed nor asked for. */
const STOP = new Set(['的', '了', '和', '与', '及', '或', '在', '是', '对', '为', '等', '之', '于', '其', '将', '并', '由', '以', '从', '也', '中']);

/** Full-width letters and digits as half-width, capitals as small, runs of space as one. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

/** A word worth indexing: letters, digits and marks only (no punctuation), not a stop word. */
const isWord = (w: string) => /^[\p{L}\p{N}\p{M}]+$/u.test(w) && !STOP.has(w);

/**
 * The words of a text as the index keeps them: jieba's search mode, which gives a long word and the
 * dictionary words inside it (人民政府 → 人民, 政府, 人民政府), in the text's order.
 */
export function indexWords(text: string | null | undefined): string[] {
  if (!text) return [];
  const words: string[] = [];
  for (const word of segmenter().cutForSearch(normalise(text), true)) {
    if (!isWord(word)) continue;
    words.push(word);
    const name = knownNames.get(word);
    if (name) {
      words.push(...name.index);
      continue;
    }
    // a long word (often one the dictionary does not know: 普惠托育) also by its pairs of characters, so
    // that a query for a word inside it (托育) finds it
    if (word.length > 2 && HAN.test(word)) words.push(...pairs(word));
  }
  return words;
}

const HAN = /^\p{Script=Han}+$/u;

/** The overlapping pairs of characters of a word: 普惠托育 → 普惠, 惠托, 托育. */
function pairs(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) out.push(word.slice(i, i + 2));
  return out;
}

/** The words inside `word` that cover every one of its characters, or none if they do not. */
function coveringParts(word: string): string[] {
  const parts = segmenter()
    .cutForSearch(word, true)
    .filter((p) => p !== word && isWord(p));
  const covered = new Array<boolean>(word.length).fill(false);
  for (const p of parts) {
    for (let at = word.indexOf(p); at >= 0; at = word.indexOf(p, at + 1)) for (let i = at; i < at + p.length; i++) covered[i] = true;
  }
  return covered.every(Boolean) ? [...new Set(parts)] : [];
}

export interface ParsedQuery {
  /** For PostgreSQL's `to_tsquery('simple', …)`: every word of the query must match (in any order). */
  tsquery: string;
  /** The same with any word matching: asked when no text has them all. */
  anyWord: string;
  /** The words to mark in titles and excerpts, longest first. */
  terms: string[];
}

const MAX_WORDS = 12;

/**
 * A citizen's query as a full-text query. Each word of it matches itself, its synonyms, or all the
 * dictionary words that make it up: 征求意见 matches a text with 征求意见, with 意见征集 (its synonym),
 * or with both 征求 and 意见 (意见征求). Returns null when nothing searchable is left (only punctuation
 * or stop words).
 */
export function parseQuery(input: string): ParsedQuery | null {
  const words = [...new Set(segmenter().cut(normalise(input).trim(), true).filter(isWord))].slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const terms = new Set<string>();
  const clauses = words.map((word) => {
    const names = new Set([word, ...(SYNONYMS.find((group) => group.includes(word)) ?? [])]);
    const alternatives = [...names].map((name) => {
      terms.add(name);
      const parts = knownNames.get(name)?.query ?? coveringParts(name);
      parts.filter((p) => p.length > 1).forEach((p) => terms.add(p));
      const ways = [name];
      if (parts.length > 1) ways.push(parts.join(' & '));
      if (name.length > 2 && HAN.test(name)) ways.push([...new Set(pairs(name))].join(' & '));
      return ways.length > 1 ? `(${ways.join(' | ')})` : name;
    });
    return alternatives.length > 1 ? `(${alternatives.join(' | ')})` : alternatives[0];
  });
  return { tsquery: clauses.join(' & '), anyWord: clauses.join(' | '), terms: [...terms].sort((a, b) => b.length - a.length) };
}

/**
 * An excerpt of `text` around the first place a term appears (the start of the text if none does),
 * about `size` characters long, with … where it was cut.
 */
export function excerpt(text: string | null | undefined, terms: readonly string[], size = 120): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (flat.length <= size) return flat;
  const lower = flat.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(size / 4), flat.length - size));
  return `${start > 0 ? '…' : ''}${flat.slice(start, start + size)}${start + size < flat.length ? '…' : ''}`;
}
