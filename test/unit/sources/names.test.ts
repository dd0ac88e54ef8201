import { nameKey } from '../../../src/text/keys.ts';
import { describe, expect, it } from 'vitest';
import {
  cleanPduName, isChiefInspectorRole, organisationsIn, pduKey, personKey, resolvePdu, resolvePerson, resolveRegion,
} from '../../../src/sources/ingest/names.ts';

const PDUS = [
  { id: 'pdu:leicester-leicestershire-and-rutland', name: 'Leicester, Leicestershire and Rutland', aliases: ['LLR', 'LLR PDU', 'Leicester, Leicestershire and Rutland Probation Delivery Unit'] },
  { id: 'pdu:leeds', name: 'Leeds', aliases: ['Leeds PDU'] },
  { id: 'pdu:north-and-north-east-lincolnshire', name: 'North and North East Lincolnshire', aliases: [] },
  { id: 'pdu:manchester-north', name: 'Manchester North', aliases: [] },
  { id: 'pdu:barking-dagenham-and-havering', name: 'Barking, Dagenham and Havering', aliases: [] },
];
const REGIONS = [
  { id: 'region:yorkshire-and-the-humber', name: 'Yorkshire and the Humber', aliases: ['Yorkshire & Humber'] },
  { id: 'region:kent-surrey-and-sussex', name: 'Kent, Surrey & Sussex', aliases: [] },
  { id: 'region:london', name: 'London', aliases: [] },
];
const PEOPLE = [
  { id: 'person:martin-jones', name: 'Martin Jones', aliases: ['Mr Jones'] },
  { id: 'person:justin-russell', name: 'Justin Russell', aliases: [] },
  { id: 'person:jane-smith', name: 'Jane Smith', aliases: [] },
  { id: 'person:john-smith', name: 'John Smith', aliases: [] },
  { id: 'person:glenys-stacey', name: 'Dame Glenys Stacey', aliases: [] },
];
const ORGS = [
  { id: 'organisation:hm-inspectorate-of-probation', name: 'HM Inspectorate of Probation', aliases: ['HMIP', 'HMiP', 'His Majesty’s Inspectorate of Probation'] },
  { id: 'organisation:ministry-of-justice', name: 'Ministry of Justice', aliases: ['MoJ'] },
  { id: 'organisation:probation-service', name: 'Probation Service', aliases: ['the Probation Service'] },
];

describe('name keys', () => {
  it('ignore case, punctuation, accents and "&" vs "and"', () => {
    expect(nameKey('Leicester, Leicestershire & Rutland')).toBe('leicester leicestershire and rutland');
    expect(nameKey('  Ealing  and Hillingdon. ')).toBe('ealing and hillingdon');
    expect(nameKey('Brontë')).toBe('bronte');
  });
  it('drop "PDU" and "Probation Delivery Unit" from PDU names', () => {
    expect(pduKey('Leicester Leicestershire & Rutland PDU')).toBe('leicester leicestershire and rutland');
    expect(pduKey('Kirklees Probation Delivery Unit')).toBe('kirklees');
    expect(pduKey('the Leeds (PDU)')).toBe('leeds');
    expect(cleanPduName('Kirklees PDU')).toBe('Kirklees');
    expect(cleanPduName('Lewisham and Bromley Probation Delivery Unit')).toBe('Lewisham and Bromley');
  });
  it('drop titles from people’s names', () => {
    expect(personKey('Dr Jane Smith')).toBe('jane smith');
    expect(personKey('Dame Glenys Stacey')).toBe('glenys stacey');
    expect(personKey('The Rt Hon Lord Timpson')).toBe('timpson');
    expect(personKey('Professor Sir Ian Diamond')).toBe('ian diamond');
  });
});

describe('resolvePdu', () => {
  it.each([
    ['Leicester, Leicestershire and Rutland', 'pdu:leicester-leicestershire-and-rutland'],
    ['Leicester Leicestershire & Rutland PDU', 'pdu:leicester-leicestershire-and-rutland'],
    ['LEICESTER, LEICESTERSHIRE, AND RUTLAND Probation Delivery Unit', 'pdu:leicester-leicestershire-and-rutland'],
    ['LLR', 'pdu:leicester-leicestershire-and-rutland'],
    ['Leeds Probation Delivery Unit', 'pdu:leeds'],
    ['North & North East Lincolnshire PDU', 'pdu:north-and-north-east-lincolnshire'],
    ['North Manchester', 'pdu:manchester-north'],
    ['Barking, Dagenham & Havering', 'pdu:barking-dagenham-and-havering'],
  ])('%s → %s', (name, id) => {
    expect(resolvePdu(name, PDUS)).toBe(id);
  });
  it('returns null for an unknown PDU, and never a part-match', () => {
    expect(resolvePdu('Kirklees', PDUS)).toBeNull();
    expect(resolvePdu('Leicester', PDUS)).toBeNull();
    expect(resolvePdu('North Lincolnshire', PDUS)).toBeNull();
    expect(resolvePdu('PDU', PDUS)).toBeNull();
  });
});

describe('resolveRegion', () => {
  it('matches "&" and "and", with or without "region" and the Probation Service prefix', () => {
    expect(resolveRegion('Yorkshire & the Humber', REGIONS)).toBe('region:yorkshire-and-the-humber');
    expect(resolveRegion('Yorkshire and the Humber region', REGIONS)).toBe('region:yorkshire-and-the-humber');
    expect(resolveRegion('Probation Service – Yorkshire and the Humber region', REGIONS)).toBe('region:yorkshire-and-the-humber');
    expect(resolveRegion('Yorkshire and Humber', REGIONS)).toBe('region:yorkshire-and-the-humber');
    expect(resolveRegion('Kent, Surrey and Sussex', REGIONS)).toBe('region:kent-surrey-and-sussex');
    expect(resolveRegion('the North East', REGIONS)).toBeNull();
  });
});

describe('resolvePerson', () => {
  it('matches with or without titles', () => {
    expect(resolvePerson('Martin Jones', PEOPLE)).toBe('person:martin-jones');
    expect(resolvePerson('Mr Martin Jones', PEOPLE)).toBe('person:martin-jones');
    expect(resolvePerson('Dr Jane Smith', PEOPLE)).toBe('person:jane-smith');
    expect(resolvePerson('Glenys Stacey', PEOPLE)).toBe('person:glenys-stacey');
    expect(resolvePerson('Dame Glenys Stacey', PEOPLE)).toBe('person:glenys-stacey');
  });
  it('resolves a surname with a title by alias, or by a unique surname', () => {
    expect(resolvePerson('Mr Jones', PEOPLE)).toBe('person:martin-jones');
    expect(resolvePerson('Mr Russell', PEOPLE)).toBe('person:justin-russell');
    expect(resolvePerson('Ms Stacey', PEOPLE)).toBe('person:glenys-stacey');
  });
  it('never guesses between two people', () => {
    expect(resolvePerson('Ms Smith', PEOPLE)).toBeNull();
    expect(resolvePerson('Mr Brown', PEOPLE)).toBeNull();
    expect(resolvePerson('Justin Jones', PEOPLE)).toBeNull();
  });
});

describe('organisations in a role', () => {
  it('finds organisations by name or alias, short aliases case-sensitively', () => {
    expect(organisationsIn('Head of Communications, HM Inspectorate of Probation', ORGS)).toEqual(['organisation:hm-inspectorate-of-probation']);
    expect(organisationsIn('spokesperson for the MoJ', ORGS)).toEqual(['organisation:ministry-of-justice']);
    expect(organisationsIn('moj', ORGS)).toEqual([]);
    expect(organisationsIn('byline (Manchester Evening News)', ORGS)).toEqual([]);
  });
  it('recognises the Chief Inspector of Probation however it is written', () => {
    expect(isChiefInspectorRole('Chief Inspector of Probation')).toBe(true);
    expect(isChiefInspectorRole('chief inspector of probation')).toBe(true);
    expect(isChiefInspectorRole('Chief Inspector')).toBe(true);
    expect(isChiefInspectorRole('Deputy Chief Inspector')).toBe(false);
    expect(isChiefInspectorRole('HM Inspector (led the inspection)')).toBe(false);
  });
});
