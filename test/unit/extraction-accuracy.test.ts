/**
 * Accuracy of `extract` against hand-checked expectations.
 *
 * - The 19 development texts (seeds/ingest/NAME.txt) against test/fixtures/extraction/NAME.expected.json,
 *   field by field, with a per-field accuracy table printed. Every PDU and every rating must be right
 *   in every document, and at least 95% of all compared fields exact.
 * - Three press releases of the seed corpus (test/fixtures/extraction/seed-*.txt) with hand-made
 *   expectations: every compared field must be right.
 * - Invariants on every output: the zod schema holds; every evidence quote is exactly
 *   `text.slice(start, end)`; no phone number or e-mail address appears anywhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/sources/extract/index.ts';
import { EMAIL, PHONE } from '../../src/sources/extract/privacy.ts';
import { Extraction } from '../../src/sources/extract/types.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const textsDir = join(root, 'seeds', 'ingest');
const fixturesDir = join(root, 'test', 'fixtures', 'extraction');

interface ExpectedInspection {
  pdu: string;
  rating: string | null;
  previousRating: string | null;
  previousInspectionYear: number | null;
  region: string | null;
  pdusInRegion: number | null;
  fieldwork: string | null;
  published: string | null;
  recommendationCount: number | null;
  recommendationsQuoted: string[];
  chiefInspector: string | null;
}
interface Expected {
  document: { kind: string; url?: string | null; title?: string; publishedOn?: string };
  complete?: boolean;
  inspections: ExpectedInspection[];
  people: Array<{ name: string; role: string | null }>;
}

const INSPECTION_FIELDS = [
  'rating',
  'previousRating',
  'previousInspectionYear',
  'region',
  'pdusInRegion',
  'fieldwork',
  'published',
  'recommendationCount',
  'recommendationsQuoted',
  'chiefInspector',
] as const;

interface Tally {
  compared: number;
  exact: number;
}
type Mismatch = { doc: string; field: string; got: unknown; want: unknown };

/** Compare one extraction with its expectation, field by field; extra PDUs and people count as errors. */
function compare(doc: string, got: Extraction, want: Expected, tally: Map<string, Tally>, mismatches: Mismatch[]): void {
  const count = (field: string, ok: boolean, g: unknown, w: unknown): void => {
    const t = tally.get(field) ?? { compared: 0, exact: 0 };
    t.compared++;
    if (ok) t.exact++;
    else mismatches.push({ doc, field, got: g, want: w });
    tally.set(field, t);
  };
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

  count('document.kind', got.document.kind === want.document.kind, got.document.kind, want.document.kind);
  if (want.document.url !== undefined) count('document.url', got.document.url === want.document.url, got.document.url, want.document.url);
  if (want.document.title !== undefined) count('document.title', got.document.title === want.document.title, got.document.title, want.document.title);
  if (want.document.publishedOn !== undefined) {
    count('document.publishedOn', got.document.publishedOn === want.document.publishedOn, got.document.publishedOn, want.document.publishedOn);
  }
  if (want.complete !== undefined) count('document.complete', got.document.complete === want.complete, got.document.complete, want.complete);

  for (const wi of want.inspections) {
    const gi = got.inspections.find((i) => i.pdu === wi.pdu);
    count('pdu', !!gi, gi?.pdu ?? null, wi.pdu);
    for (const f of INSPECTION_FIELDS) count(f, !!gi && same(gi[f], wi[f]), gi ? gi[f] : '(PDU missing)', wi[f]);
  }
  for (const gi of got.inspections) {
    if (!want.inspections.some((w) => w.pdu === gi.pdu)) count('pdu', false, gi.pdu, '(no such inspection)');
  }
  for (const wp of want.people) {
    const gp = got.people.find((p) => p.name === wp.name);
    count('people.name', !!gp, gp?.name ?? null, wp.name);
    count('people.role', !!gp && gp.role === wp.role, gp?.role ?? '(person missing)', wp.role);
  }
  for (const gp of got.people) {
    if (!want.people.some((w) => w.name === gp.name)) count('people.name', false, gp.name, '(no such person)');
  }
}

function allEvidence(x: Extraction) {
  return [
    ...x.document.evidence,
    ...x.inspections.flatMap((i) => i.evidence),
    ...x.people.flatMap((p) => p.evidence),
    ...x.findings.map((f) => f.evidence),
    ...x.quotes.map((q) => q.evidence),
    ...x.otherPdusMentioned.flatMap((o) => o.evidence),
    ...x.policiesMentioned.map((p) => ({ field: `policy ${p.code}`, quote: p.matched, start: p.start, end: p.end })),
  ];
}

function checkInvariants(name: string, text: string, x: Extraction): void {
  const parsed = Extraction.safeParse(x);
  expect(parsed.success, `${name}: schema: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
  for (const e of allEvidence(x)) {
    expect(text.slice(e.start, e.end), `${name}: evidence for ${e.field}`).toBe(e.quote);
  }
  const json = JSON.stringify(x);
  expect(json, `${name}: an e-mail address in the output`).not.toMatch(EMAIL);
  expect(json, `${name}: a phone number in the output`).not.toMatch(PHONE);
}

const devDocs = readdirSync(textsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.txt$/, '');
    return {
      name,
      text: readFileSync(join(textsDir, f), 'utf8'),
      want: JSON.parse(readFileSync(join(fixturesDir, `${name}.expected.json`), 'utf8')) as Expected,
    };
  });

const seedTexts = readdirSync(fixturesDir)
  .filter((f) => f.startsWith('seed-') && f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(fixturesDir, f), 'utf8') }));
const seedDocs = seedTexts
  .filter((s) => readdirSync(fixturesDir).includes(`${s.name}.expected.json`))
  .map((s) => ({ ...s, want: JSON.parse(readFileSync(join(fixturesDir, `${s.name}.expected.json`), 'utf8')) as Expected }));

describe('extraction accuracy on the development corpus', () => {
  const tally = new Map<string, Tally>();
  const mismatches: Mismatch[] = [];
  const outputs = new Map<string, Extraction>();

  const started = performance.now();
  for (const d of devDocs) outputs.set(d.name, extract(d.text));
  const elapsed = performance.now() - started;
  // Steady state: five more passes once the code is warm.
  const warmStarted = performance.now();
  for (let i = 0; i < 5; i++) for (const d of devDocs) extract(d.text);
  const warm = (performance.now() - warmStarted) / 5;
  for (const d of devDocs) compare(d.name, outputs.get(d.name)!, d.want, tally, mismatches);

  it('has all 19 documents with their expectations', () => {
    expect(devDocs).toHaveLength(19);
  });

  it('prints the per-field accuracy table and the extraction speed', () => {
    const rows = [...tally.entries()].map(([field, t]) => ({
      field,
      compared: t.compared,
      exact: t.exact,
      accuracy: `${((100 * t.exact) / t.compared).toFixed(1)}%`,
    }));
    const compared = rows.reduce((n, r) => n + r.compared, 0);
    const exact = rows.reduce((n, r) => n + r.exact, 0);
    rows.push({ field: 'ALL', compared, exact, accuracy: `${((100 * exact) / compared).toFixed(1)}%` });
    console.table(rows);
    if (mismatches.length) console.table(mismatches.map((m) => ({ ...m, got: JSON.stringify(m.got), want: JSON.stringify(m.want) })));
    const rate = (ms: number): string => ((devDocs.length * 1000) / ms).toFixed(0);
    console.log(
      `extracted ${devDocs.length} documents: first pass ${elapsed.toFixed(1)} ms (${rate(elapsed)} documents/second), ` +
        `warm ${warm.toFixed(1)} ms per pass (${rate(warm)} documents/second)`,
    );
    expect(compared).toBeGreaterThan(0);
  });

  for (const d of devDocs) {
    it(`${d.name}: every PDU and every rating`, () => {
      const got = outputs.get(d.name)!;
      expect(got.inspections.map((i) => i.pdu).sort()).toEqual(d.want.inspections.map((i) => i.pdu).sort());
      for (const wi of d.want.inspections) {
        expect(got.inspections.find((i) => i.pdu === wi.pdu)?.rating, `${wi.pdu} rating`).toBe(wi.rating);
      }
    });
    it(`${d.name}: schema, evidence offsets, no contact details`, () => {
      checkInvariants(d.name, d.text, outputs.get(d.name)!);
    });
  }

  it('gets at least 95% of all compared fields exactly right', () => {
    const compared = [...tally.values()].reduce((n, t) => n + t.compared, 0);
    const exact = [...tally.values()].reduce((n, t) => n + t.exact, 0);
    expect(exact / compared).toBeGreaterThanOrEqual(0.95);
  });
});

describe('extraction of the seed press releases (hand-made expectations)', () => {
  it('has the three expected press releases', () => {
    expect(seedDocs.map((s) => s.name)).toEqual([
      'seed-000-leicester-leicestershire-rutland-2025-inadequate',
      'seed-002-leeds-2024-inadequate',
      'seed-003-north-north-east-lincolnshire-2024-inadequate',
    ]);
  });
  for (const s of seedDocs) {
    it(`${s.name}: every compared field is right`, () => {
      const tally = new Map<string, Tally>();
      const mismatches: Mismatch[] = [];
      compare(s.name, extract(s.text), s.want, tally, mismatches);
      expect(mismatches).toEqual([]);
    });
  }
});

describe('privacy and offsets on every seed text', () => {
  for (const s of seedTexts) {
    it(`${s.name}: schema, evidence offsets, no contact details`, () => {
      const x = extract(s.text);
      checkInvariants(s.name, s.text, x);
    });
  }
  it('keeps the name and role of contacts printed with phone numbers and e-mail addresses', () => {
    const board = seedTexts.find((s) => s.name.startsWith('seed-001'));
    expect(board, 'the board report with an officer’s phone and e-mail').toBeDefined();
    expect(board!.text).toMatch(EMAIL);
    expect(board!.text).toMatch(PHONE);
    const x = extract(board!.text);
    expect(x.people).toContainEqual(expect.objectContaining({ name: 'Kaye Knowles', role: 'Interim Head of LLR PDU' }));
    const leeds = seedDocs.find((s) => s.name.startsWith('seed-002'))!;
    expect(extract(leeds.text).people).toContainEqual(expect.objectContaining({ name: 'Louise Cordell', role: 'Head of Communications' }));
  });
});
