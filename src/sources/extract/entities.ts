/**
 * PDU entities: mentions grouped into PDUs, and which PDUs the document reports an inspection of
 * (its subjects) as opposed to PDUs it mentions in passing.
 *  - Same words in any order are the same PDU ("North Manchester" = "Manchester North"); so are the
 *    names and aliases of one vocabulary entry, and a defined abbreviation ("LLR PDU").
 *  - A mention that is a strict part of exactly one other PDU's name is that PDU ("Manchester" beside
 *    "Manchester North"); a one-word list item that the text elsewhere always writes as part of one
 *    longer place name takes that name.
 *  - The surface form shown is the one used most with an explicit marker, then most often.
 *  - Cross-references: a PDU whose first mention comes after "The other(s) ...", "They join", "also
 *    published", "Unlike ..." (to its comma) is mentioned in passing, unless the headline names it.
 *  - A PDU named only in weak forms ("X probation", a vocabulary name alone) is a subject only if the
 *    headline names it or a rating is stated of it alone (decided in inspections.ts).
 */
import { squash } from './clean.ts';
import type { Lexicon } from './lexicon.ts';
import { nameKey } from './lexicon.ts';
import { STRONG, type MentionKind, type PduMention } from './mentions.ts';
import { isNameWord, runName, scanBackward, STOP } from './names.ts';
import type { Sentence } from './sentences.ts';

export interface PduEntity {
  key: string;
  name: string;
  mentions: PduMention[];
  /** The document reports this PDU's inspection (rather than mentioning it in passing). */
  subject: boolean;
  /** Named in the headline. */
  inTitle: boolean;
  /** First named inside a cross-reference to other inspections. */
  crossRef: boolean;
  /** Named at least once in a form that marks a PDU or a probation service (not only weakly). */
  strong: boolean;
  /** Named only in the headline, as the area of the PDUs the text goes on to name ("Merseyside probation services"). */
  umbrella?: boolean;
}

/** "Leicester, Leicestershire and Rutland (LLR)": abbreviations defined in the text, abbr → full name. */
export function findAbbreviations(norm: string, lex: Lexicon): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\(([A-Z]{2,6})\)/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const lineStart = norm.lastIndexOf('\n', m.index) + 1;
    const run = scanBackward(norm.slice(lineStart, m.index).replace(/\s+$/, ''), m.index - lineStart, lineStart);
    const words = run.filter((t) => isNameWord(t)).map((t) => t.text);
    if (words.length >= 2 && words.map((w) => w[0]).join('') === m[1]) {
      const n = runName(norm, run, lex);
      if (n) out.set(m[1]!, n.name);
    }
  }
  return out;
}

const CROSS_REF = new RegExp(
  [
    String.raw`\bthe others?\b`,
    String.raw`\bthe (?:second|third|fourth|fifth|remaining|rest)\b(?=\s+(?:is|are|was|were|one|two|three|four|five|PDUs?|inspections?|of)\b)`,
    String.raw`\bother (?:PDUs|probation (?:services|units|delivery units)|inspections|reports)\b`,
    String.raw`\bjoins?\b`,
    String.raw`\bjoined\b`,
    String.raw`\balso published\b`,
    String.raw`\bin (?:reports?|inspections?) published\b`,
    String.raw`\b(?:published|released)\b[^.;]{0,40}\b(?:last|earlier|previously)\b`,
    String.raw`\bunlike\b`,
    String.raw`\bcompared (?:with|to)\b`,
    String.raw`\balongside\b`,
    String.raw`\bsister\b`,
    String.raw`\bneighbouring\b`,
  ].join('|'),
  'i',
);

/**
 * Where in a sentence the PDUs stop being its subject and become PDUs it compares with: after
 * "The other two are", "They join", "It joins", "The second is", "Unlike ..." (to the next comma).
 * Returns [from, to) in sentence offsets, or null.
 */
export function crossRefScope(text: string): [number, number] | null {
  const m = CROSS_REF.exec(text);
  if (!m) return null;
  if (/^(unlike|compared|neighbouring)/i.test(m[0])) {
    const comma = text.indexOf(',', m.index);
    return [m.index, comma < 0 ? text.length : comma];
  }
  return [m.index, text.length];
}

/** Words that make a capitalised run an organisation or publication rather than a place. */
const ORG_WORDS = /\b(Court|Council|News|Evening|Authority|Combined|Service|Services|Police|University|Hospital|Prison|Magistrates|Crown|Trust|Board|Partnership|Team|Centre|Street|Road|Reporter|Press|Post|Times|Echo|Gazette|Herald|Mail)\b/;

/** Maximal runs of capitalised words (no separators), possessives and stop words trimmed. */
function capitalisedRuns(norm: string): string[] {
  const out: string[] = [];
  const re = /[A-Z][A-Za-z'-]*(?:[ ]+[A-Z][A-Za-z'-]*)*/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const words = m[0].split(/\s+/).map((w) => w.replace(/'s?$/, '')).filter((w) => w);
    while (words.length && STOP.has(words[0]!)) words.shift();
    while (words.length && STOP.has(words[words.length - 1]!)) words.pop();
    if (words.length) out.push(words.join(' '));
  }
  return out;
}

/** Group mentions by identity: abbreviations and vocabulary aliases first, then words in any order. */
function groupMentions(norm: string, mentions: PduMention[], lex: Lexicon): Map<string, PduMention[]> {
  const abbreviations = findAbbreviations(norm, lex);
  for (const m of mentions) {
    const full = abbreviations.get(m.name);
    if (full) m.key = nameKey(full);
    const entry = lex.knownPdu(m.key);
    if (entry) m.key = nameKey(entry.name);
  }
  const byKey = new Map<string, PduMention[]>();
  for (const m of mentions) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  return byKey;
}

/** A one-word list item the text elsewhere always writes inside one longer place name takes that name. */
function familyOf(norm: string, word: string, key: string, lex: Lexicon): { key: string; name: string } | null {
  const families = new Map<string, Map<string, number>>();
  for (const run of capitalisedRuns(norm)) {
    const rk = nameKey(run);
    if (rk === key || !rk.split(' ').includes(word) || rk.split(' ').length > 3) continue;
    if (ORG_WORDS.test(run) || lex.isNotPdu(run)) continue;
    const f = families.get(rk) ?? new Map<string, number>();
    f.set(run, (f.get(run) ?? 0) + 1);
    families.set(rk, f);
  }
  if (families.size !== 1) return null;
  const [fk, forms] = [...families.entries()][0]!;
  return { key: fk, name: [...forms.entries()].sort((a, b) => b[1] - a[1])[0]![0] };
}

/** Part-of merges for weaker mentions ("Manchester" into "Manchester North"). */
function mergeParts(norm: string, byKey: Map<string, PduMention[]>, lex: Lexicon): void {
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
    if (supers.length > 0 || ms.some((m) => m.kind === 'marker') || words.length !== 1 || !ms.every((m) => m.kind === 'list')) continue;
    const family = familyOf(norm, words[0]!, k, lex);
    if (!family) continue;
    for (const m of ms) Object.assign(m, family);
    byKey.delete(k);
    byKey.set(family.key, [...(byKey.get(family.key) ?? []), ...ms]);
  }
}

const WEIGHT: Record<MentionKind, number> = { marker: 3, head: 2, service: 2, list: 1, weak: 1, known: 1, bare: 0 };

export function buildEntities(norm: string, mentions: PduMention[], sents: Sentence[], titleSentences: ReadonlySet<number>, lex: Lexicon): PduEntity[] {
  const byKey = groupMentions(norm, mentions, lex);
  mergeParts(norm, byKey, lex);
  const entities: PduEntity[] = [];
  for (const [key, ms] of byKey) {
    ms.sort((a, b) => a.start - b.start);
    // The name shown is one that spells the entity's own words where the text has one ("East and West
    // Lincolnshire" over "Lincolnshire" merged into it), the most marked and most frequent of those.
    // Where the text also uses the PDU's official name (the vocabulary's), that form is shown.
    const own = ms.filter((m) => nameKey(m.name) === key);
    const official = lex.knownPdu(key)?.name.replace(/\s*&\s*/g, ' and ');
    const score = new Map<string, number>();
    for (const m of own.length ? own : ms) score.set(m.name, (score.get(m.name) ?? 0) + WEIGHT[m.kind] + 0.1 + (m.name.replace(/\s*&\s*/g, ' and ') === official ? 100 : 0));
    const name = [...score.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const first = ms[0]!;
    const inTitle = ms.some((m) => titleSentences.has(m.sentence));
    const s = sents[first.sentence]!;
    const scope = crossRefScope(s.text);
    const crossRef = !!scope && first.start - s.start >= scope[0] && first.start - s.start < scope[1];
    const strong = ms.some((m) => STRONG.has(m.kind));
    entities.push({ key, name, mentions: ms, inTitle, crossRef, strong, subject: inTitle || (!crossRef && strong) });
  }
  addBareMentions(norm, entities, sents);
  const merged = resolveHeadlineNames(mergeVariants(entities, lex), titleSentences);
  return merged.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

const distinctWords = (key: string): string[] => key.split(' ').filter((w) => w.length >= 4 && !COMMON_WORDS.has(w));

/**
 * A name the vocabulary does not know, sharing a place word with exactly one PDU it does know, is
 * the text's other way of naming that PDU ("Hull and East Yorkshire's services" beside "Hull and the
 * East Riding"). Two known PDUs are never merged ("Manchester North", "Manchester South").
 */
function mergeVariants(entities: PduEntity[], lex: Lexicon): PduEntity[] {
  const out = [...entities];
  for (const e of entities) {
    if (lex.knownPdu(e.key) || e.crossRef) continue;
    const known = out.filter((o) => o !== e && lex.knownPdu(o.key) && distinctWords(e.key).some((w) => o.key.split(' ').includes(w)));
    if (known.length !== 1) continue;
    const target = known[0]!;
    for (const m of e.mentions) target.mentions.push({ ...m, key: target.key });
    target.mentions.sort((a, b) => a.start - b.start);
    target.inTitle ||= e.inTitle;
    target.strong ||= e.strong;
    target.subject ||= e.subject;
    out.splice(out.indexOf(e), 1);
  }
  return out;
}

/** Words too common in place names to tie a headline's name to the body's. */
const COMMON_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'city', 'greater', 'upon', 'county', 'northern', 'southern', 'eastern', 'western']);

/**
 * A name only the headline uses is the headline's way of naming a PDU the body names: the one body PDU
 * that shares a place word with it ("Northern Lincolnshire" → "North and North East Lincolnshire").
 * When the body names other PDUs and none shares a word, the headline names their area
 * ("Merseyside probation services" over Liverpool North and Knowsley and St Helens): not a subject.
 */
function resolveHeadlineNames(entities: PduEntity[], titleSentences: ReadonlySet<number>): PduEntity[] {
  const bodyOnly = (e: PduEntity): boolean => e.mentions.some((m) => !titleSentences.has(m.sentence));
  const out = [...entities];
  for (const e of entities) {
    if (!e.inTitle || bodyOnly(e)) continue;
    const body = out.filter((o) => o !== e && bodyOnly(o) && !o.crossRef);
    if (body.length === 0) continue;
    const sharing = body.filter((o) => distinctWords(e.key).some((w) => o.key.split(' ').includes(w)));
    if (sharing.length === 1) {
      const target = sharing[0]!;
      for (const m of e.mentions) target.mentions.push({ ...m, key: target.key });
      target.mentions.sort((a, b) => a.start - b.start);
      target.inTitle = true;
      target.subject = target.subject || target.strong || e.strong;
      out.splice(out.indexOf(e), 1);
    } else if (sharing.length === 0) {
      e.subject = false;
      e.umbrella = true;
    }
  }
  return out;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Plain occurrences of each PDU's names elsewhere in the text, where the name is a whole run of
 * capitalised words (so "Tameside" inside "Tameside Council" is not the PDU).
 */
function addBareMentions(norm: string, entities: PduEntity[], sents: Sentence[]): void {
  const taken = (a: number, b: number): boolean => entities.some((e) => e.mentions.some((m) => a < m.end && b > m.start));
  for (const e of entities) {
    const forms = [...new Set([e.name, ...e.mentions.map((m) => squash(m.name))])].sort((a, b) => b.length - a.length);
    for (const form of forms) {
      const re = new RegExp(`${escapeRe(form).replace(/ /g, '\\s+')}(?:'s|')?(?![A-Za-z-])`, 'g');
      for (let m = re.exec(norm); m; m = re.exec(norm)) {
        const start = m.index;
        if (/[A-Za-z'-]/.test(norm[start - 1] ?? '')) continue;
        const end = start + form.length;
        if (taken(start, end)) continue;
        const next = /^(?:'s|')?\s+([A-Z][A-Za-z]*)/.exec(norm.slice(end));
        const prev = /([A-Za-z]+)\s+$/.exec(norm.slice(Math.max(0, start - 20), start));
        if (next && !STOP.has(next[1]!)) continue;
        if (prev && /^[A-Z]/.test(prev[1]!) && !STOP.has(prev[1]!)) continue;
        const s = sents.find((x) => start >= x.start && start < x.end);
        if (!s) continue;
        e.mentions.push({ start, end, name: form, key: e.key, kind: 'bare', rule: 'pdu-same-name', sentence: s.index });
      }
    }
    e.mentions.sort((a, b) => a.start - b.start);
  }
}
