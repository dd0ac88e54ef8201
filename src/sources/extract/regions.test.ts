import { describe, expect, it } from 'vitest';
import { findRegionCounts, findRegions, isRegionOrCountry } from './regions.ts';

const regions = (text: string) => findRegions(text).map((r) => r.region);

describe('regions', () => {
  it('finds a region where the text places the probation services in it', () => {
    expect(regions('one of three carried out in the Probation Service - Greater Manchester region recently')).toEqual(['Greater Manchester']);
    expect(regions('in three areas of London have each been rated')).toEqual(['London']);
    expect(regions('These three London probation services have chronic staff shortages')).toEqual(['London']);
    expect(regions('North East region probation inspections show green shoots')).toEqual(['North East']);
    expect(regions('other PDUs in the East Midlands had similar themes')).toEqual(['East Midlands']);
  });

  it('ignores region names inside longer names and addresses', () => {
    expect(regions('North and North East Lincolnshire PDU')).toEqual([]);
    expect(regions('North Wales probation services')).toEqual([]);
    expect(regions('services across England and Wales probation')).toEqual([]);
    expect(regions('the Greater Manchester Combined Authority region')).toEqual([]);
    expect(regions('London TW9 4DU')).toEqual([]);
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
    expect(isRegionOrCountry('Greater Manchester')).toBe(true);
    expect(isRegionOrCountry('England and Wales')).toBe(true);
    expect(isRegionOrCountry('North Wales')).toBe(false);
  });
});
