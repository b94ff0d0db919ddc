import { describe, expect, it } from 'vitest';
import { progressPercent } from './progress';

describe('a progress bar’s percentage', () => {
  it('is full only when nothing is left, and never more', () => {
    expect(progressPercent(697, 700)).toBe(99);
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(700, 700)).toBe(100);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(5, 4)).toBe(100);
  });
});
