/** Helpers of the training pages. */
const shanghai = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
/** HH:MM in Asia/Shanghai. */
export const clock = (iso: string) => shanghai(iso).slice(11, 16);
/** 2026-12-07 09:00—11:30 */
export const sessionTime = (s: { day: string; startsAt: string; endsAt: string }) => `${s.day} ${clock(s.startsAt)}—${clock(s.endsAt)}`;
export const percent = (r: number | null | undefined) => (r == null ? '—' : `${(r * 100).toFixed(1)}%`);
export const rosterUrl = (sessionId: string) => `/training/sessions/${sessionId}/roster.xlsx`;
export const hoursUrl = (year: number, cycle: boolean) => `/training/hours.xlsx?year=${year}${cycle ? '&cycle=1' : ''}`;
export const STATE_TAG = { OPEN: 'success', COMPLETED: 'info', CANCELLED: 'warning' } as const;

/** A session's arrangements as its form holds them (a new session with its course, or an open one changed). */
export interface SessionArrangements {
  courseId: string;
  title: string;
  location: string;
  day: string;
  startTime: string;
  endTime: string;
  hours: number;
  capacity: number;
}
