// 抽查: a sample drawn reproducibly. The population is sorted by id, and a seeded generator picks
// from it: whoever has the population, the seed and the size draws the same sample again.

/** FNV-1a of the seed's UTF-16 units: the generator's starting state. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a small generator with 32 bits of state, the same in every JavaScript engine. */
function generator(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The first `size` of a Fisher–Yates shuffle of the sorted population, driven by the seed; returned
 * in the population's order.
 */
export function drawSample(population: readonly string[], seed: string, size: number): string[] {
  const pool = [...new Set(population)].sort();
  const n = Math.max(0, Math.min(size, pool.length));
  const next = generator(seed);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n).sort();
}
