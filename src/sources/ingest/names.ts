/**
 * Name resolution: which node in the graph a name in a document refers to. Pure functions over
 * lists of known names (the graph's nodes with their aliases), so they can be tested without a
 * database.
 *
 * - PDUs are named with or without "PDU" / "Probation Delivery Unit", with "&" or "and", in any
 *   case and punctuation: "Leicester, Leicestershire and Rutland" = "Leicester Leicestershire &
 *   Rutland PDU" = "LLR PDU" (an alias). When no exact key matches, the same words in another order
 *   ("North Manchester" for "Manchester North") are accepted if exactly one PDU has them.
 * - Regions likewise ("Yorkshire & the Humber" = "Yorkshire and the Humber region").
 * - People with or without a title (Mr, Mrs, Ms, Dr, Sir, Dame, Lord, Baroness, Professor...):
 *   "Dr Jane Smith" = "Jane Smith". A surname alone ("Mr Jones") resolves to the person whose alias
 *   it is, or else to the only person with that surname.
 * - Organisations are found inside a role ("Head of Communications, HM Inspectorate of Probation")
 *   by name or alias, as whole words.
 *
 * Every resolver returns the id, or null when nothing (or more than one thing) matches: an ambiguous
 * name is never guessed.
 */

import { nameKey } from '../../text/keys.ts';

export interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// PDUs

const PDU_WORDS = /\b(?:probation delivery unit|pdu)s?\b/g;

/** A PDU name's key: `nameKey` without "PDU" / "Probation Delivery Unit" / a leading "the". */
export function pduKey(name: string): string {
  // "the" never tells two PDUs apart ("Hull and the East Riding" is "Hull and East Riding").
  return nameKey(name).replace(PDU_WORDS, ' ').replace(/\bthe\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The name as stored: without a trailing "PDU" / "Probation Delivery Unit" and stray punctuation. */
export function cleanPduName(name: string): string {
  return name
    .replace(/\s*\(\s*PDU\s*\)\s*$/i, '')
    .replace(/\s+(?:Probation Delivery Unit|PDU)s?\s*$/i, '')
    .replace(/[\u2019']$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function sortedWords(key: string): string {
  return key.split(' ').sort().join(' ');
}

export function resolvePdu(name: string, pdus: readonly Named[]): string | null {
  return resolveByKey(name, pdus, pduKey, true);
}

// ---------------------------------------------------------------------------------------------
// Regions

export function regionKey(name: string): string {
  return nameKey(name)
    .replace(/^(?:the )?probation service\s*/, '')
    .replace(/\s+region$/, '')
    .replace(/^the\s+/, '')
    .trim();
}

export function resolveRegion(name: string, regions: readonly Named[]): string | null {
  return resolveByKey(name, regions, regionKey, false);
}

// ---------------------------------------------------------------------------------------------
// People

export const TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron',
  'professor', 'prof', 'rt hon', 'right honourable', 'the rt hon', 'the right honourable', 'hon', 'cllr', 'councillor',
] as const;

const TITLE_RE = new RegExp(`^(?:(?:${[...TITLES].sort((a, b) => b.length - a.length).map((t) => t.replace(/ /g, '\\s')).join('|')})\\s+)+`);

/** A person's name key without titles and post-nominals' punctuation: "Dr Jane Smith" → "jane smith". */
export function personKey(name: string): string {
  const k = nameKey(name);
  const stripped = k.replace(TITLE_RE, '').trim();
  return stripped === '' ? k : stripped;
}

/** Whether the name carries a title ("Mr Jones"). */
function hasTitle(name: string): boolean {
  return TITLE_RE.test(nameKey(name)) && personKey(name) !== nameKey(name);
}

export function surname(name: string): string {
  const words = personKey(name).split(' ');
  return words[words.length - 1] ?? '';
}

export function resolvePerson(name: string, people: readonly Named[]): string | null {
  const raw = nameKey(name);
  const key = personKey(name);
  if (!key) return null;
  // 1. The name (with its title) is a person's name or alias ("Mr Jones" as an alias).
  const exactRaw = unique(people.filter((p) => [p.name, ...p.aliases].some((n) => nameKey(n) === raw)));
  if (exactRaw !== undefined) return exactRaw;
  // 2. Without titles on either side: "Dr Jane Smith" = "Jane Smith".
  const exact = unique(people.filter((p) => [p.name, ...p.aliases].some((n) => personKey(n) === key)));
  if (exact !== undefined) return exact;
  // 3. A surname alone, usually with a title ("Mr Jones"): the only person with that surname.
  if (!key.includes(' ') && (hasTitle(name) || key.length > 2)) {
    const bySurname = unique(people.filter((p) => surname(p.name) === key));
    if (bySurname !== undefined) return bySurname;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Organisations

/** Organisations named inside a text (a role such as "Head of Communications, HMIP"), longest first. */
export function organisationsIn(text: string, organisations: readonly Named[]): string[] {
  const found: Array<{ id: string; length: number }> = [];
  for (const o of organisations) {
    for (const n of [o.name, ...o.aliases]) {
      if (n.length < 2) continue;
      // Short upper-case aliases ("MoJ", "HMIP") are matched case-sensitively, as words.
      const hit = n.length <= 5 ? new RegExp(`(?<![\\w])${escape(n)}(?![\\w])`).test(text) : ` ${nameKey(text)} `.includes(` ${nameKey(n)} `);
      if (hit) {
        found.push({ id: o.id, length: n.length });
        break;
      }
    }
  }
  return found.sort((a, b) => b.length - a.length).map((f) => f.id);
}

/** Whether a role is that of the Chief Inspector of Probation (however it is capitalised). */
export function isChiefInspectorRole(role: string | null | undefined): boolean {
  return !!role && /\bchief inspector\b/i.test(role) && !/\bdeputy\b/i.test(role);
}

// ---------------------------------------------------------------------------------------------

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The one id in the list, undefined when there are none or several. */
function unique(items: readonly Named[]): string | null | undefined {
  const ids = [...new Set(items.map((i) => i.id))];
  return ids.length === 1 ? ids[0]! : undefined;
}

function resolveByKey(name: string, items: readonly Named[], key: (s: string) => string, anyOrder: boolean): string | null {
  const k = key(name);
  if (!k) return null;
  const exact = unique(items.filter((i) => [i.name, ...i.aliases].some((n) => key(n) === k)));
  if (exact !== undefined) return exact;
  if (anyOrder) {
    const sk = sortedWords(k);
    const reordered = unique(items.filter((i) => [i.name, ...i.aliases].some((n) => sortedWords(key(n)) === sk)));
    if (reordered !== undefined) return reordered;
  }
  return null;
}
