/**
 * Where the text names a Probation Delivery Unit. Each finder is one rule, named in the output:
 *  - pdu-marker: the name right before "PDU" / "Probation Delivery Unit" ("Lambeth PDU", "Kirklees'
 *    PDU"), or before any "... Delivery Unit (PDU)"; everything back to the previous non-name word is
 *    ONE name, so a list of PDUs carries a marker on each ("Lambeth PDU and Ealing and Hillingdon PDU");
 *  - pdu-plural-marker: "Nottingham City and Nottinghamshire PDUs", a list;
 *  - pdu-probation-service: "Cumbria probation service", "the Tameside probation service",
 *    "Sheffield's probation service", "Kirklees probation services";
 *  - pdu-x-probation: "Dyfed Powys probation requires improvement" (no noun after "probation": weak);
 *  - pdu-head: the name after "probation service in/for ...", "a PDU in ...", a sentence opening
 *    "Probation in ...", "the probation service,
 *    also known as a Probation Delivery Unit (PDU*), for ..."; after a plural head ("probation units in
 *    A, B and C") the run may be a list;
 *  - pdu-known-name: a PDU name or alias from the vocabulary, as a whole run of capitalised words (weak).
 * A list is cut into the PDUs it names where its items (or groups of them) are PDU names the vocabulary
 * or the rest of the text knows (a marker, or a name rated on its own); otherwise, a list after a plural
 * head is several PDUs only when the text counts them ("the three units in A, B and C", "both", or as
 * many ratings given "respectively"), cut at its items or else at its commas ("A and B, and C and D
 * were both ..."), and "A and B" is one name ("Bury and Rochdale").
 * Weak mentions never make a PDU a subject on their own (see entities.ts).
 */
import type { Lexicon } from './lexicon.ts';
import { nameKey } from './lexicon.ts';
import { isNameWord, runName, scanBackward, scanForward, splitList, STOP, trimRun, type Tok } from './names.ts';
import { findRatings } from './ratings.ts';
import { parseCount } from './numbers.ts';
import type { Sentence } from './sentences.ts';

export type MentionKind = 'marker' | 'head' | 'service' | 'list' | 'weak' | 'known' | 'bare';

export interface PduMention {
  /** Normalised offsets of the name. */
  start: number;
  end: number;
  name: string;
  key: string;
  kind: MentionKind;
  rule: string;
  sentence: number;
  /**
   * Named as the area of several services ("Probation services in Nottinghamshire have been
   * rated ..."): a plural head followed by a single name. What is said of it may be said of all of them.
   */
  area?: boolean;
}

/** Kinds that can make a PDU the subject of a document on their own. */
export const STRONG: ReadonlySet<MentionKind> = new Set(['marker', 'head', 'service', 'list']);

const MARKER = /\bPDU(?![A-Za-z])|\b[Pp]robation [Dd]elivery [Uu]nit(?![A-Za-z])|\b[A-Z][a-z]+ Delivery Unit(?=\s*\(PDU\*?\))/g;
const PLURAL_MARKER = /\bPDUs(?![A-Za-z])|\b[Pp]robation [Dd]elivery [Uu]nits(?![A-Za-z])/g;
const PROBATION_AFTER = /(?:'s|(?<=s)')?\s+[Pp]robation(?:\s+(?<noun>[Ss]ervices?|[Tt]eams?|[Uu]nits?))?(?![A-Za-z])(?!\s+[Dd]elivery\s+[Uu]nit)/g;
const HEAD = new RegExp(
  String.raw`\b(?:(?<one>probation\s+(?:service|unit|team|delivery\s+unit)|PDU|Probation\s+(?:Service|Delivery\s+Unit))|(?<many>probation\s+(?:services|units|teams|delivery\s+units)|PDUs|Probation\s+(?:Services|Delivery\s+Units)))` +
    String.raw`(?:\s*\(PDUs?\*?\))?(?:\s*,\s*(?:also\s+known\s+as|or)\s+(?:an?\s+)?(?:Probation\s+Delivery\s+Units?|PDUs?)\s*(?:\(PDUs?\*?\))?\s*,)?` +
    String.raw`\s+(?:in|for|across|at|covering)\s*:?\s+`,
  'gi',
);
/** "the three units", "both services", "two PDUs": a count of the services a list names. */
const COUNTED = /\b(two|three|four|five|six|both)\s+(?:[A-Za-z]+\s+){0,2}(?:services|units|PDUs|areas|teams)\b|\bboth\b/i;

interface Finding {
  s: Sentence;
  run: Tok[];
  kind: MentionKind;
  rule: string;
  /** A plural head or marker: the run may list several PDUs. */
  plural?: boolean;
}

function markerFindings(norm: string, s: Sentence): Finding[] {
  const out: Finding[] = [];
  const text = s.text;
  for (const re of [MARKER, PLURAL_MARKER]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (/\(\s*$/.test(text.slice(0, m.index))) continue; // "(PDU)" spells out, it does not name
      // A possessive is not part of the name ("Kirklees' PDU").
      let before = text.slice(0, m.index).replace(/\s+$/, '').replace(/(?<=[A-Za-z])(?:'s|')$/, '');
      // "Leicester, Leicestershire and Rutland (LLR) Probation Delivery Unit": skip the abbreviation.
      const abbr = /\s*\([A-Z]{2,6}\)$/.exec(before);
      if (abbr) before = before.slice(0, abbr.index);
      const plural = re === PLURAL_MARKER;
      const run = scanBackward(text, before.length, s.start);
      if (run.length && isDescription(norm, s, run)) continue;
      out.push({ s, run, kind: plural ? 'list' : 'marker', rule: plural ? 'pdu-plural-marker' : 'pdu-marker', plural });
    }
  }
  return out;
}

/**
 * A capitalised word that opens a sentence is a place's name only if the text never writes it (or a
 * word of its stem) in lower case ("Promising probation service for Somerset": "promising" recurs;
 * "Struggling probation delivery unit": "struggled"); a word in quotation marks is a description.
 */
function isDescription(norm: string, s: Sentence, run: Tok[]): boolean {
  const first = run[0]!;
  if (/["']\s*$/.test(norm.slice(Math.max(s.start, first.start - 2), first.start))) return true;
  if (run.length !== 1 || first.start !== s.start) return false;
  const stem = first.text.toLowerCase().slice(0, Math.max(5, first.text.length - 3));
  return new RegExp(`\\b${stem}[a-z]*\\b`).test(norm);
}

/**
 * "while Derby's service 'requires improvement'": a place's service, in a sentence about probation;
 * "the West Sussex unit" (weak: the PDU must also be rated).
 */
const POSSESSIVE_SERVICE = /(?:'s|(?<=s)')\s+(?<noun>services?|units?|teams?)\b/g;
const THE_NAME = /\b[Tt]he\s+(?=[A-Z])/g;

function probationFindings(norm: string, s: Sentence): Finding[] {
  const out: Finding[] = [];
  if (/probation|\bPDU|\brat(?:ed|ing)\b|inspect/i.test(s.text)) {
    POSSESSIVE_SERVICE.lastIndex = 0;
    for (let m = POSSESSIVE_SERVICE.exec(s.text); m; m = POSSESSIVE_SERVICE.exec(s.text)) {
      const run = scanBackward(s.text, m.index, s.start);
      if (run.length && !isDescription(norm, s, run)) out.push({ s, run, kind: 'service', rule: 'pdu-possessive-service', plural: /s$/.test(m.groups!.noun!) });
    }
    THE_NAME.lastIndex = 0;
    for (let m = THE_NAME.exec(s.text); m; m = THE_NAME.exec(s.text)) {
      const run = scanForward(s.text, m.index + m[0].length, s.start);
      const after = run.length ? s.text.slice(run[run.length - 1]!.end - s.start, run[run.length - 1]!.end - s.start + 10) : '';
      if (/^\s+(?:service|unit)\b/.test(after)) out.push({ s, run, kind: 'weak', rule: 'pdu-the-x-service' });
    }
  }
  PROBATION_AFTER.lastIndex = 0;
  for (let m = PROBATION_AFTER.exec(s.text); m; m = PROBATION_AFTER.exec(s.text)) {
    const run = scanBackward(s.text, m.index, s.start);
    if (run.length === 0 || isDescription(norm, s, run)) continue;
    const noun = m.groups?.noun;
    const strong = !!noun || m[0].startsWith("'") || /\b[Tt]he\s+$/.test(s.text.slice(0, run[0]!.start - s.start));
    const plural = !!noun && /s$/.test(noun);
    out.push({ s, run, kind: strong ? 'service' : 'weak', rule: strong ? 'pdu-probation-service' : 'pdu-x-probation', plural });
  }
  return out;
}

/** "..., and services in Warwickshire require improvement": a service named by its area after another PDU. */
/** "An inspection of Cardiff and the Vale found ...": weak, the PDU must also be rated. */
const INSPECTION_OF = /\binspections?\s+(?:of|into|at)\s+(?:the\s+)?(?=[A-Z])/g;
const ELLIPTIC_HEAD = /\b(?:and|while|whilst|whereas|but)\s+(?:the\s+)?(?:service|services|unit|units)\s+(?:in|for|covering)\s+/g;

function headFindings(s: Sentence): Finding[] {
  const out: Finding[] = [];
  const text = s.text;
  INSPECTION_OF.lastIndex = 0;
  for (let m = INSPECTION_OF.exec(text); m; m = INSPECTION_OF.exec(text)) {
    const run = scanForward(text, m.index + m[0].length, s.start);
    if (run.length) out.push({ s, run, kind: 'weak', rule: 'pdu-inspection-of' });
  }
  if (/\b(?:probation|PDUs?)\b/i.test(text)) {
    ELLIPTIC_HEAD.lastIndex = 0;
    for (let m = ELLIPTIC_HEAD.exec(text); m; m = ELLIPTIC_HEAD.exec(text)) {
      const run = scanForward(text, m.index + m[0].length, s.start);
      if (run.length) out.push({ s, run, kind: 'head', rule: 'pdu-head-elliptic' });
    }
  }
  // A headline's "Probation in Cornwall 'requires improvement'" (only where a sentence opens with it:
  // "people on probation in Leeds" is not a service).
  const opening = /^["']?\s*Probation\s+(?:in|for|across)\s+(?=[A-Z])/.exec(text);
  if (opening) {
    const run = scanForward(text, opening[0].length, s.start);
    if (run.length) out.push({ s, run, kind: 'head', rule: 'pdu-head' });
  }
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const plural = !!m.groups?.many;
    const before = text.slice(0, m.index);
    // "Leeds PDU in West Yorkshire": there "PDU" marks the name before it, it does not head one.
    if (/^PDU/.test(m[0]) && /[A-Z][A-Za-z'-]*\s*$/.test(before)) continue;
    // "one of 11 PDUs in the region" counts PDUs, it names none.
    if (plural && /\bof\s+(?:the\s+)?(\d+|[a-z]+)\s*$/i.test(before)) continue;
    const run = scanForward(text, m.index + m[0].length, s.start);
    if (run.length) out.push({ s, run, kind: plural ? 'list' : 'head', rule: 'pdu-head', plural });
  }
  return out;
}

/**
 * pdu-rated-as: "Inspectors rated Dyfed Powys as 'Requires improvement'", "rated the Gwent service as",
 * "rated Derby City probation as";
 * pdu-rated-subject: "Wigan was rated as requiring improvement", "Bolton has received an overall
 * rating of 'Good'". Named only by being rated, these are weak: a rating statement decides.
 */
const RATED_AS = /\brated\s+(?:the\s+)?(?=[A-Z])|\b(?:and|while|whilst|but)\s+(?:the\s+)?(?=[A-Z])/g;
const RATED_AFTER = /^(?:'s|')?\s+(?:probation\s+)?(?:(?:service|unit|PDU)\s+)?as\b/;
const SUBJECT_RATED = /\s+(?:(?:has|have)\s+been|was|were|is|has|had)\s+(?:(?:now|also|again|once again)\s+)?(?:rated|graded|judged|found to be|received an? (?:overall )?rating)\b/g;

/**
 * pdu-where-service: "Inspectors also visited Southwark, where the service was rated good", "In
 * Calderdale, inspectors found the service requires improvement", "In Cardiff and the Vale, probation
 * was rated good": a place, then "the service" that the rest of the sentence rates;
 * pdu-elliptic-possessive: "..., while Rotherham's requires improvement". Weak, like the other rated forms.
 */
const WHERE_SERVICE = /,\s+where\s+(?:the|its)\s+(?:probation\s+)?(?:service|unit|PDU|team)\b/g;
const IN_PLACE = /(?:^|[^A-Za-z])[Ii]n\s+(?=[A-Z])/g;
const THEN_SERVICE = /^,\s+(?:[a-z]+\s+){0,3}?(?:(?:the|its)\s+(?:probation\s+)?(?:service|unit|PDU|team)|probation(?:\s+services?)?)\s+(?:was|is|has|had|were|remains|requires|needs)\b/;
/** "while Rotherham's requires improvement", "and East Kent's good": a place's service, its noun left understood. */
const ELLIPTIC_POSSESSIVE = /\b(?:and|while|whilst|but|whereas)\s+(?:the\s+)?(?=[A-Z])/g;
const AFTER_POSSESSIVE = new RegExp(`^(?:'s|(?<=s)')\\s+(?:(?:was|is|has been|were|now)\\s+)?(?:(?:rated|judged|found to be|deemed)\\s+)?(?:as\\s+)?["']?(?:good|outstanding|inadequate|requir(?:es|ing|e)\\s+improvement)\\b`, 'i');

function placeServiceFindings(s: Sentence): Finding[] {
  const out: Finding[] = [];
  WHERE_SERVICE.lastIndex = 0;
  for (let m = WHERE_SERVICE.exec(s.text); m; m = WHERE_SERVICE.exec(s.text)) {
    const run = scanBackward(s.text, m.index, s.start);
    if (run.length) out.push({ s, run, kind: 'weak', rule: 'pdu-where-service' });
  }
  ELLIPTIC_POSSESSIVE.lastIndex = 0;
  for (let m = ELLIPTIC_POSSESSIVE.exec(s.text); m; m = ELLIPTIC_POSSESSIVE.exec(s.text)) {
    const run = scanForward(s.text, m.index + m[0].length, s.start);
    const last = run[run.length - 1];
    // The scan keeps a possessive inside the last word ("Rotherham's"): look from its stem's end.
    const stemEnd = last ? last.end - s.start - (/'s$/.test(last.text) ? 2 : /'$/.test(last.text) ? 1 : 0) : 0;
    if (last && AFTER_POSSESSIVE.test(s.text.slice(stemEnd))) out.push({ s, run, kind: 'weak', rule: 'pdu-elliptic-possessive' });
  }
  IN_PLACE.lastIndex = 0;
  for (let m = IN_PLACE.exec(s.text); m; m = IN_PLACE.exec(s.text)) {
    const run = scanForward(s.text, m.index + m[0].length, s.start);
    if (run.length && THEN_SERVICE.test(s.text.slice(run[run.length - 1]!.end - s.start))) out.push({ s, run, kind: 'weak', rule: 'pdu-where-service' });
  }
  return out;
}

function ratedFindings(norm: string, s: Sentence): Finding[] {
  const out: Finding[] = [...placeServiceFindings(s)];
  // "and North Wales as 'Good'" only continues a "rated ... as" statement.
  const ratedAt = s.text.search(/\brated\b/);
  RATED_AS.lastIndex = 0;
  for (let m = ratedAt < 0 ? null : RATED_AS.exec(s.text); m; m = RATED_AS.exec(s.text)) {
    if (!m[0].startsWith('rated') && m.index < ratedAt) continue;
    const run = scanForward(s.text, m.index + m[0].length, s.start);
    const after = run.length ? s.text.slice(run[run.length - 1]!.end - s.start) : '';
    if (run.length && RATED_AFTER.test(after)) out.push({ s, run, kind: 'weak', rule: 'pdu-rated-as' });
  }
  SUBJECT_RATED.lastIndex = 0;
  for (let m = SUBJECT_RATED.exec(s.text); m; m = SUBJECT_RATED.exec(s.text)) {
    const run = scanBackward(s.text, m.index, s.start);
    if (run.length && !isDescription(norm, s, run)) out.push({ s, run, kind: 'weak', rule: 'pdu-rated-subject' });
  }
  return out;
}

/**
 * Cut a list into groups of consecutive items, each group a known name or a single item, with the
 * fewest unknown items and then the fewest groups ("Birmingham, Solihull and Warwickshire" →
 * "Birmingham, Solihull" + "Warwickshire" where those are known; "Manchester, Wigan and Tameside" →
 * three where Wigan and Tameside are known). Null when no item belongs to a known name.
 */
function partition(items: Tok[][], known: (key: string) => boolean): Tok[][][] | null {
  type Best = { groups: Tok[][][]; unknown: number };
  const best: Array<Best | null> = new Array(items.length + 1).fill(null);
  best[0] = { groups: [], unknown: 0 };
  const better = (a: Best, b: Best | null): boolean => !b || a.unknown < b.unknown || (a.unknown === b.unknown && a.groups.length < b.groups.length);
  for (let j = 1; j <= items.length; j++) {
    for (let i = 0; i < j; i++) {
      const prev = best[i];
      if (!prev) continue;
      const group = items.slice(i, j);
      const isKnown = known(nameKey(group.flat().map((t) => t.text).join(' ')));
      if (!isKnown && group.length > 1) continue;
      const next = { groups: [...prev.groups, group], unknown: prev.unknown + (isKnown ? 0 : 1) };
      if (better(next, best[j] ?? null)) best[j] = next;
    }
  }
  const found = best[items.length]!;
  return found.unknown === items.length ? null : found.groups;
}

/** The names a finding stands for: one, or the PDUs of a list. */
function namesOf(f: Finding, known: (key: string) => boolean): Array<{ run: Tok[]; area: boolean }> {
  const items = splitList(f.run);
  if (items.length <= 1 || known(nameKey(f.run.filter(isNameWord).map((t) => t.text).join(' ')))) {
    return [{ run: f.run, area: !!f.plural && f.kind === 'list' && items.length === 1 && f.rule === 'pdu-head' }];
  }
  const groups = partition(items, known);
  // A list of known names is always cut; one with unknown items only after a plural noun or head.
  const allKnown = groups?.every((g) => known(nameKey(g.flat().map((t) => t.text).join(' '))));
  if (groups && groups.length > 1 && (allKnown || f.plural || items.length > 2)) {
    return groups.map((g) => ({ run: f.run.filter((t) => t.start >= g[0]![0]!.start && t.end <= g[g.length - 1]!.at(-1)!.end), area: false }));
  }
  if (!f.plural) return [{ run: f.run, area: false }];
  const n = statedCount(f.s.text);
  if (n === items.length) return items.map((run) => ({ run, area: false }));
  // "Camden and Islington, and Hackney and City were both ...": the commas cut the list into the counted names.
  const byComma = splitAtCommas(f.run);
  return n !== null && byComma.length === n ? byComma.map((run) => ({ run, area: false })) : [{ run: f.run, area: false }];
}

/**
 * How many services a sentence says its list names: a count ("the three units", "both services"), or
 * as many as the ratings it gives them "respectively".
 */
function statedCount(text: string): number | null {
  const counted = COUNTED.exec(text);
  if (counted) return parseCount(!counted[1] || counted[1].toLowerCase() === 'both' ? 'two' : counted[1]);
  return /\brespectively\b/i.test(text) ? findRatings(text).length : null;
}

/** A list cut only at its commas ("A and B, and C and D" → "A and B", "C and D"). */
function splitAtCommas(run: Tok[]): Tok[][] {
  const out: Tok[][] = [[]];
  for (const t of run) {
    if (t.text === ',') out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out.map(trimRun).filter((r) => r.length > 0);
}

/** Vocabulary names where they stand as a whole run of capitalised words ("Surrey" but not "Surrey Police"). */
function knownMentions(norm: string, lex: Lexicon): Array<{ start: number; end: number; text: string }> {
  return lex.findKnownPdus(norm).filter((k) => {
    const next = /^(?:'s|')?\s+([A-Z][A-Za-z]*)/.exec(norm.slice(k.end));
    const prev = /([A-Za-z]+)\s+$/.exec(norm.slice(Math.max(0, k.start - 20), k.start));
    return !(next && !STOP.has(next[1]!)) && !(prev && /^[A-Z]/.test(prev[1]!) && !STOP.has(prev[1]!));
  });
}

/** Every PDU name mention, sentence by sentence, in document order. */
export function findPduMentions(norm: string, sents: Sentence[], lex: Lexicon): PduMention[] {
  const findings = sents.flatMap((s) => [...markerFindings(norm, s), ...probationFindings(norm, s), ...headFindings(s), ...ratedFindings(norm, s)]);
  // Names the text itself establishes (one PDU per marker, or a name rated on its own: "North Essex was
  // rated inadequate and South Essex ..."), for cutting lists.
  // A list rated as a whole ("Probation services in A and B have been rated ...") establishes no name.
  const establishes = (f: Finding): boolean =>
    !f.plural && (STRONG.has(f.kind) || ((f.rule === 'pdu-rated-subject' || f.rule === 'pdu-rated-as') && splitList(f.run).length === 1));
  const textNames = new Set(findings.filter(establishes).map((f) => nameKey(f.run.map((t) => t.text).join(' '))));
  const known = (key: string): boolean => !!lex.knownPdu(key) || textNames.has(key);
  // A list the text cuts (counted, "respectively") establishes its items for the same list elsewhere
  // (a headline's "Coventry and Warwickshire probation services").
  for (const f of findings.filter((x) => x.plural)) {
    const parts = namesOf(f, known);
    if (parts.length > 1) for (const part of parts) textNames.add(nameKey(part.run.filter(isNameWord).map((t) => t.text).join(' ')));
  }
  const vocab = knownMentions(norm, lex);
  const out: PduMention[] = [];
  const add = (s: Sentence, start: number, end: number, name: string, kind: MentionKind, rule: string, area = false): void => {
    if (out.some((o) => start < o.end && end > o.start)) return;
    out.push({ start, end, name, key: nameKey(name), kind, rule, sentence: s.index, ...(area ? { area } : {}) });
  };
  for (const f of findings) {
    for (const { run, area } of namesOf(f, known)) {
      const n = runName(norm, run, lex);
      if (!n) continue;
      // A known name that ends where this run ends and reaches further back is the fuller name
      // ("Blackburn with Darwen PDU", where the scan stops at "with").
      const fuller = vocab.find((k) => k.end === n.end && k.start < n.start && k.start >= f.s.start);
      if (fuller) add(f.s, fuller.start, fuller.end, fuller.text, f.kind, f.rule, area);
      else add(f.s, n.start, n.end, n.name, f.kind, f.rule, area);
    }
  }
  for (const k of vocab) {
    const s = sents.find((x) => k.start >= x.start && k.start < x.end);
    if (s && !lex.isNotPdu(k.text)) add(s, k.start, k.end, k.text, 'known', 'pdu-known-name');
  }
  return out.sort((a, b) => a.start - b.start);
}
