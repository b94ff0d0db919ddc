import { isValidLocalDate, type CalendarDayKind, type LocalDate } from '@gongkai/shared';

/**
 * The State Council General Office's yearly notice of holidays (国务院办公厅关于X年部分节假日安排的通知), as
 * pasted from its page, read into calendar days. Each holiday is one numbered line:
 *
 *   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 *
 * the sentence with 放假 names the holiday's days (one day, or a range "至", within a month or across
 * one, a year written where it is not the notice's own), the sentence with 上班 the weekend days worked
 * instead (调休). "共N天" is checked against the range. Anything the reading cannot place is a problem,
 * reported with its line: the notice is entered only when there is none.
 */
export interface NoticeDay {
  date: LocalDate;
  kind: CalendarDayKind;
  name: string;
}
export interface NoticeHoliday {
  name: string;
  from: LocalDate;
  to: LocalDate;
  days: number;
  workdays: LocalDate[];
}
export interface ParsedNotice {
  holidays: NoticeHoliday[];
  days: NoticeDay[];
  problems: string[];
}

const NUMERAL = '[一二三四五六七八九十]+';
const LINE = new RegExp(`^\\s*${NUMERAL}\\s*[、.．]\\s*([^：:]+)[：:](.+)$`);
/** A date as the notice writes it, its weekday in brackets taken out first: [年] 月 日, or 日 alone after 至. */
const DATE = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/g;

const pad = (n: number) => String(n).padStart(2, '0');
const addDays = (date: LocalDate, n: number): LocalDate => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const daysFrom = (from: LocalDate, to: LocalDate) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** Full-width digits and spaces as ASCII, the brackets' notes (weekday, lunar date) taken out. */
function normalise(text: string) {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[（(][^）)]*[）)]/g, '');
}

export function parseHolidayNotice(year: number, text: string): ParsedNotice {
  const holidays: NoticeHoliday[] = [];
  const problems: string[] = [];
  const lines = normalise(text)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m) continue; // the title, the salutation, the closing paragraphs
    const name = m[1]!.trim();
    const sentences = m[2]!
      .split('。')
      .map((s) => s.trim())
      .filter(Boolean);
    const off = sentences.find((s) => s.includes('放假'));
    if (!off) {
      problems.push(`“${name}”一行未写明放假日期`);
      continue;
    }
    // dates in order: a day names its month, or takes the previous one's (至23日)
    const dates = (sentence: string): (LocalDate | null)[] => {
      let month: number | null = null;
      let y = year;
      return [...sentence.matchAll(DATE)].map((d) => {
        if (d[1]) y = Number(d[1]);
        if (d[2]) month = Number(d[2]);
        if (month === null) return null;
        const date = `${y}-${pad(month)}-${pad(Number(d[3]))}`;
        return isValidLocalDate(date) ? date : null;
      });
    };
    const range = dates(off.split(/放假/)[0]!);
    if (range.length === 0 || range.some((d) => d === null) || range.length > 2) {
      problems.push(`“${name}”的放假日期无法识别：${off}`);
      continue;
    }
    const from = range[0]!;
    const to = range[1] ?? from;
    const length = daysFrom(from, to);
    if (length < 1 || length > 15) {
      problems.push(`“${name}”的放假日期起止不正确：${from}至${to}`);
      continue;
    }
    const stated = /共\s*(\d+)\s*天/.exec(off) ?? /放假\s*(\d+)\s*天/.exec(off);
    if (stated && Number(stated[1]) !== length) problems.push(`“${name}”写明共${stated[1]}天，但${from}至${to}为${length}天`);
    const workdays: LocalDate[] = [];
    for (const s of sentences.filter((x) => x.includes('上班'))) {
      const found = dates(s);
      if (!found.length || found.some((d) => d === null)) problems.push(`“${name}”的调休上班日期无法识别：${s}`);
      else workdays.push(...(found as LocalDate[]));
    }
    holidays.push({ name, from, to, days: length, workdays });
  }
  if (!holidays.length) problems.push('未识别到节假日安排：请粘贴通知正文中“一、元旦：……”起的各条');
  const days = new Map<LocalDate, NoticeDay>();
  for (const h of holidays) {
    for (let i = 0; i < h.days; i++) {
      const date = addDays(h.from, i);
      if (days.has(date)) problems.push(`${date}在通知中出现两次`);
      days.set(date, { date, kind: 'HOLIDAY', name: h.name });
    }
  }
  for (const h of holidays) {
    for (const date of h.workdays) {
      if (days.has(date)) problems.push(`${date}既是放假日又是上班日`);
      days.set(date, { date, kind: 'ADJUSTED_WORKDAY', name: `${h.name}调休上班` });
    }
  }
  for (const d of days.values()) {
    const y = Number(d.date.slice(0, 4));
    if (y !== year && !(y === year - 1 && d.date >= `${year - 1}-12-01`)) problems.push(`${d.date}不在${year}年`);
  }
  return { holidays, days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)), problems };
}
