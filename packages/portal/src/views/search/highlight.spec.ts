import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

describe('marking the words found', () => {
  it('marks the longest term first, every occurrence, ignoring case', () => {
    expect(highlight('推进老旧小区改造，小区居民', ['小区', '老旧小区'])).toEqual([
      { text: '推进', hit: false },
      { text: '老旧小区', hit: true },
      { text: '改造，', hit: false },
      { text: '小区', hit: true },
      { text: '居民', hit: false },
    ]);
    expect(highlight('GDP增长', ['gdp'])).toEqual([
      { text: 'GDP', hit: true },
      { text: '增长', hit: false },
    ]);
  });

  it('takes the terms literally (no pattern syntax) and leaves a text without terms whole', () => {
    expect(highlight('a.b(c)', ['(c)'])).toEqual([
      { text: 'a.b', hit: false },
      { text: '(c)', hit: true },
    ]);
    expect(highlight('正文', [])).toEqual([{ text: '正文', hit: false }]);
  });
});
