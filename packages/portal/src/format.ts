/** Small formatting helpers shared by the column pages. */

/** "2026-11-07" → "2026年11月7日", the way dates are written on an official document. */
export function chineseDate(date: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!m) return '';
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The calendar day (YYYY-MM-DD) of an instant in Beijing time. */
export function beijingDay(instant: string | null | undefined): string {
  if (!instant) return '';
  const t = new Date(instant);
  if (Number.isNaN(t.getTime())) return '';
  return new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Text with line breaks → its non-empty paragraphs. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export interface QaPair {
  question: string;
  answer: string[];
}

/**
 * Questions and answers written as "问：……" / "答：……" lines. Returns null when the text does
 * not follow that pattern, so that it can be shown as plain paragraphs instead.
 */
export function questionsAndAnswers(text: string | null | undefined): QaPair[] | null {
  const pairs: QaPair[] = [];
  for (const line of paragraphs(text)) {
    const q = /^(?:问|Q)\s*\d*\s*[：:]\s*(.*)$/.exec(line);
    const a = /^(?:答|A)\s*\d*\s*[：:]\s*(.*)$/.exec(line);
    if (q) pairs.push({ question: q[1], answer: [] });
    else if (!pairs.length) return null;
    else pairs[pairs.length - 1].answer.push(a ? a[1] : line);
  }
  return pairs.length ? pairs : null;
}

/** A positive whole number from the query string, or the fallback. */
export function queryInt(value: unknown, fallback: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** A trimmed string from the query string ('' when absent). */
export function queryText(value: unknown): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v.trim() : '';
}

/** The host of a link, to say where it goes ("www.example.gov.cn"), or the link itself. */
export function linkHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A window of days: "2026年11月7日至11月26日" (the year once when both days are in the same year). */
export function dateRange(start: string | null | undefined, end: string | null | undefined): string {
  const from = chineseDate(start);
  const to = chineseDate(end);
  if (!from || !to) return from || to;
  return `${from}至${start!.slice(0, 4) === end!.slice(0, 4) ? to.replace(/^\d{4}年/, '') : to}`;
}

/** Whole days from one YYYY-MM-DD to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A rate between 0 and 1 as a percentage: "100%", "66.7%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/** An instant in Beijing time, to the minute: "2026年11月27日 10:32". */
export function beijingDateTime(instant: string | null | undefined): string {
  const day = beijingDay(instant);
  if (!day) return '';
  const time = new Date(new Date(instant!).getTime() + 8 * 3600_000).toISOString().slice(11, 16);
  return `${chineseDate(day)} ${time}`;
}

/** A file's size for a download link: "850 字节", "12.4 KB", "1.2 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The quarter (1–4) a YYYY-MM-DD falls in. */
export function quarterOf(date: string): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
}

/** Document numbers, and so the portal's year filters, start with the year the disclosure system was set up. */
export const FIRST_YEAR = 2017;

/** The years a filter offers: this year (in Beijing) back to FIRST_YEAR. */
export function publicationYears(): number[] {
  const now = Number(beijingDay(new Date().toISOString()).slice(0, 4));
  return Array.from({ length: now - FIRST_YEAR + 1 }, (_, i) => now - i);
}
