/**
 * Scoring the extractor against the corpus (test/fixtures/extraction/corpus.yaml): one score per set
 * of documents, field by field, with the figures the project's targets are stated in.
 *
 * Vocabulary of the figures:
 *  - a field is STATED when its expectation is not null (a list: not empty); "fields %" is the share of
 *    stated fields the extractor got exactly right. A PDU's own name is a stated field, and when a PDU is
 *    missed every stated field of its inspection counts as wrong.
 *  - a FALSE FILL is a value where the expectation is null (or an empty list): "false fills %" is their
 *    share of all null-expected fields compared (fields of PDUs that were found, and the people list).
 *  - PDUs: expected PDUs found under the name the expectation gives, and PDUs reported that the
 *    expectation does not list (extra).
 *  - ratings right: expected inspections whose rating is exactly the expected one (null included).
 *  - chief inspector, previous inspection year: stated ones right.
 *  - quoted recommendations: recall of the expected phrases (compared case- and space-insensitively,
 *    without trailing punctuation).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PduEntry, Vocabulary } from '../../../src/model/vocabulary.ts';
import type { Extraction } from '../../../src/sources/extract/types.ts';

export type SetName = 'tuned' | 'dev' | 'heldout' | 'found' | 'blind' | 'seed';

export interface CorpusDoc {
  name: string;
  set: SetName;
  kind: string;
  group: string;
  textPath: string;
  text: string;
  want: Expected;
}

export interface ExpectedInspection {
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

export interface Expected {
  document: { kind: string; url?: string | null; title?: string; publishedOn?: string };
  complete?: boolean;
  inspections: ExpectedInspection[];
  people: Array<{ name: string; role: string | null }>;
}

export const INSPECTION_FIELDS = [
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

/** Every document of corpus.yaml, plus the seed press releases that have expectations (set `seed`). */
export function readCorpus(root: string): CorpusDoc[] {
  const fixtures = join(root, 'test', 'fixtures', 'extraction');
  const entries = parse(readFileSync(join(fixtures, 'corpus.yaml'), 'utf8')) as Array<{
    name: string;
    text: string;
    expected: string;
    kind: string;
    group: string;
    set: SetName;
  }>;
  const docs: CorpusDoc[] = entries.map((e) => ({
    name: e.name,
    set: e.set,
    kind: e.kind,
    group: e.group,
    textPath: e.text,
    text: readFileSync(join(root, e.text), 'utf8'),
    want: JSON.parse(readFileSync(join(root, e.expected), 'utf8')) as Expected,
  }));
  for (const name of SEED_EXPECTED) {
    docs.push({
      name,
      set: 'seed',
      kind: 'PRESS_RELEASE',
      group: name,
      textPath: `test/fixtures/extraction/${name}.txt`,
      text: readFileSync(join(fixtures, `${name}.txt`), 'utf8'),
      want: JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8')) as Expected,
    });
  }
  return docs;
}

export const SEED_EXPECTED = [
  'seed-000-leicester-leicestershire-rutland-2025-inadequate',
  'seed-002-leeds-2024-inadequate',
  'seed-003-north-north-east-lincolnshire-2024-inadequate',
];

// --- vocabulary variant ------------------------------------------------------------------------

/** A PDU name's identity for matching expectations to vocabulary entries: words, any order. */
function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/'s\b|['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'and' && w !== 'the' && w !== 'pdu')
    .sort()
    .join(' ');
}

function entryMatches(entry: PduEntry, pdu: string): boolean {
  const k = key(pdu);
  const words = k.split(' ');
  return [entry.name, ...entry.aliases].some((n) => {
    const nk = key(n);
    if (nk === k) return true;
    // "Birmingham and Solihull" for "Birmingham North, East and Solihull": every word of a
    // two-or-more-word name inside the entry's name.
    const nw = nk.split(' ');
    return words.length >= 2 && words.every((w) => nw.includes(w));
  });
}

/**
 * The vocabulary without the PDUs that only `evaluated` documents name: what the extractor knows
 * when it meets PDUs it was never given. PDUs that the development documents (tuned, dev, seed) name
 * stay.
 */
export function strippedVocabulary(vocabulary: Vocabulary, evaluated: CorpusDoc[], development: CorpusDoc[]): { vocabulary: Vocabulary; removed: string[] } {
  const devNames = development.flatMap((d) => d.want.inspections.map((i) => i.pdu));
  const evalNames = evaluated.flatMap((d) => d.want.inspections.map((i) => i.pdu));
  const removed: string[] = [];
  const pdus = vocabulary.pdus.filter((entry) => {
    const inEval = evalNames.some((n) => entryMatches(entry, n));
    const inDev = devNames.some((n) => entryMatches(entry, n));
    if (inEval && !inDev) {
      removed.push(entry.name);
      return false;
    }
    return true;
  });
  return { vocabulary: { ...vocabulary, pdus }, removed };
}

// --- scoring -----------------------------------------------------------------------------------

export interface FieldTally {
  compared: number;
  exact: number;
  stated: number;
  statedExact: number;
  nulls: number;
  falseFills: number;
}

export interface Mismatch {
  doc: string;
  field: string;
  got: unknown;
  want: unknown;
}

export interface SetScore {
  documents: number;
  fields: Map<string, FieldTally>;
  pdus: { expected: number; found: number; extra: number };
  ratings: { expected: number; right: number };
  chief: { stated: number; right: number };
  recommendations: { expected: number; recalled: number };
  previousYear: { stated: number; right: number };
  people: { expected: number; found: number; extra: number };
  /** Documents whose PDUs (no more, no fewer) and ratings are all right. */
  pdusAndRatingsRight: number;
  mismatches: Mismatch[];
}

export function emptyScore(): SetScore {
  return {
    documents: 0,
    fields: new Map(),
    pdus: { expected: 0, found: 0, extra: 0 },
    ratings: { expected: 0, right: 0 },
    chief: { stated: 0, right: 0 },
    recommendations: { expected: 0, recalled: 0 },
    previousYear: { stated: 0, right: 0 },
    people: { expected: 0, found: 0, extra: 0 },
    pdusAndRatingsRight: 0,
    mismatches: [],
  };
}

const isNull = (v: unknown): boolean => v === null || v === undefined || (Array.isArray(v) && v.length === 0);
const phraseKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"']+|[\s.;:,!"']+$/g, '');
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => phraseKey(String(x)) === phraseKey(String(b[i])));
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Score one document's extraction into `score`. */
export function scoreDocument(score: SetScore, doc: string, got: Extraction, want: Expected): void {
  score.documents++;
  const tally = (field: string, g: unknown, w: unknown, present = true): void => {
    const t = score.fields.get(field) ?? { compared: 0, exact: 0, stated: 0, statedExact: 0, nulls: 0, falseFills: 0 };
    const ok = present && same(g, w);
    t.compared++;
    if (ok) t.exact++;
    if (!isNull(w)) {
      t.stated++;
      if (ok) t.statedExact++;
    } else if (present) {
      t.nulls++;
      if (!isNull(g)) t.falseFills++;
    }
    if (!ok) score.mismatches.push({ doc, field, got: present ? g : '(PDU missing)', want: w });
    score.fields.set(field, t);
  };

  tally('document.kind', got.document.kind, want.document.kind);
  if (want.document.url !== undefined) tally('document.url', got.document.url, want.document.url);
  if (want.complete !== undefined) tally('document.complete', got.document.complete, want.complete);

  let allRight = true;
  for (const wi of want.inspections) {
    const gi = got.inspections.find((i) => i.pdu === wi.pdu);
    score.pdus.expected++;
    if (gi) score.pdus.found++;
    tally('pdu', gi?.pdu ?? null, wi.pdu);
    for (const f of INSPECTION_FIELDS) tally(f, gi ? gi[f] : null, wi[f], !!gi);
    score.ratings.expected++;
    if (gi && gi.rating === wi.rating) score.ratings.right++;
    else allRight = false;
    if (wi.chiefInspector !== null) {
      score.chief.stated++;
      if (gi?.chiefInspector === wi.chiefInspector) score.chief.right++;
    }
    if (wi.previousInspectionYear !== null) {
      score.previousYear.stated++;
      if (gi?.previousInspectionYear === wi.previousInspectionYear) score.previousYear.right++;
    }
    for (const phrase of wi.recommendationsQuoted) {
      score.recommendations.expected++;
      if (gi?.recommendationsQuoted.some((r) => phraseKey(r) === phraseKey(phrase))) score.recommendations.recalled++;
    }
  }
  for (const gi of got.inspections) {
    if (want.inspections.some((w) => w.pdu === gi.pdu)) continue;
    score.pdus.extra++;
    allRight = false;
    score.mismatches.push({ doc, field: 'pdu', got: gi.pdu, want: '(no such inspection)' });
  }
  if (allRight) score.pdusAndRatingsRight++;

  for (const wp of want.people) {
    const gp = got.people.find((p) => p.name === wp.name);
    score.people.expected++;
    if (gp) score.people.found++;
    tally('people.name', gp?.name ?? null, wp.name);
    tally('people.role', gp?.role ?? null, wp.role, !!gp);
  }
  for (const gp of got.people) {
    if (want.people.some((w) => w.name === gp.name)) continue;
    score.people.extra++;
    score.mismatches.push({ doc, field: 'people.name', got: gp.name, want: '(no such person)' });
  }
}

export function totals(score: SetScore): { stated: number; statedExact: number; nulls: number; falseFills: number } {
  let stated = 0;
  let statedExact = 0;
  let nulls = 0;
  let falseFills = 0;
  for (const t of score.fields.values()) {
    stated += t.stated;
    statedExact += t.statedExact;
    nulls += t.nulls;
    falseFills += t.falseFills;
  }
  return { stated, statedExact, nulls, falseFills };
}

const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

/** The per-field table of one set. */
export function fieldRows(score: SetScore): Array<Record<string, string | number>> {
  const rows: Array<Record<string, string | number>> = [...score.fields.entries()].map(([field, t]) => ({
    field,
    compared: t.compared,
    exact: t.exact,
    '%': pct(t.exact, t.compared),
    stated: t.stated,
    'stated right': pct(t.statedExact, t.stated),
    'null expected': t.nulls,
    'false fills': t.falseFills,
  }));
  const all = totals(score);
  rows.push({
    field: 'ALL',
    compared: rows.reduce((n, r) => n + Number(r.compared), 0),
    exact: rows.reduce((n, r) => n + Number(r.exact), 0),
    '%': pct(rows.reduce((n, r) => n + Number(r.exact), 0), rows.reduce((n, r) => n + Number(r.compared), 0)),
    stated: all.stated,
    'stated right': pct(all.statedExact, all.stated),
    'null expected': all.nulls,
    'false fills': all.falseFills,
  });
  return rows;
}

/** The one-line summary of a set, in the terms of the targets. */
export function summaryRow(label: string, s: SetScore): Record<string, string | number> {
  const t = totals(s);
  return {
    set: label,
    docs: s.documents,
    'fields %': pct(t.statedExact, t.stated),
    'false fills %': pct(t.falseFills, t.nulls),
    PDUs: `${s.pdus.found}/${s.pdus.expected}${s.pdus.extra ? ` +${s.pdus.extra}` : ''}`,
    ratings: `${s.ratings.right}/${s.ratings.expected}`,
    'chief insp.': `${s.chief.right}/${s.chief.stated}`,
    'quoted recs': `${s.recommendations.recalled}/${s.recommendations.expected} (${pct(s.recommendations.recalled, s.recommendations.expected)})`,
    'prev. year': `${s.previousYear.right}/${s.previousYear.stated}`,
    'docs all PDUs+ratings right': `${s.pdusAndRatingsRight}/${s.documents}`,
  };
}

export function statedShare(s: SetScore): number {
  const t = totals(s);
  return t.stated === 0 ? 1 : t.statedExact / t.stated;
}

export function falseFillShare(s: SetScore): number {
  const t = totals(s);
  return t.nulls === 0 ? 0 : t.falseFills / t.nulls;
}
