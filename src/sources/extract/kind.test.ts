import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../seed/vocabulary.ts';
import { classifyKind as classify, isReportPage } from './kind.ts';
import { lexiconOf } from './lexicon.ts';

const lex = lexiconOf(await loadVocabulary());
const classifyKind = (text: string, url: string | null) => classify(text, url, lex);

describe('document kind', () => {
  it('uses the URL host when there is one', () => {
    expect(classifyKind('text', 'https://hmiprobation.justiceinspectorates.gov.uk/news/x')).toBe('PRESS_RELEASE');
    expect(classifyKind('text', 'https://hmiprobation.justiceinspectorates.gov.uk/?p=4510')).toBe('PRESS_RELEASE');
    expect(classifyKind('text', 'https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2022/11/x/')).toBe('PRESS_RELEASE');
    expect(classifyKind('text', 'https://hmiprobation.justiceinspectorates.gov.uk/document/an-inspection-of-x')).toBe('OTHER');
    expect(classifyKind('text', 'https://feeds.bbci.co.uk/news/uk-england-london-63714964')).toBe('NEWS');
    expect(classifyKind('text', 'https://www.parliament.uk/business/x')).toBe('PARLIAMENTARY_ANSWER');
    expect(classifyKind('text', 'https://www.example-local-paper.co.uk/news/x')).toBe('NEWS');
  });

  it('recognises a parliamentary answer and a board paper by their form', () => {
    expect(classifyKind('Question to the Ministry of Justice:\nTo ask the Secretary of State for Justice, what...\nAnswered by\nX', null)).toBe(
      'PARLIAMENTARY_ANSWER',
    );
    expect(classifyKind('Purpose of report\n1. To update the Board.\nRecommendations for the Board\nOfficer to contact', null)).toBe('BOARD_REPORT');
  });

  it('falls back on press-release and news furniture, then on the inspectorate’s voice', () => {
    expect(classifyKind('Leeds PDU rated Inadequate\n...\nNotes to editor\n1. ...', null)).toBe('PRESS_RELEASE');
    expect(classifyKind('Author: Jane Doe, Local Democracy Reporting Service\nKirklees PDU ...', null)).toBe('NEWS');
    expect(
      classifyKind("Leeds PDU has received an overall rating of 'Inadequate' following an inspection by His Majesty's Inspectorate of Probation.", null),
    ).toBe('PRESS_RELEASE');
    expect(classifyKind('A recipe for scones.', null)).toBe('OTHER');
  });

  it('takes an inspectorate\u2019s report page for OTHER, even at a "?p=" address like a press release', () => {
    const page = 'An inspection of probation services in Gateshead and South Tyneside PDU\n\nForeword (Back to top)\n\nThe PDU was last inspected in 2022.';
    expect(classifyKind(page, 'https://hmiprobation.justiceinspectorates.gov.uk/?p=4259')).toBe('OTHER');
    expect(classifyKind('Foreword\nThis inspection of Leeds PDU found ...', 'https://hmiprobation.justiceinspectorates.gov.uk/?p=1')).toBe('OTHER');
    expect(classifyKind(page, null)).toBe('OTHER');
    // A press release at such an address stays one; a news headline worded like a title stays news.
    expect(classifyKind("Leeds PDU rated 'Inadequate'\n\nLeeds PDU has received an overall rating of 'Inadequate'.", 'https://hmiprobation.justiceinspectorates.gov.uk/?p=570')).toBe(
      'PRESS_RELEASE',
    );
    expect(isReportPage('An inspection of probation services in Suffolk found staff lacked knowledge\n\nThe county ...')).toBe(false);
    expect(classifyKind(page, 'https://www.example-local-paper.co.uk/news/x')).toBe('NEWS');
  });
});
