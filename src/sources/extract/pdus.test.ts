import { describe, expect, it } from 'vitest';
import { buildEntities, crossRefScope, findPduMentions, nameKey } from './pdus.ts';
import { paragraphs, sentences } from './sentences.ts';

function names(text: string): string[] {
  const sents = sentences(text, paragraphs(text));
  return findPduMentions(text, sents).map((m) => m.name);
}
function subjects(text: string, titleSentence: number | null = null): Array<[string, boolean]> {
  const sents = sentences(text, paragraphs(text));
  return buildEntities(text, findPduMentions(text, sents), sents, titleSentence).map((e) => [e.name, e.subject]);
}

describe('PDU names', () => {
  it('takes the whole run before a marker as one name, one marker per PDU', () => {
    expect(names('Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU, Lambeth PDU and Ealing and Hillingdon PDU each received the lowest rating.')).toEqual([
      'Hammersmith, Fulham, Kensington, Chelsea and Westminster',
      'Lambeth',
      'Ealing and Hillingdon',
    ]);
  });

  it('stops at sentence-initial words and drops possessives', () => {
    expect(names('Both Lambeth PDU and Newham PDU scored three points.')).toEqual(['Lambeth', 'Newham']);
    expect(names("The inspection was the second since 2021 when Kirklees' PDU was created.")).toEqual(['Kirklees']);
    expect(names('At North Wales Probation Delivery Unit, the Head of Service was respected.')).toEqual(['North Wales']);
  });

  it('keeps connectors and the serial comma inside names', () => {
    expect(names('Leicester, Leicestershire, and Rutland PDU has undergone change.')).toEqual(['Leicester, Leicestershire, and Rutland']);
    expect(names('Kingston upon Hull PDU and Cornwall & Isles of Scilly PDU were inspected.')).toEqual(['Kingston upon Hull', 'Cornwall & Isles of Scilly']);
  });

  it('reads the name after a singular head as one name, after a plural head as a list', () => {
    expect(names('The probation service, also known as a Probation Delivery Unit (PDU*), for Leicester, Leicestershire and Rutland has been rated.')).toEqual([
      'Leicester, Leicestershire and Rutland',
    ]);
    expect(names('when inspecting the probation units in North Manchester, Tameside and Wigan.')).toEqual(['North Manchester', 'Tameside', 'Wigan']);
    expect(names('Nottingham City and Nottinghamshire PDUs were inspected.')).toEqual(['Nottingham City', 'Nottinghamshire']);
  });

  it('never takes a region, a country or a count of PDUs for a PDU', () => {
    expect(names('A probation unit in Greater Manchester has only half the officers it needs.')).toEqual([]);
    expect(names('Leeds PDU is one of 11 PDUs in the Yorkshire and the Humber region.')).toEqual(['Leeds']);
    expect(names('Probation Delivery Units (PDUs) replaced Community Rehabilitation Companies.')).toEqual([]);
    expect(names('the Probation Service in England and Wales')).toEqual([]);
  });

  it('keys names by their words in any order', () => {
    expect(nameKey('Manchester North')).toBe(nameKey('North Manchester'));
    expect(nameKey('Leicester, Leicestershire, and Rutland')).toBe(nameKey('Leicester, Leicestershire and Rutland'));
  });
});

describe('PDU entities', () => {
  it('treats PDUs after "The other two are" as mentioned in passing', () => {
    const text =
      'The probation service in Tameside has been rated Requires improvement.\nThis inspection was one of three. The other two are Manchester North PDU and Wigan PDU.';
    expect(subjects(text)).toEqual([
      ['Tameside', true],
      ['Manchester North', false],
      ['Wigan', false],
    ]);
  });

  it('merges an abbreviation and a shortened name into the full name', () => {
    const text = 'Leicester, Leicestershire and Rutland (LLR) Probation Delivery Unit was inspected.\nThe Interim Head of LLR PDU replied.';
    expect(subjects(text)).toEqual([['Leicester, Leicestershire and Rutland', true]]);
    const text2 = 'The Nottingham City PDU was inspected.\nThe report made six recommendations to Nottingham PDU.';
    expect(subjects(text2)).toEqual([['Nottingham City', true]]);
  });

  it('scopes "Unlike" to its clause', () => {
    const text = 'Unlike many PDUs inspected, North and North East Lincolnshire PDU had reasonable staffing.';
    expect(crossRefScope(text)).toEqual([0, text.indexOf(',')]);
    expect(subjects(text)).toEqual([['North and North East Lincolnshire', true]]);
  });
});
