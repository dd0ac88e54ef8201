/**
 * Page cleaning and character normalisation, keeping a map back to the original text.
 *
 * Every rule downstream matches against `norm`, a copy of the text in which
 *  - curly quotes become straight ones, dashes become '-', exotic spaces become ' ' (one for one),
 *  - invisible characters (zero-width spaces, soft hyphens, the '\r' of CRLF) are dropped,
 *  - page noise (cookie banners, "Skip to content", the Open Government Licence boilerplate and its
 *    postal address, aggregator chrome, "ENDS", bare URLs, a news site's ", external" link label) is
 *    blanked with spaces, line by line, so
 *    that a navigation word can never be read as a fact while every other offset stays put,
 *  - in hard-wrapped text (PDF copies) line breaks inside a sentence become spaces.
 * `offs[i]` is the original offset of `norm[i]`, so any span found in `norm` maps back to the exact
 * original words: that is what makes every evidence quote verifiable.
 */

export interface Prepared {
  original: string;
  norm: string;
  /** offs[i] = offset in `original` of norm[i]; offs[norm.length] = original.length. */
  offs: Int32Array;
  /** The `URL:` line stored excerpts start with. */
  url: string | null;
  /** The normalised span of the URL value (for evidence). */
  urlSpan: [number, number] | null;
  /** Whether the text looked hard-wrapped (sentences broken across lines) and was re-joined. */
  wrapped: boolean;
}

/** Characters replaced one for one: quotes, dashes and spaces in all their typographic forms. */
const REPLACE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u202f': ' ', '\u205f': ' ', '\u3000': ' ', '\t': ' ', '\f': ' ', '\v': ' ',
  '\u2028': '\n', '\u2029': '\n',
};
/** Characters that carry no text at all (they would split words if kept). */
const DROP = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);

/**
 * Whole lines that are page furniture rather than content. Each is a pattern that recurs across
 * GOV.UK-style pages and news aggregators, never the wording of one particular document.
 */
const NOISE_LINES: RegExp[] = [
  /^are you ok with cookies\??$/i,
  /^we use (small files called )?'?cookies'?\b/i,
  /^(accept|reject) (all |additional |analytics )?cookies$/i,
  /^(view|change) (your )?cookie settings$/i,
  /^(hide this message|cookie settings|cookies)$/i,
  /^skip to (main )?content$/i,
  /^all content is available under the open government licen[cs]e\b/i,
  /^to view this licen[cs]e,? visit:?/i,
  /^or write to:?$/i,
  /^information policy team,?$/i,
  /^the national archives,?$/i,
  /^kew,?$/i,
  /^or e-?mail:?/i,
  /^this publication is available at:?/i,
  // A postal address line ending in a UK postcode ("London TW9 4DU").
  /^([A-Z][a-z]+,? ){0,2}[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\.?$/,
  // A line that is nothing but a URL or a bare domain.
  /^(https?:\/\/|www\.)\S+$/i,
  /^[\w-]+(\.[\w-]+)*\.(gov\.uk|org\.uk|co\.uk|ac\.uk|com|org|net)(\/\S*)?\.?$/i,
  // A progress message while a page loads: a few words trailing off ("Loading...", "Please wait…").
  /^[\w' ]{1,40}(\.{3}|…)$/,
  /^read more:/i,
  /^(share|print|email|tweet|facebook|twitter|linkedin|whatsapp)( this( page| article| story)?)?$/i,
  /^(share|copy) (this )?link$/i,
  /^-?\s*published:?$/i,
  /^ends\.?$/i,
  /^image (source|caption),?/i,
  /^(advertisement|sponsored|related (topics|stories|articles))$/i,
  // Calls to action of news sites and their apps.
  /^(subscribe|sign up|sign in|log in|register|join us|follow us|download the app|get the app)( now| today| here| for free)?[.!]?$/i,
  /^view source$/i,
];

/**
 * Page furniture inside a line: the label some news sites print after a link's words ("the
 * inspectorate's report, external including ...", "Facebook, external, Instagram, external"). It is
 * the label where it ends a clause (punctuation, the end of the line, or a word that goes on with the
 * sentence), not "external" as an adjective ("the police, external partners and ...").
 */
const INLINE_NOISE = /, external(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:and|or|including|that|which|who|said|says|to|for|in|on|at|with|from|by|as|but|is|are|was|were|has|have|had)\b)/gm;

function isNoiseLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  return NOISE_LINES.some((re) => re.test(t));
}


/**
 * Hard-wrapped text (a PDF copied as text) breaks sentences across lines, often with blank lines in
 * between. We call a text wrapped when most of its longer lines end without sentence punctuation.
 */
function looksWrapped(lines: string[]): boolean {
  const long = lines.map((l) => l.trim()).filter((l) => l.length >= 40);
  if (long.length < 5) return false;
  const open = long.filter((l) => !/[.!?:;"')\]]$/.test(l)).length;
  return open / long.length > 0.5;
}

const LIST_MARKER = /^(•|\*|-|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s/;

/**
 * In wrapped text, a line break (with any blank lines after it) is only a space when the previous
 * line does not end a sentence and the next line does not start a list item; a short line followed
 * by a capital is a heading and keeps its break.
 */
function joinWrapped(text: string): string {
  const chars = text.split('');
  const re = /[ ]*\n[\s]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const prevStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const prevLine = text.slice(prevStart, m.index).trim();
    const nextStart = m.index + m[0].length;
    const nextEnd = text.indexOf('\n', nextStart);
    const nextLine = text.slice(nextStart, nextEnd < 0 ? text.length : nextEnd).trim();
    if (prevLine === '' || nextLine === '') continue;
    if (/[.!?:;]["')\]]?$/.test(prevLine)) continue;
    if (LIST_MARKER.test(nextLine)) continue;
    const nextStartsLow = /^[a-z(£%]/.test(nextLine);
    if (prevLine.length < 30 && !nextStartsLow) continue;
    for (let i = m.index; i < m.index + m[0].length; i++) if (chars[i] === '\n') chars[i] = ' ';
  }
  return chars.join('');
}

/** Characters that change: replaced one for one, dropped, or a carriage return. */
const SPECIAL = new RegExp(`[${[...Object.keys(REPLACE), ...DROP, '\r'].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** The normalised text and, for each of its characters, its offset in the original. */
function normaliseChars(original: string): { text: string; offs: Int32Array } {
  const offs = new Int32Array(original.length + 1);
  const pieces: string[] = [];
  let k = 0;
  let last = 0;
  const copy = (to: number): void => {
    pieces.push(original.slice(last, to));
    for (let i = last; i < to; i++) offs[k++] = i;
  };
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(original); m; m = SPECIAL.exec(original)) {
    copy(m.index);
    last = m.index + 1;
    const ch = m[0];
    if (DROP.has(ch) || (ch === '\r' && original[m.index + 1] === '\n')) continue;
    pieces.push(ch === '\r' ? '\n' : REPLACE[ch]!);
    offs[k++] = m.index;
  }
  copy(original.length);
  offs[k] = original.length;
  return { text: pieces.join(''), offs: k === original.length ? offs : offs.slice(0, k + 1) };
}

/** `text` with the characters of `ranges` (line breaks aside) turned into spaces: every offset stays put. */
function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  const pieces: string[] = [];
  let last = 0;
  for (const [a, b] of ranges.sort((x, y) => x[0] - y[0])) {
    if (a < last) continue;
    pieces.push(text.slice(last, a), text.slice(a, b).replace(/[^\n]/g, ' '));
    last = b;
  }
  pieces.push(text.slice(last));
  return pieces.join('');
}

/** The URL line and the page-noise lines, as ranges to blank. */
function noiseRanges(text: string): { ranges: Array<[number, number]>; url: string | null; urlSpan: [number, number] | null; lines: string[] } {
  const ranges: Array<[number, number]> = [];
  // The stored excerpts' `URL:` line is metadata, not content.
  let url: string | null = null;
  let urlSpan: [number, number] | null = null;
  const urlLine = /^\s*URL:\s*(\S+)[ ]*$/m.exec(text.slice(0, 2000));
  if (urlLine) {
    url = urlLine[1]!;
    const vStart = urlLine.index + urlLine[0].indexOf(url);
    urlSpan = [vStart, vStart + url.length];
    ranges.push([urlLine.index, urlLine.index + urlLine[0].length]);
  }
  // Noise lines; the licence's postal address is blanked as a block between "or write to:" and the
  // e-mail line, because its single lines ("Kew,") are too plain to recognise alone.
  let pos = 0;
  const lines = text.split('\n');
  let addressLines = 0; // lines of the address block still to blank (at most six)
  for (const line of lines) {
    const t = line.trim();
    if (/^or write to:?$/i.test(t)) addressLines = 7;
    if (t && (addressLines > 0 || isNoiseLine(line))) ranges.push([pos, pos + line.length]);
    if (addressLines > 0) {
      addressLines--;
      if (/^or e-?mail\b/i.test(t) || /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\.?$/.test(t)) addressLines = 0;
    }
    INLINE_NOISE.lastIndex = 0;
    for (let m = INLINE_NOISE.exec(line); m; m = INLINE_NOISE.exec(line)) ranges.push([pos + m.index, pos + m.index + m[0].length]);
    pos += line.length + 1;
  }
  return { ranges, url, urlSpan, lines };
}

export function prepare(original: string): Prepared {
  const { text, offs } = normaliseChars(original);
  const { ranges, url, urlSpan, lines } = noiseRanges(text);
  let norm = blankRanges(text, ranges);
  const wrapped = looksWrapped(lines);
  if (wrapped) norm = joinWrapped(norm);
  return { original, norm, offs, url, urlSpan, wrapped };
}

/** The original span (and its exact words) of normalised `[ns, ne)`, trimmed of outer spaces. */
export function originalSpan(p: Prepared, ns: number, ne: number): { start: number; end: number; quote: string } {
  while (ns < ne && /\s/.test(p.norm[ns]!)) ns++;
  while (ne > ns && /\s/.test(p.norm[ne - 1]!)) ne--;
  const start = p.offs[ns]!;
  const end = ne > ns ? p.offs[ne - 1]! + 1 : start;
  // A character outside the BMP is two UTF-16 units, both mapped one for one; keep the pair whole.
  const fixedEnd = end < p.original.length && /[\udc00-\udfff]/.test(p.original[end]!) ? end + 1 : end;
  return { start, end: fixedEnd, quote: p.original.slice(start, fixedEnd) };
}

/** Collapse whitespace runs (normalised text keeps joined line breaks as runs of spaces). */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
