import { describe, expect, it } from 'vitest';
import { SUCCESSOR_TOOK_OFFICE, tenureEnd } from './dated-facts.ts';

describe('the end of a tenure', () => {
  it('is stated where a source gives it: surely in post until its first day, possibly until its last', () => {
    expect(tenureEnd({ name: 'A', from: '2019-06', until: '2023-09' }, undefined)).toMatchObject({ periodEnd: '2023-09-30', periodEndCertain: '2023-09-01', untilBasis: 'STATED' });
  });
  it('is derived from the successor taking office when no source gives it, and says so', () => {
    const end = tenureEnd({ name: 'Paul Wilson', from: '2015-02', until: null, untilNote: 'not found' }, { name: 'Glenys Stacey', from: '2016-03-01' });
    expect(end).toMatchObject({ periodEnd: '2016-02-29', periodEndCertain: '2015-02-28', untilBasis: 'DERIVED', untilRule: SUCCESSOR_TOOK_OFFICE });
    expect(end.untilExplanation).toMatch(/Glenys Stacey took office 2016-03-01/);
  });
  it('is unknown for a holder still in post, with the note', () => {
    expect(tenureEnd({ name: 'B', from: '2024-03-01', until: null, untilNote: 'Still in post.' }, undefined)).toMatchObject({ periodEnd: null, untilBasis: 'UNKNOWN', untilExplanation: 'Still in post.' });
  });
});
