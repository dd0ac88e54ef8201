/**
 * Text normalisation for matching evidence quotes against documents. Source texts come from web
 * pages and PDFs: curly and straight quotes, non-breaking spaces and line breaks in the middle of
 * sentences all vary between a quote and the document. We normalise both sides the same way and keep
 * a map from each normalised character back to its offset in the original, so a match yields exact
 * original offsets.
 */

const QUOTE_MARKS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-',
};

export interface NormalisedText {
  text: string;
  /** offsets[i] is the index in the original string of normalised character i. */
  offsets: number[];
}

/** Collapse runs of whitespace to one space, unify quote marks and dashes, trim. */
export function normalise(original: string): NormalisedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (/\s/.test(ch)) {
      if (pendingSpace < 0 && text.length > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    text += QUOTE_MARKS[ch] ?? ch;
    offsets.push(i);
  }
  return { text, offsets };
}

export interface Located {
  start: number;
  end: number;
  /** The document's own words at that place (which may differ from the quote in spacing or marks). */
  original: string;
}

/** Find `quote` in `document` after normalising both; offsets refer to the original document. */
export function locate(document: NormalisedText, originalDocument: string, quote: string): Located | null {
  const needle = normalise(quote).text;
  if (needle.length === 0) return null;
  const at = document.text.indexOf(needle);
  if (at < 0) return null;
  const start = document.offsets[at]!;
  const end = document.offsets[at + needle.length - 1]! + 1;
  return { start, end, original: originalDocument.slice(start, end) };
}
