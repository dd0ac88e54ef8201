/**
 * Place-name runs: the capitalised words (joined by "," / "and" / "&" / "the" / a lower-case
 * connector such as "upon") that make up a PDU's name, found by scanning backward from a marker
 * ("... PDU") or forward from a head ("probation service in ..."). Sentence-initial and institutional
 * words (STOP) are never part of a name; regions and countries are never a name on their own.
 */
import { squash } from './clean.ts';
import type { Lexicon } from './lexicon.ts';

/** Capitalised words that begin sentences or name institutions, never part of a PDU's name. */
export const STOP = new Set([
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
  'Welsh', 'English', 'British', 'Scottish', 'Our', 'Your', 'My', 'New', 'Latest', 'Breaking', 'Update',
]);
/** Lowercase words that may sit inside a place name between capitalised words. */
const CONNECTORS = new Set(['upon', 'on', 'under', 'of', 'le', 'de', 'la']);

export interface Tok {
  text: string;
  start: number;
  end: number;
}

/**
 * Words, and each other non-space character. Words a page has glued together ("Hide AdThe
 * Northamptonshire ...", "ServicePublished") are cut where a lower-case letter meets a capital
 * (but not in "McGuckian", "MacDonald").
 */
const GLUED = /(?<!^(?:Mc|Mac|O'))(?<=[a-z])(?=[A-Z][a-z])/g;

export function tokenize(s: string, base = 0): Tok[] {
  const out: Tok[] = [];
  const re = /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|\S/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let from = 0;
    GLUED.lastIndex = 0;
    for (let g = /[a-z][A-Z]/.test(m[0]) ? GLUED.exec(m[0]) : null; g; g = GLUED.exec(m[0])) {
      if (g.index === 0) continue;
      out.push({ text: m[0].slice(from, g.index), start: base + m.index + from, end: base + m.index + g.index });
      from = g.index;
      GLUED.lastIndex = g.index + 1;
    }
    out.push({ text: m[0].slice(from), start: base + m.index + from, end: base + m.index + m[0].length });
  }
  return out;
}

export function isNameWord(t: Tok | undefined): boolean {
  if (!t || !/^[A-Z]/.test(t.text)) return false;
  const bare = t.text.replace(/'s?$/, '');
  return !STOP.has(t.text) && !STOP.has(bare);
}

const isJoin = (t: Tok | undefined): boolean => !!t && (t.text === 'and' || t.text === '&');
export const isSep = (t: Tok | undefined): boolean => !!t && (t.text === ',' || isJoin(t));

/** Drop separators and connectors from both ends of a token run. */
export function trimRun(run: Tok[]): Tok[] {
  let a = 0;
  let b = run.length;
  while (a < b && !isNameWord(run[a])) a++;
  while (b > a && !isNameWord(run[b - 1])) b--;
  return run.slice(a, b);
}

/** Whether token `t` continues a run whose neighbour toward the name is `inner` and the next one out is `outer`. */
function joins(t: Tok, inner: Tok | undefined, innerNext: Tok | undefined, outer: Tok | undefined): boolean {
  const innerIsName = isNameWord(inner) || (inner?.text === 'the' && isNameWord(innerNext));
  // "A, B" and the serial comma "A, B, and C".
  if (t.text === ',') return isNameWord(outer) && (isNameWord(inner) || (isJoin(inner) && isNameWord(innerNext)));
  if (isJoin(t)) return innerIsName && (isNameWord(outer) || outer?.text === ',');
  // "Yorkshire and the Humber".
  if (t.text === 'the') return isNameWord(inner) && isJoin(outer);
  return CONNECTORS.has(t.text) && isNameWord(inner) && isNameWord(outer);
}

/** The name run that ends right before `end` in `s` (offsets relative to `base`). */
export function scanBackward(s: string, end: number, base: number): Tok[] {
  // A name is never longer than this window; tokenising only it keeps long sentences cheap.
  const from = Math.max(0, end - 200);
  const toks = tokenize(s.slice(from, end), base + from);
  if (from > 0) toks.shift(); // the first token may be a cut word
  const run: Tok[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (isNameWord(t) || joins(t, run[0], run[1], toks[i - 1])) run.unshift(t);
    else break;
  }
  return trimRun(run);
}

/** The name run that starts at `from` in `s`. */
export function scanForward(s: string, from: number, base: number): Tok[] {
  const toks = tokenize(s.slice(from), base + from);
  const run: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const left = run[run.length - 1];
    const right = toks[i + 1];
    const rightIsName = isNameWord(right) || (right?.text === 'the' && isNameWord(toks[i + 2]));
    if (isNameWord(t)) run.push(t);
    else if (t.text === ',' && isNameWord(left) && (isNameWord(right) || (isJoin(right) && isNameWord(toks[i + 2])))) run.push(t);
    else if (isJoin(t) && (isNameWord(left) || left?.text === ',') && rightIsName) run.push(t);
    else if (t.text === 'the' && left?.text === 'and' && isNameWord(right)) run.push(t);
    else if (CONNECTORS.has(t.text) && isNameWord(left) && isNameWord(right)) run.push(t);
    else break;
  }
  return trimRun(run);
}

/** A kind of place, not a place's name: "County's probation service" at the start of a headline. */
const GENERIC = /^(?:County|City|Borough|Town|Area|Region|District|Capital|Country|Nation|Community)$/;

export interface RunName {
  start: number;
  end: number;
  name: string;
}

/** The name a run spells (possessive dropped); null when it is a region or country, or a kind of place ("County"). */
export function runName(norm: string, run: Tok[], lex: Lexicon): RunName | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  let end = last.end;
  // A possessive is not part of the name ("Kirklees' PDU", "Manchester North's work").
  const lastText = norm.slice(last.start, last.end);
  if (/'s$/.test(lastText)) end -= 2;
  else if (/'$/.test(lastText)) end -= 1;
  const name = squash(norm.slice(first.start, end)).replace(/,\s*$/, '');
  if (!name || lex.isNotPdu(name) || GENERIC.test(name)) return null;
  // "East Yorkshire and the Humber region", "the Thames Valley area": an area's name, not a PDU's.
  if (/^\s+(?:region|area)\b/i.test(norm.slice(end, end + 10))) return null;
  return { start: first.start, end, name };
}

/** Split a list into its items: "North Manchester, Tameside and Wigan" → three runs. */
export function splitList(run: Tok[]): Tok[][] {
  const items: Tok[][] = [[]];
  for (const t of run) {
    if (isSep(t)) items.push([]);
    else items[items.length - 1]!.push(t);
  }
  return items.map(trimRun).filter((i) => i.length > 0);
}
