import { describe, expect, it } from 'vitest';
import { candidateQuery, cosine, idf, prepareCorpus, similarIn, similarTo } from './similarity.ts';

const recs = [
  { id: 'a', text: 'Conduct a learning analysis to understand the skills and knowledge of the practitioner group' },
  { id: 'b', text: 'conduct an analysis of the skills, knowledge and experience within the practitioner group' },
  { id: 'c', text: 'Ensure effective management oversight of the practitioner group' },
  { id: 'd', text: 'Improve the quality of risk of harm assessments' },
];

describe('similarTo', () => {
  it('ranks the recommendation saying the same thing in other words first, with the shared terms', () => {
    const r = similarTo('a', recs, 10)!;
    expect(r[0]!.id).toBe('b');
    expect(r[0]!.sharedTerms).toEqual(expect.arrayContaining(['analysis', 'skills', 'knowledge', 'practitioner']));
    expect(r[0]!.score).toBeGreaterThan(r[1]?.score ?? 0);
  });

  it('leaves out texts with nothing in common, and returns null for an unknown id', () => {
    expect(similarTo('a', recs, 10)!.map((x) => x.id)).not.toContain('d');
    expect(similarTo('zzz', recs, 10)).toBeNull();
  });
});

describe('cosine (the one score)', () => {
  const flat = () => 1;
  it('is 1 for the same stems and 0 for none shared, symmetric, and rounded to 3 decimals', () => {
    expect(cosine(['a', 'b'], ['a', 'b'], flat)).toBe(1);
    expect(cosine(['a', 'b'], ['c'], flat)).toBe(0);
    expect(cosine(['a', 'b', 'c'], ['a', 'd'], flat)).toBe(cosine(['a', 'd'], ['a', 'b', 'c'], flat));
    expect(cosine(['a', 'b', 'c'], ['a', 'd'], flat)).toBe(0.408); // 1 / sqrt(3 * 2)
  });

  it('weights rare stems more: sharing the rare stem scores higher than sharing the common one', () => {
    const weight = (s: string) => idf(s === 'rare' ? 1 : 90, 100);
    expect(cosine(['rare', 'common'], ['rare', 'x'], weight)).toBeGreaterThan(cosine(['rare', 'common'], ['common', 'x'], weight));
  });

  it('idf falls as the document frequency rises, and is 1 for a stem in every document', () => {
    expect(idf(1, 100)).toBeGreaterThan(idf(50, 100));
    expect(idf(100, 100)).toBe(1);
  });
});

describe('similarIn over a prepared corpus', () => {
  it('gives what similarTo gives, and ranks identical texts by id after the score', () => {
    const corpus = prepareCorpus([...recs, { id: 'a2', text: recs[0]!.text }, { id: 'a1', text: recs[0]!.text }]);
    const r = similarIn(corpus, 'a', 3)!;
    expect(r.map((x) => [x.id, x.score])).toEqual([['a1', 1], ['a2', 1], ['b', r[2]!.score]]);
    expect(similarIn(prepareCorpus(recs), 'a', 10)).toEqual(similarTo('a', recs, 10));
  });
});

describe('candidateQuery', () => {
  it('quotes every stem (a hyphenated stem stays one token) and ORs them', () => {
    expect(candidateQuery(['analysi', 'follow-up'])).toBe('"analysi" OR "follow-up"');
  });
});
