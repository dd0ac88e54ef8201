import { describe, expect, it } from 'vitest';
import { locate, normalise } from './normalise.ts';

describe('normalise', () => {
  it('collapses whitespace and unifies quote marks', () => {
    expect(normalise('  rated \u2018Inadequate\u2019\n\n  in 2022 ').text).toBe("rated 'Inadequate' in 2022");
  });
});

describe('locate', () => {
  const doc = 'Leeds PDU rated \u2018Inadequate\u2019 despite\npositive   steps';
  const n = normalise(doc);

  it('finds a quote across line breaks and quote styles, with original offsets', () => {
    const found = locate(n, doc, "rated 'Inadequate' despite positive steps");
    expect(found).not.toBeNull();
    expect(doc.slice(found!.start, found!.end)).toBe('rated \u2018Inadequate\u2019 despite\npositive   steps');
  });

  it('returns null for words the document does not contain', () => {
    expect(locate(n, doc, 'rated Good')).toBeNull();
  });
});
