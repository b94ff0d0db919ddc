// What every benchmark reads from its environment, and how it sums up its timings.

/** A whole-number setting from the environment (BENCH_…), its default when unset, refused outside [min, max]. */
export function setting(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number ${max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`} (got "${raw}")`);
  }
  return n;
}

/** The middle of a list of timings (the upper middle for an even count). */
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
