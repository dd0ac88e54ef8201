/**
 * The document's own metadata: headline, dateline, and whether the stored text is complete.
 *
 * Headline: the first content line of the page, skipping header chrome (a date on its own, a
 * publication's name, a one-word section label, a byline). A headline is a line of at least three
 * words that does not end with a full stop; if the first content line is a sentence instead, the
 * excerpt starts mid-article and has no headline.
 *
 * Dateline: the document's own date, from a date alone on a header line ("23/11/2022"), "Published
 * 15th Nov 2024", a crawler's "date 2024-10-09" prefix, a board paper's meeting date, or a
 * parliamentary answer's "answered on 19th June 2025". It dates the document, which is not the same
 * as the date of the report it is about.
 */
import { parseDate, findDates, type DateMention } from './dates.ts';
import type { Paragraph } from './sentences.ts';
import { isPersonName, NAME } from './people.ts';
import { squash } from './clean.ts';
import { containsContactDetails } from '../../text/contacts.ts';
import type { Lexicon } from './lexicon.ts';

export interface DocumentHead {
  /** The headline paragraph and the span of its text (after any crawler prefix). */
  title: { text: string; start: number; end: number; paragraph: number } | null;
  /** Paragraphs before the headline (chrome, bylines). */
  header: Paragraph[];
  dateline: { value: string; start: number; end: number } | null;
}

/** Words of newspapers' and broadcasters' names; the vocabulary's publisher names count too. */
const PUBLICATION_WORDS = /\b(News|Press|Times|Post|Echo|Gazette|Herald|Chronicle|Mail|Mirror|Guardian|Telegraph|Standard|Reporter|Observer|Express|Independent|Radio|Journal|Argus|Star|World|Online)\b/;

function dayOnly(m: DateMention | null | undefined): m is DateMention {
  return !!m && m.precision === 'day' && !!m.value;
}

/**
 * Header chrome: a date, a publication's name, a one- or two-word label, a byline, an author line, a
 * line repeated in the header, or an app's call to action ("Get all your news in one place.", "One
 * app.": a short sentence before anything that reads as a headline or an article).
 */
const ONLY_NAME = new RegExp(`^${NAME}$`);

function isChrome(t: string, repeated: boolean, hasPub: boolean, lex: Lexicon): boolean {
  const words = t.split(' ').length;
  const byline = /^By\s+/.test(t) || (ONLY_NAME.test(t) && isPersonName(t, lex));
  const publication = (PUBLICATION_WORDS.test(t) || lex.publisherNames.some((n) => t.includes(n))) && words <= 4;
  return repeated || words < 3 || byline || publication || /^Author:/.test(t) || hasPub || (/[.!]$/.test(t) && words < 8);
}

export function readHead(norm: string, paras: Paragraph[], lex: Lexicon): DocumentHead {
  let title: DocumentHead['title'] = null;
  const header: Paragraph[] = [];
  let dateline: DocumentHead['dateline'] = null;

  const setDate = (m: DateMention, base: number): void => {
    if (!dateline && m.value) dateline = { value: m.value, start: base + m.start, end: base + m.end };
  };

  const top = paras.slice(0, 14).map((q) => squash(norm.slice(q.start, q.end)));
  for (const p of paras.slice(0, 14)) {
    let start = p.start;
    let text = norm.slice(p.start, p.end);
    // A crawler's date prefix: " date 2024-10-09 Headline ...".
    const crawl = /^date\s+(\d{4}-\d{2}-\d{2})\s+/.exec(text);
    if (crawl) {
      const d = parseDate(crawl[1]!);
      if (dayOnly(d)) setDate(d, start + crawl[0].indexOf(crawl[1]!) - d.start);
      start += crawl[0].length;
      text = text.slice(crawl[0].length);
    }
    const t = squash(text);
    const bare = t.replace(/^(published|updated|last updated|posted|date)\s*:?\s*/i, '');
    const alone = parseDate(bare);
    // A date alone, or a date opening a short line ("March 30, 2023 10.00 am This story is ..."): a dateline.
    const leading = alone ?? (bare.split(' ').length <= 12 ? findDates(bare).find((d) => d.start === 0 && d.precision === 'day') : undefined);
    if (leading && leading.value && !/[.!?]$/.test(bare)) {
      const at = start + text.indexOf(bare);
      setDate(leading, at);
      if (!title) header.push(p);
      continue;
    }
    // "... ServicePublished 15th Nov 2024" / "Published: 29 May 2025" inside a header line.
    const pub = /Published:?\s+(.{6,30})$/.exec(text);
    if (pub) {
      const d = findDates(pub[1]!)[0];
      if (dayOnly(d)) setDate(d, start + pub.index + pub[0].indexOf(pub[1]!));
    }
    if (title) {
      if (p.index > title.paragraph + 3) break;
      continue;
    }
    const repeated = top.filter((q) => q === t).length > 1;
    if (isChrome(t, repeated, pub !== null, lex)) {
      header.push(p);
      continue;
    }
    if (/\.$/.test(t) && !/\b(Mr|Mrs|Ms|Dr|St)\.$/.test(t)) break; // a sentence: no headline
    title = { text: t, start, end: p.end, paragraph: p.index };
  }

  // Board papers and answers date themselves in words.
  if (!dateline) {
    const answered = /\banswered on\s+([^\n)]{6,30})/i.exec(norm);
    const d = answered ? findDates(answered[1]!)[0] : undefined;
    if (answered && dayOnly(d)) setDate(d, answered.index + answered[0].indexOf(answered[1]!));
  }
  return { title, header, dateline };
}

/**
 * Whether the stored text ends where the document does: a final sentence mark, or a last line that
 * is a contact or notes item (press releases end with the media contact's details).
 */
export function isComplete(norm: string, paras: Paragraph[], original: string = norm): boolean {
  const last = paras[paras.length - 1];
  if (!last) return false;
  // A text that stops on a space after the words of its last line was cut there (an excerpt cut to a size).
  if (/\S[ \t]+$/.test(original)) return false;
  const t = norm.slice(last.start, last.end).trim();
  if (/[.!?]["')\]]*$|["')\]]$/.test(t)) return true;
  // "The report is available at https://...": a line that ends with an address is whole.
  if (/\bhttps?:\/\/\S+$/.test(t)) return true;
  return /^(\d{1,2}[.)]|-|•)?\s*(for (media|press) enquiries|contact|tel|email|e-mail|phone)\b/i.test(t) || containsContactDetails(t);
}
