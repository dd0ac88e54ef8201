/**
 * People and their roles, in the text's own words. The forms press releases and news copy use:
 *  - "Martin Jones, Chief Inspector of Probation, said"          (name, role, speech verb)
 *  - "Chief Inspector of Probation Justin Russell said"          (role before the name)
 *  - "This inspection ... was led by HM Inspector Yvonne McGuckian" → role "HM Inspector (led the inspection)"
 *  - "please contact Louise Cordell, Head of Communications 07523 ..." → the role, never the number
 *  - "Author: Abigail Marlow, Local Democracy Reporting Service"  → "Author, Local Democracy Reporting Service"
 *  - a byline line in a news page's header ("Sophie Halle-Richards" under "Manchester Evening News")
 *  - "Kaye Knowles – Interim Head of LLR PDU" on a line of its own (a report's contact officer)
 *  - "Answered by / Nicholas Dakin / Vice Chamberlain (HM Household) ..." (parliamentary answers)
 *  - "Justin Russell said" (a name that speaks, role unknown)
 * "Mr Jones continued" is a reference to a person already found, not a new person (see quotes.ts).
 */
import { stripContactDetails } from './privacy.ts';
import type { Paragraph } from './sentences.ts';
import { squash } from './clean.ts';

export interface PersonFound {
  name: string;
  role: string | null;
  /** Normalised span of the name. */
  nameStart: number;
  nameEnd: number;
  /** Normalised span of the words that state the role (name included), for evidence. */
  start: number;
  end: number;
}

const TOKEN = String.raw`(?:[A-Z]')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?`;
export const NAME = String.raw`${TOKEN}(?:[ ]+(?:[A-Z]\.[ ]+)?${TOKEN}){1,2}`;

/**
 * A name candidate without the role or place words a greedy match may have taken in front of it
 * ("Probation Justin Russell" → "Justin Russell").
 */
function trimName(name: string, start: number): { name: string; start: number } | null {
  let n = name;
  let s = start;
  for (;;) {
    const first = /^(\S+)\s+/.exec(n);
    if (!first || !NOT_NAME.has(first[1]!)) break;
    n = n.slice(first[0].length);
    s += first[0].length;
  }
  return isPersonName(n) ? { name: n, start: s } : null;
}

/** Words that are never part of a person's name. */
const NOT_NAME = new Set([
  'The', 'This', 'These', 'That', 'Chief', 'Inspector', 'Inspectors', 'Inspectorate', 'Probation', 'Service',
  'Services', 'Prison', 'Prisons', 'Delivery', 'Unit', 'Head', 'Communications', 'Court', 'Council', 'News',
  'Local', 'Democracy', 'Reporting', 'Evening', 'National', 'Regional', 'Director', 'Minister', 'Secretary',
  'Officer', 'Manager', 'Majesty', 'Government', 'Ministry', 'Justice', 'Office', 'Board', 'Report', 'Notes',
  'Editor', 'Published', 'Updated', 'Question', 'Answered', 'Asked', 'House', 'Commons', 'Lords', 'Parliament',
  'Interim', 'Deputy', 'Acting', 'Senior', 'Lead', 'Strategy', 'Safer', 'Communities', 'Community', 'Purpose',
  'Background', 'Recommendations', 'Portrait', 'Police', 'Oracle', 'Radio', 'Hits', 'Press', 'Free', 'Reporter',
  'Greater', 'North', 'South', 'East', 'West', 'Yorkshire', 'London', 'Wales', 'England', 'Kirklees', 'Mr', 'Mrs',
  'Ms', 'Dr', 'In', 'At', 'For', 'And', 'But', 'However', 'Following', 'According', 'Leaders', 'Staff', 'Read',
  'More', 'What', 'Probation', 'Magistrates', 'Street', 'Road', 'January', 'February', 'March', 'April', 'May',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Get', 'Start', 'One', 'Concerns',
]);

export function isPersonName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => !/^[A-Z]\.$/.test(w));
  return words.length >= 2 && words.length <= 3 && words.every((w) => !NOT_NAME.has(w));
}

const ROLE_HEAD =
  /\b(chief inspector|inspector|head|director|minister|secretary|chief executive|chair(man|woman|person)?|spokes(person|man|woman)|officer|manager|governor|commissioner|councillor|leader|lord chancellor|chancellor|mp|reporter|correspondent|editor|chamberlain|whip|president|mayor|chief constable|lead)\b/i;

/** Words a role may be built from, when it stands before a name ("The chief inspector of probation"). */
const ROLE_WORDS = new Set([
  'hm', "his", "majesty's", 'chief', 'inspector', 'of', 'for', 'the', 'and', '&', 'probation', 'prisons', 'head',
  'communications', 'director', 'regional', 'minister', 'secretary', 'state', 'justice', 'spokesperson',
  'spokesman', 'spokeswoman', 'officer', 'manager', 'governor', 'commissioner', 'deputy', 'interim', 'acting',
  'assistant', 'senior', 'lead', 'executive', 'national', 'general', 'service', 'services', 'operations',
  'policing', 'crime', 'police', 'lord', 'chancellor', 'shadow', 'chair', 'leader', 'councillor', 'mayor',
]);

/** Honours and post-nominal letters written after a name ("Martin Jones CBE"). */
export const POST = String.raw`(?:[ ]+(?:CBE|OBE|MBE|KBE|DBE|QPM|KC|QC|MP|JP|DL))*`;

const SPEECH = String.raw`(?:said|says|added|continued|commented|explained|stated|warned|noted|told|highlighted|urged|concluded|did not mince)`;

/** The role words that stand right before `pos` ("Chief Inspector of Probation " before a name). */
function roleBefore(text: string, pos: number): { role: string; start: number } | null {
  const before = text.slice(Math.max(0, pos - 120), pos);
  const base = Math.max(0, pos - 120);
  const words = [...before.matchAll(/[A-Za-z'&]+/g)];
  let i = words.length - 1;
  // Only spaces may separate the role's words from each other and from the name.
  let startIdx = -1;
  let expectEnd = before.length;
  for (; i >= 0; i--) {
    const w = words[i]!;
    const gap = before.slice(w.index! + w[0].length, expectEnd);
    if (!/^\s*$/.test(gap)) break;
    if (!ROLE_WORDS.has(w[0].toLowerCase())) break;
    startIdx = i;
    expectEnd = w.index!;
  }
  if (startIdx < 0) return null;
  // A role starts with a content word, not "the"/"of"/"and".
  while (startIdx < words.length && /^(the|of|for|and|&)$/i.test(words[startIdx]![0])) startIdx++;
  if (startIdx >= words.length) return null;
  const from = words[startIdx]!.index!;
  const role = squash(before.slice(from));
  if (!ROLE_HEAD.test(role)) return null;
  return { role, start: base + from };
}

function cleanRole(role: string): string | null {
  const r = squash(stripContactDetails(role)).replace(/^[,\s]+|[,\s.]+$/g, '');
  return r.length >= 2 ? r : null;
}

/** Publications, for labelling a byline ("byline (Manchester Evening News)"). */
const PUBLISHER = /\b(News|Press|Times|Post|Echo|Gazette|Herald|Chronicle|Mail|Mirror|Guardian|Telegraph|Standard|Reporter|Oracle|Observer|Express|Independent|Argus|Journal|Advertiser|Examiner|Star|Sentinel|Courier|Radio|BBC|ITV|Sky)\b/;

/**
 * People named in `norm`. `header` are the paragraphs before the headline (news-page chrome), where a
 * line that is only a name is the article's byline.
 */
export function findPeople(norm: string, header: Paragraph[] = []): PersonFound[] {
  const out: PersonFound[] = [];
  const add = (name: string, role: string | null, nameStart: number, start: number, end: number): void => {
    const n = squash(name);
    if (!isPersonName(n)) return;
    out.push({ name: n, role: role ? cleanRole(role) : null, nameStart, nameEnd: nameStart + name.length, start, end });
  };

  // "NAME, ROLE, said" and "NAME said" (with any role words just before the name).
  const nameSpeech = new RegExp(String.raw`\b(${NAME})${POST}(?:,[ ]+([^,."\n]{3,90}?),)?[ ]+(?:has[ ]+|had[ ]+)?${SPEECH}\b`, 'g');
  for (let m = nameSpeech.exec(norm); m; m = nameSpeech.exec(norm)) {
    const t = trimName(m[1]!, m.index);
    if (!t) continue;
    const after = m[2] && ROLE_HEAD.test(m[2]) ? m[2] : null;
    const before = after ? null : roleBefore(norm, t.start);
    const role = after ?? before?.role ?? null;
    add(t.name, role, t.start, before?.start ?? t.start, m.index + m[0].length);
  }

  // "ROLE, NAME, said" ("Chief Inspector of Probation, Martin Jones, said").
  const roleCommaName = new RegExp(String.raw`,[ ]+(${NAME})${POST},[ ]+${SPEECH}\b`, 'g');
  for (let m = roleCommaName.exec(norm); m; m = roleCommaName.exec(norm)) {
    const before = roleBefore(norm, m.index);
    if (before) add(m[1]!, before.role, m.index + 2, before.start, m.index + m[0].length);
  }

  // '..., said Martin Jones, Chief Inspector of Probation.'
  const verbFirst = new RegExp(String.raw`\b(?:said|says|added|continued)[ ]+(${NAME})${POST}(?:,[ ]+([^,."\n]{3,90}?))?[.,;]`, 'g');
  for (let m = verbFirst.exec(norm); m; m = verbFirst.exec(norm)) {
    const nameStart = m.index + m[0].indexOf(m[1]!);
    const role = m[2] && ROLE_HEAD.test(m[2]) ? m[2] : null;
    add(m[1]!, role, nameStart, m.index, m.index + m[0].length);
  }

  // "led by HM Inspector Yvonne McGuckian".
  const ledBy = new RegExp(String.raw`\bled by[ ]+((?:[A-Za-z'&]+[ ]+){0,6}?)(${NAME})\b`, 'g');
  for (let m = ledBy.exec(norm); m; m = ledBy.exec(norm)) {
    const t = trimName(m[2]!, m.index + m[0].length - m[2]!.length);
    if (!t) continue;
    const before = roleBefore(norm, t.start);
    const role = before ? `${before.role} (led the inspection)` : 'led the inspection';
    add(t.name, role, t.start, m.index, t.start + t.name.length);
  }

  // Media and report contacts: "please contact NAME, ROLE 07..." / "contact: NAME, ROLE".
  const contact = new RegExp(String.raw`\b[Cc]ontact:?[ ]+(${NAME}),?[ ]+([^\n]{2,120})`, 'g');
  for (let m = contact.exec(norm); m; m = contact.exec(norm)) {
    const nameStart = m.index + m[0].indexOf(m[1]!);
    const role = stripContactDetails(m[2]!).replace(/[.,;]$/, '');
    add(m[1]!, ROLE_HEAD.test(role) ? role : null, nameStart, m.index, m.index + m[0].length);
  }

  // A line of its own: "NAME - ROLE" (a report's contact officer).
  const nameDashRole = new RegExp(String.raw`^[ ]*(${NAME})[ ]+-[ ]+([^\n]{3,200})$`, 'gm');
  for (let m = nameDashRole.exec(norm); m; m = nameDashRole.exec(norm)) {
    const role = stripContactDetails(m[2]!);
    if (!ROLE_HEAD.test(role) || role.length > 100) continue;
    const nameStart = m.index + m[0].indexOf(m[1]!);
    add(m[1]!, role, nameStart, nameStart, m[0].indexOf(role, m[1]!.length) + m.index + role.length);
  }

  // "Author: NAME, ORGANISATION" (a page's author line; dates glued on are not the organisation).
  const author = new RegExp(String.raw`\bAuthor:[ ]*(${NAME})(?:,[ ]*([^\n]+?))?(?=Published|Last updated|Updated|\n|$)`, 'g');
  for (let m = author.exec(norm); m; m = author.exec(norm)) {
    const nameStart = m.index + m[0].indexOf(m[1]!);
    const org = m[2] ? squash(m[2]) : '';
    add(m[1]!, org ? `Author, ${org}` : 'Author', nameStart, m.index, m.index + m[0].length);
  }

  // Parliamentary answers: "Answered by" / name (with a "Portrait" caption) / role line.
  const answered = new RegExp(String.raw`\b(Answered|Asked) by\s*\n(?:\s*${NAME}\s+Portrait\s*\n)?\s*(${NAME})[ ]*\n[ ]*([^\n]{3,160})`, 'g');
  for (let m = answered.exec(norm); m; m = answered.exec(norm)) {
    const nameStart = m.index + m[0].lastIndexOf(m[2]!, m[0].length - m[3]!.length);
    add(m[2]!, m[3]!, nameStart, nameStart, m.index + m[0].length);
  }

  // A byline in the page header: a line that is only a name, under a publication's name.
  let publisher: string | null = null;
  for (const p of header) {
    const t = squash(norm.slice(p.start, p.end));
    const repeated = header.filter((q) => squash(norm.slice(q.start, q.end)) === t).length > 1;
    const by = /^By[ ]+(.+)$/.exec(t);
    const candidate = by ? by[1]! : t;
    if (new RegExp(`^${NAME}$`).test(candidate) && isPersonName(candidate) && !PUBLISHER.test(candidate)) {
      const nameStart = p.start + norm.slice(p.start, p.end).indexOf(candidate);
      add(candidate, publisher ? `byline (${publisher})` : 'byline', nameStart, p.start, p.end);
    } else if (repeated || (PUBLISHER.test(t) && t.split(' ').length <= 5 && !/[.!?]$/.test(t))) {
      publisher = t;
    }
  }

  // One entry per person, in order of first appearance; the first stated role wins.
  out.sort((a, b) => a.nameStart - b.nameStart);
  const merged: PersonFound[] = [];
  for (const p of out) {
    const same = merged.find((q) => q.name === p.name);
    if (!same) merged.push(p);
    else if (!same.role && p.role) Object.assign(same, { role: p.role, start: p.start, end: p.end });
  }
  return merged;
}

/** The person a surname reference means ("Mr Jones" → Martin Jones), if exactly one matches. */
export function bySurname(people: PersonFound[], surname: string): PersonFound | undefined {
  const hits = people.filter((p) => p.name.split(' ').pop() === surname);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Is this role the Chief Inspector of Probation (not of Prisons, Constabulary, ...)? */
export function isChiefInspectorOfProbation(role: string | null): boolean {
  if (!role) return false;
  return /^(hm |his majesty's )?chief inspector( of probation)?$/i.test(role.trim());
}
