/**
 * What an ingest did (or, in a dry run, would do), for the CLI, the API and the logs.
 */
import type { DocumentKind } from '../../model/enums.ts';
import type { Licence } from '../../model/vocabulary.ts';
import type { Extraction } from '../extract/types.ts';

export interface IngestConflict {
  /** The inspection whose stored value the document contradicts. */
  inspection: string;
  /** `rating`, `publishedOn`, `fieldwork` or `recommendationCount`. */
  field: string;
  storedValue: string | null;
  reportedValue: string | null;
  /** The Conflict node that records it (with the document's words as evidence). */
  conflict: string;
}

export interface IngestPossibleDuplicate {
  /** The inspection created from this document. */
  inspection: string;
  /** The existing inspection it may duplicate. */
  of: string;
  reason: string;
}

export interface IngestMatch {
  /** The existing inspection the document was found to report. */
  inspection: string;
  /** The PDU as the document names it. */
  pdu: string;
  reason: string;
}

export interface IngestFill {
  inspection: string;
  field: string;
  value: string | number | boolean;
}

export interface ExtractionSummary {
  kind: DocumentKind;
  title: string | null;
  publishedOn: string | null;
  url: string | null;
  complete: boolean;
  inspections: Array<{ pdu: string; rating: string | null; fieldwork: string | null; published: string | null }>;
  people: string[];
  quotes: number;
  findings: number;
  policies: string[];
}

export interface IngestReport {
  document: { id: string; title: string; kind: DocumentKind; publishedOn: string | null; sha256: string };
  /** `unchanged`: a document with the same text (sha256) is already in the graph; nothing was written. */
  status: 'created' | 'unchanged';
  /** True when nothing was written on purpose (the report says what an ingest would do). */
  dryRun: boolean;
  created: {
    pdus: string[];
    inspections: string[];
    people: string[];
    recommendations: number;
    findings: number;
    quotes: number;
  };
  updated: {
    /** Existing inspections that gained evidence (and possibly recommendations, findings, quotes). */
    inspections: string[];
  };
  /** Why each updated inspection was taken to be the one the document reports. */
  matches: IngestMatch[];
  /** Values the graph did not have (stored null) that the document states, now filled in. */
  filled: IngestFill[];
  conflicts: IngestConflict[];
  possibleDuplicates: IngestPossibleDuplicate[];
  /** What the document states that could not be placed in the graph, in words. */
  unmatched: string[];
  /** Findings that say what a finding of the same inspection already said: evidence added, no new node. */
  mergedFindings: number;
  /** Phone numbers and e-mail addresses removed from the text before anything was read from it (a count, never the values). */
  contactDetailsRemoved: number;
  /** The licence of the document's publisher (seeds/facts/publishers.yaml); COPYRIGHT when the publisher is not known. */
  licence: Licence;
  /** FULL: the whole text is stored; EXCERPT: only the quoted passages (the licence allows no more). */
  storedText: 'FULL' | 'EXCERPT';
  extraction: ExtractionSummary;
}

export function summariseExtraction(x: Extraction): ExtractionSummary {
  return {
    kind: x.document.kind,
    title: x.document.title,
    publishedOn: x.document.publishedOn,
    url: x.document.url,
    complete: x.document.complete,
    inspections: x.inspections.map((i) => ({ pdu: i.pdu, rating: i.rating, fieldwork: i.fieldwork, published: i.published })),
    people: x.people.map((p) => p.name),
    quotes: x.quotes.length,
    findings: x.findings.length,
    policies: [...new Set(x.policiesMentioned.map((p) => p.code))],
  };
}

/** One line for a terminal: what was created, matched, conflicting or doubtful. */
export function describeReport(r: IngestReport): string {
  const parts: string[] = [];
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (r.status === 'unchanged') return `unchanged: ${r.document.id} is already in the graph (same text)`;
  parts.push(`${r.dryRun ? 'would create' : 'created'} ${r.document.id}`);
  const c = r.created;
  const made: string[] = [];
  if (c.pdus.length) made.push(`${n(c.pdus.length, 'new PDU')} (${c.pdus.join(', ')})`);
  if (c.inspections.length) made.push(`${n(c.inspections.length, 'new inspection')} (${c.inspections.join(', ')})`);
  if (c.people.length) made.push(`${n(c.people.length, 'new person')} (${c.people.join(', ')})`);
  if (c.recommendations) made.push(n(c.recommendations, 'recommendation'));
  if (c.findings) made.push(n(c.findings, 'finding'));
  if (c.quotes) made.push(n(c.quotes, 'quote'));
  if (made.length) parts.push(made.join(', '));
  if (r.updated.inspections.length) parts.push(`evidence for ${r.updated.inspections.join(', ')}`);
  if (r.filled.length) parts.push(`filled ${r.filled.map((f) => `${f.inspection}.${f.field}=${f.value}`).join(', ')}`);
  parts.push(n(r.conflicts.length, 'conflict') + (r.conflicts.length ? ` (${r.conflicts.map((x) => `${x.inspection} ${x.field}: stored ${x.storedValue}, reported ${x.reportedValue}`).join('; ')})` : ''));
  parts.push(n(r.possibleDuplicates.length, 'possible duplicate') + (r.possibleDuplicates.length ? ` (${r.possibleDuplicates.map((d) => `${d.inspection} of ${d.of}`).join('; ')})` : ''));
  return parts.join('; ');
}
