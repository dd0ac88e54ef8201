/**
 * Probation Delivery Units: where the text names one, which names are the same PDU, and which PDUs
 * the document is about (as opposed to PDUs it mentions in passing).
 *
 * A PDU name is a run of capitalised words, possibly a list joined by "," / "and" / "&" ("Hammersmith,
 * Fulham, Kensington, Chelsea and Westminster"), found in three ways:
 *  - marker: the name right before "PDU" / "Probation Delivery Unit" ("Lambeth PDU", "Kirklees'
 *    PDU"). Everything between the previous non-name word and the marker is ONE name, so a list of
 *    PDUs is written with a marker on each ("Lambeth PDU and Ealing and Hillingdon PDU").
 *  - head: the name right after "probation service in/for ...", "a PDU in ...", "the probation
 *    service, also known as a Probation Delivery Unit (PDU*), for ...". After a singular head the
 *    whole run is one name ("for Leicester, Leicestershire and Rutland"); after a plural head
 *    ("probation units in North Manchester, Tameside and Wigan") it is a list of names.
 *  - "the Tameside probation service": a name between "the" and "probation service".
 * Names never include the word PDU, a region or country name, or sentence-initial function words.
 */
import { isRegionOrCountry } from './regions.ts';
import type { Sentence } from './sentences.ts';
import { squash } from './clean.ts';

/**
 * marker/head/list: how the name was found (see above). bare: a later plain occurrence of a name
 * already known to be a PDU ("Manchester North's work"), used to tell which PDU a sentence is about
 * but never to decide that something is a PDU.
 */
export type MentionKind = 'marker' | 'head' | 'list' | 'bare';

export interface PduMention {
  /** Normalised offsets of the name. */
  start: number;
  end: number;
  name: string;
  key: string;
  kind: MentionKind;
  sentence: number;
  /**
   * Named as the area of several services ("Probation services in Nottinghamshire have been
   * rated ..."): a plural head followed by a single name. What is said of it is said of all of them.
   */
  area?: boolean;
}

/** Capitalised words that begin sentences or name institutions, never part of a PDU's name. */
const STOP = new Set([
  'The', 'This', 'These', 'That', 'Those', 'Both', 'Each', 'Every', 'All', 'In', 'At', 'For', 'From',
  'On', 'Of', 'With', 'By', 'To', 'As', 'And', 'Or', 'But', 'However', 'Following', 'Since', 'Unlike',
  'While', 'Whilst', 'Although', 'Despite', 'When', 'Where', 'Only', 'It', 'Its', 'They', 'Their',
  'Our', 'We', 'A', 'An', 'Other', 'Another', 'Leaders', 'Inspectors', 'Staff', 'Managers', 'Practitioners',
  'His', 'Her', 'HM', 'HMI', 'HMIP', 'HMiP', 'HMPPS', 'NPS', 'CRC', 'CRCs', 'Majesty', "Majesty's",
  'Inspectorate', 'Probation', 'Prison', 'Prisons', 'Service', 'Services', 'Delivery', 'Unit', 'Units',
  'PDU', 'PDUs', 'Chief', 'Inspector', 'Mr', 'Mrs', 'Ms', 'Dr', 'Today', 'Yesterday', 'Positively',
  'Reassuringly', 'Unfortunately', 'Notably', 'Also', 'Meanwhile', 'Elsewhere', 'Overall', 'According',
  'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve',
  'First', 'Second', 'Third', 'Last', 'Next', 'Some', 'Many', 'Most', 'Several', 'Such', 'So-called',
  'Local', 'National', 'Regional', 'Head', 'Report', 'Inspection', 'Inspections', 'Ministry', 'Justice',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Community', 'Rehabilitation', 'Companies', 'Company', 'Court', 'Council',
  'Police', 'News', 'Read', 'More', 'What', 'Why', 'How', 'Who', 'Which', 'If', 'Is', 'Are', 'Was', 'Were',
  'Has', 'Have', 'Had', 'Will', 'Would', 'Should', 'Could', 'Can', 'Now', 'Then', 'There', 'Here',
  'Strengths', 'Strength', 'Good', 'Outstanding', 'Inadequate', 'Requires', 'Dynamic', 'Recommendations',
]);
/** Lowercase words that may sit inside a place name between capitalised words. */
const CONNECTORS = new Set(['upon', 'on', 'under', 'of', 'in', 'le', 'de', 'la']);

interface Tok {
  text: string;
  start: number;
  end: number;
}

function tokenize(s: string, base = 0): Tok[] {
  const out: Tok[] = [];
  const re = /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|\S/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

function isNameWord(t: Tok | undefined): boolean {
  if (!t || !/^[A-Z]/.test(t.text)) return false;
  const bare = t.text.replace(/'s?$/, '');
  return !STOP.has(t.text) && !STOP.has(bare);
}

const isSep = (t: Tok | undefined): boolean => !!t && (t.text === ',' || t.text === 'and' || t.text === '&');

/** Drop separators and connectors from both ends of a token run. */
function trimRun(run: Tok[]): Tok[] {
  let a = 0;
  let b = run.length;
  while (a < b && !isNameWord(run[a])) a++;
  while (b > a && !isNameWord(run[b - 1])) b--;
  return run.slice(a, b);
}

/** The name run that ends right before `end` in `s` (offsets relative to `base`). */
function scanBackward(s: string, end: number, base: number): Tok[] {
  const toks = tokenize(s.slice(0, end), base);
  const run: Tok[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    const right = run[0];
    const left = toks[i - 1];
    const rightIsName = isNameWord(right) || (right?.text === 'the' && isNameWord(run[1]));
    if (isNameWord(t)) run.unshift(t);
    // "A, B" and the serial comma "A, B, and C".
    else if (t.text === ',' && (isNameWord(right) || right?.text === 'and' || right?.text === '&') && isNameWord(left)) run.unshift(t);
    else if ((t.text === 'and' || t.text === '&') && rightIsName && (isNameWord(left) || left?.text === ',')) run.unshift(t);
    // "Yorkshire and the Humber".
    else if (t.text === 'the' && isNameWord(right) && left?.text === 'and') run.unshift(t);
    else if (CONNECTORS.has(t.text) && isNameWord(right) && isNameWord(left) && t.text !== 'in') run.unshift(t);
    else break;
  }
  return trimRun(run);
}

/** The name run that starts at `from` in `s`. */
function scanForward(s: string, from: number, base: number): Tok[] {
  const toks = tokenize(s.slice(from), base + from);
  const run: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const left = run[run.length - 1];
    const right = toks[i + 1];
    const rightIsName = isNameWord(right) || (right?.text === 'the' && isNameWord(toks[i + 2]));
    if (isNameWord(t)) run.push(t);
    else if (t.text === ',' && isNameWord(left) && (isNameWord(right) || ((right?.text === 'and' || right?.text === '&') && isNameWord(toks[i + 2])))) run.push(t);
    else if ((t.text === 'and' || t.text === '&') && (isNameWord(left) || left?.text === ',') && rightIsName) run.push(t);
    else if (t.text === 'the' && left?.text === 'and' && isNameWord(right)) run.push(t);
    else if (CONNECTORS.has(t.text) && isNameWord(left) && isNameWord(right) && t.text !== 'in') run.push(t);
    else break;
  }
  return trimRun(run);
}

/** A name's identity: its words, lower-cased, without "and"/"the"/punctuation, in any order. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/'s\b|'/g, '')
    .split(/[^a-z0-9-]+/)
    .filter((w) => w && w !== 'and' && w !== 'the')
    .sort()
    .join(' ');
}

function runName(norm: string, run: Tok[]): { start: number; end: number; name: string } | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  let end = last.end;
  // A possessive is not part of the name ("Kirklees' PDU", "Manchester North's work").
  const lastText = norm.slice(last.start, last.end);
  if (/'s$/.test(lastText)) end -= 2;
  else if (/'$/.test(lastText)) end -= 1;
  const name = squash(norm.slice(first.start, end)).replace(/,\s*$/, '');
  if (!name || isRegionOrCountry(name)) return null;
  return { start: first.start, end, name };
}

/** Split a list after a plural head: "North Manchester, Tameside and Wigan" → three names. */
function splitList(run: Tok[]): Tok[][] {
  const items: Tok[][] = [[]];
  for (const t of run) {
    if (isSep(t)) items.push([]);
    else items[items.length - 1]!.push(t);
  }
  return items.map(trimRun).filter((i) => i.length > 0);
}

const MARKER = /\bPDU(?![A-Za-z])|\b[Pp]robation [Dd]elivery [Uu]nit(?![A-Za-z])|\bPrison Delivery Unit(?![A-Za-z])/g;
const PLURAL_MARKER = /\bPDUs(?![A-Za-z])|\b[Pp]robation [Dd]elivery [Uu]nits(?![A-Za-z])/g;
const THE_SERVICE = /(?:'s)?\s+[Pp]robation (?:[Ss]ervice|[Tt]eam|[Uu]nit)(?![A-Za-z])/g;
const HEAD = new RegExp(
  String.raw`\b(?:(?<one>probation\s+(?:service|unit|team|delivery\s+unit)|PDU|Probation\s+(?:Service|Delivery\s+Unit))|(?<many>probation\s+(?:services|units|teams|delivery\s+units)|PDUs|Probation\s+(?:Services|Delivery\s+Units)))` +
    String.raw`(?:\s*\(PDUs?\*?\))?(?:\s*,\s*(?:also\s+known\s+as|or)\s+(?:an?\s+)?(?:Probation\s+Delivery\s+Units?|PDUs?)\s*(?:\(PDUs?\*?\))?\s*,)?` +
    String.raw`\s+(?:in|for|across|at|covering)\s*:?\s+`,
  'gi',
);

/** Every PDU name mention, sentence by sentence, in document order. */
export function findPduMentions(norm: string, sents: Sentence[]): PduMention[] {
  const out: PduMention[] = [];
  const add = (s: Sentence, run: Tok[], kind: MentionKind, area = false): void => {
    const n = runName(norm, run);
    if (!n) return;
    if (out.some((o) => o.start === n.start)) return;
    out.push({ ...n, key: nameKey(n.name), kind, sentence: s.index, ...(area ? { area } : {}) });
  };
  for (const s of sents) {
    const text = s.text;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
      if (/\(\s*$/.test(text.slice(0, m.index))) continue; // "(PDU)" spells out, it does not name
      let end = m.index;
      // A possessive is not part of the name ("Kirklees' PDU").
      let before = text.slice(0, end).replace(/\s+$/, '').replace(/(?<=[A-Za-z])(?:'s|')$/, '');
      // "Leicester, Leicestershire and Rutland (LLR) Probation Delivery Unit": skip the abbreviation.
      const abbr = /\s*\([A-Z]{2,6}\)$/.exec(before);
      if (abbr) before = before.slice(0, abbr.index);
      end = before.length;
      add(s, scanBackward(text, end, s.start), 'marker');
    }
    // "Nottingham City and Nottinghamshire PDUs": a list, one PDU per item.
    PLURAL_MARKER.lastIndex = 0;
    for (let m = PLURAL_MARKER.exec(text); m; m = PLURAL_MARKER.exec(text)) {
      if (/\(\s*$/.test(text.slice(0, m.index))) continue;
      const end = text.slice(0, m.index).replace(/\s+$/, '').length;
      for (const item of splitList(scanBackward(text, end, s.start))) add(s, item, 'list');
    }
    THE_SERVICE.lastIndex = 0;
    for (let m = THE_SERVICE.exec(text); m; m = THE_SERVICE.exec(text)) {
      const run = scanBackward(text, m.index, s.start);
      const first = run[0];
      // "the Tameside probation service", "Doncaster's probation service": the article or the
      // possessive makes the run a name for this service rather than a description of an area.
      const possessive = m[0].startsWith("'s");
      if (first && (possessive || /\b[Tt]he\s+$/.test(text.slice(0, first.start - s.start)))) add(s, run, 'head');
    }
    HEAD.lastIndex = 0;
    for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
      const plural = !!m.groups?.many;
      const before = text.slice(0, m.index);
      // "Leeds PDU in West Yorkshire": there "PDU" marks the name before it, it does not head one.
      if (/^PDU/.test(m[0]) && /[A-Za-z]\s*$/.test(before) && /[A-Z][A-Za-z'-]*\s*$/.test(before)) continue;
      // "one of 11 PDUs in the region" counts PDUs, it names none.
      if (plural && /\bof\s+(\d+|[a-z]+)\s*$/i.test(before)) continue;
      const run = scanForward(text, m.index + m[0].length, s.start);
      if (run.length === 0) continue;
      const items = plural ? splitList(run) : [run];
      for (const item of items) add(s, item, plural ? 'list' : 'head', plural && items.length === 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "Leicester, Leicestershire and Rutland (LLR)": abbreviations defined in the text, abbr → full name. */
export function findAbbreviations(norm: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\(([A-Z]{2,6})\)/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const lineStart = norm.lastIndexOf('\n', m.index) + 1;
    const run = scanBackward(norm.slice(lineStart, m.index).replace(/\s+$/, ''), m.index - lineStart, lineStart);
    const words = run.filter((t) => isNameWord(t)).map((t) => t.text);
    const initials = words.map((w) => w[0]).join('');
    if (words.length >= 2 && initials === m[1]) {
      const n = runName(norm, run);
      if (n) out.set(m[1]!, n.name);
    }
  }
  return out;
}

export interface PduEntity {
  key: string;
  name: string;
  mentions: PduMention[];
  /** The document reports this PDU's inspection (rather than mentioning it in passing). */
  subject: boolean;
}

/** Words that make a capitalised run an organisation or publication rather than a place. */
const ORG_WORDS = /\b(Court|Council|News|Evening|Authority|Combined|Service|Services|Police|University|Hospital|Prison|Magistrates|Crown|Trust|Board|Partnership|Team|Centre|Street|Road|Reporter|Press|Post|Times|Echo|Gazette|Herald|Mail)\b/;

/** Maximal runs of capitalised words (no separators), possessives and stop words trimmed. */
function capitalisedRuns(norm: string): string[] {
  const out: string[] = [];
  const re = /[A-Z][A-Za-z'-]*(?:[ ]+[A-Z][A-Za-z'-]*)*/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const words = m[0]
      .split(/\s+/)
      .map((w) => w.replace(/'s?$/, ''))
      .filter((w) => w);
    while (words.length && STOP.has(words[0]!)) words.shift();
    while (words.length && STOP.has(words[words.length - 1]!)) words.pop();
    if (words.length) out.push(words.join(' '));
  }
  return out;
}

const CROSS_REF =
  /\bthe other\b|\bthe (?:second|third|fourth|fifth|remaining|rest)\b(?=\s+(?:is|are|was|were|one|two|three|four|five|PDUs?|inspections?|of)\b)|\bjoins?\b|\bjoined\b|\balso published\b|\bin reports? published\b|\bunlike\b|\bcompared (?:with|to)\b|\balongside\b|\bsister\b/i;

/**
 * Where in a sentence the PDUs stop being its subject and become PDUs it compares with: after
 * "The other two are", "They join", "It joins", "The second is", "Unlike ..." (to the next comma).
 * Returns [from, to) in sentence offsets, or null.
 */
export function crossRefScope(text: string): [number, number] | null {
  const m = CROSS_REF.exec(text);
  if (!m) return null;
  if (/^(unlike|compared)/i.test(m[0])) {
    const comma = text.indexOf(',', m.index);
    return [m.index, comma < 0 ? text.length : comma];
  }
  return [m.index, text.length];
}

/**
 * Group mentions into PDUs and decide which are subjects.
 *  - Same words in any order are the same PDU ("North Manchester" = "Manchester North").
 *  - A defined abbreviation is an alias ("LLR PDU" = "Leicester, Leicestershire and Rutland").
 *  - A list item that is a strict part of exactly one other PDU's name is that PDU ("Manchester"
 *    beside "Manchester North"); failing that, a one-word list item that the text elsewhere always
 *    writes as part of one longer place name takes that name.
 *  - The surface form shown is the one used most with an explicit marker, then most often.
 *  - A PDU is a subject when the headline names it or when its first mention is not inside a
 *    cross-reference ("The other two are X PDU and Y PDU", "They join X PDU").
 */
export function buildEntities(
  norm: string,
  mentions: PduMention[],
  sents: Sentence[],
  titleSentence: number | null,
): PduEntity[] {
  const abbreviations = findAbbreviations(norm);
  for (const m of mentions) {
    const full = abbreviations.get(m.name);
    if (full) m.key = nameKey(full);
  }
  const byKey = new Map<string, PduMention[]>();
  for (const m of mentions) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);

  // Part-of merges for weaker mentions.
  const keys = [...byKey.keys()];
  for (const k of keys) {
    const ms = byKey.get(k)!;
    const words = k.split(' ');
    const supers = keys.filter((o) => o !== k && byKey.has(o) && words.every((w) => o.split(' ').includes(w)));
    if (supers.length === 1) {
      byKey.set(supers[0]!, [...byKey.get(supers[0]!)!, ...ms]);
      byKey.delete(k);
      continue;
    }
    if (ms.some((m) => m.kind === 'marker')) continue;
    if (supers.length === 0 && words.length === 1 && ms.every((m) => m.kind === 'list')) {
      const families = new Map<string, Map<string, number>>();
      for (const run of capitalisedRuns(norm)) {
        const rk = nameKey(run);
        if (rk === k || !rk.split(' ').includes(words[0]!) || rk.split(' ').length > 3) continue;
        if (ORG_WORDS.test(run) || isRegionOrCountry(run)) continue;
        const f = families.get(rk) ?? new Map<string, number>();
        f.set(run, (f.get(run) ?? 0) + 1);
        families.set(rk, f);
      }
      if (families.size === 1) {
        const [fk, forms] = [...families.entries()][0]!;
        const best = [...forms.entries()].sort((a, b) => b[1] - a[1])[0]![0];
        for (const m of ms) {
          m.key = fk;
          m.name = best;
        }
        byKey.delete(k);
        byKey.set(fk, [...(byKey.get(fk) ?? []), ...ms]);
      }
    }
  }

  const entities: PduEntity[] = [];
  for (const [key, ms] of byKey) {
    ms.sort((a, b) => a.start - b.start);
    const score = new Map<string, number>();
    const weight: Record<MentionKind, number> = { marker: 3, head: 2, list: 1, bare: 0 };
    for (const m of ms) score.set(m.name, (score.get(m.name) ?? 0) + weight[m.kind]);
    const name = [...score.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const first = ms[0]!;
    const inTitle = titleSentence !== null && ms.some((m) => m.sentence === titleSentence);
    const s = sents[first.sentence]!;
    const scope = crossRefScope(s.text);
    const firstIsCrossRef = !!scope && first.start - s.start >= scope[0] && first.start - s.start < scope[1];
    entities.push({ key, name, mentions: ms, subject: inTitle || !firstIsCrossRef });
  }
  addBareMentions(norm, entities, sents);
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Plain occurrences of each PDU's names elsewhere in the text, where the name is a whole run of
 * capitalised words (so "Tameside" inside "Tameside Council" is not the PDU).
 */
function addBareMentions(norm: string, entities: PduEntity[], sents: Sentence[]): void {
  const taken = (a: number, b: number): boolean =>
    entities.some((e) => e.mentions.some((m) => a < m.end && b > m.start));
  for (const e of entities) {
    const forms = [...new Set([e.name, ...e.mentions.map((m) => m.name)])].sort((a, b) => b.length - a.length);
    for (const form of forms) {
      const re = new RegExp(`(?<![A-Za-z'-])${escapeRe(form).replace(/ /g, '\\s+')}(?:'s|')?(?![A-Za-z-])`, 'g');
      for (let m = re.exec(norm); m; m = re.exec(norm)) {
        const start = m.index;
        const end = start + form.length;
        if (taken(start, end)) continue;
        const next = /^(?:'s|')?\s+([A-Z][A-Za-z]*)/.exec(norm.slice(end));
        const prev = /([A-Za-z]+)\s+$/.exec(norm.slice(Math.max(0, start - 20), start));
        if (next && !STOP.has(next[1]!)) continue;
        if (prev && /^[A-Z]/.test(prev[1]!) && !STOP.has(prev[1]!)) continue;
        const s = sents.find((x) => start >= x.start && start < x.end);
        if (!s) continue;
        e.mentions.push({ start, end, name: form, key: e.key, kind: 'bare', sentence: s.index });
      }
    }
    e.mentions.sort((a, b) => a.start - b.start);
  }
}
