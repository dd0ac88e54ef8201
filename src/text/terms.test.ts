import { describe, expect, it } from 'vitest';
import { stems, termKey, terms } from './terms.ts';

describe('terms', () => {
  it('stems words and drops stop words', () => {
    expect(terms('Managers overseeing the oversight of cases').map((t) => t.stem)).toEqual(['manag', 'overse', 'oversight', 'case']);
  });

  it('keeps a hyphenated compound whole, so it never meets one of its parts in another word', () => {
    const compound = terms('follow-up enquiries').map((t) => t.stem);
    expect(compound).toContain('follow-up');
    expect(terms('following the enquiries').map((t) => t.stem)).not.toContain('follow-up');
  });

  it('keys a text by its distinct stems, sorted and space-joined, the same each time a text is keyed again', () => {
    const texts = ['Managers overseeing the oversight of cases, cases and more cases', 'follow-up of the follow-up', 'The PDU should', '', 'Risk-assessment quality; “risk” assessments'];
    for (let round = 0; round < 2; round++) {
      for (const t of texts) expect(termKey(t)).toBe([...stems(t)].sort().join(' '));
    }
    expect(termKey('Managers overseeing the oversight of cases')).toBe('case manag overse oversight');
    expect(termKey('The PDU should')).toBe('');
  });
});
