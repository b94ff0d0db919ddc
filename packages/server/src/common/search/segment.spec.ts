import { describe, expect, it } from 'vitest';
import { excerpt, indexWords, learnNames, parseQuery } from './segment.js';

describe('segmentation for the search', () => {
  it("keeps the notice's terms whole and also indexes the words inside them", () => {
    const words = indexWords('关于依申请公开工作的通知');
    expect(words).toContain('依申请公开');
    expect(words).toEqual(expect.arrayContaining(['申请', '公开']));
  });

  it('indexes a word the dictionary does not know by its pairs of characters too', () => {
    expect(indexWords('新建普惠托育机构')).toEqual(expect.arrayContaining(['托育']));
  });

  it('drops punctuation and stop words, and reads full-width letters and digits as half-width', () => {
    const words = indexWords('朝政办发〔２０２６〕１２号：关于ＧＤＰ的通知！');
    expect(words).toEqual(expect.arrayContaining(['2026', '12', 'gdp']));
    expect(words.some((w) => /[〔〕：！]/.test(w) || w === '的')).toBe(false);
  });

  it('matches the words of a query in any order, and a word by the words that make it up', () => {
    expect(parseQuery('意见征求')!.tsquery).toBe('意见 & 征求');
    // 征求意见 is itself, its synonyms, or 征求 and 意见 apart
    const q = parseQuery('征求意见')!;
    expect(q.tsquery).toContain('征求意见 | 征求 & 意见');
    expect(q.tsquery).toContain('意见征集');
    expect(q.terms[0].length).toBeGreaterThanOrEqual(q.terms.at(-1)!.length);
  });

  it('asks for any word only as a fallback, and nothing for a query of punctuation or stop words', () => {
    const q = parseQuery('垃圾分类 罚款')!;
    expect(q.tsquery).toMatch(/ & /);
    expect(q.anyWord).toMatch(/ \| /);
    expect(parseQuery('！？……')).toBeNull();
    expect(parseQuery('的 了')).toBeNull();
  });

  it("never lets a query's characters become query syntax", () => {
    const q = parseQuery("a' & b | !c (d) :* <->")!;
    expect(q.tsquery).toBe('a & b & c & d');
  });

  it("keeps a unit's name whole once learnt, and still finds it by the words it was cut into before", () => {
    const text = '喀左县卫生健康局关于开展义诊活动的通知';
    const before = indexWords(text);
    expect(before).not.toContain('喀左县卫生健康局');
    learnNames(['喀左县卫生健康局', '喀左县卫生健康局', '县']);
    const after = indexWords(text);
    expect(after).toContain('喀左县卫生健康局');
    // a text indexed now has every word it had before: a query cut either way finds it
    expect(after).toEqual(expect.arrayContaining(before));
    const q = parseQuery('喀左县卫生健康局')!;
    expect(q.tsquery.startsWith('(喀左县卫生健康局 | 喀左 & 县 & 卫生 & 健康 & 局')).toBe(true);
    // part of a name is still asked for by its words, which the text has
    for (const w of parseQuery('卫生健康局')!.terms) expect(after).toContain(w);
  });

  it('cuts an excerpt around the first word found, marked where cut', () => {
    const text = `${'甲'.repeat(200)}老旧小区改造${'乙'.repeat(200)}`;
    const e = excerpt(text, ['老旧小区'], 60);
    expect(e).toContain('老旧小区改造');
    expect(e.startsWith('…') && e.endsWith('…')).toBe(true);
    expect(excerpt('短文本', ['无'], 60)).toBe('短文本');
  });
});
