import { describe, expect, it } from 'vitest';
import { FAKE } from '../../../test/support/contacts.ts';
import { isChiefInspectorOfProbation, findPeople } from './people.ts';
import { paragraphs } from './sentences.ts';

const people = (text: string) => findPeople(text).map((p) => [p.name, p.role]);

describe('people', () => {
  it('reads "NAME, ROLE, said" and "ROLE NAME said"', () => {
    expect(people('Martin Jones, Chief Inspector of Probation, said: "It was pleasing."')).toEqual([['Martin Jones', 'Chief Inspector of Probation']]);
    expect(people('Chief Inspector of Probation Justin Russell said: "These are poor."')).toEqual([['Justin Russell', 'Chief Inspector of Probation']]);
    expect(people('The chief inspector of probation Justin Russell said he was shocked.')).toEqual([['Justin Russell', 'chief inspector of probation']]);
    expect(people('Chief Inspector Justin Russell said despite positive foundations')).toEqual([['Justin Russell', 'Chief Inspector']]);
    expect(people('Martin Jones CBE, HM Chief Inspector of Probation, said: "Good."')).toEqual([['Martin Jones', 'HM Chief Inspector of Probation']]);
    expect(people('"We were pleased," said Martin Jones, Chief Inspector of Probation.')).toEqual([['Martin Jones', 'Chief Inspector of Probation']]);
  });

  it('reads who led an inspection and bylines', () => {
    expect(people('This inspection was led by HM Inspector Yvonne McGuckian and supported by a team.')).toEqual([
      ['Yvonne McGuckian', 'HM Inspector (led the inspection)'],
    ]);
    expect(people('Author: Abigail Marlow, Local Democracy Reporting ServicePublished 15th Nov 2024')).toEqual([
      ['Abigail Marlow', 'Author, Local Democracy Reporting Service'],
    ]);
    const page = 'Manchester Evening News\nManchester Evening News\nNational\nSophie Halle-Richards\n\nHeadline here';
    expect(findPeople(page, paragraphs(page).slice(0, 4)).map((p) => [p.name, p.role])).toEqual([
      ['Sophie Halle-Richards', 'byline (Manchester Evening News)'],
    ]);
  });

  it('keeps a contact’s name and role but never their phone number or e-mail address', () => {
    const found = findPeople(`For media enquiries, please contact Jo Bloggs, Head of Communications ${FAKE.mobile} / ${FAKE.email}`);
    expect(found.map((p) => [p.name, p.role])).toEqual([['Jo Bloggs', 'Head of Communications']]);
    const board = findPeople(`Kaye Knowles - Interim Head of LLR PDU Tel: ${FAKE.cityLine} Email: ${FAKE.govEmail}`);
    expect(board.map((p) => [p.name, p.role])).toEqual([['Kaye Knowles', 'Interim Head of LLR PDU']]);
  });

  it('does not take institutions or places for people', () => {
    expect(people('HM Inspectorate of Probation said the Probation Service must act. Inspectors said so.')).toEqual([]);
  });

  it('knows the Chief Inspector of Probation from other chief inspectors', () => {
    expect(isChiefInspectorOfProbation('Chief Inspector of Probation')).toBe(true);
    expect(isChiefInspectorOfProbation('chief inspector of probation')).toBe(true);
    expect(isChiefInspectorOfProbation('HM Chief Inspector of Probation')).toBe(true);
    expect(isChiefInspectorOfProbation('Chief Inspector')).toBe(true);
    expect(isChiefInspectorOfProbation('HM Chief Inspector of Prisons')).toBe(false);
  });

  it('reads the chief inspector under the title forms news uses', () => {
    expect(people('It faced high vacancies, said Chief Inspector of Probation Justin Russell.')).toEqual([['Justin Russell', 'Chief Inspector of Probation']]);
    expect(people('Martin Jones, chief inspector of probation said there had been signs.')).toEqual([['Martin Jones', 'chief inspector of probation']]);
    expect(people('Justin Russell, who is the chief inspector of probation, said staff were committed.')).toEqual([['Justin Russell', 'chief inspector of probation']]);
    expect(people('Justin Russell, chief inspector at Her Majesty\'s Inspectorate of Probation, found high vacancy rates.')).toEqual([
      ['Justin Russell', "chief inspector at Her Majesty's Inspectorate of Probation"],
    ]);
    expect(isChiefInspectorOfProbation('Interim Chief Inspector of Probation')).toBe(true);
    expect(isChiefInspectorOfProbation('chief probation inspector')).toBe(true);
    expect(isChiefInspectorOfProbation('Deputy Chief Inspector of Probation')).toBe(false);
    expect(isChiefInspectorOfProbation('former Chief Inspector of Probation')).toBe(false);
    expect(isChiefInspectorOfProbation('Inspector')).toBe(false);
  });

  it('reads a byline above or below the publication line', () => {
    const page = "'Significant problems' found at probation unit\nAndrew Strachan\nBBC News, Derby\nInspectors raised several significant problems at a probation service which has been rated inadequate.";
    expect(findPeople(page, paragraphs(page).slice(0, 3)).map((p) => [p.name, p.role])).toEqual([['Andrew Strachan', 'byline (BBC News, Derby)']]);
  });

  it('reads the inspectorate\u2019s head under the titles news gives', () => {
    for (const role of ['head of HM Inspectorate of Probation', 'heads the probation inspectorate', 'Inspectorate chief', "the probation watchdog's chief", 'Probation chief inspector']) {
      expect(isChiefInspectorOfProbation(role), role).toBe(true);
    }
    // The head of a programme of the inspectorate, or a probation chief of the Probation Service, is not.
    expect(isChiefInspectorOfProbation('head of probation inspection programme for HM Inspectorate of Probation')).toBe(false);
    expect(isChiefInspectorOfProbation('probation chief')).toBe(false);
    expect(people('The head of HM Inspectorate of Probation, Martin Jones, said staff were stretched.')).toEqual([['Martin Jones', 'head of HM Inspectorate of Probation']]);
    expect(people('Martin Jones, who heads the probation inspectorate, said staff were stretched.')).toEqual([['Martin Jones', 'heads the probation inspectorate']]);
    expect(people('Inspectorate chief Martin Jones said staff were stretched.')).toEqual([['Martin Jones', 'Inspectorate chief']]);
  });

  it('never takes page furniture for a person', () => {
    const page = 'Subscribe Now\nTop Stories\nProbation service told to improve\nThe service was rated.';
    expect(findPeople(page, paragraphs(page).slice(0, 3))).toEqual([]);
  });
});
