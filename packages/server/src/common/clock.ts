// The one clock of the work: where a module decides what "today" is (is a window open, has it
// closed), it asks here. It runs with the wall clock, or ahead of it by the configured offset
// (CLOCK_OFFSET_DAYS, refused in production), read once when the process starts — so a second
// server process on the same database can stand a month later, and every rule still holds.
//
// The demo city tells a story with work done months ago, made through the real flows: its seeds
// run each of those steps under the story's clock (atStoryTime), so that what the step stamps —
// the day a request was answered, when a to-do was opened and done — is the story's day, not the
// day the demo was made. Only the demo's story uses it; outside of it nothing changes.
import { AsyncLocalStorage } from 'node:async_hooks';
import { isValidLocalDate, shanghaiDate, type LocalDate } from '@gongkai/shared';
import { loadConfig } from '../config.js';

const MS_PER_DAY = 86_400_000;

/** The offset of this process, in days. */
export const clockOffsetDays = loadConfig().clockOffsetDays;

/** The clock at `wallClock` shifted by `offsetDays` (pure, for tests). */
export const shiftedNow = (offsetDays: number, wallClock: Date = new Date()) => new Date(wallClock.getTime() + offsetDays * MS_PER_DAY);

/**
 * The moment of the story entered, the instant its clock started from, and the wall clock then:
 * the story's clock runs on from there.
 */
const story = new AsyncLocalStorage<{ moment: number; at: number; entered: number }>();
/** For each moment of the story entered, the latest instant its clock has told. */
const told = new Map<number, number>();

/** The instant a story's day stands for: 9 in the morning, Asia/Shanghai. */
export const storyMoment = (when: Date | LocalDate): Date => {
  if (when instanceof Date) return when;
  if (!isValidLocalDate(when)) throw new Error(`not a day of the story: ${when}`);
  return new Date(`${when}T09:00:00+08:00`);
};

/**
 * Run `fn` (and everything it awaits) with the clock set to a moment of the demo's story in the
 * past: a day (9 in the morning, Asia/Shanghai) or an instant, from which the clock runs on as the
 * wall clock does. A moment entered again goes on from where the story's clock last stood at it,
 * so that steps of one day keep their order. A day from today on (an instant from now on) is not
 * the story's past: the work's own clock runs. For the demo's seeds only.
 */
export function atStoryTime<T>(when: Date | LocalDate, fn: () => T): T {
  const moment = storyMoment(when).getTime();
  const wall = shiftedNow(clockOffsetDays);
  if (typeof when === 'string' ? when >= shanghaiDate(wall) : moment >= wall.getTime()) return fn();
  const last = told.get(moment);
  return story.run({ moment, at: last === undefined ? moment : last + 1, entered: Date.now() }, fn);
}

/** Now, on the work's clock. */
export const now = (): Date => {
  const s = story.getStore();
  if (!s) return shiftedNow(clockOffsetDays);
  const at = s.at + (Date.now() - s.entered);
  told.set(s.moment, Math.max(told.get(s.moment) ?? at, at));
  return new Date(at);
};

/** Today in Asia/Shanghai, on the work's clock. */
export const today = (): LocalDate => shanghaiDate(now());
