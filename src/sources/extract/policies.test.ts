import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../seed/vocabulary.ts';
import { prepare } from './clean.ts';
import { lexiconOf } from './lexicon.ts';
import { findPolicies } from './policies.ts';

const lex = lexiconOf(await loadVocabulary());
const codes = (text: string) => findPolicies(prepare(text), lex).map((p) => [p.code, p.matched]);

describe('policies', () => {
  it('finds the capacity measures in their usual spellings', () => {
    expect(codes('Prison capacity measures being introduced, SDS 40, RESET, IMPACT and most recently FTR 48.')).toEqual([
      ['SDS40', 'SDS 40'],
      ['PROBATION_RESET', 'RESET'],
      ['PROBATION_IMPACT', 'IMPACT'],
      ['FTR48', 'FTR 48'],
    ]);
    expect(codes('including prison early release schemes, Probation Reset, Impact and changes to recall policy')).toEqual([
      ['PROBATION_RESET', 'Probation Reset'],
      ['PROBATION_IMPACT', 'Impact'],
    ]);
    expect(codes('the End of Custody Supervised Licence scheme (ECSL) and the Independent Sentencing Review')).toEqual([
      ['ECSL', 'End of Custody Supervised Licence'],
      ['ECSL', 'ECSL'],
      ['SENTENCING_REVIEW', 'Independent Sentencing Review'],
    ]);
    expect(codes('prisoners released at 40 per cent of standard determinate sentences; the SDS40 scheme')).toEqual([['SDS40', 'SDS40']]);
  });

  it('finds the 2021 unification however it is put', () => {
    expect(codes('since the unification of probation services in 2021.').map((c) => c[0])).toEqual(['UNIFICATION_2021']);
    expect(codes('the Probation Service was re-unified in June 2021.').map((c) => c[0])).toEqual(['UNIFICATION_2021']);
    expect(codes('renationalised and reunified in June of last year.').map((c) => c[0])).toEqual(['UNIFICATION_2021']);
  });

  it('does not read a shouted headline as acronyms, or "impact" as IMPACT', () => {
    expect(codes('STAFF RESET THEIR TARGETS TO HAVE AN IMPACT')).toEqual([]);
    expect(codes('The impact of the reset was felt.')).toEqual([]);
  });

  it('reports original words and offsets', () => {
    const text = 'the \u201cSDS40\u201d early releases';
    for (const p of findPolicies(prepare(text), lex)) expect(text.slice(p.start, p.end)).toBe(p.matched);
  });
});
