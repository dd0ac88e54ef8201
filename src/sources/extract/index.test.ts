import { describe, expect, it } from 'vitest';
import { FAKE } from '../../../test/support/contacts.ts';
import { EMPTY_VOCABULARY } from '../../model/vocabulary.ts';
import { loadVocabulary } from '../seed/vocabulary.ts';
import { extract as extractWith } from './index.ts';
import { Extraction } from './types.ts';

const vocabulary = await loadVocabulary();
const extract = (text: string) => extractWith(text, vocabulary);

function evidenceHolds(text: string, x: Extraction): void {
  const all = [
    ...x.document.evidence,
    ...x.inspections.flatMap((i) => i.evidence),
    ...x.people.flatMap((p) => p.evidence),
    ...x.findings.map((f) => f.evidence),
    ...x.quotes.map((q) => q.evidence),
  ];
  for (const e of all) expect(text.slice(e.start, e.end)).toBe(e.quote);
  for (const p of x.policiesMentioned) expect(text.slice(p.start, p.end)).toBe(p.matched);
}

const RELEASE = [
  'Hull and East Riding PDU rated \u2018Requires improvement\u2019',
  '',
  'Hull and East Riding Probation Delivery Unit (PDU) has received an overall rating of \u2018Requires improvement\u2019 following an inspection by His Majesty\u2019s Inspectorate of Probation. This is the second inspection of this PDU, having previously been rated \u2018Inadequate\u2019 in 2022.',
  '',
  'Martin Jones, Chief Inspector of Probation, said: \u201cStaff were committed and leaders were respected. However, work to keep people safe was not good enough.\u201d',
  '',
  'Inspectors found management oversight was insufficient in too many cases.',
  '',
  'The report makes five recommendations, including to improve the quality of risk assessments and to ensure managers have time for oversight.',
  '',
  'Notes to editors',
  '1. Fieldwork for this inspection took place between November and December 2024.',
  '2. Hull and East Riding PDU is one of 11 PDUs in the Yorkshire and the Humber region.',
  '3. The report is available at justiceinspectorates.gov.uk/hmiprobation on 6 March 2025.',
  `4. For media enquiries, please contact Jane Doe, Press Officer, on ${FAKE.landline} or ${FAKE.govEmail}.`,
].join('\n');

describe('extract', () => {
  const x = extract(RELEASE);

  it('returns the contract format, valid against its schema', () => {
    expect(Extraction.safeParse(x).success).toBe(true);
    expect(x.document).toMatchObject({ kind: 'PRESS_RELEASE', publishedOn: '2025-03-06', complete: true });
  });

  it('states every inspection fact the text gives', () => {
    expect(x.inspections).toHaveLength(1);
    expect(x.inspections[0]).toMatchObject({
      pdu: 'Hull and East Riding',
      rating: 'Requires improvement',
      previousRating: 'Inadequate',
      previousInspectionYear: 2022,
      region: 'Yorkshire and the Humber',
      pdusInRegion: 11,
      fieldwork: '2024-11',
      fieldworkTo: '2024-12',
      published: '2025-03-06',
      recommendationCount: 5,
      recommendationsQuoted: ['improve the quality of risk assessments', 'ensure managers have time for oversight'],
      chiefInspector: 'Martin Jones',
    });
  });

  it('gives evidence for every fact, as exact words at exact offsets of the original', () => {
    const fields = new Set(x.inspections[0]!.evidence.map((e) => e.field));
    for (const f of ['pdu', 'rating', 'previousRating', 'previousInspectionYear', 'region', 'pdusInRegion', 'fieldwork', 'fieldworkTo', 'published', 'recommendationCount', 'chiefInspector']) {
      expect(fields.has(f), f).toBe(true);
    }
    evidenceHolds(RELEASE, x);
  });

  it('finds people, quotes and findings, and no contact details', () => {
    expect(x.people.map((p) => [p.name, p.role])).toEqual([
      ['Martin Jones', 'Chief Inspector of Probation'],
      ['Jane Doe', 'Press Officer'],
    ]);
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Martin Jones']);
    expect(x.findings).toContainEqual(
      expect.objectContaining({ polarity: 'CONCERN', pdu: 'Hull and East Riding', text: 'Inspectors found management oversight was insufficient in too many cases.' }),
    );
    expect(JSON.stringify(x)).not.toMatch(/020 7946|@example/);
  });

  it('leaves unstated facts null: a month without a year, a date that is not the report’s', () => {
    const text =
      'Wigan PDU rated \u2018Requires improvement\u2019\nHM Inspectorate of Probation visited Wigan in March.\nFrom October 2025 the Inspectorate will run a new programme.';
    const y = extract(text);
    expect(y.inspections[0]).toMatchObject({ pdu: 'Wigan', fieldwork: null, published: null, region: null, recommendationCount: null });
    evidenceHolds(text, y);
  });

  it('applies collective statements to every PDU they cover', () => {
    const area = extract(
      'Probation services in Nottinghamshire have been rated "inadequate" following visits by inspectors.\nThe Nottingham City Probation Delivery Unit (PDU) and the Nottinghamshire PDU were separately inspected.',
    );
    expect(area.inspections.map((i) => [i.pdu, i.rating])).toEqual([
      ['Nottinghamshire', 'Inadequate'],
      ['Nottingham City', 'Inadequate'],
    ]);
    const respectively = extract(
      "Sheffield PDU and Hull and East Riding PDU have been rated 'Inadequate' and 'Requires improvement', respectively.",
    );
    expect(respectively.inspections.map((i) => [i.pdu, i.rating])).toEqual([
      ['Sheffield', 'Inadequate'],
      ['Hull and East Riding', 'Requires improvement'],
    ]);
    const crossRef = extract(
      "Kirklees PDU has been rated 'Inadequate'. The other three are Sheffield PDU (rated 'Inadequate') and York PDU (rated 'Good').",
    );
    expect(crossRef.inspections.map((i) => i.pdu)).toEqual(['Kirklees']);
    expect(crossRef.otherPdusMentioned.map((o) => [o.pdu, o.rating])).toEqual([
      ['Sheffield', 'Inadequate'],
      ['York', 'Good'],
    ]);
  });

  it('copes with texts that state nothing', () => {
    for (const text of ['', '   \n\n', 'A recipe for scones.', '\u201c\u201d\u2018', 'PDU PDU PDUs', 'The weather in Leeds was fine today.']) {
      const y = extract(text);
      expect(Extraction.safeParse(y).success).toBe(true);
      expect(y.inspections).toEqual([]);
    }
  });

  it('reports no inspection where no PDU is rated (a PDU named in passing is only mentioned)', () => {
    const y = extract('Chief Inspector of Probation reappointed\nJustin Russell has led inspections of probation services in Sheffield, Leeds and Kirklees.');
    expect(y.inspections).toEqual([]);
    expect(y.otherPdusMentioned.map((o) => o.pdu)).toEqual(['Sheffield', 'Leeds', 'Kirklees']);
  });

  it('finds PDUs in news forms without the word PDU, with or without a vocabulary', () => {
    const headline = 'Dyfed Powys probation requires improvement, review finds\n\nInspectors found staff were committed but workloads were high.';
    const two = 'Probation services in Bradford and Calderdale were rated inadequate, while the service in Wakefield was found to require improvement.';
    for (const v of [vocabulary, EMPTY_VOCABULARY]) {
      expect(extractWith(headline, v).inspections.map((i) => [i.pdu, i.rating])).toEqual([['Dyfed Powys', 'Requires improvement']]);
      expect(extractWith(two, v).inspections.map((i) => [i.pdu, i.rating])).toEqual([
        ['Bradford and Calderdale', 'Inadequate'],
        ['Wakefield', 'Requires improvement'],
      ]);
    }
    // A headline naming the area of the PDUs the report goes on to name is not one of them.
    const area = "Merseyside probation services ordered to improve\n\nLiverpool North PDU and Knowsley PDU were both rated 'Inadequate'.";
    expect(extract(area).inspections.map((i) => i.pdu)).toEqual(['Liverpool North', 'Knowsley']);
  });

  it('reads the previous inspection, fieldwork, counts and the chief inspector as news writes them', () => {
    const news = [
      'Sheffield probation unit rated inadequate again',
      '',
      "Sheffield's probation service has been rated inadequate for the second time since it was last inspected in 2023.",
      'Inspectors visited in January 2024 and made six recommendations.',
      'It faced high vacancies, said HM Chief Inspector of Probation Martin Jones.',
    ].join('\n');
    expect(extract(news).inspections[0]).toMatchObject({
      pdu: 'Sheffield', rating: 'Inadequate', previousRating: 'Inadequate', previousInspectionYear: 2023,
      fieldwork: '2024-01', recommendationCount: 6, chiefInspector: 'Martin Jones',
    });
  });

  it('records the rule that took each fact', () => {
    const rules = Object.fromEntries(x.inspections[0]!.evidence.map((e) => [e.field, e.rule]));
    expect(rules).toMatchObject({ pdu: 'pdu-marker', fieldwork: 'fieldwork-sentence', published: 'published-on', pdusInRegion: 'pdus-in-region' });
    for (const e of x.inspections[0]!.evidence) expect(e.rule, e.field).toBeTruthy();
  });
});
