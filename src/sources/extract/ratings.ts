/**
 * Ratings on HM Inspectorate of Probation's four-point scale, in the inspectorate's own words:
 * Outstanding | Good | Requires improvement | Inadequate.
 *
 * A rating word counts only where the text uses it as a rating (each form is a named rule):
 *  - rating-quoted: in quotation marks ("rated 'Inadequate'", "'require improvement.'"): the
 *    inspectorate's house style quotes its ratings, and news copies keep the quotes;
 *  - rating-verb: after a rating verb ("rated inadequate", "rated as requiring improvement", "was
 *    found to be inadequate", "judged to require improvement", "rating of good", a report's "Overall
 *    rating: Inadequate"); rating-verb-object: with the PDU between ("rated Leeds probation as good");
 *  - rating-noun: before "rating" ("an inadequate rating", "its 'Good' rating", a headline's "Inadequate
 *    rating for ...");
 *  - rating-predicate: "services in Warwickshire require improvement", "the service is inadequate",
 *    where a service or a name is what requires improvement (not "facilities require improvement"), and
 *    a headline's verbless "Norfolk probation service inadequate, say inspectors";
 *  - rating-capitalised: capitalised mid-sentence ("received an overall Inadequate rating"), except
 *    "Good", which is an everyday word;
 *  - rating-lowest / rating-highest: "the lowest rating possible" (= Inadequate, the bottom of a
 *    four-point scale), "the second lowest rating" (= Requires improvement).
 * Plain prose ("good practice", "inadequate resources") is never a rating.
 */
import type { RatingWord } from './types.ts';

export interface RatingMention {
  start: number;
  end: number;
  value: RatingWord;
  rule: string;
}

/** "requires improvement", "Require Improvement", "requiring improvement" → "Requires improvement". */
export function parseRating(word: string): RatingWord | null {
  // "[requiring] improvement": a writer's editorial brackets around a word of the quoted rating.
  const t = word.trim().toLowerCase().replace(/[[\]]/g, '').replace(/[.!,;]$/, '').replace(/\s+/g, ' ');
  if (t === 'outstanding') return 'Outstanding';
  if (t === 'good') return 'Good';
  if (t === 'inadequate') return 'Inadequate';
  if (/^(requir(es|e|ing|ed)|need(s|ing)) improvement$/.test(t)) return 'Requires improvement';
  return null;
}

const WORDS = 'outstanding|good|inadequate|\\[?requir(?:es|e|ing)\\]? improvement';
const Q = `["'\u2018\u2019\u201c\u201d]`;
/** The word before a predicate rating that makes it a statement about a service: a name or a service noun. */
// (", now requires improvement": the verb of a subject named before a relative clause.)
const SERVICE_SUBJECT = /\b(?:PDUs?|[Ss]ervices?|[Uu]nits?|[Pp]robation|[Tt]eams?|[A-Z][a-z]+(?:'s|(?<=s)')?)\s+(?:(?:now|still|also)\s+)?$|,\s+(?:now|still)\s+$/;
const servicePredicate = (text: string, at: number): boolean => SERVICE_SUBJECT.test(text.slice(Math.max(0, at - 30), at));

/** A PDU named as the object of a rating verb: capitalised words (with the small words of names), then its service. */
const OBJECT = String.raw`(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|and|&|of|upon|the)){0,7}?(?:\s+probation(?:\s+(?:service|unit|delivery\s+unit)s?)?|\s+(?:service|unit|PDU|team)s?)?`;

interface Pattern {
  rule: string;
  re: RegExp;
  group: number;
  fixed?: RatingWord;
  suffix?: string;
  /** A check on the words before the match. */
  guard?: (text: string, at: number) => boolean;
}

const PATTERNS: Pattern[] = [
  // The quotes may hold the sentence's punctuation too ("described as 'inadequate,' while ...").
  { rule: 'rating-quoted', re: new RegExp(`(${Q})\\s*(${WORDS})\\s*[.!,;]?\\s*${Q}`, 'gi'), group: 2 },
  {
    rule: 'rating-verb',
    re: new RegExp(
      `\\b(?:rated|graded|judged|assessed|deemed|considered|branded|declared|rating of|rating was|overall rating:?|rating:|found|remains|remained)\\s+(?:(?:it|them)\\s+)?(?:to\\s+)?(?:be\\s+)?(?:as\\s+)?(?:being\\s+)?(${WORDS}|needing improvement|needs improvement)\\b`,
      'gi',
    ),
    group: 1,
  },
  {
    // "have branded probation services in north Essex inadequate": the verb, the services and where, the rating.
    rule: 'rating-verb-object',
    re: new RegExp(`\\b(?:branded|rated|judged|deemed|declared|labelled|found)\\s+(?:the\\s+)?(?:probation\\s+)?(?:services?|units?|PDUs?)\\s+(?:in|for|across|at|covering)\\s+[^.,;:"']{2,40}?\\s+(?:as\\s+)?(?:being\\s+)?(${WORDS})\\b`, 'gi'),
    group: 1,
  },
  {
    // "Inspectors rated Derby City probation as requiring improvement", "judged the Gwent service to be good",
    // "rated West Kent's probation service inadequate": a name (and its service) between verb and word, so
    // that "graded the PDU's reviewing of progress as inadequate" (an aspect) is not one.
    rule: 'rating-verb-object',
    re: new RegExp(`\\b(?:rated|graded|judged|assessed|deemed)\\s+${OBJECT}\\s+(?:as\\s+|to\\s+be\\s+)?(?:being\\s+)?(${WORDS})\\b`, 'g'),
    group: 1,
  },
  // "... rated West Kent's service inadequate and East Kent's good": the second of a pair, after a rating verb.
  { rule: 'rating-elliptic', re: new RegExp(`\\b(?:and|while|whilst|but|whereas)\\s+(?:the\\s+)?[A-Z][A-Za-z -]{1,40}?(?:'s|(?<=s)')\\s+(${WORDS})\\b`, 'g'), group: 1, guard: (t, at) => /\b(?:rated|judged|graded|found|deemed)\b/.test(t.slice(0, at)) },
  { rule: 'rating-noun', re: new RegExp(`\\b(?:an?|the|its|their)\\s+(?:overall\\s+)?(${WORDS})\\s+(?:overall\\s+)?(?:rating|grade|judgement)\\b`, 'gi'), group: 1 },
  // A headline's "Inadequate rating for Bolton probation", "Good grade for ...": the noun without its article.
  { rule: 'rating-noun', re: new RegExp(`^(${WORDS})\\s+(?:overall\\s+)?(?:rating|grade|verdict)\\b`, 'gi'), group: 1 },
  // A headline's "Norfolk probation service inadequate, say inspectors": the verb left out.
  { rule: 'rating-predicate', re: /\b(?:[Pp]robation|[Ss]ervices?|PDUs?|[Uu]nits?)\s+(inadequate|outstanding)(?=\s*(?:[,.:;!?-]|$))/g, group: 1 },
  { rule: 'rating-predicate', re: /\b(?:(?:is|was|are|were)\s+)?(requires?|required)\s+improvement\b/g, group: 1, suffix: ' improvement', guard: servicePredicate },
  { rule: 'rating-predicate', re: /\b(?:is|was|are|were|remains?)\s+(inadequate|outstanding)\b/g, group: 1, guard: servicePredicate },
  { rule: 'rating-capitalised', re: /\b(Outstanding|Inadequate|Requires [Ii]mprovement|Requiring [Ii]mprovement)\b/g, group: 1, guard: (t, at) => /[a-z,;]\s+$/.test(t.slice(Math.max(0, at - 3), at)) },
  { rule: 'rating-second-lowest', re: /\b(?:the\s+)?second[- ]lowest\s+(?:possible\s+)?(?:rating|grade)\b/gi, group: 0, fixed: 'Requires improvement' },
  { rule: 'rating-second-highest', re: /\b(?:the\s+)?second[- ]highest\s+(?:possible\s+)?(?:rating|grade)\b/gi, group: 0, fixed: 'Good' },
  { rule: 'rating-lowest', re: /\b(?:the\s+)?(?:lowest|bottom|worst)\s+(?:possible\s+)?(?:rating|grade)(?:\s+possible)?\b/gi, group: 0, fixed: 'Inadequate' },
  { rule: 'rating-highest', re: /\b(?:the\s+)?(?:highest|top)\s+(?:possible\s+rating|rating\s+possible)\b/gi, group: 0, fixed: 'Outstanding' },
];

/** Every rating mention in `text`, in order; overlapping or adjacent repeats of one value merge. */
export function findRatings(text: string): RatingMention[] {
  const raw: RatingMention[] = [];
  for (const { rule, re, group, fixed, suffix, guard } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (guard && !guard(text, m.index)) continue;
      const value = fixed ?? parseRating(`${m[group]!.replace(/^required$/i, 'requires')}${suffix ?? ''}`);
      if (!value) continue;
      raw.push({ start: m.index, end: m.index + m[0].length, value, rule });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RatingMention[] = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    // "the lowest rating possible ('Inadequate')", "rated 'Inadequate'": one statement, one mention.
    if (last && last.value === r.value && r.start <= last.end + 4) {
      last.end = Math.max(last.end, r.end);
      continue;
    }
    if (last && r.start < last.end) continue;
    out.push({ ...r });
  }
  return out;
}

/** A sentence that lists the scale itself ("a four-point scale: 'Outstanding', 'Good', ...") rates nothing. */
export function isScaleSentence(text: string, mentions: RatingMention[] = findRatings(text)): boolean {
  return new Set(mentions.map((m) => m.value)).size >= 3 || /\bfour-point scale\b/i.test(text);
}

const PAST_MARKER = /\b(previous(ly)?|formerly|earlier|prior|last (inspection|inspected|time|rated)|after being|before being)\b/gi;

/**
 * Whether a mention states an earlier inspection's rating: a marker of the past in the same clause
 * before it ("previously been rated", "after being rated", "following a previous 'Inadequate'
 * rating", "since 2023, when it was also rated", "having also been rated ... in 2022"), "back in
 * <date>", "at its last inspection" or "when it was last inspected" right after it, or the first of a
 * change "from 'Inadequate' to 'Requires improvement'".
 */
export function isPreviousRating(text: string, m: RatingMention): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  // "who first rated it inadequate", "last judged good": the marker stands right before the verb the mention starts with.
  if (/^(?:rated|judged|graded)\b/i.test(text.slice(m.start, m.start + 7)) && /\b(?:first|last)\s+$/i.test(before)) return true;
  let lastEnd = -1;
  PAST_MARKER.lastIndex = 0;
  for (let x = PAST_MARKER.exec(before); x; x = PAST_MARKER.exec(before)) lastEnd = x.index + x[0].length;
  if (lastEnd >= 0) {
    const between = before.slice(lastEnd);
    // The marker must govern this mention: no "now"/"currently" in between, and a comma only when a
    // relative clause follows it ("was last inspected in 2023, when it was rated ...") or the clauses
    // between are a date ("At its last inspection, in 2022, it was rated ...").
    const clauses = between.split(/[,;]/);
    const sameClause =
      clauses.length === 1 ||
      /^\s*(when|where|at which|in which|at that time|then)\b/i.test(clauses[clauses.length - 1]!) ||
      clauses.slice(1, -1).every((c) => /^\s*(?:in\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*$/.test(c));
    if (sameClause && !/\b(now|current(ly)?|this time|has (now )?been|have (now )?been)\b/i.test(between)) return true;
  }
  const after = text.slice(m.end, m.end + 60);
  if (/^\s*from\s*$/i.test(text.slice(Math.max(0, m.start - 6), m.start)) && /^\W{0,3}\s*to\b/i.test(after)) return true;
  // "has improved from its 'Inadequate' rating", "up from 'Inadequate'", "an improvement on ...".
  if (/\b(?:improved|improvement|improving|up|down|moved|rose|risen|fell|fallen|dropped|changed|progressed)\s+(?:from|on)\s+(?:its|a|the|their)?\s*\W?$/i.test(before)) return true;
  // "It has not improved since 2023, when it was also rated inadequate".
  if (/\bsince\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*,?\s+when\s+(?:it|they|the\s+\w+)\s+(?:was|were)\s+(?:also\s+)?(?:rated|judged|found\s+to\s+be)?\s*(?:as\s+)?\W?$/i.test(before)) return true;
  // "having also been rated inadequate in 2022": a perfect participle dated by a year.
  const dated = /^\W{0,3}\s*(?:(?:rating|overall)\s+)?(?:back\s+)?in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b/.test(after);
  if (dated && /\bhaving\s+(?:also\s+)?been\s+(?:rated|judged|graded|found\s+to\s+be)?\s*(?:as\s+)?\W?$/i.test(before)) return true;
  return (
    /^\W{0,3}\s*(rating\s+)?back in\b/i.test(after) ||
    /^\W{0,3}\s*((rating|overall)\s+)?(at|in|during|following|after|from)\s+(its|the|their|our)\s+(last|previous|first|earlier)\s+inspection\b/i.test(after) ||
    // "which was rated good when it was last inspected in 2022".
    /^\W{0,3}\s*(?:overall\s+)?(?:when|after)\s+(?:it\s+was\s+|they\s+were\s+)?(?:last|previously|first)\s+inspected\b/i.test(after)
  );
}

/**
 * A rating stated as the same as last time: "rated 'Inadequate' again", "remains 'Inadequate'",
 * "'Inadequate' for the second time", "a second consecutive 'Inadequate' rating".
 */
export function isRepeatedRating(text: string, m: RatingMention): boolean {
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  const after = text.slice(m.end, m.end + 50);
  return (
    /^\W{0,3}\s*(?:(?:rating|overall)\s+)?(?:once\s+)?again\b/i.test(after) ||
    /^\W{0,3}\s*(?:(?:rating|overall)\s+)?for\s+(?:a|the)\s+(?:second|third)\s+(?:time|consecutive|successive|inspection)/i.test(after) ||
    /\b(?:again|once more)\s+(?:been\s+)?(?:rated|judged|found|assessed)\s*(?:to\s+be\s+)?(?:as\s+)?\W{0,2}$/i.test(before) ||
    // "It is the second time the service has been rated inadequate".
    /\bthe\s+(?:second|third)\s+(?:consecutive\s+|successive\s+)?time\b[^.;]{0,60}$/i.test(text.slice(Math.max(0, m.start - 100), m.start)) ||
    /\b(?:remains|remained|still|second\s+(?:consecutive|successive)|consecutive|another)\s+(?:rated\s+)?(?:as\s+)?(?:an?\s+)?\W{0,2}$/i.test(before) ||
    /\bremains?$|\bremained$/i.test(text.slice(m.start, m.start + 9))
  );
}

const ASPECT_NOUNS =
  'leadership|staffing|services|assessment|planning|implementation|delivery|reviewing|partnership work(?:ing)?|standards?|domains?|case management|sentence management|court work|unpaid work|resettlement|victim work|facilities|information|resources|work';

const ASPECT_BEFORE = new RegExp(
  // ("both services were rated ..." counts services, it does not name the Services standard)
  `(?<!\\b(?:both|all|two|three|four|five|six|these|those|probation|other)\\s+)\\b(?:${ASPECT_NOUNS})\\s+(?:was|were|is|are|remained|remains|had been|has been)\\s+(?:all\\s+)?(?:(?:rated|judged|assessed|graded|found to be)\\s*)?(?:as\\s*)?\\W?$`,
  'i',
);

/**
 * A rating of one aspect rather than the whole service ("leadership was rated 'Good'", "rated
 * 'Inadequate' for all five of our case quality standards").
 */
export function isAspectRating(text: string, m: RatingMention): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (ASPECT_BEFORE.test(before)) return true;
  const after = text.slice(m.end, m.end + 60);
  return /^\W{0,3}\s*(?:rating\s+|grade\s+)?(for|in)\s+(all|each|both|its|their|two|three|four|five|six|seven|eight|nine|\d{1,2}\b|the (quality|standard|domain|leadership|staffing|services)|leadership|staffing|services|assessment|planning|implementation|reviewing|\w+ of (our|the|its) )/i.test(after);
}
