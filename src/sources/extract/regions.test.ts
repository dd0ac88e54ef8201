import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../seed/vocabulary.ts';
import { lexiconOf } from './lexicon.ts';
import { findRegionCounts as counts, findRegions } from './regions.ts';

const lex = lexiconOf(await loadVocabulary());
const regions = (text: string) => findRegions(text, lex).map((r) => r.region);
const findRegionCounts = (text: string) => counts(text, lex);

describe('regions (from the vocabulary)', () => {
  it('finds a region where the text places the probation services in it', () => {
    expect(regions('one of three carried out in the Probation Service - Greater Manchester region recently')).toEqual(['Greater Manchester']);
    expect(regions('in three areas of London have each been rated')).toEqual(['London']);
    expect(regions('These three London probation services have chronic staff shortages')).toEqual(['London']);
    expect(regions('North East region probation inspections show green shoots')).toEqual(['North East']);
    expect(regions('other PDUs in the East Midlands had similar themes')).toEqual(['East Midlands']);
    expect(regions('the Kent, Surrey and Sussex region')).toEqual(['Kent, Surrey & Sussex']);
  });

  it('ignores region names inside longer names, addresses and passing places', () => {
    expect(regions('North and North East Lincolnshire PDU')).toEqual([]);
    expect(regions('North Wales probation services')).toEqual([]);
    expect(regions('services across England and Wales probation')).toEqual([]);
    expect(regions('the Greater Manchester Combined Authority region')).toEqual([]);
    expect(regions('London TW9 4DU')).toEqual([]);
    expect(regions('the unification of probation services in the West Midlands')).toEqual([]);
  });

  it('counts PDUs in a region, not inspections or regions', () => {
    expect(findRegionCounts('Leeds PDU is one of 11 PDUs in the Yorkshire and the Humber region.')).toEqual([
      expect.objectContaining({ count: 11, region: 'Yorkshire and the Humber' }),
    ]);
    expect(findRegionCounts('It is one of 11 in Yorkshire and the Humber.')).toEqual([expect.objectContaining({ count: 11 })]);
    expect(
      findRegionCounts('PDUs are the local units in a regional cluster, such as London. There are 18 of them in the capital.'),
    ).toEqual([expect.objectContaining({ count: 18, region: 'London' })]);
    expect(findRegionCounts('This inspection is one of four carried out in the region.')).toEqual([]);
    expect(findRegionCounts('a Dynamic Inspection of all twelve probation regions')).toEqual([]);
  });

  it('knows regions and countries are not PDUs', () => {
    expect(lex.isNotPdu('Greater Manchester')).toBe(true);
    expect(lex.isNotPdu('England and Wales')).toBe(true);
    expect(lex.isNotPdu('North Wales')).toBe(false);
  });
});
