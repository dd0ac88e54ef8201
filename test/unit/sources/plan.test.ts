import { describe, expect, it } from 'vitest';
import { documentKey, knownRecommendation, monthFromUrl, planIngest, sha256Of } from '../../../src/sources/ingest/plan/index.ts';
import type { Evidence, Extraction, ExtractedInspection } from '../../../src/sources/extract/types.ts';
import { EMPTY_WORLD, type World, type WorldInspection } from '../../../src/sources/ingest/world.ts';
import type { GraphBatch } from '../../../src/graph/batch.ts';
import { EMPTY_VOCABULARY, type Knowledge } from '../../../src/model/vocabulary.ts';

const TEXT = `URL: https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2024/12/example/

Example Town PDU rated ‘Inadequate’

Example Town Probation Delivery Unit (PDU) has received an overall rating of ‘Inadequate’ following an inspection by HM Inspectorate of Probation. Example Town PDU is one of 11 PDUs in the Yorkshire & the Humber region.

Martin Jones, Chief Inspector of Probation, said: “Managers at Example Town had too little time for oversight of cases.”

Inspectors found that management oversight was insufficient in most cases.

The report makes two recommendations, including to ensure managers have enough time to oversee cases and to improve the quality of risk assessment.

Fieldwork for this inspection took place in October 2024. Since the Probation Reset, and with HDC, pressures grew.

Sophie Writer, reporter
`;

function ev(field: string, quote: string, text = TEXT): Evidence {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { field, quote, start, end: start + quote.length };
}

function inspection(over: Partial<ExtractedInspection> = {}): ExtractedInspection {
  return {
    pdu: 'Example Town', rating: 'Inadequate', previousRating: null, previousInspectionYear: null,
    region: 'Yorkshire & the Humber', pdusInRegion: 11, fieldwork: '2024-10', fieldworkTo: null, published: null,
    recommendationCount: 2,
    recommendationsQuoted: ['ensure managers have enough time to oversee cases', 'improve the quality of risk assessment'],
    chiefInspector: 'Martin Jones',
    evidence: [
      ev('pdu', 'Example Town'),
      ev('rating', 'has received an overall rating of ‘Inadequate’'),
      ev('region', 'Example Town PDU is one of 11 PDUs in the Yorkshire & the Humber region.'),
      ev('fieldwork', 'Fieldwork for this inspection took place in October 2024.'),
      ev('recommendationCount', 'The report makes two recommendations'),
      ev('recommendationsQuoted[0]', 'ensure managers have enough time to oversee cases'),
      ev('recommendationsQuoted[1]', 'improve the quality of risk assessment'),
      ev('chiefInspector', 'Martin Jones, Chief Inspector of Probation, said'),
    ],
    ...over,
  };
}

function extraction(over: Partial<Extraction> = {}): Extraction {
  return {
    document: {
      kind: 'PRESS_RELEASE', title: 'Example Town PDU rated ‘Inadequate’', publishedOn: null,
      url: 'https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2024/12/example/', complete: true, evidence: [],
    },
    inspections: [inspection()],
    people: [
      { name: 'Martin Jones', role: 'Chief Inspector of Probation', evidence: [ev('name', 'Martin Jones, Chief Inspector of Probation, said')] },
      { name: 'Sophie Writer', role: 'reporter', evidence: [ev('name', 'Sophie Writer, reporter')] },
    ],
    findings: [{ text: 'Inspectors found that management oversight was insufficient in most cases.', polarity: 'CONCERN', pdu: 'Example Town', evidence: ev('text', 'Inspectors found that management oversight was insufficient in most cases.') }],
    quotes: [{ text: 'Managers at Example Town had too little time for oversight of cases.', speaker: 'Martin Jones', evidence: ev('text', 'Managers at Example Town had too little time for oversight of cases.') }],
    policiesMentioned: [
      { code: 'RESET', matched: 'Probation Reset', ...span('Probation Reset') },
      { code: 'HDC', matched: 'HDC', ...span('HDC') },
    ],
    otherPdusMentioned: [],
    ...over,
  };
}

function span(quote: string) {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length };
}

const WORLD: World = {
  ...EMPTY_WORLD,
  regions: [{ id: 'region:yorkshire-and-the-humber', name: 'Yorkshire and the Humber', aliases: [] }],
  people: [{ id: 'person:martin-jones', name: 'Martin Jones', aliases: ['Mr Jones'], roles: [{ title: 'Chief Inspector of Probation', organisationId: 'organisation:hm-inspectorate-of-probation' }] }],
  organisations: [{ id: 'organisation:hm-inspectorate-of-probation', name: 'HM Inspectorate of Probation', aliases: ['HMIP'] }],
  policies: [
    { id: 'policy:sds40', code: 'SDS40', name: 'Standard Determinate Sentence release at 40%', aliases: [], patterns: [], pressure: true, inForceFrom: '2024-09-10', inForceUntil: null },
    { id: 'policy:probation-reset', code: 'PROBATION_RESET', name: 'Probation Reset', aliases: [], patterns: [], pressure: true, inForceFrom: '2024-04-29', inForceUntil: null },
  ],
  themes: [{ id: 'theme:management-oversight', key: 'management-oversight', phrases: ['management oversight'] }],
};

const KNOWLEDGE: Knowledge = {
  vocabulary: { ...EMPTY_VOCABULARY, publishers: [{ name: 'HM Inspectorate of Probation', hosts: ['justiceinspectorates.gov.uk/hmiprobation'], kind: 'INSPECTORATE', licence: 'OGL-3.0' }] },
  dateRules: { fieldworkBeforePublicationMonths: 6 },
  documentDates: new Map(),
};

const rels = (batch: GraphBatch, type: string) => batch.relationships.filter((g) => g.type === type).flatMap((g) => g.rows.map((r) => ({ ...r, from: r.from, to: r.to })));
const node = (batch: GraphBatch, label: Parameters<GraphBatch['has']>[0], id: string) => batch.nodes.get(label)?.get(id)?.props;

describe('planIngest: a new PDU and inspection', () => {
  const { batch, report } = planIngest(extraction(), TEXT, {}, WORLD, KNOWLEDGE);
  const sha = sha256Of(TEXT);
  const docId = `document:example-town-pdu-rated-inadequate-${sha.slice(0, 8)}`;

  it('names the document by its title and text hash, with its props as seeds write them', () => {
    expect(report.document).toEqual({ id: docId, title: 'Example Town PDU rated ‘Inadequate’', kind: 'PRESS_RELEASE', publishedOn: null, sha256: sha });
    expect(node(batch, 'Document', docId)).toMatchObject({ key: docId.slice('document:'.length), kind: 'PRESS_RELEASE', sha256: sha, text: TEXT, source: 'ingest', url: expect.stringContaining('2024/12') });
    expect(rels(batch, 'PUBLISHED_BY')).toEqual([expect.objectContaining({ from: docId, to: 'organisation:hm-inspectorate-of-probation' })]);
  });

  it('creates the PDU in its region, and the inspection with its fieldwork id and facts', () => {
    expect(report.created.pdus).toEqual(['pdu:example-town']);
    expect(node(batch, 'PDU', 'pdu:example-town')).toMatchObject({ name: 'Example Town' });
    expect(rels(batch, 'IN_REGION')).toEqual([expect.objectContaining({ from: 'pdu:example-town', to: 'region:yorkshire-and-the-humber' })]);
    expect(report.created.inspections).toEqual(['inspection:example-town:2024-10']);
    expect(node(batch, 'Inspection', 'inspection:example-town:2024-10')).toMatchObject({
      name: 'Example Town 2024-10', rating: 'INADEQUATE', fieldworkFrom: '2024-10', fieldworkTo: '2024-10',
      publishedOn: null, recommendationCount: 2, recommendationsComplete: true,
    });
    expect(rels(batch, 'REPORTS')).toEqual([expect.objectContaining({ from: docId, to: 'inspection:example-town:2024-10' })]);
  });

  it('adds recommendations, findings and quotes with evidence at their offsets', () => {
    expect(report.created).toMatchObject({ recommendations: 2, findings: 1, quotes: 1 });
    expect(node(batch, 'Recommendation', 'recommendation:example-town:2024-10:2')).toMatchObject({ text: 'improve the quality of risk assessment', verbatim: true, position: 2 });
    for (const e of rels(batch, 'EVIDENCED_BY')) {
      expect(e.to).toBe(docId);
      expect(TEXT.slice(e.props.start as number, e.props.end as number)).toBe(e.props.quote);
    }
    const quoteId = `quote:${docId.slice('document:'.length)}:1`;
    expect(rels(batch, 'SAID')).toEqual([expect.objectContaining({ from: 'person:martin-jones', to: quoteId })]);
    expect(rels(batch, 'ABOUT').filter((r) => r.from === quoteId)).toEqual([expect.objectContaining({ to: 'inspection:example-town:2024-10' })]);
  });

  it('derives pressures from the graph’s policies, document mentions and theme rules', () => {
    const under = rels(batch, 'UNDER');
    expect(under.filter((u) => u.props.basis === 'FIELDWORK_OVERLAP').map((u) => u.to).sort()).toEqual(['policy:probation-reset', 'policy:sds40']);
    expect(under.filter((u) => u.props.basis === 'DOCUMENT_MENTION')).toEqual([
      expect.objectContaining({ from: 'inspection:example-town:2024-10', to: 'policy:probation-reset', props: expect.objectContaining({ documentId: docId, quote: 'Probation Reset' }) }),
    ]);
    // Every pressure carries its certainty: fieldwork in October 2024 lies wholly inside both periods.
    expect(under.every((u) => u.props.certainty === 'CERTAIN')).toBe(true);
    expect(rels(batch, 'MENTIONS').map((m) => m.to).sort()).toEqual(['organisation:hm-inspectorate-of-probation', 'pdu:example-town', 'person:martin-jones', 'policy:probation-reset']);
    expect(rels(batch, 'ABOUT').filter((r) => r.to === 'theme:management-oversight').map((r) => r.from)).toContain('finding:example-town:2024-10:1');
  });

  it('resolves existing people (no node written for them), skips authors, and records no role already held', () => {
    expect(batch.has('Person', 'person:martin-jones')).toBe(false);
    expect(report.created.people).toEqual([]);
    expect(rels(batch, 'HELD')).toEqual([]);
    expect(report.unmatched.join('\n')).toMatch(/Sophie Writer \(reporter\) is the document's author/);
  });
});

describe('planIngest: documents already known, and ids', () => {
  it('changes nothing for a text already in the graph', () => {
    const world = { ...WORLD, existingDocument: { id: 'document:x', title: 'X', kind: 'NEWS', publishedOn: null, sha256: sha256Of(TEXT) } };
    const { batch, report } = planIngest(extraction(), TEXT, {}, world, KNOWLEDGE);
    expect(report.status).toBe('unchanged');
    expect(report.document.id).toBe('document:x');
    expect(batch.nodeCount + batch.relationshipCount).toBe(0);
  });

  it('lets the caller’s title, kind, URL and date override the extracted ones', () => {
    const { report, batch } = planIngest(extraction(), TEXT, { title: 'My title', kind: 'NEWS', url: 'https://example.org/a', publishedOn: '2024-12-05' }, WORLD, KNOWLEDGE);
    expect(report.document).toMatchObject({ title: 'My title', kind: 'NEWS', publishedOn: '2024-12-05' });
    expect(report.document.id).toMatch(/^document:my-title-[0-9a-f]{8}$/);
    expect(node(batch, 'Document', report.document.id)).toMatchObject({ url: 'https://example.org/a' });
  });

  it('keys a document by its title cut at a word near 60 characters', () => {
    const key = documentKey('Remaining inspections of London probation services conclude a ‘hugely disappointing’ inspection', 'abcdef0123');
    expect(key).toBe('remaining-inspections-of-london-probation-services-conclude-abcdef01');
    expect(documentKey('', 'abcdef0123')).toBe('document-abcdef01');
  });

  it('reads a month from a URL path', () => {
    expect(monthFromUrl('https://x.gov.uk/media/press-releases/2022/11/final-london-pdus/')).toBe('2022-11');
    expect(monthFromUrl('https://x.gov.uk/?p=1458')).toBeNull();
    expect(monthFromUrl(null)).toBeNull();
  });

  it('names an inspection without fieldwork by the document’s month, by the URL’s, or as undated', () => {
    const noFieldwork = (url: string | null, publishedOn: string | null) => extraction({
      document: { ...extraction().document, url, publishedOn },
      inspections: [inspection({ fieldwork: null, evidence: inspection().evidence.filter((e) => e.field !== 'fieldwork') })],
    });
    const sha8 = sha256Of(TEXT).slice(0, 8);
    expect(planIngest(noFieldwork(null, '2024-12-05'), TEXT, {}, WORLD, KNOWLEDGE).report.created.inspections).toEqual(['inspection:example-town:reported-2024-12']);
    const byUrl = planIngest(noFieldwork('https://x.gov.uk/2024/11/y', null), TEXT, {}, WORLD, KNOWLEDGE);
    expect(byUrl.report.created.inspections).toEqual(['inspection:example-town:reported-2024-11']);
    const created = node(byUrl.batch, 'Inspection', 'inspection:example-town:reported-2024-11');
    expect(created).toMatchObject({ fieldworkFrom: null, reportedIn: '2024-11', name: 'Example Town (reported 2024-11)' });
    // Unstated fieldwork gets a derived window (before the document's month), and its pressures say how certain they are.
    expect(created).toMatchObject({ fieldworkBasis: 'DERIVED', fieldworkWindowFrom: '2024-05', fieldworkWindowTo: '2024-11', fieldworkRule: 'FIELDWORK_BEFORE_PUBLICATION' });
    const certainty = Object.fromEntries(rels(byUrl.batch, 'UNDER').filter((u) => u.props.basis === 'FIELDWORK_OVERLAP').map((u) => [u.to, u.props.certainty]));
    expect(certainty).toEqual({ 'policy:probation-reset': 'CERTAIN', 'policy:sds40': 'POSSIBLE' });
    expect(planIngest(noFieldwork(null, null), TEXT, {}, WORLD, KNOWLEDGE).report.created.inspections).toEqual([`inspection:example-town:reported-undated-${sha8}`]);
  });

  it('places an undated inspection in the tenure of the Chief Inspector its document quotes (rule PUBLISHED_IN_TENURE)', () => {
    const undated = extraction({
      document: { ...extraction().document, url: null, publishedOn: null },
      inspections: [inspection({ fieldwork: null, evidence: inspection().evidence.filter((e) => e.field !== 'fieldwork') })],
    });
    const tenured = (monthUntil: string | null): World => ({
      ...WORLD, people: WORLD.people.map((p) => ({ ...p, roles: p.roles.map((r) => ({ ...r, monthFrom: '2024-03', monthUntil })) })),
    });
    const plan = (w: World) => {
      const b = planIngest(undated, TEXT, {}, w, KNOWLEDGE);
      return node(b.batch, 'Inspection', b.report.created.inspections[0]!);
    };
    // A closed tenure: published between its first and last months; fieldwork up to 6 months before.
    expect(plan(tenured('2025-01'))).toMatchObject({
      fieldworkFrom: null, reportedIn: null, fieldworkBasis: 'DERIVED', fieldworkRule: 'PUBLISHED_IN_TENURE', fieldworkWindowFrom: '2023-09', fieldworkWindowTo: '2025-01',
    });
    expect(plan(tenured('2025-01'))!.fieldworkExplanation).toMatch(/quotes Martin Jones as Chief Inspector of Probation, in post from 2024-03 to 2025-01/);
    // An open tenure runs to the month the document is read.
    expect(plan(tenured(null))).toMatchObject({ fieldworkWindowTo: new Date().toISOString().slice(0, 7) });
    // No dated tenure: no window, nothing guessed.
    expect(plan(WORLD)).toMatchObject({ fieldworkBasis: 'UNKNOWN', fieldworkWindowFrom: null });
  });
});

function existing(over: Partial<WorldInspection> = {}): WorldInspection {
  const props = {
    id: 'inspection:example-town:2024-10', name: 'Example Town 2024-10', rating: 'REQUIRES_IMPROVEMENT', fieldworkFrom: '2024-10', fieldworkTo: '2024-10',
    publishedOn: null, recommendationCount: null, recommendationsComplete: false, casesExamined: 40,
  };
  return {
    id: props.id, pduId: 'pdu:example-town', props, rating: 'REQUIRES_IMPROVEMENT', fieldworkFrom: '2024-10', fieldworkTo: '2024-10',
    publishedOn: null, reportedIn: null, recommendationCount: null,
    recommendations: [{ id: 'recommendation:example-town:2024-10:1', text: 'Ensure managers have enough time to oversee cases and support staff', position: 1 }],
    findings: [], speakers: [], quotes: [], follows: [], documents: ['document:earlier'], curated: false,
    ...over,
  };
}

const worldWith = (...inspections: WorldInspection[]): World => ({
  ...WORLD,
  pdus: [{ id: 'pdu:example-town', name: 'Example Town', aliases: ['Example Town PDU'], regionId: 'region:yorkshire-and-the-humber' }],
  inspections,
});

describe('planIngest: an inspection the graph holds', () => {
  it('adds evidence, keeps a differing rating as a Conflict, and fills in what was missing', () => {
    const { batch, report } = planIngest(extraction(), TEXT, {}, worldWith(existing()), KNOWLEDGE);
    const id = 'inspection:example-town:2024-10';
    expect(report.created.inspections).toEqual([]);
    expect(report.created.pdus).toEqual([]);
    expect(report.updated.inspections).toEqual([id]);
    expect(report.conflicts).toEqual([expect.objectContaining({ inspection: id, field: 'rating', storedValue: 'REQUIRES_IMPROVEMENT', reportedValue: 'INADEQUATE' })]);
    const conflictId = report.conflicts[0]!.conflict;
    expect(node(batch, 'Conflict', conflictId)).toMatchObject({ field: 'rating', storedValue: 'REQUIRES_IMPROVEMENT', reportedValue: 'INADEQUATE' });
    expect(rels(batch, 'HAS_CONFLICT')).toEqual([expect.objectContaining({ from: id, to: conflictId })]);
    expect(rels(batch, 'EVIDENCED_BY').filter((e) => e.from === conflictId)).toHaveLength(1);
    // The inspection is written whole (every stored property), with the missing count filled in; the rating stays.
    expect(node(batch, 'Inspection', id)).toEqual({
      ...existing().props, recommendationCount: 2, recommendationsComplete: true, reportedIn: null,
      fieldworkBasis: 'STATED', fieldworkWindowFrom: '2024-10', fieldworkWindowTo: '2024-10', fieldworkRule: null, fieldworkExplanation: 'fieldwork 2024-10, as a document states',
    });
    expect(report.filled).toEqual([
      { inspection: id, field: 'recommendationCount', value: 2 },
      { inspection: id, field: 'recommendationsComplete', value: true },
    ]);
    // The first quoted recommendation is contained in the known one: evidence only; the second is new, numbered 2.
    expect(report.created.recommendations).toBe(1);
    expect(batch.has('Recommendation', 'recommendation:example-town:2024-10:1')).toBe(false);
    expect(rels(batch, 'EVIDENCED_BY').some((e) => e.from === 'recommendation:example-town:2024-10:1')).toBe(true);
    expect(node(batch, 'Recommendation', 'recommendation:example-town:2024-10:2')).toMatchObject({ text: 'improve the quality of risk assessment' });
    // Already UNDER Probation Reset by another document's mention: this document's mention is a relationship of its own.
    expect(rels(batch, 'UNDER').filter((u) => u.props.basis === 'DOCUMENT_MENTION')).toEqual([
      expect.objectContaining({ to: 'policy:probation-reset', props: expect.objectContaining({ certainty: 'CERTAIN', quote: 'Probation Reset' }) }),
    ]);
    expect(batch.has('PDU', 'pdu:example-town')).toBe(false);
  });

  it('fills in what the seeds leave unstated on a curated inspection too (the seed loader keeps such values)', () => {
    const { batch, report } = planIngest(extraction(), TEXT, {}, worldWith(existing({ curated: true, rating: 'INADEQUATE', props: { ...existing().props, rating: 'INADEQUATE' } })), KNOWLEDGE);
    expect(node(batch, 'Inspection', 'inspection:example-town:2024-10')).toMatchObject({ recommendationCount: 2, rating: 'INADEQUATE' });
    expect(report.filled).toContainEqual({ inspection: 'inspection:example-town:2024-10', field: 'recommendationCount', value: 2 });
    expect(report.conflicts).toEqual([]);
  });

  it('flags a possible duplicate instead of merging when the dates neither match nor exclude', () => {
    const x = extraction({ inspections: [inspection({ fieldwork: null, published: '2026-02-01', evidence: inspection().evidence.filter((e) => e.field !== 'fieldwork') })] });
    const old = existing({ rating: 'INADEQUATE', fieldworkFrom: '2024-10', fieldworkTo: '2024-10' });
    const { batch, report } = planIngest(x, TEXT, {}, worldWith(old), KNOWLEDGE);
    expect(report.created.inspections).toEqual(['inspection:example-town:reported-2026-02']);
    expect(report.possibleDuplicates).toEqual([expect.objectContaining({ inspection: 'inspection:example-town:reported-2026-02', of: old.id })]);
    expect(rels(batch, 'POSSIBLE_DUPLICATE_OF')).toEqual([expect.objectContaining({ from: 'inspection:example-town:reported-2026-02', to: old.id })]);
  });

  it('links the previous inspection the text names, and never invents one', () => {
    const x = extraction({ inspections: [inspection({ previousRating: 'Requires improvement', previousInspectionYear: 2023 })] });
    const prev = existing({ id: 'inspection:example-town:2023-03', rating: 'REQUIRES_IMPROVEMENT', fieldworkFrom: '2023-03', fieldworkTo: '2023-03' });
    const linked = planIngest(x, TEXT, {}, worldWith(prev), KNOWLEDGE);
    expect(linked.report.created.inspections).toEqual(['inspection:example-town:2024-10']);
    expect(rels(linked.batch, 'FOLLOWS')).toEqual([expect.objectContaining({ from: 'inspection:example-town:2024-10', to: 'inspection:example-town:2023-03' })]);
    const missing = planIngest(x, TEXT, {}, worldWith(), KNOWLEDGE);
    expect(rels(missing.batch, 'FOLLOWS')).toEqual([]);
    expect(missing.report.unmatched.join('\n')).toMatch(/previous inspection \(Requires improvement, 2023\): not in the graph/);
  });

  it('does not create an inspection whose rating the text does not state', () => {
    const x = extraction({ inspections: [inspection({ rating: null })] });
    const { batch, report } = planIngest(x, TEXT, {}, WORLD, KNOWLEDGE);
    expect(report.created.inspections).toEqual([]);
    expect(batch.nodeCount).toBe(0);
    expect(report.unmatched.join('\n')).toMatch(/no rating stated/);
  });
});

describe('recommendation texts', () => {
  it('treat a quoted phrase inside a known recommendation as the same one', () => {
    expect(knownRecommendation('to ensure managers have enough time', 'Ensure managers have enough time to oversee cases')).toBe(true);
    expect(knownRecommendation('improve the quality of risk assessment', 'Ensure managers have enough time to oversee cases')).toBe(false);
  });
});

describe('people named twice', () => {
  it('resolves "Mr Writer" to the person the document introduced as "Jo Writer"', () => {
    const text = `Leeds PDU rated ‘Good’\n\nJo Writer, Head of Service, said: “We are proud of the team.”\n\nMr Writer added: “Thanks to all.”\n`;
    const e = (field: string, quote: string) => ev(field, quote, text);
    const x = extraction({
      document: { kind: 'NEWS', title: 'Leeds PDU rated ‘Good’', publishedOn: '2025-01-10', url: null, complete: true, evidence: [] },
      inspections: [inspection({ pdu: 'Leeds', rating: 'Good', region: null, pdusInRegion: null, fieldwork: null, recommendationCount: null, recommendationsQuoted: [], chiefInspector: null, evidence: [e('pdu', 'Leeds'), e('rating', 'Leeds PDU rated ‘Good’')] })],
      people: [{ name: 'Jo Writer', role: 'Head of Service', evidence: [e('name', 'Jo Writer, Head of Service, said')] }],
      findings: [],
      quotes: [
        { text: 'We are proud of the team.', speaker: 'Jo Writer', evidence: e('text', 'We are proud of the team.') },
        { text: 'Thanks to all.', speaker: 'Mr Writer', evidence: e('text', 'Thanks to all.') },
      ],
      policiesMentioned: [],
    });
    const { batch, report } = planIngest(x, text, {}, WORLD, KNOWLEDGE);
    expect(report.created.people).toEqual(['person:jo-writer']);
    expect(rels(batch, 'SAID').map((r) => r.from)).toEqual(['person:jo-writer', 'person:jo-writer']);
  });
});

describe('quotes repeated by another document', () => {
  it('stay one Quote, with the new document as more evidence', () => {
    const said = 'Managers at Example Town had too little time for oversight of cases.';
    const old = existing({ rating: 'INADEQUATE', props: { ...existing().props, rating: 'INADEQUATE' }, speakers: ['person:martin-jones'], quotes: [{ id: 'quote:earlier:1', text: said, speaker: 'person:martin-jones' }] });
    const { batch, report } = planIngest(extraction(), TEXT, {}, worldWith(old), KNOWLEDGE);
    expect(report.created.quotes).toBe(0);
    expect(batch.nodes.get('Quote')).toBeUndefined();
    expect(rels(batch, 'EVIDENCED_BY').filter((e) => e.from === 'quote:earlier:1')).toHaveLength(1);
  });
});
