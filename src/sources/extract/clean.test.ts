import { describe, expect, it } from 'vitest';
import { FAKE } from '../../../test/support/contacts.ts';
import { originalSpan, prepare } from './clean.ts';

describe('clean', () => {
  it('unifies quotes, dashes and spaces one for one, keeping offsets', () => {
    const text = 'Leeds PDU rated \u2018Inadequate\u2019 \u2013 \u201cfragile\u201d\u00a0now';
    const p = prepare(text);
    expect(p.norm).toBe('Leeds PDU rated \'Inadequate\' - "fragile" now');
    const at = p.norm.indexOf("'Inadequate'");
    expect(originalSpan(p, at, at + 12).quote).toBe('\u2018Inadequate\u2019');
  });

  it('drops invisible characters and CRLF carriage returns, mapping back exactly', () => {
    const text = 'Kirk\u200blees PDU\r\nrated \u00adInadequate';
    const p = prepare(text);
    expect(p.norm).toBe('Kirklees PDU\nrated Inadequate');
    const s = originalSpan(p, 0, 12);
    expect(s.quote).toBe('Kirk\u200blees PDU');
    expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('blanks page noise without moving anything', () => {
    const text = [
      'URL: https://example.gov.uk/news/x',
      '',
      'Are you OK with cookies?',
      'Skip to content',
      'All content is available under the Open Government Licence v3.0, except where otherwise stated.',
      'or write to:',
      'Information Policy Team,',
      'The National Archives,',
      'Kew,',
      'London TW9 4DU',
      `or email: ${FAKE.email}.`,
      'This publication is available at:',
      'https://hmiprobation.justiceinspectorates.gov.uk.',
      'Leeds PDU rated Inadequate',
      'ENDS',
    ].join('\n');
    const p = prepare(text);
    expect(p.norm.length).toBe(text.length);
    expect(p.url).toBe('https://example.gov.uk/news/x');
    expect(p.norm.trim()).toBe('Leeds PDU rated Inadequate');
    expect(p.norm).not.toMatch(/London|cookies|Kew|Licence/);
  });

  it('re-joins sentences broken across lines in hard-wrapped text', () => {
    const text = [
      '1. HMiP visited in March 2025 and examined 71 cases which consisted of both',
      '',
      'Community Orders and Post Custody licences. LLR had previously been inspected in',
      '',
      'November/December 2022 and the overall outcome for LLR was Inadequate, a similar',
      'picture to many other PDUs across the country and in the region as a whole, as the',
      'report said in its summary of findings.',
      '2. There were six overall recommendations made;',
      '• Improve the quality of the work to assess and review risk of harm ensuring',
      'all available information is accessed and utilised;',
      '• Conduct a learning analysis to understand the skills and knowledge of the team;',
    ].join('\n');
    const p = prepare(text);
    expect(p.wrapped).toBe(true);
    expect(p.norm).toMatch(/inspected in\s+November\/December 2022 and/);
    expect(p.norm).toMatch(/ensuring all available/);
    expect(p.norm).toMatch(/utilised;\n• Conduct/);
  });

  it('leaves ordinary one-paragraph-per-line text alone', () => {
    const text = 'Headline without a full stop\nFirst paragraph. It ends.\nSecond paragraph ends too.';
    expect(prepare(text).norm).toBe(text);
  });

  it('blanks a news site\u2019s ", external" link label and calls to action, not the adjective', () => {
    const text = "Subscribe Now\nRecommendations made in the inspectorate's report, external including ensuring staff are trained.\nFollow us on Facebook, external, Instagram, external and X, external.\nIt worked with the police, external partners and councils.";
    const p = prepare(text);
    expect(p.norm.length).toBe(text.length);
    expect(p.norm).not.toMatch(/Subscribe|report, external|Facebook, external|X, external/);
    expect(p.norm).toMatch(/inspectorate's report\s+including ensuring/);
    expect(p.norm).toMatch(/the police, external partners/);
  });
});
