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

  it('names a PDU only as "the probation service in X", "X probation" or "probation services in X and Y", with or without a vocabulary', () => {
    const cases: Array<[string, Array<[string, string]>]> = [
      ['Probation service in Suffolk told to improve\n\nThe probation service in Suffolk has been rated as requiring improvement by inspectors.', [['Suffolk', 'Requires improvement']]],
      ["Probation in Cornwall 'requires improvement'\n\nInspectors found staff were committed but workloads were too high.", [['Cornwall', 'Requires improvement']]],
      ["Norfolk probation 'inadequate', say inspectors\n\nThe service was found to be inadequate after a visit by inspectors.", [['Norfolk', 'Inadequate']]],
      ['Two probation services rated\n\nInspectors rated the probation service in Gloucestershire as good. The probation service in Wiltshire was found to be inadequate.', [
        ['Gloucestershire', 'Good'],
        ['Wiltshire', 'Inadequate'],
      ]],
      ['Probation inspections\n\nInspectors rated Derby City probation as requiring improvement. Derbyshire probation was rated inadequate.', [
        ['Derby City', 'Requires improvement'],
        ['Derbyshire', 'Inadequate'],
      ]],
      ['Two probation services\n\nProbation services in North Essex and South Essex have been inspected.\nNorth Essex was rated inadequate and South Essex was rated as requiring improvement.', [
        ['North Essex', 'Inadequate'],
        ['South Essex', 'Requires improvement'],
      ]],
      ['Coventry and Warwickshire probation services rated\n\nProbation services in Coventry and Warwickshire have been rated "requires improvement" and "inadequate" respectively.', [
        ['Coventry', 'Requires improvement'],
        ['Warwickshire', 'Inadequate'],
      ]],
      ["Two South Yorkshire probation services rated\n\nThe probation service in Sheffield was rated inadequate, while Rotherham's requires improvement.", [
        ['Sheffield', 'Inadequate'],
        ['Rotherham', 'Requires improvement'],
      ]],
      ['Probation in Lambeth inadequate\n\nThe probation service in Lambeth was rated inadequate. Inspectors also visited Southwark, where the service was rated good.', [
        ['Lambeth', 'Inadequate'],
        ['Southwark', 'Good'],
      ]],
      ["Kent probation services inspected\n\nInspectors rated West Kent's probation service inadequate and East Kent's good.", [
        ['West Kent', 'Inadequate'],
        ['East Kent', 'Good'],
      ]],
    ];
    for (const v of [vocabulary, EMPTY_VOCABULARY]) {
      for (const [text, want] of cases) expect(extractWith(text, v).inspections.map((i) => [i.pdu, i.rating]), text).toEqual(want);
    }
  });

  it('never gives one PDU of a news report the rating said of another, or of them together', () => {
    // "The service" after a sentence naming two: either could be meant, so neither is rated.
    expect(extract('Probation inspections in Yorkshire\n\nProbation services in Wakefield and Leeds were inspected earlier this year.\nThe service was rated inadequate.').inspections).toEqual([]);
    const two = extract('Probation inspections in Yorkshire\n\nWakefield probation service was rated as requiring improvement.\nLeeds probation service was also inspected. It was rated inadequate.');
    expect(two.inspections.map((i) => [i.pdu, i.rating])).toEqual([
      ['Wakefield', 'Requires improvement'],
      ['Leeds', 'Inadequate'],
    ]);
    const passing = extract("Leeds probation 'inadequate'\n\nLeeds probation service has been rated inadequate. Last year, the neighbouring Wakefield service was rated good.");
    expect(passing.inspections.map((i) => [i.pdu, i.rating])).toEqual([['Leeds', 'Inadequate']]);
  });

  it('takes a rating stated only in the headline', () => {
    const x = extract('Inadequate rating for Bolton probation\n\nThe Bolton probation service was inspected in January 2025. Inspectors found high workloads.');
    expect(x.inspections.map((i) => [i.pdu, i.rating, i.fieldwork])).toEqual([['Bolton', 'Inadequate', '2025-01']]);
  });

  it('reads the previous inspection as news and report pages write it', () => {
    const cases: Array<[string, string, number]> = [
      ["Hull probation service rated good\n\nHull's probation service has been rated good, an improvement on the inadequate rating it received in 2022.", 'Inadequate', 2022],
      ['Probation service still failing\n\nKirklees probation service has been rated inadequate. It has not improved since 2023, when it was also rated inadequate.', 'Inadequate', 2023],
      ["Probation service slips\n\nDoncaster's probation service, which was rated good when it was last inspected in 2022, now requires improvement.", 'Good', 2022],
      ['Sheffield Probation Service rated inadequate again\n\nSheffield Probation Service has again been judged inadequate by inspectors, who first rated it inadequate in 2023.', 'Inadequate', 2023],
      [
        "An inspection of probation services in York PDU\n\nForeword (Back to top)\n\nYork Probation Delivery Unit (PDU) was last inspected by HM Inspectorate of Probation in 2022, when it was rated as 'Good' overall. This led to an overall rating of 'Requires improvement'.",
        'Good',
        2022,
      ],
      ["An inspection of probation services in York PDU\n\nForeword\n\nYork PDU was previously rated Good in 2022. The PDU is now rated 'Requires improvement'.", 'Good', 2022],
    ];
    for (const [text, rating, year] of cases) expect(extract(text).inspections.map((i) => [i.previousRating, i.previousInspectionYear]), text).toEqual([[rating, year]]);
  });

  it('reads fieldwork months as news writes them', () => {
    const suffolk = extract(
      "County's probation service 'requires improvement'\n\nIn February 2024, His Majesty's Inspectorate of Probation spent two weeks assessing the Suffolk Probation Delivery Unit.",
    );
    expect(suffolk.inspections.map((i) => [i.pdu, i.fieldwork])).toEqual([['Suffolk', '2024-02']]);
    const somerset = extract('Somerset probation service requires improvement, says report\n\nThe inspection, in June 2023, found that Somerset PDU was committed.');
    expect(somerset.inspections.map((i) => [i.pdu, i.fieldwork])).toEqual([['Somerset', '2023-06']]);
  });

  it('records the rule that took each fact', () => {
    const rules = Object.fromEntries(x.inspections[0]!.evidence.map((e) => [e.field, e.rule]));
    expect(rules).toMatchObject({ pdu: 'pdu-marker', fieldwork: 'fieldwork-sentence', published: 'published-on', pdusInRegion: 'pdus-in-region' });
    for (const e of x.inspections[0]!.evidence) expect(e.rule, e.field).toBeTruthy();
  });
});
