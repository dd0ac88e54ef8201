/**
 * Paragraphs and sentences of the normalised text. Rules work sentence by sentence because the
 * facts we want ("X PDU has been rated 'Inadequate'", "The report makes seven recommendations")
 * are stated inside one sentence, and because a sentence is a natural, checkable evidence quote.
 */

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  /** Offsets into the normalised text (trimmed). */
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'No', 'Prof', 'Rev', 'Sr', 'Jr', 'Cllr', 'Rt', 'Hon', 'Co', 'Ltd',
  'e.g', 'i.e', 'etc', 'vs', 'approx', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept',
  'Oct', 'Nov', 'Dec', 'para', 'p', 'pp', 'cf',
]);

export function paragraphs(norm: string): Paragraph[] {
  const out: Paragraph[] = [];
  let pos = 0;
  for (const line of norm.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body !== '') out.push({ index: out.length, start: pos + lead, end: pos + lead + body.length });
    pos += line.length + 1;
  }
  return out;
}

/**
 * Sentence boundaries: a line break, or [.!?] (plus closing quotes or brackets) followed by space and
 * something that can start a sentence, unless the word before the stop is a known abbreviation or a
 * single capital (an initial).
 */
export function sentences(norm: string, paras: Paragraph[] = paragraphs(norm)): Sentence[] {
  const out: Sentence[] = [];
  // Also where pages run sentences together without a space ("by inspectors.The East ..."): a word of
  // two or more lower-case letters, the stop, then a capitalised word.
  const boundary = /[.!?]+["')\]]*(?=\s+["'(\[]?[A-Z0-9•])|(?<=[a-z]{2})[.!?]["')\]]*(?=[A-Z][a-z])/g;
  for (const p of paras) {
    const text = norm.slice(p.start, p.end);
    let from = 0;
    boundary.lastIndex = 0;
    for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
      const wordBefore = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      if (m[0].startsWith('.') && (ABBREVIATIONS.has(wordBefore) || /^[A-Z]$/.test(wordBefore))) continue;
      const end = m.index + m[0].length;
      push(out, norm, p, p.start + from, p.start + end);
      from = end;
    }
    push(out, norm, p, p.start + from, p.end);
  }
  return out;
}

function push(out: Sentence[], norm: string, p: Paragraph, start: number, end: number): void {
  while (start < end && /\s/.test(norm[start]!)) start++;
  while (end > start && /\s/.test(norm[end - 1]!)) end--;
  if (end <= start) return;
  out.push({ index: out.length, start, end, text: norm.slice(start, end), paragraph: p.index });
}

/** The sentence containing normalised offset `pos` (binary search over sorted sentences). */
export function sentenceAt(list: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
