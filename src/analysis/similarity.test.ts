import { describe, expect, it } from 'vitest';
import { similarTo } from './similarity.ts';

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
