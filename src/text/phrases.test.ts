import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrases.ts';

const matcher = new PhraseMatcher([
  { key: 'SDS40', phrases: ['SDS40', 'SDS 40'], patterns: ['\\bstandard determinate sentences?\\b[^.\\n]{0,40}?\\b40\\s?(?:%|per\\s?cent)'] },
  { key: 'RESET', phrases: ['RESET', 'Probation Reset'] },
  { key: 'LEEDS', phrases: ['Leeds'] },
  { key: 'LEEDS_EAST', phrases: ['Leeds East'] },
]);

describe('PhraseMatcher', () => {
  it('matches whole words, in any case for words, and whitespace or hyphens for spaces', () => {
    const text = 'Under SDS-40 and SDS 40 (not sds 40), Leedsford is not Leeds; probation reset applied.';
    expect(matcher.findAll(text).map((m) => [m.key, m.text])).toEqual([
      ['SDS40', 'SDS-40'], ['SDS40', 'SDS 40'], ['LEEDS', 'Leeds'], ['RESET', 'probation reset'],
    ]);
  });

  it('matches acronyms only in capitals, and not on a shouted line', () => {
    expect(matcher.findAll('We reset the clock.')).toEqual([]);
    expect(matcher.findAll('The RESET scheme.').map((m) => m.text)).toEqual(['RESET']);
    expect(matcher.findAll('PROBATION TO RESET NOW\nnothing')).toEqual([]);
  });

  it('applies patterns from the data, and keeps the longest of overlapping matches', () => {
    const text = 'release of standard determinate sentences at 40 per cent. Leeds East PDU.';
    expect(matcher.findAll(text).map((m) => m.key)).toEqual(['SDS40', 'LEEDS_EAST']);
  });

  it('gives offsets into the text', () => {
    const text = 'x SDS40 y';
    const [m] = matcher.findAll(text);
    expect(text.slice(m!.start, m!.end)).toBe('SDS40');
  });
});
