import { describe, expect, it } from 'vitest';
import { parseCount } from './numbers.ts';
import { findRecommendations } from './recommendations.ts';
import { paragraphs, sentences } from './sentences.ts';

function recs(text: string, complete = true) {
  const paras = paragraphs(text);
  return findRecommendations(text, sentences(text, paras), paras, complete).map((r) => ({ count: r.count, phrases: r.phrases.map((p) => p.text) }));
}

describe('counts', () => {
  it.each([
    ['seven', 7],
    ['11', 11],
    ['twenty-one', 21],
    ['Eight', 8],
    ['many', null],
  ])('%s → %s', (word, n) => expect(parseCount(word)).toBe(n));
});

describe('recommendations', () => {
  it('splits a listing sentence into complete phrases at "and to"', () => {
    expect(
      recs(
        'The report makes six recommendations, including to improve the quality of work to assess, plan for, manage, and review risk of harm and to conduct a learning analysis to understand the skills of the practitioner group and implement a system to ensure gaps in learning are met.',
      ),
    ).toEqual([
      {
        count: 6,
        phrases: [
          'improve the quality of work to assess, plan for, manage, and review risk of harm',
          'conduct a learning analysis to understand the skills of the practitioner group and implement a system to ensure gaps in learning are met',
        ],
      },
    ]);
  });

  it('keeps one phrase when "and" joins parts of one recommendation', () => {
    expect(recs('The report makes 7 recommendations, including to conduct an analysis of the skills, knowledge and experience within the group and implement a system.')).toEqual([
      { count: 7, phrases: ['conduct an analysis of the skills, knowledge and experience within the group and implement a system'] },
    ]);
  });

  it('keeps the count but no phrase when the text is cut off inside it', () => {
    expect(recs('The report makes eight recommendations, including to improve', false)).toEqual([{ count: 8, phrases: [] }]);
  });

  it('reads "Recommendations included ..." without a count', () => {
    expect(recs('Recommendations included ensuring appropriate activity was always undertaken following enquiries.')).toEqual([
      { count: null, phrases: ['ensuring appropriate activity was always undertaken following enquiries'] },
    ]);
  });

  it('reads a bullet list after a count sentence ending with a semicolon', () => {
    expect(recs('There were six overall recommendations made;\n• Improve the quality of the work to assess risk;\n• Conduct a learning analysis of the team.\nNext section')).toEqual([
      { count: 6, phrases: ['Improve the quality of the work to assess risk', 'Conduct a learning analysis of the team'] },
    ]);
  });

  it('does not count a mention of recommendations without a number', () => {
    expect(recs('We hope our recommendations will support Doncaster PDU on their journey.')).toEqual([]);
  });

  it('reads recommendations as news introduces them', () => {
    expect(recs("Recommendations made in the inspectorate's report including ensuring all staff received necessary training.")).toEqual([
      { count: null, phrases: ['ensuring all staff received necessary training'] },
    ]);
    expect(recs('Inspectors recommended improving the quality of risk assessment, ensuring all staff are trained in safeguarding and reducing caseloads for officers.')).toEqual([
      { count: null, phrases: ['improving the quality of risk assessment', 'ensuring all staff are trained in safeguarding', 'reducing caseloads for officers'] },
    ]);
    expect(recs('Among its recommendations, the report said the PDU should improve the quality of risk assessment.')).toEqual([
      { count: null, phrases: ['improve the quality of risk assessment'] },
    ]);
    expect(recs('The watchdog issued 12 recommendations to the service, including that it should improve the quality of risk assessment.')).toEqual([
      { count: 12, phrases: ['improve the quality of risk assessment'] },
    ]);
    expect(recs('Inspectors set out a list of nine recommendations.')).toEqual([{ count: 9, phrases: [] }]);
  });

  it('reads a list of recommendations a news report prints after "including:"', () => {
    expect(
      recs('The report made six recommendations, including:\n- improving the quality of risk assessments;\n- ensuring managers have time for oversight;\n- reducing workloads for probation officers.'),
    ).toEqual([
      {
        count: 6,
        phrases: ['improving the quality of risk assessments', 'ensuring managers have time for oversight', 'reducing workloads for probation officers'],
      },
    ]);
  });

  it('reads a report page\u2019s "X PDU should:" list under its recommendations', () => {
    const page = [
      'Recommendations',
      'As a result of our inspection findings, we have made six recommendations.',
      'Wigan PDU should:',
      '1. improve the quality of work to assess and manage risk of harm',
      '2. ensure that all staff complete domestic abuse training.',
      'Further text follows here.',
    ].join('\n');
    expect(recs(page).flatMap((r) => r.phrases)).toEqual(['improve the quality of work to assess and manage risk of harm', 'ensure that all staff complete domestic abuse training']);
    expect(recs('Leaders should:\n1. improve staffing levels across the unit').flatMap((r) => r.phrases)).toEqual([]);
  });
});
