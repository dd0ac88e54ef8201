/**
 * Dates as the documents write them, turned into ISO strings at the precision the text gives:
 * "29 May 2025" → 2025-05-29, "15th Nov 2024" → 2024-11-15, "23/11/2022" (UK order) → 2022-11-23,
 * "March 2025" → 2025-03, "November/December 2022" → 2022-11 to 2022-12, "in 2022" → year 2022.
 * A month without a year ("in March") is found but has no value: the contract says such a date is
 * not stated, and guessing the year is exactly what we must not do.
 */

export type Precision = 'day' | 'month' | 'year';

export interface DateMention {
  /** Offsets into the searched string. */
  start: number;
  end: number;
  precision: Precision;
  /** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null for a month with no year. */
  value: string | null;
  /** The end of a range ("November to December 2022" → 2022-12), at the same precision. */
  to: string | null;
  year: number | null;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

const pad = (n: number): string => String(n).padStart(2, '0');

function month(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isoDay(y: number, m: number, d: number): string | null {
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

export function isoMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}

type Rule = { re: RegExp; build: (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end'> | null };

/**
 * Ordered from the most specific form to the least, so that "29 May 2025" is one day rather than a
 * day, a month and a year. Month names are matched in any case ("21st NOVEMBER 2025") only where a
 * year or day fixes them as dates; a bare month must be capitalised and follow a preposition, so
 * the verb "may" and the noun "march" are never dates.
 */
const RULES: Rule[] = [
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    build: (m) => {
      const v = isoDay(+m[1]!, +m[2]!, +m[3]!);
      return v ? { precision: 'day', value: v, to: null, year: +m[1]! } : null;
    },
  },
  {
    // UK order day/month/year, as datelines print it ("23/11/2022").
    re: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g,
    build: (m) => {
      const v = isoDay(+m[3]!, +m[2]!, +m[1]!);
      return v ? { precision: 'day', value: v, to: null, year: +m[3]! } : null;
    },
  },
  {
    // A range of days in one month: "3 to 7 March 2025", "3-7 March 2025".
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s*(?:-|to|and)\\s*(\\d{1,2})${ORD}\\s+(${MONTH})\\s*,?\\s+${YEAR}\\b`, 'gi'),
    build: (m) => {
      const mo = month(m[3]!);
      const from = isoDay(+m[4]!, mo, +m[1]!);
      const to = isoDay(+m[4]!, mo, +m[2]!);
      return from && to ? { precision: 'day', value: from, to, year: +m[4]! } : null;
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH})\\s*,?\\s+${YEAR}\\b`, 'gi'),
    build: (m) => {
      const v = isoDay(+m[3]!, month(m[2]!), +m[1]!);
      return v ? { precision: 'day', value: v, to: null, year: +m[3]! } : null;
    },
  },
  {
    re: new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})${ORD},?\\s+${YEAR}\\b`, 'gi'),
    build: (m) => {
      const v = isoDay(+m[3]!, month(m[1]!), +m[2]!);
      return v ? { precision: 'day', value: v, to: null, year: +m[3]! } : null;
    },
  },
  {
    // A range of months: "November/December 2022", "between November and December 2022",
    // "November 2022 to January 2023".
    re: new RegExp(
      `\\b(?:between\\s+)?(${MONTH})(?:\\s+${YEAR})?\\s*(?:\\/|-|to|and|until)\\s*(${MONTH})\\s+${YEAR}\\b`,
      'gi',
    ),
    build: (m) => {
      const m1 = month(m[1]!);
      const m2 = month(m[3]!);
      const y2 = +m[4]!;
      const y1 = m[2] ? +m[2] : m1 <= m2 ? y2 : y2 - 1;
      return { precision: 'month', value: isoMonth(y1, m1), to: isoMonth(y2, m2), year: y1 };
    },
  },
  {
    re: new RegExp(`\\b(${MONTH})\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
    build: (m) => ({ precision: 'month', value: isoMonth(+m[2]!, month(m[1]!)), to: null, year: +m[2]! }),
  },
  {
    // A month with no year: found (so that it is not mistaken for something else) but valueless.
    // (The preposition is checked before the month rather than in a lookbehind: a pattern that
    // starts with the month's name is found much faster.)
    re: /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
    build: (m) =>
      /(?:\b(?:in|during|since|from|until|by|early|late|mid|last|this|next|of)\s|\bmid-)$/.test(m.input.slice(Math.max(0, m.index - 7), m.index))
        ? { precision: 'month', value: null, to: null, year: null }
        : null,
  },
  {
    re: /\b((?:19|20)\d{2})\b(?![-\/]\d)/g,
    build: (m) => ({ precision: 'year', value: m[1]!, to: null, year: +m[1]! }),
  },
];

/** Every date in `text`, in order, without overlaps (the most specific reading wins). */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const built = rule.build(m);
      if (!built) continue;
      found.push({ start, end, ...built });
      taken.push([start, end]);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** One date written alone ("29 May 2025", "2024-10-09"); null unless the whole string is a date. */
export function parseDate(s: string): DateMention | null {
  const t = s.trim();
  const all = findDates(t);
  const first = all[0];
  return all.length === 1 && first && first.start === 0 && first.end === t.length ? first : null;
}

/** Month precision of any dated mention ("2025-03-04" → "2025-03"); null for a year alone. */
export function toMonth(value: string | null): string | null {
  if (!value || value.length < 7) return null;
  return value.slice(0, 7);
}
