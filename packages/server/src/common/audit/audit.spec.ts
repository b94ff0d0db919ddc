import { describe, expect, it } from 'vitest';
import { canonicalJson, recordHash } from './audit.service.js';

describe('canonical JSON for the audit chain', () => {
  it('sorts keys at every level so that jsonb storage does not change the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('chains: the same record after a different predecessor hashes differently', () => {
    const fields = {
      at: new Date('2026-01-01T00:00:00Z'),
      actorId: null,
      actorName: null,
      action: 'x',
      subjectType: 'User',
      subjectId: '1',
      before: null,
      after: { a: 1 },
      requestId: 'r',
      address: null,
    };
    const h1 = recordHash('0'.repeat(64), fields);
    expect(h1).toMatch(/^[0-9a-f]{64}$/);
    expect(recordHash('1'.repeat(64), fields)).not.toBe(h1);
    expect(recordHash('0'.repeat(64), { ...fields, after: { a: 2 } })).not.toBe(h1);
    expect(recordHash('0'.repeat(64), { ...fields })).toBe(h1);
  });
});
