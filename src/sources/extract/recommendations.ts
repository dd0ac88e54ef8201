/**
 * Recommendations: how many the report makes, and the wording of those the text quotes.
 *
 * Count (recommendations-count): "The report makes seven recommendations", "Inspectors made six
 * recommendations", "There were six overall recommendations made", "Fourteen recommendations for
 * improvement were issued" (word or digit). A count of an earlier report's recommendations ("four
 * of the seven recommendations from our last inspection") is not this report's.
 * Wording (recommendations-quoted): what follows "including (to)", "Recommendations included",
 * "recommended that", "recommended improving", "Among its recommendations, ... the PDU should", or the
 * list after a sentence about recommendations that ends with a colon or semicolon, or after a report's
 * "Wigan PDU should:" under its recommendations (bulleted or numbered items, or items starting in lower
 * case). A sentence listing several joins them with "and to ..." / ", and for
 * ..." / ";", or runs news's gerunds together ("improving A, ensuring B and reviewing C"): each becomes
 * one phrase, with the leading "to" and the PDU as subject ("that the service should") dropped.
 * Only complete phrases are kept: a phrase that runs into the end of a cut-off text is not a
 * recommendation's wording, just its beginning.
 */
import { COUNT_SOURCE, parseCount } from './numbers.ts';
import type { Paragraph, Sentence } from './sentences.ts';

export interface Phrase {
  text: string;
  /** Normalised offsets. */
  start: number;
  end: number;
  rule: string;
}

export interface RecommendationStatement {
  sentence: Sentence;
  count: number | null;
  countRule: string;
  countStart: number;
  countEnd: number;
  phrases: Phrase[];
  /** A quoted wording ran into the end of the cut-off text and was dropped. */
  truncated: boolean;
}

const ADJ = String.raw`(?:(?:overall|key|further|new|main|specific|clear|important|priority|separate)\s+){0,2}`;
const COUNT_RES: Array<{ rule: string; re: RegExp }> = [
  {
    rule: 'recommendations-count-made',
    re: new RegExp(String.raw`\b(?:makes?|made|making|contains?|sets? out|includes?|issued|issues|gave|gives|lists?|has|have|had|with|there (?:were|are|is|was))\s+(?:a total of\s+|a further\s+|a (?:list|set|series) of\s+)?(${COUNT_SOURCE})\s+${ADJ}recommendations?\b`, 'i'),
  },
  {
    rule: 'recommendations-count-passive',
    re: new RegExp(String.raw`\b(${COUNT_SOURCE})\s+${ADJ}recommendations?\s+(?:[a-z]+\s+){0,3}?(?:were|have been|had been|are|was|has been|being)\s+(?:made|issued|given|set out|listed)\b`, 'i'),
  },
];
/** The count belongs to an earlier report. */
const EARLIER = /\bof\s+(?:the|its|our|their)\s*$|\b(?:previous(?:ly)?|last|earlier|prior)\b/i;

const INTRO = [
  /,?\s*\b(?:including|which included|which include|which includes|among them|such as)\s*(?:to\s+|that\s+)?:?\s*/i,
  // "Recommendations included ...", "Recommendations made in the inspectorate's report including ...".
  /\b[Rr]ecommendations?\s+(?:(?:made|set\s+out|given|issued|listed)\s+)?(?:(?:in|from|of|by)\s+(?:the|its|their|this|that)\s+(?:[\w']+\s+){0,2}?(?:report|reports|inspection|inspectorate|inspectors)\s*,?\s*)?(?:included|include|includes|including)\s*(?:that\s+)?:?\s*(?:to\s+)?/,
  // "The report makes five recommendations ... These include to make arrangements ..." (the sentence after a count).
  /^(?:These|They|Those)\s+(?:included|include|are|were)\s*(?:that\s+)?:?\s*(?:to\s+)?/,
  /\b(?:recommended|recommends|recommend)\s+that\s+/,
  // "Inspectors recommended improving ...".
  /\b(?:recommended|recommends|recommend)\s+(?=[a-z]+ing\b)/,
  // "Among its recommendations, the report said the PDU should improve ...".
  /\b[Aa]mong\s+(?:the|its|their)\s+(?:[a-z]+\s+)?recommendations\b[^.:;]{0,60}?(?=\b(?:that|the PDU|the service|the unit|it|they)\s+(?:should|must)\b)/,
];
/** Where one listed recommendation ends and the next begins. */
const SPLIT = /,?\s+and\s+(?=to\s)|,\s+and\s+(?=for\s)|;\s*(?:and\s+)?|,\s+as well as\s+(?:to\s+)?/g;
const BULLET = /^(?:•|\*|-|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s+/;

/** News lists recommendations as gerunds: "improving staffing, ensuring oversight and reviewing cases". */
const GERUND_SPLIT = /,\s+(?:and\s+)?(?=[a-z]+ing\b)|\s+and\s+(?=[a-z]+ing\b)/g;
/** The PDU as the subject of the list ("that the service improve ...", "that it should ..."): not part of any wording. */
const SUBJECT = /^\s*(?:that\s+)?(?:(?:the|this|its)\s+(?:PDU|service|unit|probation service|probation delivery unit)|it|they)\s+(?:should\s+|must\s+|needs?\s+to\s+)?(?=[a-z])/;

function splitPhrases(norm: string, start: number, to: number, complete: boolean): Phrase[] & { truncated?: boolean } {
  const from = start + (SUBJECT.exec(norm.slice(start, to))?.[0].length ?? 0);
  const body = norm.slice(from, to);
  const cuts: Array<[number, number]> = [];
  let last = 0;
  // (Imperatives are never cut at "and": the inspectorate's own wording joins them inside one
  // recommendation, "conduct an analysis ... and implement a system ...".)
  const split = /^\s*[a-z]+ing\b/.test(body) ? new RegExp(`${SPLIT.source}|${GERUND_SPLIT.source}`, 'g') : SPLIT;
  split.lastIndex = 0;
  for (let m = split.exec(body); m; m = split.exec(body)) {
    cuts.push([last, m.index]);
    last = m.index + m[0].length;
  }
  cuts.push([last, body.length]);
  const out: Phrase[] & { truncated?: boolean } = [];
  cuts.forEach(([a, b], i) => {
    if (i === cuts.length - 1 && !complete) {
      // A text cut just after the comma that ends a phrase ("... risk of harm, a") still shows the phrase whole.
      const ended = /,\s*(?:a|an|and|as|as\s\w*)?\s*$/.exec(body.slice(a, b));
      out.truncated = true;
      if (!ended) return;
      b = a + ended.index;
    }
    let s = from + a;
    let e = from + b;
    s += /^\s*(?:to\s+)?/.exec(norm.slice(s, e))![0].length;
    while (e > s && /[\s.;:,!]/.test(norm[e - 1]!)) e--;
    const text = norm.slice(s, e).replace(/\s+/g, ' ');
    if (text.split(' ').length >= 3) out.push({ text, start: s, end: e, rule: 'recommendations-quoted-inline' });
  });
  return out;
}

/** A count sentence cut inside its noun at the end of an excerpt: "The report makes six recomme". */
const CUT_COUNT = new RegExp(String.raw`\b(?:makes?|made|sets? out|contains?|includes?)\s+(${COUNT_SOURCE})\s+${ADJ}recom[a-z]*$`, 'i');

function countIn(s: Sentence, cutAtEnd = false): { count: number; rule: string; start: number; end: number } | null {
  const cut = cutAtEnd ? CUT_COUNT.exec(s.text) : null;
  if (cut && parseCount(cut[1]!) !== null) return { count: parseCount(cut[1]!)!, rule: 'recommendations-count-cut', start: s.start + cut.index, end: s.end };
  for (const { rule, re } of COUNT_RES) {
    const m = re.exec(s.text);
    if (!m) continue;
    const before = s.text.slice(0, m.index + m[0].indexOf(m[1]!)).split(/[,;:]/).pop()!;
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (EARLIER.test(before) || /^\s*(?:\w+\s+){0,3}?(?:from|in|at|of)\s+(?:the|our|its)\s+(?:last|previous|earlier)\b/i.test(after)) continue;
    const count = parseCount(m[1]!);
    if (count !== null) return { count, rule, start: s.start + m.index, end: s.start + m.index + m[0].length };
  }
  return null;
}

/** The list after a sentence about recommendations that ends with ":" or ";". */
function listAfter(norm: string, s: Sentence, paras: Paragraph[], textComplete: boolean): Phrase[] & { truncated?: boolean } {
  const out: Phrase[] & { truncated?: boolean } = [];
  for (const para of paras.filter((pp) => pp.start > s.end)) {
    const t = norm.slice(para.start, para.end);
    const b = BULLET.exec(t) ?? (/^(?:to\s+)?[a-z]/.test(t) ? /^(?:to\s+)?/.exec(t) : null);
    if (!b) break;
    if (para === paras[paras.length - 1] && !textComplete) {
      out.truncated = true;
      break;
    }
    let e = para.end;
    while (e > para.start && /[\s.;:,]/.test(norm[e - 1]!)) e--;
    const start = para.start + b[0].length;
    const text = norm.slice(start, e).replace(/\s+/g, ' ');
    if (text.split(' ').length >= 3) out.push({ text, start, end: e, rule: 'recommendations-quoted-list' });
  }
  return out;
}

/**
 * Recommendation statements, sentence by sentence. `textComplete` says whether the document ends
 * where it should (if not, its last sentence is cut off).
 */
export function findRecommendations(norm: string, sents: Sentence[], paras: Paragraph[], textComplete: boolean): RecommendationStatement[] {
  const out: RecommendationStatement[] = [];
  const lastSentence = sents[sents.length - 1];
  for (const s of sents) {
    const c = countIn(s, s === lastSentence && !textComplete);
    let phrases: Phrase[] & { truncated?: boolean } = [];
    const searchFrom = c ? c.end - s.start : 0;
    for (const re of INTRO) {
      const m = re.exec(s.text.slice(searchFrom));
      if (!m || (!c && re === INTRO[0])) continue; // "including" only lists after a count
      if (re === INTRO[2] && !(out.at(-1)?.sentence.index === s.index - 1 && out.at(-1)?.count !== null)) continue;
      const from = s.start + searchFrom + m.index + m[0].length;
      const complete = /[.!?;]["')]*$/.test(s.text) && !(s === lastSentence && !textComplete);
      phrases = splitPhrases(norm, from, s.end, complete);
      break;
    }
    // A report's "Wigan PDU should:" list, under its recommendations (a sentence about them within the last three paragraphs).
    const underRecommendations = /\bshould:\s*$/.test(s.text) && sents.some((x) => x.index < s.index && x.paragraph >= s.paragraph - 3 && /\brecommendations?\b/i.test(x.text));
    if (phrases.length === 0 && /[:;]\s*$/.test(s.text) && (c || /\brecommend/i.test(s.text) || underRecommendations)) phrases = listAfter(norm, s, paras, textComplete);
    if (!c && phrases.length === 0 && !phrases.truncated) continue;
    out.push({ sentence: s, count: c?.count ?? null, countRule: c?.rule ?? '', countStart: c?.start ?? -1, countEnd: c?.end ?? -1, phrases, truncated: !!phrases.truncated });
  }
  return out;
}
