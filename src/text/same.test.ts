/**
 * The near-duplicate rule on real findings: pairs that are one finding reported twice (a press
 * release and a news report of it), and pairs from one inspection that are different findings.
 */
import { describe, expect, it } from 'vitest';
import { nearDuplicate } from './same.ts';

const SAME: Array<[string, string]> = [
  [
    'Leaders at Kirklees PDU have developed strategic relationships across West Yorkshire and Kirklees and inspectors were pleased with the “unique” initiatives on offer, including intervention programmes to address knife crime.',
    'According to the report, there have been some “notable improvements”, with leaders at Kirklees PDU having developed strategic relationships across West Yorkshire and Kirklees.',
  ],
  [
    'Work to keep other people safe was also found to be weak, particularly with child safeguarding, although inspectors were encouraged that direct access to child safeguarding information would be available from October 2024.',
    'An inspection that found “significant failings” in casework and described work to keep other people safe as “weak”.',
  ],
  [
    "Inspectors said practitioners' ‘insufficient analysis of domestic abuse and safeguarding information’ had led to the concerns.",
    'The report highlights insufficient analysis of domestic abuse and child abuse information resulting in people not being kept safe.',
  ],
  ['The leadership team had taken positive steps to address staffing challenges.', 'The leadership team had taken positive steps to address staffing challenges.'],
];

const DIFFERENT: Array<[string, string]> = [
  ['Leaders had maintained a strong focus on developing effective service provision for people on probation.', 'Since the previous inspection, leaders had maintained a strong focus on partnership working.'],
  ['Levels of experience were an area for improvement.', 'The delivery of sentences was an area for improvement.'],
  ['Senior Probation Officer capacity, and its impact on the quality of oversight, were an area for improvement.', "Practitioners' confidence in delivering interventions was an area for improvement."],
  ['Information from key safeguarding partners was not always gathered as required.', 'Information relating to safeguarding, and police information, was not always used to its full potential.'],
  ['There were significant gaps in the availability of mental health treatment requirements for people on probation.', 'A lack of infrastructure meant that mental health treatment requirements were not being recommended by the PDU or used across Leeds.'],
];

describe('nearDuplicate', () => {
  it.each(SAME)('merges one finding reported twice: %s', (a, b) => {
    expect(nearDuplicate(a, b)).toBe(true);
    expect(nearDuplicate(b, a)).toBe(true);
  });
  it.each(DIFFERENT)('keeps different findings apart: %s', (a, b) => {
    expect(nearDuplicate(a, b)).toBe(false);
    expect(nearDuplicate(b, a)).toBe(false);
  });
});
