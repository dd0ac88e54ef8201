import { describe, expect, it } from 'vitest';
import { terms } from './terms.ts';

describe('terms', () => {
  it('stems words and drops stop words', () => {
    expect(terms('Managers overseeing the oversight of cases').map((t) => t.stem)).toEqual(['manag', 'overse', 'oversight', 'case']);
  });

  it('keeps a hyphenated compound whole, so it never meets one of its parts in another word', () => {
    const compound = terms('follow-up enquiries').map((t) => t.stem);
    expect(compound).toContain('follow-up');
    expect(terms('following the enquiries').map((t) => t.stem)).not.toContain('follow-up');
  });
});
