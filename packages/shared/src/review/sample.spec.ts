import { describe, expect, it } from 'vitest';
import { drawSample } from './sample.js';

const population = Array.from({ length: 30 }, (_, i) => `unit-${String(i).padStart(2, '0')}`);

describe('drawSample', () => {
  it('draws the same sample from the same population and seed, whatever the order given', () => {
    const a = drawSample(population, '2026-抽查', 5);
    const b = drawSample([...population].reverse(), '2026-抽查', 5);
    expect(a).toEqual(b);
    expect(a).toHaveLength(5);
    expect(new Set(a).size).toBe(5);
    for (const x of a) expect(population).toContain(x);
  });
  it('draws another sample with another seed', () => {
    expect(drawSample(population, 'seed-a', 5)).not.toEqual(drawSample(population, 'seed-b', 5));
  });
  it('takes at most the whole population', () => {
    expect(drawSample(population.slice(0, 3), 'x', 10)).toEqual(population.slice(0, 3));
    expect(drawSample([], 'x', 3)).toEqual([]);
  });
});
