import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { atStoryTime, now, shiftedNow, today } from './clock.js';
import { shanghaiDate } from '@gongkai/shared';

describe('the clock', () => {
  it('runs with the wall clock unless an offset is configured', () => {
    expect(loadConfig({}).clockOffsetDays).toBe(0);
    expect(today()).toBe(shanghaiDate(new Date()));
  });

  it('runs ahead by whole days when configured, outside production only', () => {
    expect(loadConfig({ CLOCK_OFFSET_DAYS: '30' }).clockOffsetDays).toBe(30);
    expect(loadConfig({ CLOCK_OFFSET_DAYS: '-2' }).clockOffsetDays).toBe(-2);
    expect(() => loadConfig({ CLOCK_OFFSET_DAYS: '30', NODE_ENV: 'production' })).toThrow(/never in production/);
    expect(() => loadConfig({ CLOCK_OFFSET_DAYS: '1.5' })).toThrow(/whole number/);
    expect(() => loadConfig({ CLOCK_OFFSET_DAYS: 'soon' })).toThrow(/whole number/);
    expect(loadConfig({ CLOCK_OFFSET_DAYS: '0', NODE_ENV: 'production' }).clockOffsetDays).toBe(0);
  });

  it('shifts an instant by the offset, so that the Shanghai day moves with it', () => {
    const wall = new Date('2026-03-31T20:00:00+08:00');
    expect(shanghaiDate(shiftedNow(30, wall))).toBe('2026-04-30');
    expect(shiftedNow(0, wall).getTime()).toBe(wall.getTime());
  });

  it("stands at a moment of the demo's story inside atStoryTime, and runs on from it; outside, nothing changes", async () => {
    const wallDay = today();
    const seen = await atStoryTime('2025-03-10', async () => {
      const first = now();
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { day: today(), first, later: now() };
    });
    expect(seen.day).toBe('2025-03-10');
    expect(seen.first.getTime()).toBeGreaterThanOrEqual(Date.parse('2025-03-10T09:00:00+08:00'));
    expect(seen.later.getTime() - seen.first.getTime()).toBeGreaterThanOrEqual(15);
    expect(seen.later.getTime()).toBeLessThan(Date.parse('2025-03-10T09:01:00+08:00'));
    // an instant is taken as it is; the story nests, and is left when its function returns
    const instant = new Date('2025-12-20T10:00:00+08:00');
    const nested = atStoryTime(instant, () => [now().getTime() - instant.getTime(), atStoryTime('2026-01-08', today), today()] as const);
    expect(nested[0]).toBeGreaterThanOrEqual(0);
    expect(nested[0]).toBeLessThan(60_000);
    expect(nested[1]).toBe('2026-01-08');
    expect(nested[2]).toBe('2025-12-20');
    expect(today()).toBe(wallDay);
    expect(Math.abs(now().getTime() - shiftedNow(0).getTime())).toBeLessThan(60_000);
    // two stories at once (interleaved awaits) each keep their own clock
    const [a, b] = await Promise.all([
      atStoryTime('2025-06-18', async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return today();
      }),
      atStoryTime('2025-11-01', async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return today();
      }),
    ]);
    expect([a, b]).toEqual(['2025-06-18', '2025-11-01']);
    expect(() => atStoryTime('2025-02-30', today)).toThrow(/not a day of the story/);
  });

  it("goes on from where a moment of the story stood when it is entered again, and leaves today and later to the work's clock", async () => {
    const opened = await atStoryTime('2025-08-26', async () => {
      await atStoryTime('2026-01-12', now); // another moment told in between does not move this one
      await new Promise((resolve) => setTimeout(resolve, 10));
      return now();
    });
    const done = atStoryTime('2025-08-26', now);
    expect(done.getTime()).toBeGreaterThan(opened.getTime());
    expect(shanghaiDate(done)).toBe('2025-08-26');
    const wall = shiftedNow(0).getTime();
    expect(Math.abs(atStoryTime(today(), now).getTime() - wall)).toBeLessThan(60_000);
    expect(Math.abs(atStoryTime(new Date(wall + 3_600_000), now).getTime() - wall)).toBeLessThan(60_000);
  });
});
