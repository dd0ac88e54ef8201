import { describe, expect, it } from 'vitest';
import { matches, type Directory, type Entry } from './lookup.ts';

const entries: Entry[] = [
  { id: 'pdu:leeds', name: 'Leeds', kind: 'PDU', also: ['Yorkshire and the Humber'] },
  { id: 'pdu:leicester-leicestershire-and-rutland', name: 'Leicester, Leicestershire and Rutland', kind: 'PDU', also: ['LLR', 'East Midlands'] },
  { id: 'inspection:leeds:2024-08', name: 'Leeds 2024-08', kind: 'Inspection', also: ['Leeds'] },
  { id: 'region:yorkshire-and-the-humber', name: 'Yorkshire and the Humber', kind: 'Region', also: [] },
  { id: 'policy:sds40', name: 'SDS40: Standard Determinate Sentences 40%', kind: 'Policy', also: ['SDS40'] },
];
const dir: Directory = { entries, byId: new Map(entries.map((e) => [e.id, e])) };

describe('finding nodes by name', () => {
  it('matches every word typed, in any case, in the name or another name, only of the kinds asked', () => {
    expect(matches(dir, 'lee', ['PDU']).map((e) => e.id)).toEqual(['pdu:leeds']);
    expect(matches(dir, 'LEICESTERSHIRE rut', ['PDU']).map((e) => e.id)).toEqual(['pdu:leicester-leicestershire-and-rutland']);
    expect(matches(dir, 'llr', ['PDU']).map((e) => e.id)).toEqual(['pdu:leicester-leicestershire-and-rutland']);
    expect(matches(dir, 'sds40', ['Policy']).map((e) => e.id)).toEqual(['policy:sds40']);
    expect(matches(dir, '', ['PDU'])).toEqual([]);
  });

  it('puts names that start with what was typed first', () => {
    expect(matches(dir, 'yorkshire', ['PDU', 'Region']).map((e) => e.id)).toEqual(['region:yorkshire-and-the-humber', 'pdu:leeds']);
    expect(matches(dir, 'leeds', ['PDU', 'Inspection']).map((e) => e.name)).toEqual(['Leeds', 'Leeds 2024-08']);
  });
});
