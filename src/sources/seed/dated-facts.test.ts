import { describe, expect, it } from 'vitest';
import { monthBounds, SUCCESSOR_TOOK_OFFICE, tenureEnd } from './dated-facts.ts';

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

describe('the months a period covers', () => {
  it('touches every month it reaches, and covers wholly only those it surely spans', () => {
    // From June 2019 (day unknown) to 29 September 2023.
    expect(monthBounds({ periodStart: '2019-06-01', periodStartCertain: '2019-06-30', periodEnd: '2023-09-29', periodEndCertain: '2023-09-29' }))
      .toEqual({ monthFrom: '2019-06', monthFromCertain: '2019-07', monthUntil: '2023-09', monthUntilCertain: '2023-08' });
    // From 1 March 2024, no end known.
    expect(monthBounds({ periodStart: '2024-03-01', periodStartCertain: '2024-03-01', periodEnd: null, periodEndCertain: null }))
      .toEqual({ monthFrom: '2024-03', monthFromCertain: '2024-03', monthUntil: null, monthUntilCertain: null });
    // 1 October 2023 to 29 February 2024: whole months both ends.
    expect(monthBounds({ periodStart: '2023-10-01', periodStartCertain: '2023-10-01', periodEnd: '2024-02-29', periodEndCertain: '2024-02-29' }))
      .toMatchObject({ monthFromCertain: '2023-10', monthUntilCertain: '2024-02' });
  });
});
