/**
 * Ratings on HM Inspectorate of Probation's four-point scale, in the inspectorate's own words:
 * Outstanding | Good | Requires improvement | Inadequate.
 *
 * A rating word counts only where the text uses it as a rating:
 *  - in quotation marks ("rated 'Inadequate'", "'require improvement.'") — the inspectorate's house
 *    style quotes its ratings, and news copies keep the quotes;
 *  - after a rating verb ("rated inadequate", "rated as requiring improvement", "rating of good");
 *  - capitalised mid-sentence ("received an overall Inadequate rating"), except "Good", which is an
 *    everyday word;
 *  - as "the lowest rating possible" (= Inadequate: the scale has four points and this is its bottom).
 * Plain prose ("good practice", "inadequate resources") is never a rating.
 */
import type { RatingWord } from './types.ts';

export interface RatingMention {
  start: number;
  end: number;
  value: RatingWord;
}

/** "requires improvement", "Require Improvement", "requiring improvement" → "Requires improvement". */
export function parseRating(word: string): RatingWord | null {
  const t = word.trim().toLowerCase().replace(/[.!]$/, '').replace(/\s+/g, ' ');
  if (t === 'outstanding') return 'Outstanding';
  if (t === 'good') return 'Good';
  if (t === 'inadequate') return 'Inadequate';
  if (/^requir(es|e|ing|ed) improvement$/.test(t)) return 'Requires improvement';
  return null;
}

const WORDS = "outstanding|good|inadequate|requir(?:es|e|ing) improvement";

const PATTERNS: Array<{ re: RegExp; group: number; fixed?: RatingWord }> = [
  // Straight or curly marks (extract() normalises them; other callers may not).
  { re: new RegExp(`(["'\u2018\u2019\u201c\u201d])\\s*(${WORDS})\\s*[.!]?\\s*["'\u2018\u2019\u201c\u201d]`, 'gi'), group: 2 },
  {
    re: new RegExp(`\\b(?:rated|graded|judged|assessed|rating of|rating was|found to be|remains|remained)\\s+(?:as\\s+)?(?:being\\s+)?(${WORDS})\\b`, 'gi'),
    group: 1,
  },
  { re: /(?<=[a-z,;]\s+)(Outstanding|Inadequate|Requires [Ii]mprovement|Requiring [Ii]mprovement)\b/g, group: 1 },
  { re: /\b(?:the\s+)?lowest\s+(?:possible\s+)?rating(?:\s+possible)?\b/gi, group: 0, fixed: 'Inadequate' },
  { re: /\b(?:the\s+)?highest\s+(?:possible\s+rating|rating\s+possible)\b/gi, group: 0, fixed: 'Outstanding' },
];

/** Every rating mention in `text`, in order; overlapping or adjacent repeats of one value merge. */
export function findRatings(text: string): RatingMention[] {
  const raw: RatingMention[] = [];
  for (const { re, group, fixed } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = fixed ?? parseRating(m[group]!);
      if (!value) continue;
      raw.push({ start: m.index, end: m.index + m[0].length, value });
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

/**
 * Whether a mention states an earlier inspection's rating: a marker of the past in the same clause
 * before it ("previously been rated", "after being rated", "following a previous 'Inadequate'
 * rating") or "back in <date>" right after it.
 */
export function isPreviousRating(text: string, m: RatingMention): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const marker = /\b(previous(ly)?|formerly|earlier|prior|last (inspection|inspected|time|rated)|after being|before being)\b/gi;
  let lastEnd = -1;
  for (let x = marker.exec(before); x; x = marker.exec(before)) lastEnd = x.index + x[0].length;
  if (lastEnd >= 0) {
    const between = before.slice(lastEnd);
    // The marker must govern this mention: no "now"/"currently" in between, and a comma only when
    // a relative clause follows it ("was last inspected in 2023, when it was rated ...").
    const clauses = between.split(/[,;]/);
    const sameClause = clauses.length === 1 || /^\s*(when|where|at which|in which|at that time|then)\b/i.test(clauses[clauses.length - 1]!);
    if (sameClause && !/\b(now|current(ly)?|this time|has (now )?been|have (now )?been)\b/i.test(between)) return true;
  }
  const after = text.slice(m.end, m.end + 60);
  return (
    /^\W{0,3}\s*(rating\s+)?back in\b/i.test(after) ||
    /^\W{0,3}\s*((rating|overall)\s+)?(at|in|during|following|after)\s+(its|the|their|our)\s+(last|previous|first|earlier)\s+inspection\b/i.test(after)
  );
}

/**
 * A rating of one aspect rather than the whole service ("leadership was rated 'Good'", "rated
 * 'Inadequate' for all five of our case quality standards").
 */
export function isAspectRating(text: string, m: RatingMention): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (/\b(leadership|staffing|services|assessment|planning|implementation|delivery|reviewing|partnership work(ing)?|standards?|domains?|case management|court work|unpaid work|resettlement|victim work)\s+(was|were|is|are)\s+(all\s+)?(rated|judged|assessed|graded)\s*(as\s*)?$/i.test(before)) {
    return true;
  }
  const after = text.slice(m.end, m.end + 60);
  return /^\W{0,3}\s*(for|in)\s+(all|each|both|its|their|the (quality|standard|domain|leadership|staffing|services)|leadership|staffing|services|assessment|planning|implementation|reviewing|\w+ of (our|the|its) )/i.test(after);
}
