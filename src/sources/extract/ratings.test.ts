import { describe, expect, it } from 'vitest';
import { findRatings, isAspectRating, isPreviousRating, isRepeatedRating, isScaleSentence, parseRating } from './ratings.ts';

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

  it('reads ratings as news phrases them', () => {
    expect(values('The service was found to be inadequate.')).toEqual(['Inadequate']);
    expect(values('Dyfed Powys probation requires improvement, review finds')).toEqual(['Requires improvement']);
    expect(values('services in Warwickshire require improvement')).toEqual(['Requires improvement']);
    expect(values('Staffing, information and facilities require improvement')).toEqual([]);
    expect(values('It was given an inadequate rating.')).toEqual(['Inadequate']);
    expect(values('INSPECTORS have branded probation services in north Essex inadequate following an inspection')).toEqual(['Inadequate']);
    expect(values('received the second lowest rating')).toEqual(['Requires improvement']);
  });

  it('knows a rating repeated from last time, and a change from one rating to another', () => {
    const again = (text: string) => findRatings(text).map((r) => isRepeatedRating(text, r));
    expect(again('Sheffield probation unit rated inadequate again')).toEqual([true]);
    expect(again("The PDU remains 'Inadequate'.")).toEqual([true]);
    expect(again('has been rated inadequate for the second time')).toEqual([true]);
    expect(again("has been rated 'Good'.")).toEqual([false]);
    const prev = (text: string) => findRatings(text).map((r) => isPreviousRating(text, r));
    expect(prev("improved from 'Inadequate' to 'Requires improvement'")).toEqual([true, false]);
    expect(prev('has improved from its inadequate rating in 2022.')).toEqual([true]);
  });

  it('does not take the count of services for the Services standard', () => {
    const aspect = (text: string) => findRatings(text).map((r) => isAspectRating(text, r));
    expect(aspect('But both services were rated inadequate after the inspections in April.')).toEqual([false]);
    expect(aspect("awarded a 'Good' rating for leadership")).toEqual([true]);
    expect(aspect('it was rated good in two, staff and information')).toEqual([true]);
  });

  it('reads quoted ratings that hold the sentence\u2019s punctuation or a writer\u2019s brackets', () => {
    expect(values("Services in Leicester were described as 'inadequate,' while Derby City was described as '[requiring] improvement.'")).toEqual([
      'Inadequate',
      'Requires improvement',
    ]);
  });

  it('reads a rating with its object between verb and word, and the second of a pair', () => {
    expect(values('Inspectors rated Derby City probation as requiring improvement.')).toEqual(['Requires improvement']);
    expect(values('Inspectors judged the Gwent service to be good.')).toEqual(['Good']);
    expect(values("Inspectors rated West Kent's probation service inadequate and East Kent's good.")).toEqual(['Inadequate', 'Good']);
    expect(values('who first rated it inadequate in 2023')).toEqual(['Inadequate']);
    // An aspect between verb and word is not a PDU's name.
    expect(values("the inspection graded the PDU's reviewing of progress made by those on probation as inadequate.")).toEqual([]);
    expect(values("The service was rated good, while Rotherham's requires improvement.")).toEqual(['Good', 'Requires improvement']);
    // Without a rating verb before it, "and Leeds's good ..." is prose.
    expect(values("Staff praised Wakefield's leaders and Leeds's good practice.")).toEqual([]);
  });

  it('reads headline ratings without an article or a verb', () => {
    expect(values('Inadequate rating for Bolton probation')).toEqual(['Inadequate']);
    expect(values('Overall rating: Requires improvement')).toEqual(['Requires improvement']);
    expect(values('Norfolk probation service inadequate, say inspectors')).toEqual(['Inadequate']);
    expect(values("Doncaster's probation service, which was rated good when it was last inspected in 2022, now requires improvement.")).toEqual([
      'Good',
      'Requires improvement',
    ]);
    expect(values('Good rating practice was shared.')).toEqual(['Good']);
  });

  it('knows earlier ratings as news dates them', () => {
    const prev = (text: string) => findRatings(text).map((r) => isPreviousRating(text, r));
    expect(prev('has again been judged inadequate by inspectors, who first rated it inadequate in 2023.')).toEqual([false, true]);
    expect(prev('It has not improved since 2023, when it was also rated inadequate.')).toEqual([true]);
    expect(prev('was rated inadequate again in its latest inspection, having also been rated inadequate in 2022.')).toEqual([false, true]);
    expect(prev("Doncaster's probation service, which was rated good when it was last inspected in 2022, now requires improvement.")).toEqual([true, false]);
    expect(prev('has been rated good, an improvement on the inadequate rating it received in 2022.')).toEqual([false, true]);
    const again = (text: string) => findRatings(text).map((r) => isRepeatedRating(text, r));
    expect(again('It is the second time the Sheffield probation service has been rated inadequate.')).toEqual([true]);
  });
});
