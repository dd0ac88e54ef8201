/**
 * The vocabulary (src/model/vocabulary.ts) compiled for the extractor, once per vocabulary object:
 *  - regions: every written form (name, aliases, "&" and "and" spellings) → the canonical name;
 *  - known PDUs: every name and alias, without a trailing "PDU" / "Probation Delivery Unit", keyed by
 *    their words in any order (nameKey) → the vocabulary entry, and a recogniser for them in text;
 *  - policies: one PhraseMatcher over names, aliases, patterns and acronym codes;
 *  - publishers: names (to recognise a publication's name on a page) and URL lookup.
 * Knowledge of the world stays in seeds/; what is here is how to look it up.
 */
import { publisherOf, type PduEntry, type PublisherEntry, type Vocabulary } from '../../model/vocabulary.ts';
import { PhraseMatcher } from '../../text/phrases.ts';

/** A name's identity: its words, lower-cased, without "and"/"the"/punctuation, in any order. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/'s\b|'/g, '')
    .split(/[^a-z0-9-]+/)
    .filter((w) => w && w !== 'and' && w !== 'the')
    .sort()
    .join(' ');
}

/** Geography that is never a PDU besides the regions: the countries and areas around them. */
const COUNTRIES = [
  'England', 'England and Wales', 'Scotland', 'Northern Ireland', 'UK', 'United Kingdom', 'Britain', 'Great Britain',
  'Yorkshire', 'the Humber', 'Humber', 'Midlands', 'the North', 'the South', 'the capital',
];

export interface Lexicon {
  /** A regex alternation of every region form (for use inside larger patterns). */
  regionAlt: string;
  regionOf(form: string): string | null;
  /** A region, country or wider area: never a PDU's name. */
  isNotPdu(name: string): boolean;
  /** A word of a region's or country's name, or a one-word PDU name: never part of a person's name. */
  isPlaceWord(word: string): boolean;
  /** The vocabulary PDU whose name or alias has these words (nameKey), if any. */
  knownPdu(key: string): PduEntry | undefined;
  /** Known PDU names and aliases as written in the text (whole capitalised words). */
  findKnownPdus(text: string): Array<{ start: number; end: number; text: string; entry: PduEntry }>;
  policies: PhraseMatcher;
  /** Publisher names (without qualifiers in brackets), longest first. */
  publisherNames: string[];
  /** Any news publisher's name as whole words (a page naming one is news); null when the vocabulary has none. */
  newsPublisherRe: RegExp | null;
  publisher(url: string | null): PublisherEntry | null;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How a known phrase is looked up: lower case, one space for any run of spaces or hyphens. */
const phraseKey = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, ' ').trim();
/** "Kent, Surrey & Sussex" ↔ "Kent, Surrey and Sussex". */
const spellings = (s: string): string[] => [...new Set([s, s.replace(/\s*&\s*/g, ' and '), s.replace(/\s+and\s+/g, ' & ')])];
/** A known PDU's name without the marker some aliases carry ("Leeds PDU"). */
const bareName = (s: string): string => s.replace(/\s+(?:PDU|Probation Delivery Unit)$/i, '').trim();

/** "Hits Radio / Greatest Hits Radio (hellorayo.co.uk)" → "Hits Radio", "Greatest Hits Radio". */
function publisherNames(list: readonly PublisherEntry[]): string[] {
  return list
    .flatMap((p) => p.name.replace(/\([^)]*\)/g, '').split('/'))
    .map((n) => n.trim())
    .filter((n) => n.length >= 3)
    .sort((a, b) => b.length - a.length);
}

function compile(v: Vocabulary): Lexicon {
  const regionForms = v.regions
    .flatMap((r) => [r.name, ...r.aliases].flatMap(spellings).map((form) => ({ form, name: r.name })))
    .sort((a, b) => b.form.length - a.form.length);
  const byForm = new Map(regionForms.map((f) => [f.form.toLowerCase(), f.name]));
  const notPdu = new Set([...regionForms.map((f) => f.form), ...COUNTRIES].map((s) => s.toLowerCase()));
  const pduByKey = new Map<string, PduEntry>();
  for (const p of v.pdus) for (const n of [p.name, ...p.aliases]) pduByKey.set(nameKey(bareName(n)), p);
  // One pattern for every known PDU name (a PhraseMatcher per entry would scan the text 77 times).
  const entryByPhrase = new Map<string, PduEntry>();
  for (const p of v.pdus) for (const n of [p.name, ...p.aliases].map(bareName).flatMap(spellings)) entryByPhrase.set(phraseKey(n), p);
  const phrases = [...entryByPhrase.keys()].sort((a, b) => b.length - a.length);
  const pduRe = phrases.length ? new RegExp(`\\b(?:${phrases.map((ph) => escapeRe(ph).replace(/ /g, '[\\s-]+')).join('|')})(?![A-Za-z0-9\\u00C0-\\u024F])`, 'gi') : null;
  const placeWords = new Set([
    ...[...regionForms.map((f) => f.form), ...COUNTRIES].flatMap((n) => n.split(/[\s,&]+/)).filter((w) => /^[A-Z]/.test(w)),
    ...v.pdus.flatMap((p) => [p.name, ...p.aliases].map(bareName)).filter((n) => !/\s/.test(n)),
  ]);
  const policies = new PhraseMatcher(
    v.policies.map((p) => ({
      key: p.code,
      // A code written as the documents write it (SDS40, ECSL) is a phrase too; PROBATION_RESET is not.
      phrases: [p.name, ...p.aliases, ...(/^[A-Z0-9]+$/.test(p.code) ? [p.code] : [])],
      patterns: p.patterns,
    })),
  );
  const news = publisherNames(v.publishers.filter((p) => p.kind === 'NEWS'));
  return {
    // A vocabulary without regions matches none (an empty alternation would match everywhere).
    regionAlt: regionForms.map((f) => escapeRe(f.form).replace(/ /g, '\\s+')).join('|') || '(?!)',
    regionOf: (form) => byForm.get(form.toLowerCase().replace(/\s+/g, ' ')) ?? null,
    isNotPdu: (name) => notPdu.has(name.toLowerCase()) || notPdu.has(name.toLowerCase().replace(/^the\s+/, '')),
    isPlaceWord: (word) => placeWords.has(word),
    knownPdu: (key) => pduByKey.get(key),
    findKnownPdus: (text) => {
      const out: Array<{ start: number; end: number; text: string; entry: PduEntry }> = [];
      if (!pduRe) return out;
      pduRe.lastIndex = 0;
      for (let m = pduRe.exec(text); m; m = pduRe.exec(text)) {
        const entry = entryByPhrase.get(phraseKey(m[0]));
        if (entry && /^[A-Z]/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry });
      }
      return out;
    },
    policies,
    publisherNames: publisherNames(v.publishers),
    newsPublisherRe: news.length ? new RegExp(`\\b(?:${news.map(escapeRe).join('|')})\\b`) : null,
    publisher: (url) => publisherOf(v, url),
  };
}

const cache = new WeakMap<Vocabulary, Lexicon>();

export function lexiconOf(v: Vocabulary): Lexicon {
  let l = cache.get(v);
  if (!l) cache.set(v, (l = compile(v)));
  return l;
}
