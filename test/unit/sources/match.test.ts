import { describe, expect, it } from 'vitest';
import { compareDates, decide, type Candidate, type Reported } from '../../../src/sources/ingest/match.ts';

const none = { fieldwork: null, fieldworkTo: null, published: null, documentDate: null };
const stored = { fieldworkFrom: null, fieldworkTo: null, publishedOn: null, reportedIn: null };

describe('compareDates', () => {
  it('same fieldwork month, or overlapping fieldwork periods, match strongly; other fieldwork excludes', () => {
    expect(compareDates({ ...none, fieldwork: '2024-08' }, { ...stored, fieldworkFrom: '2024-08' }).level).toBe('STRONG');
    expect(compareDates({ ...none, fieldwork: '2022-12' }, { ...stored, fieldworkFrom: '2022-11', fieldworkTo: '2022-12' }).level).toBe('STRONG');
    expect(compareDates({ ...none, fieldwork: '2024-10' }, { ...stored, fieldworkFrom: '2024-08' }).level).toBe('EXCLUDED');
  });

  it('a press release published a few months after the stored fieldwork fits (LLR: fieldwork Nov-Dec 2022, release 9 Feb 2023)', () => {
    const r = compareDates({ ...none, published: '2023-02-09', documentDate: '2023-02-09' }, { ...stored, fieldworkFrom: '2022-11', fieldworkTo: '2022-12' });
    expect(r.level).toBe('COMPATIBLE');
    expect(compareDates({ ...none, published: '2025-05-29' }, { ...stored, fieldworkFrom: '2022-11', fieldworkTo: '2022-12' }).level).toBe('EXCLUDED');
    expect(compareDates({ ...none, published: '2022-10-01' }, { ...stored, fieldworkFrom: '2022-11' }).level).toBe('EXCLUDED');
    expect(compareDates({ ...none, published: '2024-01-10' }, { ...stored, fieldworkFrom: '2022-11', fieldworkTo: '2022-12' }).level).toBe('FAR');
  });

  it('compares publication dates: equal is strong, a few days apart compatible, otherwise excluded', () => {
    expect(compareDates({ ...none, published: '2023-05-25' }, { ...stored, publishedOn: '2023-05-25' }).level).toBe('STRONG');
    expect(compareDates({ ...none, published: '2023-05' }, { ...stored, publishedOn: '2023-05-25' }).level).toBe('STRONG');
    expect(compareDates({ ...none, published: '2023-05-29' }, { ...stored, publishedOn: '2023-05-25' }).level).toBe('COMPATIBLE');
    expect(compareDates({ ...none, published: '2023-09-01' }, { ...stored, publishedOn: '2023-05-25' }).level).toBe('EXCLUDED');
  });

  it('a news report within six months after the publication fits; before it, or long after, does not', () => {
    expect(compareDates({ ...none, documentDate: '2024-11-15' }, { ...stored, publishedOn: '2024-11-14' }).level).toBe('COMPATIBLE');
    expect(compareDates({ ...none, documentDate: '2025-03-01' }, { ...stored, publishedOn: '2024-11-14' }).level).toBe('COMPATIBLE');
    expect(compareDates({ ...none, documentDate: '2025-09-01' }, { ...stored, publishedOn: '2024-11-14' }).level).toBe('FAR');
    expect(compareDates({ ...none, documentDate: '2024-09-01' }, { ...stored, publishedOn: '2024-11-14' }).level).toBe('EXCLUDED');
    expect(compareDates({ ...none, documentDate: '2027-01-01' }, { ...stored, publishedOn: '2024-11-14' }).level).toBe('EXCLUDED');
  });

  it('two reports of an inspection known only from news fit within six months', () => {
    expect(compareDates({ ...none, documentDate: '2024-11-15' }, { ...stored, reportedIn: '2024-11' }).level).toBe('COMPATIBLE');
    expect(compareDates({ ...none, published: '2022-11-23' }, { ...stored, reportedIn: '2022-11' }).level).toBe('COMPATIBLE');
    expect(compareDates({ ...none, documentDate: '2025-09-15' }, { ...stored, reportedIn: '2024-11' }).level).toBe('FAR');
    expect(compareDates({ ...none, documentDate: '2027-01-15' }, { ...stored, reportedIn: '2024-11' }).level).toBe('EXCLUDED');
    expect(compareDates({ ...none, published: '2023-05-25' }, { ...stored, reportedIn: '2022-11' }).level).toBe('EXCLUDED');
  });

  it('says UNKNOWN when either side has no date', () => {
    expect(compareDates(none, { ...stored, publishedOn: '2023-05-25' }).level).toBe('UNKNOWN');
    expect(compareDates({ ...none, published: '2023-05-25' }, stored).level).toBe('UNKNOWN');
  });
});

const x = (over: Partial<Reported> = {}): Reported => ({
  ...none, rating: 'INADEQUATE', previousRating: null, previousInspectionYear: null, chiefInspector: null, ...over,
});
const c = (id: string, over: Partial<Candidate> = {}): Candidate => ({ id, ...stored, rating: 'INADEQUATE', chiefInspectors: [], ...over });

describe('decide', () => {
  it('matches the one strong candidate, even with another rating (that is a conflict, decided later)', () => {
    const d = decide(x({ fieldwork: '2024-08', rating: 'GOOD' }), [c('a', { fieldworkFrom: '2024-08' }), c('b', { fieldworkFrom: '2023-03' })]);
    expect(d).toMatchObject({ kind: 'match', id: 'a' });
  });

  it('creates a new inspection when every candidate is excluded', () => {
    expect(decide(x({ fieldwork: '2025-03' }), [c('a', { fieldworkFrom: '2022-11' })]).kind).toBe('new');
    expect(decide(x(), []).kind).toBe('new');
  });

  it('excludes a candidate with another rating unless the dates match strongly', () => {
    const d = decide(x({ documentDate: '2023-04-01', rating: 'GOOD' }), [c('a', { publishedOn: '2023-03-30' })]);
    expect(d.kind).toBe('new');
    expect(d.assessed[0]).toMatchObject({ level: 'EXCLUDED' });
  });

  it('excludes the inspection the document says this one follows', () => {
    const d = decide(x({ previousRating: 'INADEQUATE', previousInspectionYear: 2023 }), [c('k23', { publishedOn: '2023-03-30', reportedIn: '2023-03' })]);
    expect(d.kind).toBe('new');
  });

  it('excludes a candidate a different chief inspector spoke about', () => {
    const d = decide(x({ chiefInspector: 'person:justin-russell' }), [
      c('k23', { publishedOn: '2023-03-30', chiefInspectors: ['person:justin-russell'] }),
      c('k24', { reportedIn: '2024-11', chiefInspectors: ['person:martin-jones'] }),
    ]);
    expect(d).toMatchObject({ kind: 'match', id: 'k23' });
  });

  it('matches a lone candidate of the same rating when the document has no date, and doubts two', () => {
    expect(decide(x(), [c('a', { publishedOn: '2022-11-23' })])).toMatchObject({ kind: 'match', id: 'a' });
    const d = decide(x(), [c('a', { publishedOn: '2022-11-23' }), c('b', { publishedOn: '2024-11-14' })]);
    expect(d.kind).toBe('uncertain');
    if (d.kind === 'uncertain') expect(d.candidates.map((k) => k.id)).toEqual(['a', 'b']);
  });

  it('doubts a lone undated candidate with the rating the document says the PDU had before (it may be that earlier one)', () => {
    // "This follows the PDU's last inspection in 2022, when the service was also rated 'Inadequate'."
    const again = x({ previousRating: 'INADEQUATE', previousInspectionYear: 2022 });
    const d = decide(again, [c('a')]);
    expect(d.kind).toBe('uncertain');
    if (d.kind === 'uncertain') expect(d.candidates[0]!.reason).toMatch(/rated INADEQUATE before: it may be that earlier inspection/);
    // Another earlier rating says nothing against it: the lone candidate of the same rating matches.
    expect(decide(x({ previousRating: 'REQUIRES_IMPROVEMENT' }), [c('a')])).toMatchObject({ kind: 'match', id: 'a' });
  });

  it('doubts rather than merges when dates neither fit nor exclude', () => {
    const d = decide(x({ published: '2024-01-10' }), [c('a', { fieldworkFrom: '2022-11', fieldworkTo: '2022-12' })]);
    expect(d.kind).toBe('uncertain');
  });

  it('never matches on no dates and no rating', () => {
    expect(decide(x({ rating: null }), [c('a', { publishedOn: '2022-11-23' })]).kind).toBe('uncertain');
  });

  it('prefers the one candidate whose dates fit over one with no dates', () => {
    const d = decide(x({ documentDate: '2024-11-15' }), [c('a', { reportedIn: '2024-11' }), c('b')]);
    expect(d).toMatchObject({ kind: 'match', id: 'a' });
  });
});
