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
});
