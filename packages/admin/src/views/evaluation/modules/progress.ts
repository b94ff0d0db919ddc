/**
 * The share done, in whole percent, rounded down: a bar is full only when nothing is left (rounded to
 * the nearest, 697 of 700 would read 100% beside "尚余 3 项").
 */
export function progressPercent(done: number, total: number): number {
  if (!total) return 0;
  return Math.min(100, Math.floor((done * 100) / total));
}
