/**
 * The Document node of an ingest, by these rules:
 *
 * - Identity: `document:<slug of its title, cut to about 60 characters>-<first 8 hex digits of the
 *   text's sha256>`; the caller's title, kind, URL and date override the extracted ones. A document
 *   with the same sha256 already in the graph changes nothing.
 * - Date: its own (dateline, or the caller's), else the month its URL path gives
 *   (`.../press-releases/2024/11/...`), which is then recorded in `dateNote` as the basis.
 * - Licence: the publisher of its URL (seeds/facts/publishers.yaml) gives the licence. Under the
 *   Open Government or Open Parliament Licence the full text is stored and served; otherwise (a news
 *   report, or an unknown publisher) only an excerpt: the passages that evidence a fact or name
 *   something, with every offset mapped into the excerpt.
 */
import { createHash } from 'node:crypto';
import { ids, slug } from '../../../model/ids.ts';
import type { DocumentKind } from '../../../model/enums.ts';
import { publisherOf } from '../../../model/vocabulary.ts';
import { webUrlOrNull } from '../../../model/urls.ts';
import { containsContactDetails } from '../../../text/contacts.ts';
import { excerptOf } from '../../../text/excerpt.ts';
import type { Extraction } from '../../extract/types.ts';
import type { DocumentFacts, IngestMeta, Knowledge, PlanState } from './state.ts';

export function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The document key: its title's slug cut to about 60 characters (at a word), then the sha256's first 8 hex digits. */
export function documentKey(title: string, sha256: string): string {
  let s = slug(title);
  if (s.length > 60) {
    const cut = s.slice(0, 61);
    s = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : s.slice(0, 60);
  }
  return `${s || 'document'}-${sha256.slice(0, 8)}`;
}

/** `YYYY-MM` from a URL path such as `/press-releases/2024/11/...`, or null. */
export function monthFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?:\/|$)/.exec(path);
  return m ? `${m[1]}-${m[2]}` : null;
}

/** A title for a document that has none: its first line of prose, shortened. */
function fallbackTitle(text: string, kind: DocumentKind): string {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 20 && !/^URL:/i.test(l) && !containsContactDetails(l));
  if (!line) return `Untitled ${kind.toLowerCase().replace(/_/g, ' ')}`;
  return line.length > 100 ? `${line.slice(0, 100).replace(/\s+\S*$/, '')}…` : line;
}

/** Rule: identity, date and licence of the document. */
export function describeDocument(extraction: Extraction, text: string, meta: IngestMeta, knowledge: Knowledge, contactDetailsRemoved: number): DocumentFacts {
  const sha256 = meta.excerptOf?.sha256 ?? meta.sha256 ?? sha256Of(text);
  const kind: DocumentKind = meta.kind ?? extraction.document.kind;
  const title = meta.title ?? extraction.document.title ?? fallbackTitle(text, kind);
  // One URL rule (src/model/urls.ts) whatever the URL came from: the caller (input.ts checked it
  // already), a quoted record's source, or the text's own `URL:` line. Anything else is dropped.
  const url = webUrlOrNull(meta.url ?? extraction.document.url);
  const stated = meta.publishedOn ?? extraction.document.publishedOn ?? null;
  // Rule: a text that states no date takes the date a cited source gives it (seeds/facts/document-dates.yaml).
  const cited = stated || !url ? null : knowledge.documentDates.get(url) ?? null;
  const publishedOn = stated ?? (cited?.of === 'document' ? cited.publishedOn : null);
  const urlMonth = publishedOn || cited ? null : monthFromUrl(url);
  const key = documentKey(title, sha256);
  const publisher = publisherOf(knowledge.vocabulary, url);
  return {
    id: ids.document(key), key, title, kind, url, publishedOn, urlMonth, documentDate: publishedOn ?? cited?.publishedOn ?? urlMonth, cited,
    sha256, sha8: sha256.slice(0, 8), publisher: publisher?.name ?? null, licence: publisher?.licence ?? 'COPYRIGHT',
    contactDetailsRemoved, file: meta.file ? meta.file.split(/[\\/]/).pop() ?? null : null, alreadyExcerpt: !!meta.excerptOf,
  };
}

/** Where a date the text does not state came from, in words; null when the text states it. */
function dateNoteOf(doc: DocumentFacts): string | null {
  if (doc.cited?.of === 'document') return `The text states no date; ${doc.cited.source} states it ("${doc.cited.quote}").`;
  if (doc.cited) return `The text states no date; ${doc.cited.source} gives the publication date of the report it reports, ${doc.cited.publishedOn} ("${doc.cited.quote}"), used to place that inspection in time.`;
  if (doc.urlMonth) return `The text states no date; its URL gives ${doc.urlMonth}, used to match and name the inspections it reports.`;
  return null;
}

/**
 * Rule: the Document node, with the text its licence allows, and the evidence and mentions of the
 * document mapped into that text.
 */
export function writeDocument(state: PlanState): void {
  const { doc, batch, text } = state;
  const mentions = batch.relationships.filter((g) => g.type === 'MENTIONS').flatMap((g) => g.rows.filter((r) => r.from === doc.id));
  const full = doc.licence !== 'COPYRIGHT' || doc.alreadyExcerpt;
  const spans = [...state.evidence.spans(), ...mentions.map((m) => [m.props.start as number, m.props.end as number] as [number, number])];
  const stored = full ? { text, at: (o: number) => o } : excerptOf(text, spans);
  for (const m of mentions) {
    const start = stored.at(m.props.start as number);
    m.props = { ...m.props, start, end: start + String(m.props.quote).length };
  }
  batch.node('Document', doc.id, {
    key: doc.key, title: doc.title, kind: doc.kind, url: doc.url, publishedOn: doc.publishedOn,
    dateNote: dateNoteOf(doc),
    publishedOnSource: doc.cited?.source ?? null,
    publisher: doc.publisher, licence: doc.licence, textIsExcerpt: !full || doc.alreadyExcerpt,
    sha256: doc.sha256, text: stored.text, file: doc.file, source: 'ingest',
    complete: state.extraction.document.complete, contactDetailsRemoved: doc.contactDetailsRemoved,
  });
  // The publisher, when the graph holds it as an organisation (by name or alias).
  const org = doc.publisher ? state.world.organisations.find((o) => [o.name, ...o.aliases].includes(doc.publisher!)) : undefined;
  if (org) batch.rel('PUBLISHED_BY', ['Document', doc.id], ['Organisation', org.id]);
  state.evidence.flush(batch, doc.id, stored.at);
}
