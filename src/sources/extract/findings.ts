/**
 * Findings: narrative sentences that state a strength or a concern. Best effort, by documented
 * heuristics rather than understanding:
 *  - Candidates are the document's own narrative sentences: not the headline, not quoted speech
 *    (quotes are reported separately), not the notes to editors, not rating or recommendation
 *    announcements, and at least eight words long.
 *  - Polarity comes from two small lexicons of evaluative wording used in inspection reports
 *    (STRENGTH: "strong", "effective", "impressed", "positive", "committed"...; CONCERN: "not enough",
 *    "insufficient", "lack of", "weak", "high workloads", "did not"...). A strength word after "not",
 *    "no", "never", "without", "lack of" or "less" counts as a concern.
 *  - Contrast decides mixed sentences: words after "but", "however", "unfortunately", "yet" weigh
 *    double; words in a conceding clause ("although", "despite", "while", "whilst") weigh half.
 *  - A tie is no finding.
 */
import { findRatings } from './ratings.ts';
import type { Sentence } from './sentences.ts';
import type { Polarity } from './types.ts';

const CONCERN = new RegExp(
  [
    'not enough', 'insufficient(?:ly)?', 'inadequate(?:ly)?', 'fail(?:ed|ing|s|ure|ures)?', 'lack(?:ed|ing|s)?',
    'poor(?:ly)?', 'weak(?:ness|nesses)?', 'concern(?:s|ed|ing)?', 'not (?:always|consistently|sufficiently|yet|being|been|made|done|completed|enough)',
    'did not', 'was not', 'were not', "wasn't", "weren't", "didn't", 'missing', 'ineffective', 'gaps?', 'too (?:many|few|much|basic|high|low|often)',
    'disappoint(?:ed|ing)', 'needs? (?:to|further) improve(?:ment)?', 'needed (?:to improve|further improvement)', 'limited',
    'backlogs?', 'overwhelm(?:ed|ing)', 'unmanageable', 'struggl(?:e|ed|es|ing)', 'shortfalls?', 'shortages?', 'vacanc(?:y|ies)',
    'high (?:workloads|caseloads|sickness|turnover|vacancy)', 'excessive', 'fell short', 'let down', 'deteriorat(?:ion|ed|ing)',
    'under-resourced', 'under-staffing', 'understaffing', 'under (?:significant )?pressure', 'burnout', 'low morale', 'morale (?:was|to be) low',
    'worr(?:y|ying|ied)', 'missed opportunit(?:y|ies)', 'unable', 'inconsistent(?:ly)?', 'underestimat(?:ed|ing)', 'fragile',
  ]
    .map((w) => `(?:${w})\\b`)
    .join('|'),
  'gi',
);
const STRENGTH = new RegExp(
  [
    'strengths?', 'positive(?:ly|s)?', 'impress(?:ed|ive)', 'effective(?:ly)?', 'good practice', 'strong(?:ly)?',
    'encourag(?:ed|ing)', 'prais(?:ed|ing)', 'well[- ]established', 'committed', 'dedicated', 'pleas(?:ed|ing)',
    'benefit(?:ed|s|ted)? from', 'promising', 'sufficient', 'notable improvements?', 'respected', 'cohesive',
    'comprehensive', 'innovative', 'motivated', 'reasonable (?:staffing|workloads?|caseloads?|vacancy)', 'stable workforce',
    'collaborative', 'accessible', 'meaningful', 'engaged', 'supportive', 'skilled', 'capable', 'high morale',
    'morale (?:was|to be) high', 'valued', 'improv(?:ed|ements?) (?:had been|have been|were) (?:made|achieved)', 'streamlined',
    'reassur(?:ing|ed)', 'credit', 'industrious',
  ]
    .map((w) => `(?:${w})\\b`)
    .join('|'),
  'gi',
);
const NEGATION = /\b(not|no|never|without|lack of|less|nor)\s+(?:\w+\s+){0,2}$/i;

export function polarityOf(text: string): Polarity | null {
  // Clause weights: after a contrast the main point; inside a concession a lesser one.
  const weights = new Array<number>(text.length).fill(1);
  const contrast = /\b(but|however|unfortunately|yet|nevertheless)\b/gi;
  for (let m = contrast.exec(text); m; m = contrast.exec(text)) weights.fill(2, m.index);
  const concession = /\b(although|though|despite|while|whilst)\b[^,;]*/gi;
  for (let m = concession.exec(text); m; m = concession.exec(text)) weights.fill(0.5, m.index, m.index + m[0].length);
  let strength = 0;
  let concern = 0;
  CONCERN.lastIndex = 0;
  const concernSpans: Array<[number, number]> = [];
  for (let m = CONCERN.exec(text); m; m = CONCERN.exec(text)) {
    if (/[a-z]/i.test(text[m.index - 1] ?? '')) continue; // inside a word
    concern += weights[m.index]!;
    concernSpans.push([m.index, m.index + m[0].length]);
  }
  STRENGTH.lastIndex = 0;
  for (let m = STRENGTH.exec(text); m; m = STRENGTH.exec(text)) {
    if (/[a-z]/i.test(text[m.index - 1] ?? '')) continue; // inside a word ("insufficient")
    if (concernSpans.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    if (NEGATION.test(text.slice(Math.max(0, m.index - 30), m.index))) concern += weights[m.index]!;
    else strength += weights[m.index]!;
  }
  if (strength === concern) return null;
  return strength > concern ? 'STRENGTH' : 'CONCERN';
}

/** Sentences that announce rather than evaluate. */
const ANNOUNCEMENT =
  /\b(overall rating|has been rated|have been rated|was rated|were rated|recommendations?|inspection points|four-point scale|notes to editor|media enquiries|is available at|independent inspector of)\b/i;

export interface FindingCandidate {
  sentence: Sentence;
  polarity: Polarity;
}

export function findFindings(
  sents: Sentence[],
  isExcluded: (s: Sentence) => boolean,
): FindingCandidate[] {
  const out: FindingCandidate[] = [];
  for (const s of sents) {
    if (isExcluded(s)) continue;
    if (s.text.split(/\s+/).length < 8) continue;
    if (/\?\s*$|^To ask\b/.test(s.text)) continue; // questions state nothing
    if (ANNOUNCEMENT.test(s.text)) continue;
    if (findRatings(s.text).length > 0) continue; // a rating statement, not a finding
    if (/\b(said|says|added|continued)\s*:?\s*"?\s*$|:\s*$/.test(s.text)) continue; // introduces a quote
    const polarity = polarityOf(s.text);
    if (polarity) out.push({ sentence: s, polarity });
  }
  return out;
}
