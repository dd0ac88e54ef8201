/**
 * How documents place a PDU in one of the Probation Service's regions, and how many PDUs a region
 * has. The regions and their other names come from the vocabulary (seeds/facts/regions.yaml); what
 * is careful here is the context, because region names also occur inside other names ("North East
 * Lincolnshire", "North Wales", "England and Wales", "Greater Manchester Combined Authority"), in
 * postal addresses and in passing ("unification ... in the West Midlands").
 */
import type { Lexicon } from './lexicon.ts';
import { COUNT_SOURCE, parseCount } from './numbers.ts';

export interface RegionMention {
  start: number;
  end: number;
  region: string;
  rule: string;
}

/**
 * Contexts that make a region name a statement about where the probation services are:
 * "the Yorkshire and the Humber region", "Probation Service - Greater Manchester", "three areas of
 * London", "London probation services", "PDUs in the East Midlands", "a probation unit in Greater
 * Manchester". Plain "services in <region>" is not one: it says where something happened.
 */
// Within a line: a caption ending in "London" says nothing about the paragraph after it.
const CONTEXTS: Array<{ rule: string; before?: RegExp; after?: RegExp }> = [
  { rule: 'region-named-as-region', after: /^[ \t]+(?:region|area)\b/ },
  { rule: 'region-of-probation-service', before: /\bProbation Service[ \t]*[-,:]?[ \t]*(?:the[ \t]+)?$/i },
  { rule: 'region-areas-of', before: /\b(?:areas?|parts?)[ \t]+of[ \t]+(?:the[ \t]+)?$/ },
  { rule: 'region-probation', after: /^(?:'s)?[ \t]+(?:[Pp]robation|PDUs?\b)/ },
  { rule: 'region-units-in', before: /\b(?:PDUs?|[Pp]robation (?:[Dd]elivery )?[Uu]nits?)[ \t]+(?:in|across)[ \t]+(?:the[ \t]+)?$/ },
];

const FUNCTION_WORDS = new Set(['The', 'In', 'At', 'For', 'Of', 'From', 'Across', 'Within', 'Throughout', 'And', 'To', 'By', 'With', 'Three', 'Two', 'Four', 'All', 'Both']);

const anyRegion = new WeakMap<Lexicon, RegExp>();
function regionRe(lex: Lexicon): RegExp {
  let re = anyRegion.get(lex);
  if (!re) anyRegion.set(lex, (re = new RegExp(`\\b(?:${lex.regionAlt})\\b`, 'g')));
  return re;
}

/** Region statements in `text`; a region followed or preceded by another capitalised word is part of a longer name. */
export function findRegions(text: string, lex: Lexicon): RegionMention[] {
  const out: RegionMention[] = [];
  const re = regionRe(lex);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 30);
    const context = CONTEXTS.find((c) => (!c.before || c.before.test(before)) && (!c.after || c.after.test(after)));
    if (!context) continue;
    const next = /^\s+([A-Z][a-z]+)/.exec(after)?.[1];
    if (next && !/^(Region|Area|Probation|PDUs?)$/.test(next)) continue;
    // A capitalised word just before ("North Wales", "England and Wales") makes a longer name.
    const prev = /([A-Za-z]+)(\s+and)?\s+$/.exec(before.slice(-24));
    if (prev && /^[A-Z]/.test(prev[1]!) && !FUNCTION_WORDS.has(prev[1]!) && prev[1] !== 'Service') continue;
    const canonical = lex.regionOf(m[0]);
    if (canonical) out.push({ start, end, region: canonical, rule: context.rule });
  }
  return out;
}

export interface RegionCount {
  start: number;
  end: number;
  count: number;
  region: string | null;
}

const PDUS = '(?:PDUs|[Pp]robation [Dd]elivery [Uu]nits)';

/**
 * How many PDUs the region has: "one of 11 PDUs in the Yorkshire and the Humber region", "There are
 * 18 of them in the capital" (where "them" are PDUs), "the region has 11 PDUs". Counts of inspections
 * ("one of four carried out") or of regions ("all twelve probation regions") are not PDU counts.
 */
const countPatterns = new WeakMap<Lexicon, RegExp[]>();
function countRes(lex: Lexicon): RegExp[] {
  let patterns = countPatterns.get(lex);
  if (patterns) return patterns;
  const N = COUNT_SOURCE;
  const R = lex.regionAlt;
  patterns = [
    new RegExp(`\\bone of (?:the )?(?<n>${N}) ${PDUS}(?: (?:in|across) (?:the )?(?<r>${R}))?`, 'gi'),
    // "It is one of 11 in Yorkshire and the Humber" (the noun left understood).
    new RegExp(`\\bone of (?<n>${N}) (?:in|across) (?:the )?(?<r>${R})\\b`, 'gi'),
    new RegExp(`\\bthere are (?<n>${N}) (?:${PDUS}|of them)(?: in (?:the )?(?:(?<r>${R})|capital|region))`, 'gi'),
    new RegExp(`\\b(?:the )?(?<r>${R})(?: region)? (?:has|contains|comprises|is made up of) (?<n>${N}) ${PDUS}`, 'gi'),
    new RegExp(`\\b(?<n>${N}) ${PDUS} (?:in|across|make up) (?:the )?(?<r>${R})`, 'gi'),
  ];
  countPatterns.set(lex, patterns);
  return patterns;
}

export function findRegionCounts(text: string, lex: Lexicon): RegionCount[] {
  const out: RegionCount[] = [];
  if (!/\b(?:PDUs|units|of them|one of)\b/i.test(text)) return out;
  const patterns = countRes(lex);
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const count = parseCount(m.groups?.n ?? '');
      if (count === null || count < 2 || count > 40) continue;
      // "of them" only counts PDUs when the sentence before is about PDUs.
      if (/of them/i.test(m[0]) && !new RegExp(`\\b${PDUS}\\b`).test(text.slice(Math.max(0, m.index - 300), m.index))) continue;
      const r = m.groups?.r;
      const region = r ? lex.regionOf(r) : /capital/i.test(m[0]) ? lex.regionOf('London') : null;
      if (out.some((o) => m!.index < o.end && m!.index + m![0].length > o.start)) continue; // one statement, one count
      out.push({ start: m.index, end: m.index + m[0].length, count, region });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
