import { describe, expect, it } from 'vitest';
import { EMPTY_VOCABULARY } from '../../model/vocabulary.ts';
import { loadVocabulary } from '../seed/vocabulary.ts';
import { buildEntities, crossRefScope } from './entities.ts';
import { lexiconOf, nameKey } from './lexicon.ts';
import { findPduMentions } from './mentions.ts';
import { paragraphs, sentences } from './sentences.ts';

const known = lexiconOf(await loadVocabulary());
const bare = lexiconOf(EMPTY_VOCABULARY);

function names(text: string, lex = known): string[] {
  const sents = sentences(text, paragraphs(text));
  return findPduMentions(text, sents, lex).map((m) => m.name);
}
function subjects(text: string, lex = known): Array<[string, boolean]> {
  const sents = sentences(text, paragraphs(text));
  return buildEntities(text, findPduMentions(text, sents, lex), sents, new Set(), lex).map((e) => [e.name, e.subject]);
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

  it('keeps connectors and the serial comma inside names, and takes a fuller known name', () => {
    expect(names('Leicester, Leicestershire, and Rutland PDU has undergone change.', bare)).toEqual(['Leicester, Leicestershire, and Rutland']);
    expect(names('Kingston upon Hull PDU and Cornwall & Isles of Scilly PDU were inspected.', bare)).toEqual(['Kingston upon Hull', 'Cornwall & Isles of Scilly']);
    expect(names('The others are Blackburn with Darwen PDU and Cheshire West PDU.')).toEqual(['Blackburn with Darwen', 'Cheshire West']);
  });

  it('reads the name after a singular head as one name, a list after a plural head by what the text or vocabulary knows', () => {
    expect(names('The probation service, also known as a Probation Delivery Unit (PDU*), for Leicester, Leicestershire and Rutland has been rated.', bare)).toEqual([
      'Leicester, Leicestershire and Rutland',
    ]);
    expect(names('when inspecting the probation units in North Manchester, Tameside and Wigan.')).toEqual(['North Manchester', 'Tameside', 'Wigan']);
    expect(names('when inspecting the three probation units in North Manchester, Tameside and Wigan.', bare)).toEqual(['North Manchester', 'Tameside', 'Wigan']);
    expect(names('Probation services in Bury and Rochdale were inspected.', bare)).toEqual(['Bury and Rochdale']);
    expect(names('Probation services in Birmingham, Solihull and Warwickshire criticised')).toEqual(['Birmingham, Solihull', 'Warwickshire']);
    expect(names('Nottingham City and Nottinghamshire PDUs were inspected.')).toEqual(['Nottingham City', 'Nottinghamshire']);
  });

  it('finds a PDU named as news names it, without the word PDU', () => {
    expect(names('Dyfed Powys probation requires improvement', bare)).toEqual(['Dyfed Powys']);
    expect(names("Sheffield's probation service has been rated as inadequate.", bare)).toEqual(['Sheffield']);
    expect(names('The Tameside probation service is under-resourced.', bare)).toEqual(['Tameside']);
    expect(names('Kirklees probation services rated inadequate', bare)).toEqual(['Kirklees']);
    expect(names('Birmingham was rated inadequate and services in Warwickshire require improvement, said the probation inspectorate.', bare)).toEqual(['Birmingham', 'Warwickshire']);
  });

  it('does not take a description or a region for a name', () => {
    const text = '\u2018Promising\u2019 probation service for Somerset\nThe service has a promising future.';
    expect(names(text.replace(/[\u2018\u2019]/g, "'"), bare)).toEqual(['Somerset']);
    expect(names('Positive probation service for Dorset\nIt was a positive inspection.', bare)).toEqual(['Dorset']);
    expect(names('A probation unit in Greater Manchester has only half the officers it needs.')).toEqual([]);
    expect(names('Leeds PDU is one of 11 PDUs in the Yorkshire and the Humber region.')).toEqual(['Leeds']);
    expect(names('Probation Delivery Units (PDUs) replaced Community Rehabilitation Companies.')).toEqual([]);
    expect(names('the Probation Service in England and Wales')).toEqual([]);
    expect(names('HM Prison and Probation Service and His Majesty\u2019s Inspectorate of Probation'.replace('\u2019', "'"))).toEqual([]);
  });

  it('keys names by their words in any order', () => {
    expect(nameKey('Manchester North')).toBe(nameKey('North Manchester'));
    expect(nameKey('Leicester, Leicestershire, and Rutland')).toBe(nameKey('Leicester, Leicestershire and Rutland'));
    expect(nameKey('Bury & Rochdale')).toBe(nameKey('Bury and Rochdale'));
  });
});

describe('PDU entities', () => {
  it('treats PDUs after "The other two are" / "The others are" as mentioned in passing', () => {
    const text =
      'The probation service in Tameside has been rated Requires improvement.\nThis inspection was one of three. The other two are Manchester North PDU and Wigan PDU.';
    expect(subjects(text)).toEqual([
      ['Tameside', true],
      ['Manchester North', false],
      ['Wigan', false],
    ]);
    expect(subjects("Cumbria PDU has been rated 'Requires improvement'. The others are Cheshire West PDU and Liverpool North PDU.")).toEqual([
      ['Cumbria', true],
      ['Cheshire West', false],
      ['Liverpool North', false],
    ]);
  });

  it('merges an abbreviation, a vocabulary alias and a shortened name into the full name', () => {
    const text = 'Leicester, Leicestershire and Rutland (LLR) Probation Delivery Unit was inspected.\nThe Interim Head of LLR PDU replied.';
    expect(subjects(text, bare)).toEqual([['Leicester, Leicestershire and Rutland', true]]);
    const text2 = 'The Nottingham City PDU was inspected.\nThe report made six recommendations to Nottingham PDU.';
    expect(subjects(text2)).toEqual([['Nottingham City', true]]);
    expect(subjects('Birmingham North, East and Solihull PDU was inspected. Probation services in Birmingham and Solihull must improve.')).toEqual([
      ['Birmingham North, East and Solihull', true],
    ]);
  });

  it('scopes "Unlike" to its clause', () => {
    const text = 'Unlike many PDUs inspected, North and North East Lincolnshire PDU had reasonable staffing.';
    expect(crossRefScope(text)).toEqual([0, text.indexOf(',')]);
    expect(subjects(text)).toEqual([['North and North East Lincolnshire', true]]);
  });

  it('does not make a PDU named only weakly a subject', () => {
    expect(subjects('Staff in Sheffield said workloads were high.')).toEqual([['Sheffield', false]]);
  });

  it('finds a PDU named by its place before "the service" the sentence rates', () => {
    expect(names('Inspectors also visited Southwark, where the service was rated good.', bare)).toEqual(['Southwark']);
    expect(names('In Calderdale, inspectors found the service requires improvement.', bare)).toEqual(['Calderdale']);
    expect(names('In Cardiff and the Vale, probation was rated good.', bare)).toEqual(['Cardiff and the Vale']);
    expect(names("The probation service in Sheffield was rated inadequate, while Rotherham's requires improvement.", bare)).toEqual(['Sheffield', 'Rotherham']);
  });

  it('takes a kind of place for no name, and a sentence opening "Probation in ..." for a head', () => {
    expect(names("County's probation service 'requires improvement'", bare)).toEqual([]);
    expect(names("Probation in Cornwall 'requires improvement'", bare)).toEqual(['Cornwall']);
    expect(names('Most people on probation in Leeds are men.', bare)).toEqual([]);
  });

  it('cuts a list the text rates item by item, counts, or rates "respectively"', () => {
    expect(names('Probation services in North Essex and South Essex have been inspected. North Essex was rated inadequate and South Essex was rated good.', bare)).toEqual([
      'North Essex',
      'South Essex',
      'North Essex',
      'South Essex',
    ]);
    expect(names('The probation services in Camden and Islington, and Hackney and City were both found to be inadequate.', bare)).toEqual([
      'Camden and Islington',
      'Hackney and City',
    ]);
    expect(names('Probation services in Coventry and Warwickshire have been rated "requires improvement" and "inadequate" respectively.', bare)).toEqual([
      'Coventry',
      'Warwickshire',
    ]);
    // Rated as a whole, a list stays one name.
    expect(names('Probation services in Bury and Rochdale have been rated inadequate.', bare)).toEqual(['Bury and Rochdale']);
  });
});
