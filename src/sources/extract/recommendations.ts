/**
 * Recommendations: how many the report makes, and the wording of those the text quotes.
 *
 * Count: "The report makes seven recommendations", "There were six overall recommendations made",
 * "8 recommendations have been made" (word or digit).
 * Wording: what follows "including (to)", "Recommendations included", "recommended that", or the
 * bullet list after a count sentence that ends with a colon or semicolon. A sentence listing several
 * joins them with "and to ..." / ", and for ..." / ";": each becomes one phrase, with the leading
 * "to" dropped. Only complete phrases are kept: a phrase that runs into the end of a cut-off text is
 * not a recommendation's wording, just its beginning.
 */
import { COUNT_SOURCE, parseCount } from './numbers.ts';
import type { Paragraph, Sentence } from './sentences.ts';

export interface Phrase {
  text: string;
  /** Normalised offsets. */
  start: number;
  end: number;
}

export interface RecommendationStatement {
  sentence: Sentence;
  count: number | null;
  countStart: number;
  countEnd: number;
  phrases: Phrase[];
}

const COUNT_RES = [
  new RegExp(String.raw`\b(?:makes?|made|making|contains?|sets? out|includes?|has|have|with|there (?:were|are|is|was))\s+(?:a total of\s+)?(${COUNT_SOURCE})\s+(?:overall\s+|key\s+|further\s+|new\s+|main\s+|specific\s+)?recommendations?\b`, 'i'),
  new RegExp(String.raw`\b(${COUNT_SOURCE})\s+(?:overall\s+|key\s+|further\s+|new\s+|main\s+)?recommendations?\s+(?:were|have been|had been|are|was|has been)\s+made\b`, 'i'),
];
const INTRO = [
  /,?\s*\b(?:including|which include|which included|among them|such as)\s*(?:to\s+|that\s+)?:?\s*/i,
  /\b[Rr]ecommendations?\s+(?:included|include|includes)\s*(?:that\s+)?:?\s*(?:to\s+)?/,
  /\b(?:recommended|recommends|recommend)\s+that\s+/,
];
/** Where one listed recommendation ends and the next begins. */
const SPLIT = /,?\s+and\s+(?=to\s)|,\s+and\s+(?=for\s)|;\s*(?:and\s+)?|,\s+as well as\s+(?:to\s+)?/g;
const BULLET = /^(?:•|\*|-|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s+/;

function splitPhrases(norm: string, from: number, to: number, complete: boolean): Phrase[] {
  const body = norm.slice(from, to);
  const cuts: Array<[number, number]> = [];
  let last = 0;
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(body); m; m = SPLIT.exec(body)) {
    cuts.push([last, m.index]);
    last = m.index + m[0].length;
  }
  cuts.push([last, body.length]);
  const out: Phrase[] = [];
  cuts.forEach(([a, b], i) => {
    if (i === cuts.length - 1 && !complete) return;
    let s = from + a;
    let e = from + b;
    const lead = /^\s*(?:to\s+)?/.exec(norm.slice(s, e))!;
    s += lead[0].length;
    while (e > s && /[\s.;:,!]/.test(norm[e - 1]!)) e--;
    const text = norm.slice(s, e).replace(/\s+/g, ' ');
    if (text.split(' ').length >= 3) out.push({ text, start: s, end: e });
  });
  return out;
}

/**
 * Recommendation statements, sentence by sentence. `textComplete` says whether the document ends
 * where it should (if not, its last sentence is cut off).
 */
export function findRecommendations(
  norm: string,
  sents: Sentence[],
  paras: Paragraph[],
  textComplete: boolean,
): RecommendationStatement[] {
  const out: RecommendationStatement[] = [];
  const lastSentence = sents[sents.length - 1];
  for (const s of sents) {
    let count: number | null = null;
    let countStart = -1;
    let countEnd = -1;
    for (const re of COUNT_RES) {
      const m = re.exec(s.text);
      if (m) {
        count = parseCount(m[1]!);
        countStart = s.start + m.index;
        countEnd = countStart + m[0].length;
        break;
      }
    }
    let phrases: Phrase[] = [];
    const searchFrom = count !== null ? countEnd - s.start : 0;
    for (const re of INTRO) {
      const m = re.exec(s.text.slice(searchFrom));
      if (!m) continue;
      if (count === null && re === INTRO[0]) continue; // "including" only lists after a count
      const from = s.start + searchFrom + m.index + m[0].length;
      const ends = /[.!?;]["')]*$/.test(s.text);
      const complete = ends && !(s === lastSentence && !textComplete);
      phrases = splitPhrases(norm, from, s.end, complete);
      break;
    }
    // A count sentence that ends with ":" or ";" and is followed by bullet points.
    if (count !== null && phrases.length === 0 && /[:;]\s*$/.test(s.text)) {
      for (const para of paras.filter((pp) => pp.start > s.end)) {
        const t = norm.slice(para.start, para.end);
        const b = BULLET.exec(t);
        if (!b) break;
        const isLast = para === paras[paras.length - 1];
        if (isLast && !textComplete) break;
        let e = para.end;
        while (e > para.start && /[\s.;:,]/.test(norm[e - 1]!)) e--;
        const start = para.start + b[0].length;
        phrases.push({ text: norm.slice(start, e).replace(/\s+/g, ' '), start, end: e });
      }
    }
    if (count === null && phrases.length === 0) continue;
    out.push({ sentence: s, count, countStart, countEnd, phrases });
  }
  return out;
}
