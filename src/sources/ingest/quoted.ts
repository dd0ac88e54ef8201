/**
 * A quoted record: a document whose licence does not allow its full text to be kept (a news report,
 * the publisher's copyright), reduced to what the graph needs: its source (URL, publisher, licence,
 * the SHA-256 of its full text), its extraction, and the passages that evidence a fact or name
 * something, with every offset mapped into those passages. seeds/ingest/news/ holds one per news
 * report of the default graph (written by `npm run seeds:news` from the texts kept as test inputs),
 * so the default graph gets their facts without the project shipping their text.
 */
import type { Vocabulary } from '../../model/vocabulary.ts';
import { publisherOf } from '../../model/vocabulary.ts';
import { removeContactDetails } from '../../text/contacts.ts';
import { excerptOf } from '../../text/excerpt.ts';
import { PhraseMatcher } from '../../text/phrases.ts';
import { extract } from '../extract/index.ts';
import type { Evidence, Extraction } from '../extract/types.ts';
import type { PreparedDocument } from './load.ts';
import { sha256Of } from './plan/index.ts';

export interface QuotedRecord {
  source: {
    url: string | null;
    publisher: string | null;
    licence: string;
    /** Of the full text (contact details removed): the same article ingested later is recognised. */
    sha256: string;
    /** Where the full text is kept as a test input of the extractor (never served). */
    fixture: string;
  };
  /** The kept passages, joined by a gap marker (src/text/excerpt.ts). */
  text: string;
  extraction: Extraction;
}

/** What the vocabulary can name in a text: where its policies, PDUs and organisations are named. */
function namedSpans(text: string, vocabulary: Vocabulary): Array<[number, number]> {
  const matcher = new PhraseMatcher([
    ...vocabulary.policies.map((p) => ({ key: p.code, phrases: [p.name, p.code, ...p.aliases], patterns: p.patterns })),
    ...vocabulary.pdus.map((p) => ({ key: `pdu:${p.name}`, phrases: [p.name, ...p.aliases] })),
    ...vocabulary.organisations.map((o) => ({ key: `org:${o.name}`, phrases: [o.name, ...o.aliases] })),
  ]);
  // Words in the `URL:` line are an address, not a mention (as in graph/derive/mentions.ts).
  const from = /^URL:[^\n]*/.exec(text)?.[0].length ?? 0;
  return matcher.findAll(text.slice(from)).map((m) => [m.start + from, m.end + from]);
}

function evidenceLists(x: Extraction): Evidence[][] {
  return [
    x.document.evidence,
    ...x.inspections.map((i) => i.evidence),
    ...x.people.map((p) => p.evidence),
    x.findings.map((f) => f.evidence),
    x.quotes.map((q) => q.evidence),
    ...x.otherPdusMentioned.map((o) => o.evidence),
  ];
}

/** The record of a full text: extracted, then cut down to its quoted passages. */
export function quotedRecord(fullText: string, fixture: string, vocabulary: Vocabulary): QuotedRecord {
  const text = removeContactDetails(fullText).text;
  const extraction = extract(text, vocabulary);
  const spans: Array<[number, number]> = [
    ...evidenceLists(extraction).flat().map((e) => [e.start, e.end] as [number, number]),
    ...extraction.policiesMentioned.map((p) => [p.start, p.end] as [number, number]),
    ...namedSpans(text, vocabulary),
  ];
  const excerpt = excerptOf(text, spans);
  const moved = structuredClone(extraction);
  for (const list of evidenceLists(moved)) for (const e of list) Object.assign(e, { start: excerpt.at(e.start), end: excerpt.at(e.start) + e.quote.length });
  for (const p of moved.policiesMentioned) Object.assign(p, { start: excerpt.at(p.start), end: excerpt.at(p.start) + p.matched.length });
  const publisher = publisherOf(vocabulary, extraction.document.url);
  return {
    source: { url: extraction.document.url, publisher: publisher?.name ?? null, licence: publisher?.licence ?? 'COPYRIGHT', sha256: sha256Of(text), fixture },
    text: excerpt.text,
    extraction: moved,
  };
}

/** A record ready to ingest: its passages are the stored text, its full text's hash its identity. */
export function preparedFromQuoted(record: QuotedRecord, label: string): PreparedDocument {
  return {
    label, text: record.text, extraction: record.extraction, sha256: record.source.sha256, contactDetailsRemoved: 0,
    meta: { url: record.source.url, excerptOf: { sha256: record.source.sha256 }, file: label },
  };
}
