/** Small formatting helpers shared by the column pages. */

/** "2026-11-07" → "2026年11月7日", the way dates are written on an official document. */
export function chineseDate(date: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '')
  if (!m) return ''
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** The calendar day (YYYY-MM-DD) of an instant in Beijing time. */
export function beijingDay(instant: string | null | undefined): string {
  if (!instant) return ''
  const t = new Date(instant)
  if (Number.isNaN(t.getTime())) return ''
  return new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** Text with line breaks → its non-empty paragraphs. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

export interface QaPair {
  question: string
  answer: string[]
}

/**
 * Questions and answers written as "问：……" / "答：……" lines. Returns null when the text does
 * not follow that pattern, so that it can be shown as plain paragraphs instead.
 */
export function questionsAndAnswers(text: string | null | undefined): QaPair[] | null {
  const pairs: QaPair[] = []
  for (const line of paragraphs(text)) {
    const q = /^(?:问|Q)\s*\d*\s*[：:]\s*(.*)$/.exec(line)
    const a = /^(?:答|A)\s*\d*\s*[：:]\s*(.*)$/.exec(line)
    if (q) pairs.push({ question: q[1], answer: [] })
    else if (!pairs.length) return null
    else pairs[pairs.length - 1].answer.push(a ? a[1] : line)
  }
  return pairs.length ? pairs : null
}

/** A positive whole number from the query string, or the fallback. */
export function queryInt(value: unknown, fallback: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/** A trimmed string from the query string ('' when absent). */
export function queryText(value: unknown): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v.trim() : ''
}

/** The host of a link, to say where it goes ("www.example.gov.cn"), or the link itself. */
export function linkHost(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}
