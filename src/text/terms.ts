/**
 * Terms: the normalised, stemmed content words of a text. Theme rules and recommendation similarity
 * both compare texts by their terms, so "oversight", "overseeing" and "Oversight," meet, while "the",
 * "to" and "and" (English stop words, from the `stopword` package) do not count.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP = new Set<string>(eng);
// Words that appear in nearly every recommendation and so say nothing about what it is about.
for (const w of ['ensure', 'ensuring', 'improve', 'people', 'probation', 'pdu', 'report', 'including']) STOP.add(w);

export interface Term {
  stem: string;
  /** The first word in the text that produced this stem, for explanations an analyst can read. */
  word: string;
}

/**
 * The terms of a text. Words are compared whole: a hyphenated compound ("follow-up") is one term,
 * the stems of its parts joined by a hyphen, so it never meets one of its parts in another word
 * ("following"). Stop words are dropped, except inside a compound.
 */
export function terms(text: string): Term[] {
  const out = new Map<string, Term>();
  for (const word of words(text)) {
    const stem = stemOf(word);
    if (stem !== null && !out.has(stem)) out.set(stem, { stem, word });
  }
  return [...out.values()];
}

export function stems(text: string): Set<string> {
  return new Set(terms(text).map((t) => t.stem));
}

/**
 * A text's term key: its distinct stems, sorted, joined by single spaces ('' for a text without
 * content words). Two texts with the same key have the same term vector, so they score the same
 * against any other text; the key is what the similarity index stores (src/graph/term-index.ts).
 */
export function termKey(text: string): string {
  const found = new Set<string>();
  for (const word of words(text)) {
    const stem = stemOf(word);
    if (stem !== null) found.add(stem);
  }
  return [...found].sort().join(' ');
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019']/g, '').match(/[a-z][a-z-]*[a-z]|[a-z]/g) ?? [];
}

/**
 * Stems of the words met, remembered: texts repeat their words, and stemming a word was most of
 * the cost of a text's terms (the bulk import keys every recommendation). Bounded: emptied when full.
 */
const stemsOfWords = new Map<string, string | null>();
const STEMS_REMEMBERED = 100_000;

/** A word's stem, or null when it is no term (a stop word, or too short). */
function stemOf(word: string): string | null {
  let stem = stemsOfWords.get(word);
  if (stem === undefined) {
    if (stemsOfWords.size >= STEMS_REMEMBERED) stemsOfWords.clear();
    // A copy (words are ASCII): a word matched in a text may be a slice that keeps the whole text alive.
    const own = Buffer.from(word, 'latin1').toString('latin1');
    stemsOfWords.set(own, (stem = stemOfNew(own)));
  }
  return stem;
}

function stemOfNew(word: string): string | null {
  const parts = word.split('-').filter((p) => p.length > 0);
  const content = parts.filter((p) => p.length >= 3 && !STOP.has(p));
  if (content.length === 0) return null;
  return parts.length > 1 ? parts.map((p) => stemmer(p)).join('-') : stemmer(word);
}

/** The stems of a term key (the inverse of termKey). */
export function keyStems(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}
