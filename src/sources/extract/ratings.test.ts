import { describe, expect, it } from 'vitest';
import { findRatings, isAspectRating, isPreviousRating, isScaleSentence, parseRating } from './ratings.ts';

const values = (text: string) => findRatings(text).map((r) => r.value);

describe('ratings', () => {
  it('normalises the inspectorate’s words', () => {
    expect(parseRating('requires improvement')).toBe('Requires improvement');
    expect(parseRating('Require Improvement.')).toBe('Requires improvement');
    expect(parseRating('requiring improvement')).toBe('Requires improvement');
    expect(parseRating('INADEQUATE')).toBe('Inadequate');
    expect(parseRating('good')).toBe('Good');
    expect(parseRating('fine')).toBeNull();
  });

  it('finds quoted ratings in either quotation style', () => {
    expect(values('Leeds PDU rated \u2018Inadequate\u2019 despite positive steps')).toEqual(['Inadequate']);
    expect(values('all three units \'require improvement.\'')).toEqual(['Requires improvement']);
    expect(values('Newham PDU "require improvement".')).toEqual(['Requires improvement']);
  });

  it('finds ratings after a rating verb, and capitalised ones mid-sentence', () => {
    expect(values('have been rated inadequate in an assessment')).toEqual(['Inadequate']);
    expect(values('were rated as requiring improvement.')).toEqual(['Requires improvement']);
    expect(values('received an overall Inadequate rating')).toEqual(['Inadequate']);
    expect(values('North Yorkshire PDU Rated Requires Improvement')).toEqual(['Requires improvement']);
  });

  it('reads "the lowest rating possible" as Inadequate, once, even with the word beside it', () => {
    expect(values('received the lowest rating possible.')).toEqual(['Inadequate']);
    expect(values('each received the lowest rating possible (\u2018Inadequate\u2019) - an outcome')).toEqual(['Inadequate']);
  });

  it('ignores everyday uses of the words', () => {
    expect(values('There was good practice, but inadequate resources meant staff were stretched.')).toEqual([]);
  });

  it('recognises a sentence that lists the scale itself', () => {
    expect(isScaleSentence("The Inspectorate uses a four-point scale: 'Outstanding', 'Good', 'Requires improvement' and 'Inadequate'.")).toBe(true);
    expect(isScaleSentence("Leeds PDU has been rated 'Inadequate'.")).toBe(false);
  });

  it('tells an earlier inspection’s rating from the current one', () => {
    const prev = (text: string) => findRatings(text).map((r) => isPreviousRating(text, r));
    expect(prev("having previously been rated 'Inadequate' in 2022.")).toEqual([true]);
    expect(prev("after being rated as 'Requires improvement' in March 2023.")).toEqual([true]);
    expect(prev("following a previous 'Inadequate' rating in March 2023.")).toEqual([true]);
    expect(prev("with the service also found to be 'Inadequate' back in March 2023.")).toEqual([true]);
    expect(prev('was last inspected 2023, when it was rated as \'Requires improvement\' overall.')).toEqual([true]);
    expect(prev("Kirklees PDU, previously 'Inadequate', has now been rated 'Good'.")).toEqual([true, false]);
    expect(prev("Leeds PDU has received an overall rating of 'Inadequate'.")).toEqual([false]);
  });

  it('tells a rating of one aspect from the overall rating', () => {
    const aspect = (text: string) => findRatings(text).map((r) => isAspectRating(text, r));
    expect(aspect("with a rating of 'Inadequate' for all five of our case quality standards")).toEqual([true]);
    expect(aspect("Leadership was rated 'Good' but the PDU was rated 'Inadequate'.")).toEqual([true, false]);
    expect(aspect("The rating of 'Inadequate' for Kirklees Probation Delivery Unit reflects")).toEqual([false]);
  });
});
