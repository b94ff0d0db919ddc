/** Dates are shown in the time zone of the government (Asia/Shanghai), whatever the browser's. */
const ZONE = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

function parts(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of format.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** 2026-03-05 14:07 */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = parts(dateTimeFormat, d);
  return `${p.year}-${p.month}-${p.day} ${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

/** 2026-03-05 (the local date in Asia/Shanghai). */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  return dateFormat.format(d);
}

/** Today's local date, YYYY-MM-DD. */
export function today(): string {
  return formatDate(new Date());
}

/** Whole calendar days from today to a due time (negative when past), in local dates. */
export function daysUntil(value: string): number {
  const due = Date.parse(`${formatDate(value)}T00:00:00Z`);
  const now = Date.parse(`${today()}T00:00:00Z`);
  return Math.round((due - now) / 86_400_000);
}

/** Pretty-print JSON text; returns null when the text is not JSON. */
export function prettyJson(text: string | null | undefined): string | null {
  if (text == null || text === '') return null;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return null;
  }
}

/** A random password with letters and digits, easy to read out (no 0/O, 1/l/I). */
export function generatePassword(length = 12): string {
  const classes = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789'];
  const all = classes.join('');
  const random = new Uint32Array(length * 2);
  crypto.getRandomValues(random);
  // One of each class, the rest from all, then shuffled.
  const chars = Array.from({ length }, (_, i) => {
    const pool = classes[i] ?? all;
    return pool[random[i]! % pool.length]!;
  });
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random[length + i]! % (i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
