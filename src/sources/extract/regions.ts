/**
 * The Probation Service's twelve regions (eleven in England, plus Wales) and how documents place a
 * PDU in one. The region list is a closed national vocabulary, so a gazetteer is the honest tool;
 * what must be careful is the context, because region names also occur inside other names
 * ("North East Lincolnshire", "North Wales", "England and Wales", "Greater Manchester Combined
 * Authority") and in postal addresses.
 */
import { COUNT_SOURCE, parseCount } from './numbers.ts';

/** Canonical names, as HMPPS lists them, with the spellings documents use. */
export const REGIONS: Array<{ name: string; forms: string[] }> = [
  { name: 'East Midlands', forms: ['East Midlands'] },
  { name: 'East of England', forms: ['East of England'] },
  { name: 'Greater Manchester', forms: ['Greater Manchester'] },
  { name: 'Kent, Surrey and Sussex', forms: ['Kent, Surrey and Sussex', 'Kent, Surrey & Sussex', 'Kent Surrey and Sussex', 'Kent, Surrey, and Sussex'] },
  { name: 'London', forms: ['London'] },
  { name: 'North East', forms: ['North East', 'North-East'] },
  { name: 'North West', forms: ['North West', 'North-West'] },
  { name: 'South Central', forms: ['South Central'] },
  { name: 'South West', forms: ['South West', 'South-West'] },
  { name: 'Wales', forms: ['Wales'] },
  { name: 'West Midlands', forms: ['West Midlands'] },
  { name: 'Yorkshire and the Humber', forms: ['Yorkshire and the Humber', 'Yorkshire & the Humber', 'Yorkshire and Humber', 'Yorkshire & Humber'] },
];

/** Names that are geography but never a PDU: regions, and the countries around them. */
const NOT_PDUS = new Set(
  [
    ...REGIONS.flatMap((r) => r.forms),
    'England', 'England and Wales', 'Scotland', 'Northern Ireland', 'UK', 'United Kingdom', 'Britain',
    'Great Britain', 'Yorkshire', 'the Humber', 'Humber', 'Midlands', 'the North', 'the South',
  ].map((s) => s.toLowerCase()),
);

export function isRegionOrCountry(name: string): boolean {
  return NOT_PDUS.has(name.toLowerCase().replace(/^the\s+/, '')) || NOT_PDUS.has(name.toLowerCase());
}

export interface RegionMention {
  start: number;
  end: number;
  region: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORMS = REGIONS.flatMap((r) => r.forms.map((f) => ({ form: f, name: r.name }))).sort(
  (a, b) => b.form.length - a.form.length,
);
const REGION_ALT = FORMS.map((f) => escape(f.form)).join('|');

/**
 * Contexts that make a region name a statement about where the probation services are:
 * "the Yorkshire and the Humber region", "Probation Service - Greater Manchester", "three areas of
 * London", "London probation services", "PDUs in the East Midlands", "the Greater Manchester area".
 */
const CONTEXTS: RegExp[] = [
  new RegExp(`\\b(?<r>${REGION_ALT})\\s+(?:region|area)\\b`, 'g'),
  new RegExp(`\\bProbation Service\\s*[-,:]\\s*(?:the\\s+)?(?<r>${REGION_ALT})\\b`, 'gi'),
  new RegExp(`\\b(?:areas?|parts?)\\s+of\\s+(?:the\\s+)?(?<r>${REGION_ALT})\\b`, 'g'),
  new RegExp(`\\b(?<r>${REGION_ALT})(?:'s)?\\s+(?:probation|PDUs?\\b|Probation)`, 'g'),
  new RegExp(`\\b(?:PDUs?|probation (?:delivery )?units?|probation services?|probation service|Probation Service|services|units)\\s+(?:in|across)\\s+(?:the\\s+)?(?<r>${REGION_ALT})\\b`, 'g'),
];

const FUNCTION_WORDS = new Set(['The', 'In', 'At', 'For', 'Of', 'From', 'Across', 'Within', 'Throughout', 'And', 'To', 'By', 'With', 'Three', 'Two', 'Four', 'All', 'Both']);

/** Region statements in `text`; a region followed by another capitalised word is part of a longer name. */
export function findRegions(text: string): RegionMention[] {
  const out: RegionMention[] = [];
  for (const re of CONTEXTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = m.groups?.r;
      if (!r) continue;
      const start = m.index + m[0].indexOf(r);
      const end = start + r.length;
      const next = /^\s+([A-Z][a-z]+)/.exec(text.slice(end))?.[1];
      if (next && !/^(Region|Area|Probation|PDUs?)$/.test(next)) continue;
      // A capitalised word just before ("North Wales", "England and Wales") makes a longer name.
      const prev = /([A-Za-z]+)(\s+and)?\s+$/.exec(text.slice(Math.max(0, start - 24), start));
      if (prev && /^[A-Z]/.test(prev[1]!) && !FUNCTION_WORDS.has(prev[1]!)) continue;
      const canonical = FORMS.find((f) => f.form.toLowerCase() === r.toLowerCase())?.name;
      if (!canonical || out.some((o) => o.start === start)) continue;
      out.push({ start, end, region: canonical });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface RegionCount {
  start: number;
  end: number;
  count: number;
  region: string | null;
}

/**
 * How many PDUs the region has: "one of 11 PDUs in the Yorkshire and the Humber region", "There are
 * 18 of them in the capital" (where "them" are PDUs), "the region has 11 PDUs". Counts of inspections
 * ("one of four carried out") or of regions ("all twelve probation regions") are not PDU counts.
 */
export function findRegionCounts(text: string): RegionCount[] {
  const out: RegionCount[] = [];
  const N = COUNT_SOURCE;
  const patterns: RegExp[] = [
    new RegExp(`\\bone of (?<n>${N}) (?:PDUs|Probation Delivery Units|probation delivery units)(?: in (?:the )?(?<r>${REGION_ALT}))?`, 'gi'),
    // "It is one of 11 in Yorkshire and the Humber" (the noun left understood).
    new RegExp(`\\bone of (?<n>${N}) (?:in|across) (?:the )?(?<r>${REGION_ALT})\\b`, 'gi'),
    new RegExp(`\\bthere are (?<n>${N}) (?:PDUs|Probation Delivery Units|probation delivery units|of them)(?: in (?:the )?(?:(?<r>${REGION_ALT})|capital|region))`, 'gi'),
    new RegExp(`\\b(?:the )?(?<r>${REGION_ALT})(?: region)? (?:has|contains|comprises|is made up of) (?<n>${N}) (?:PDUs|Probation Delivery Units|probation delivery units)`, 'gi'),
    new RegExp(`\\b(?<n>${N}) (?:PDUs|Probation Delivery Units|probation delivery units) (?:in|across|make up) (?:the )?(?<r>${REGION_ALT})`, 'gi'),
  ];
  for (const re of patterns) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const count = parseCount(m.groups?.n ?? '');
      if (count === null || count < 2 || count > 40) continue;
      // "of them" only counts PDUs when the sentence before is about PDUs.
      if (/of them/i.test(m[0]) && !/\b(PDUs|Probation Delivery Units|probation delivery units)\b/.test(text.slice(Math.max(0, m.index - 300), m.index))) continue;
      const r = m.groups?.r;
      const region = r ? FORMS.find((f) => f.form.toLowerCase() === r.toLowerCase())?.name ?? null : /capital/i.test(m[0]) ? 'London' : null;
      if (out.some((o) => m!.index < o.end && m!.index + m![0].length > o.start)) continue; // one statement, one count
      out.push({ start: m.index, end: m.index + m[0].length, count, region });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
