// The one clock of the work: where a module decides what "today" is (is a window open, has it
// closed), it asks here. It runs with the wall clock, or ahead of it by the configured offset
// (CLOCK_OFFSET_DAYS, refused in production), read once when the process starts — so a second
// server process on the same database can stand a month later, and every rule still holds.
import { shanghaiDate, type LocalDate } from '@gongkai/shared';
import { loadConfig } from '../config.js';

const MS_PER_DAY = 86_400_000;

/** The offset of this process, in days. */
export const clockOffsetDays = loadConfig().clockOffsetDays;

/** The clock at `wallClock` shifted by `offsetDays` (pure, for tests). */
export const shiftedNow = (offsetDays: number, wallClock: Date = new Date()) => new Date(wallClock.getTime() + offsetDays * MS_PER_DAY);

/** Now, on the work's clock. */
export const now = (): Date => shiftedNow(clockOffsetDays);

/** Today in Asia/Shanghai, on the work's clock. */
export const today = (): LocalDate => shanghaiDate(now());
