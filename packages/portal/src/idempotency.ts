/**
 * One key per filled form, made once and sent with every attempt to submit it: a retry after a
 * lost answer or a second click returns the first result and never stores it twice. A new key
 * only after the result has arrived. (getRandomValues also works without HTTPS.)
 */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
