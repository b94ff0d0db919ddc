/** A text cut into the parts to show plain and the parts to mark (a search's words). */
export interface Part {
  text: string;
  hit: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks every occurrence of the terms in `text`, longest first (so that 老旧小区 is one mark, not 小区
 * inside it), ignoring case. Parts, not HTML: the page renders them as text and <mark>.
 */
export function highlight(text: string, terms: readonly string[]): Part[] {
  const words = [...new Set(terms.filter((t) => t.trim()))].sort((a, b) => b.length - a.length);
  if (!text || words.length === 0) return text ? [{ text, hit: false }] : [];
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(new RegExp(words.map(escape).join('|'), 'giu'))) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), hit: false });
    parts.push({ text: m[0], hit: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}
