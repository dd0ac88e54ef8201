/**
 * One recogniser for named things in text: policies, PDUs, people, organisations. Built from data
 * (names, aliases, patterns), used by the extractor and by the graph's mention derivation alike, so
 * the two can never disagree about whether a document names something.
 *
 * Rules:
 * - A phrase matches as whole words: no letter or digit touches either end.
 * - Whitespace in a phrase matches any run of whitespace or hyphens ("SDS 40" finds "SDS-40").
 * - A phrase written in capitals and digits only (an acronym: RESET, IMPACT, SDS40) matches only in
 *   capitals, and not on a line written in capitals throughout, where every word looks like one.
 *   Any other phrase matches in any case.
 * - Patterns (regular expressions from the data) match case-insensitively.
 * - Where matches overlap, the longest wins; per key, each place is reported once.
 */

export interface PhraseEntry {
  key: string;
  phrases: readonly string[];
  patterns?: readonly string[];
}

export interface PhraseMatch {
  key: string;
  /** The words matched, exactly as in the text. */
  text: string;
  start: number;
  end: number;
}

interface Compiled {
  key: string;
  re: RegExp;
  acronym: boolean;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (phrase: string): boolean => /[A-Z]/.test(phrase) && !/[a-z]/.test(phrase);

function phrasePattern(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('[\\s\\-]+');
}

/** Whether the line around `at` is written in capitals throughout (a shouted headline). */
function onShoutingLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  const letters = text.slice(from, to < 0 ? text.length : to).replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6;
}

export class PhraseMatcher {
  private readonly compiled: Compiled[] = [];

  constructor(entries: readonly PhraseEntry[]) {
    for (const entry of entries) {
      const phrases = [...new Set(entry.phrases.filter((p) => p.trim().length > 1))];
      const acronyms = phrases.filter(isAcronym);
      const words = phrases.filter((p) => !isAcronym(p));
      const group = (list: string[]) => list.sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
      if (words.length) this.compiled.push({ key: entry.key, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${group(words)})(?![\\p{L}\\p{N}])`, 'giu'), acronym: false });
      if (acronyms.length) this.compiled.push({ key: entry.key, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${group(acronyms)})(?![\\p{L}\\p{N}])`, 'gu'), acronym: true });
      for (const p of entry.patterns ?? []) this.compiled.push({ key: entry.key, re: new RegExp(p, 'giu'), acronym: false });
    }
  }

  /** Every match in document order; overlapping matches keep the longest. */
  findAll(text: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (const c of this.compiled) {
      c.re.lastIndex = 0;
      for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
        if (m[0].length === 0) {
          c.re.lastIndex++;
          continue;
        }
        if (c.acronym && onShoutingLine(text, m.index)) continue;
        found.push({ key: c.key, text: m[0], start: m.index, end: m.index + m[0].length });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: PhraseMatch[] = [];
    for (const f of found) if (!kept.some((k) => f.start < k.end && f.end > k.start)) kept.push(f);
    return kept.sort((a, b) => a.start - b.start);
  }

  /** The first match of each key, in document order. */
  firstOfEach(text: string): PhraseMatch[] {
    const seen = new Set<string>();
    return this.findAll(text).filter((m) => !seen.has(m.key) && (seen.add(m.key), true));
  }
}
