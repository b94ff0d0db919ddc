import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { shiftedNow, today } from './clock.js';
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
});
