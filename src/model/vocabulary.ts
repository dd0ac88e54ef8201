/**
 * The vocabulary the extractor and the graph share: what the world is called. Regions, PDUs with
 * their other names, policies with their aliases and recognition patterns, organisations, and the
 * publishers of documents (with their licences). It is data: read from seeds/ (src/sources/seed/
 * vocabulary.ts), never written into code, so a new PDU name or policy alias is a data change.
 *
 * Vocabulary helps recognise; it never renames. The extractor still reports a PDU "as the text
 * gives it", and still finds PDUs the vocabulary does not know.
 */
import type { DateRules } from './dates.ts';

export interface NamedEntry {
  /** The canonical name. */
  name: string;
  /** Other names sources use for the same thing (not spelling variants of "&" and "and"). */
  aliases: readonly string[];
}

export interface RegionEntry extends NamedEntry {}

export interface PduEntry extends NamedEntry {
  /** The region's canonical name, or null where no source gives it. */
  region: string | null;
}

export interface PolicyEntry extends NamedEntry {
  /** The graph's code, e.g. SDS40. */
  code: string;
  /**
   * Regular expressions (source text, matched case-insensitively) for ways of writing the policy
   * that no fixed phrase captures, e.g. "unified ... in 2021".
   */
  patterns: readonly string[];
  /** Whether it pressed on probation work (capacity and workload measures), or is background. */
  pressure: boolean;
  inForceFrom: string | null;
  inForceUntil: string | null;
}

export interface OrganisationEntry extends NamedEntry {}

/** Licences under which documents are published (seeds/facts/publishers.yaml). */
export type Licence = 'OGL-3.0' | 'OPL-3.0' | 'COPYRIGHT';

export interface PublisherEntry {
  name: string;
  /** Host suffixes, or host plus path prefix (`justiceinspectorates.gov.uk/hmiprobation`). */
  hosts: readonly string[];
  kind: 'INSPECTORATE' | 'GOVERNMENT' | 'PARLIAMENT' | 'NEWS' | 'OTHER';
  licence: Licence;
}

export interface Vocabulary {
  regions: readonly RegionEntry[];
  pdus: readonly PduEntry[];
  policies: readonly PolicyEntry[];
  organisations: readonly OrganisationEntry[];
  publishers: readonly PublisherEntry[];
}

/** What the extractor and the ingest planner know from seeds/: the vocabulary and the date rules. */
/** A document's publication date that its text does not state, from a cited source. */
export interface CitedDate {
  publishedOn: string;
  /** `document`: the document's own date; `report`: the publication date of the report it reports. */
  of: 'document' | 'report';
  source: string;
  quote: string;
}

export interface Knowledge {
  vocabulary: Vocabulary;
  dateRules: DateRules;
  /** Cited publication dates of documents whose texts state none, by the document's URL. */
  documentDates: ReadonlyMap<string, CitedDate>;
}

export const EMPTY_VOCABULARY: Vocabulary = { regions: [], pdus: [], policies: [], organisations: [], publishers: [] };

/** The publisher of a URL: the entry whose host (and path prefix) matches, longest first. */
export function publisherOf(vocabulary: Vocabulary, url: string | null | undefined): PublisherEntry | null {
  if (!url) return null;
  let host: string;
  let pathname: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase().replace(/^www\./, '');
    pathname = u.pathname;
  } catch {
    return null;
  }
  let best: { entry: PublisherEntry; length: number } | null = null;
  for (const entry of vocabulary.publishers) {
    for (const h of entry.hosts) {
      const [hostPart, ...rest] = h.toLowerCase().split('/');
      const prefix = rest.length ? `/${rest.join('/')}` : '';
      const hostMatches = host === hostPart || host.endsWith(`.${hostPart}`);
      if (!hostMatches || (prefix && !pathname.toLowerCase().startsWith(prefix))) continue;
      if (!best || h.length > best.length) best = { entry, length: h.length };
    }
  }
  return best?.entry ?? null;
}
