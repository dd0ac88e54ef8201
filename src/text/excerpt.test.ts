import { describe, expect, it } from 'vitest';
import { excerptOf, GAP } from './excerpt.ts';

describe('excerptOf', () => {
  const text = 'One. Two is here. Three. Four is there. Five.';
  it('keeps only the passages, in order, with offsets that still point at the same words', () => {
    const spans: Array<[number, number]> = [[25, 39], [5, 17]];
    const x = excerptOf(text, spans);
    expect(x.text).toBe(`Two is here.${GAP}Four is there.`);
    for (const [a, b] of spans) expect(x.text.slice(x.at(a), x.at(a) + (b - a))).toBe(text.slice(a, b));
  });
  it('merges overlapping passages', () => {
    expect(excerptOf(text, [[5, 12], [9, 17]]).text).toBe('Two is here.');
  });
  it('refuses an offset outside every passage', () => {
    expect(() => excerptOf(text, [[5, 17]]).at(30)).toThrow(/not inside/);
  });
});
