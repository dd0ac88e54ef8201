/**
 * People and their roles, in the text's own words. Each form press releases and news copy use is one
 * rule (its name is recorded with the person):
 *  - name-speech:      "Martin Jones, Chief Inspector of Probation, said" / "Justin Russell said"
 *                      (with any role words just before the name: "Chief Inspector of Probation Justin
 *                      Russell said")
 *  - role-comma-name:  "Chief Inspector of Probation, Martin Jones, said"
 *  - speech-name:      "..., said Martin Jones, Chief Inspector of Probation." / "..., said Chief
 *                      Inspector of Probation Justin Russell."
 *  - role-name:        role words right before a name anywhere ("HM Chief Inspector of Probation Martin
 *                      Jones CBE has warned")
 *  - name-comma-role:  "Justin Russell, the chief inspector of probation, found ..."
 *  - led-by:           "was led by HM Inspector Yvonne McGuckian" → "HM Inspector (led the inspection)"
 *  - contact:          "please contact Louise Cordell, Head of Communications 07523 ..." → the role,
 *                      never the number
 *  - name-dash-role:   "Kaye Knowles – Interim Head of LLR PDU" on a line of its own
 *  - author:           "Author: Abigail Marlow, Local Democracy Reporting Service"
 *  - answered-by:      "Answered by / Nicholas Dakin / Vice Chamberlain (HM Household)" (parliament)
 *  - byline:           a line that is only a name in a news page's header, under a publication's name
 * "Mr Jones continued" is a reference to a person already found, not a new person (see quotes.ts).
 * What is never a name: role and institution words, and the places and publications the vocabulary
 * knows ("Kirklees Magistrates", "Hits Radio").
 */
import type { Lexicon } from './lexicon.ts';
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
  rule: string;
}

const TOKEN = String.raw`(?:[A-Z]')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?`;
export const NAME = String.raw`${TOKEN}(?:[ ]+(?:[A-Z]\.[ ]+)?${TOKEN}){1,2}`;

/** Words that are never part of a person's name. */
const NOT_NAME = new Set([
  'The', 'This', 'These', 'That', 'Chief', 'Inspector', 'Inspectors', 'Inspectorate', 'Probation', 'Service',
  'Services', 'Prison', 'Prisons', 'Delivery', 'Unit', 'Head', 'Communications', 'Court', 'Council', 'News',
  'Local', 'Democracy', 'Reporting', 'Evening', 'National', 'Regional', 'Director', 'Minister', 'Secretary',
  'Officer', 'Manager', 'Majesty', 'Government', 'Ministry', 'Justice', 'Office', 'Board', 'Report', 'Notes',
  'Editor', 'Published', 'Updated', 'Question', 'Answered', 'Asked', 'House', 'Commons', 'Lords', 'Parliament',
  'Interim', 'Deputy', 'Acting', 'Senior', 'Lead', 'Strategy', 'Safer', 'Communities', 'Community', 'Purpose',
  'Background', 'Recommendations', 'Portrait', 'Police', 'Free', 'Magistrates',
  'Greater', 'North', 'South', 'East', 'West', 'Mr', 'Mrs', 'Ms', 'Dr', 'In', 'At', 'For', 'And', 'But', 'However',
  'Following', 'According', 'Leaders', 'Staff', 'Read', 'More', 'What', 'Street', 'Road', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Get',
  'Start', 'One', 'Concerns', 'Image', 'Caption', 'Photo', 'Share', 'Its', 'Their', 'His', 'Her', 'Our',
]);

/** Words of a page's furniture, never in a person's name ("Subscribe Now", "Top Stories", "Privacy Policy"). */
const FURNITURE_WORDS = new Set([
  'Subscribe', 'Sign', 'Login', 'Register', 'Follow', 'Download', 'Join', 'Now', 'Today', 'Newsletter', 'Newsletters',
  'Privacy', 'Policy', 'Cookie', 'Cookies', 'Terms', 'Conditions', 'Contact', 'Home', 'Article', 'Menu', 'Search',
  'Top', 'Most', 'Latest', 'Popular', 'Trending', 'Stories', 'Story', 'Topics', 'Related', 'Comments', 'Advertise',
  'Advertisement', 'Sponsored', 'Video', 'Videos', 'Live', 'Sport', 'Weather', 'Opinion', 'Edition', 'Podcast',
]);

/** Words of newspapers' and broadcasters' names that are nobody's name ("Hits Radio", "Dewsbury Reporter"). */
const PUBLICATION_WORDS = new Set(['News', 'Radio', 'Press', 'Gazette', 'Herald', 'Chronicle', 'Reporter', 'Echo', 'Express', 'Observer', 'Telegraph', 'Journal', 'Argus', 'Advertiser', 'Examiner', 'Sentinel', 'Courier']);

/** A name candidate is a person's name: two or three words, none a role, institution, place, publication or page furniture. */
export function isPersonName(name: string, lex?: Lexicon): boolean {
  const words = name.split(/\s+/).filter((w) => !/^[A-Z]\.$/.test(w));
  if (words.length < 2 || words.length > 3 || words.some((w) => NOT_NAME.has(w) || PUBLICATION_WORDS.has(w) || FURNITURE_WORDS.has(w))) return false;
  if (!lex) return true;
  return !words.some((w) => lex.isPlaceWord(w)) && !lex.publisherNames.some((p) => p.includes(name));
}

const ROLE_HEAD =
  /\b(chief inspector|inspector|head|heads|chief|director|minister|secretary|chief executive|chair(man|woman|person)?|spokes(person|man|woman)|officer|manager|governor|commissioner|councillor|leader|lord chancellor|chancellor|mp|reporter|correspondent|editor|chamberlain|whip|president|mayor|chief constable|lead)\b/i;

/** Words a role may be built from, when it stands before a name ("The chief inspector of probation"). */
const ROLE_WORDS = new Set([
  'hm', 'his', "majesty's", 'her', 'chief', 'inspector', 'of', 'for', 'the', 'and', '&', 'probation', 'prisons', 'head',
  'communications', 'director', 'regional', 'minister', 'secretary', 'state', 'justice', 'spokesperson',
  'spokesman', 'spokeswoman', 'officer', 'manager', 'governor', 'commissioner', 'deputy', 'interim', 'acting',
  'assistant', 'senior', 'lead', 'executive', 'national', 'general', 'service', 'services', 'operations',
  'policing', 'crime', 'police', 'lord', 'chancellor', 'shadow', 'chair', 'leader', 'councillor', 'mayor', 'england', 'wales',
  'at', 'inspectorate', 'hmi', 'hmip', "inspectorate's", 'watchdog', "watchdog's",
]);

/** Honours and post-nominal letters written after a name ("Martin Jones CBE"). */
export const POST = String.raw`(?:[ ]+(?:CBE|OBE|MBE|KBE|DBE|CB|QPM|KC|QC|MP|JP|DL))*`;

const SPEECH = String.raw`(?:said|says|added|continued|commented|explained|stated|warned|noted|told|highlighted|urged|concluded|did not mince)`;

/** The role words that stand right before `pos` ("Chief Inspector of Probation " before a name). */
export function roleBefore(text: string, pos: number): { role: string; start: number } | null {
  const base = Math.max(0, pos - 120);
  const before = text.slice(base, pos);
  const words = [...before.matchAll(/[A-Za-z'&]+/g)];
  // Only spaces may separate the role's words from each other and from the name.
  let startIdx = -1;
  let expectEnd = before.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!/^\s*$/.test(before.slice(w.index! + w[0].length, expectEnd)) || !ROLE_WORDS.has(w[0].toLowerCase())) break;
    startIdx = i;
    expectEnd = w.index!;
  }
  if (startIdx < 0) return null;
  // A role starts with a content word, not "the"/"of"/"and".
  while (startIdx < words.length && /^(the|of|for|and|&)$/i.test(words[startIdx]![0])) startIdx++;
  if (startIdx >= words.length) return null;
  const from = words[startIdx]!.index!;
  const role = squash(before.slice(from));
  return ROLE_HEAD.test(role) ? { role, start: base + from } : null;
}

function cleanRole(role: string): string | null {
  const r = squash(stripContactDetails(role)).replace(/^[,\s]+|[,\s.]+$/g, '').replace(/^(?:who\s+is\s+|who\s+was\s+|who\s+(?=heads?\b|led\b|leads\b))?(?:the\s+)?/i, '');
  return r.length >= 2 ? r : null;
}

/** Publication words, for labelling a byline ("byline (Manchester Evening News)"). */
const PUBLICATION = /\b(News|Press|Times|Post|Echo|Gazette|Herald|Chronicle|Mail|Mirror|Guardian|Telegraph|Standard|Reporter|Observer|Express|Independent|Argus|Journal|Advertiser|Examiner|Star|Sentinel|Courier|Radio|World|Online|Today)\b/;

export interface PeopleInput {
  norm: string;
  /** The page's top lines (chrome, headline, byline: before the first paragraph of prose). */
  header: Paragraph[];
  lex?: Lexicon;
}

/** The rules' patterns, compiled once (in the order of the rules below). */
const RE: RegExp[] = [
  new RegExp(String.raw`\b(${NAME})${POST}(?:,[ ]+([^,."\n]{3,90}?),?)?[ ]+(?:has[ ]+|had[ ]+)?${SPEECH}\b`, 'g'),
  new RegExp(String.raw`,[ ]+(${NAME})${POST},[ ]+${SPEECH}\b`, 'g'),
  new RegExp(String.raw`\b(?:said|says|added|continued|according to)[ ]+((?:[A-Za-z'&]+[ ]+){0,8}?)(${NAME})${POST}(?:,[ ]+([^,."\n]{3,90}?))?[.,;]`, 'g'),
  new RegExp(String.raw`\b[Ii]nspector(?:[ ]+of[ ]+[Pp]robation)?(?:[ ]+(?:for|in)[ ]+England[ ]+and[ ]+Wales)?[ ]+(${NAME})`, 'g'),
  new RegExp(String.raw`\b(${NAME})${POST},[ ]+((?:the[ ]+)?(?:[A-Za-z'&]+[ ]+){0,8}?(?:[Ii]nspector|[Pp]robation))[ ]*[,.;)]`, 'g'),
  new RegExp(String.raw`\bled by[ ]+((?:[A-Za-z'&]+[ ]+){0,6}?)(${NAME})\b`, 'g'),
  new RegExp(String.raw`\b[Cc]ontact:?[ ]+(${NAME}),?[ ]+([^\n]{2,120})`, 'g'),
  new RegExp(String.raw`^[ ]*(${NAME})[ ]+-[ ]+([^\n]{3,200})$`, 'gm'),
  new RegExp(String.raw`\bAuthor:[ ]*(${NAME})(?:,[ ]*([^\n]+?))?(?=Published|Last updated|Updated|\n|$)`, 'g'),
  new RegExp(String.raw`\b(Answered|Asked) by\s*\n(?:\s*${NAME}\s+Portrait\s*\n)?\s*(${NAME})[ ]*\n[ ]*([^\n]{3,160})`, 'g'),
];

type Add = (rule: string, name: string, role: string | null, nameStart: number, start: number, end: number) => void;
type PeopleRule = (input: PeopleInput, add: Add) => void;

/** A name candidate without the role or place words a greedy match may have taken in front of it. */
function trimName(name: string, start: number, lex?: Lexicon): { name: string; start: number } | null {
  let n = name;
  let s = start;
  for (let first = /^(\S+)\s+/.exec(n); first && NOT_NAME.has(first[1]!); first = /^(\S+)\s+/.exec(n)) {
    n = n.slice(first[0].length);
    s += first[0].length;
  }
  return isPersonName(n, lex) ? { name: n, start: s } : null;
}

const nameSpeech: PeopleRule = ({ norm, lex }, add) => {
  const re = RE[0]!;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const t = trimName(m[1]!, m.index, lex);
    if (!t) continue;
    const after = m[2] && ROLE_HEAD.test(m[2]) ? m[2] : null;
    const before = after ? null : roleBefore(norm, t.start);
    add('name-speech', t.name, after ?? before?.role ?? null, t.start, before?.start ?? t.start, m.index + m[0].length);
  }
};

const roleCommaName: PeopleRule = ({ norm }, add) => {
  const re = RE[1]!;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const before = roleBefore(norm, m.index);
    if (before) add('role-comma-name', m[1]!, before.role, m.index + 2, before.start, m.index + m[0].length);
  }
};

const speechName: PeopleRule = ({ norm, lex }, add) => {
  const re = RE[2]!;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const t = trimName(m[2]!, m.index + m[0].indexOf(m[2]!, m[1]!.length), lex);
    if (!t) continue;
    const before = m[1] ? roleBefore(norm, t.start) : null;
    const after = m[3] && ROLE_HEAD.test(m[3]) ? m[3] : null;
    if (m[1] && !before) continue;
    add('speech-name', t.name, before?.role ?? after, t.start, before?.start ?? t.start, m.index + m[0].length);
  }
};

const roleName: PeopleRule = ({ norm, lex }, add) => {
  // Found from the role's head word, then the name right after it (every capitalised pair would be slow).
  const re = RE[3]!;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const t = trimName(m[1]!, m.index + m[0].length - m[1]!.length, lex);
    const before = t ? roleBefore(norm, t.start) : null;
    if (t && before) add('role-name', t.name, before.role, t.start, before.start, t.start + t.name.length);
  }
};

const nameCommaRole: PeopleRule = ({ norm, lex }, add) => {
  const re = RE[4]!;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const t = trimName(m[1]!, m.index, lex);
    const words = m[2]!.toLowerCase().split(/\s+/);
    if (t && ROLE_HEAD.test(m[2]!) && words.every((w) => ROLE_WORDS.has(w))) add('name-comma-role', t.name, m[2]!, t.start, m.index, m.index + m[0].length - 1);
  }
};

const ledBy: PeopleRule = ({ norm, lex }, add) => {
  const re = RE[5]!;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const t = trimName(m[2]!, m.index + m[0].length - m[2]!.length, lex);
    if (!t) continue;
    const before = roleBefore(norm, t.start);
    // What was led, as the sentence names it: "This inspection ... was led by", "the inspection team, which was led by".
    const led = /\b(inspection team|inspection|team)\b(?![\s\S]*\b(?:inspection|team)\b)/i.exec(norm.slice(Math.max(0, m.index - 150), m.index))?.[1]?.toLowerCase() ?? 'inspection';
    add('led-by', t.name, before ? `${before.role} (led the ${led})` : `led the ${led}`, t.start, m.index, t.start + t.name.length);
  }
};

const contact: PeopleRule = ({ norm }, add) => {
  const re = RE[6]!;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const role = stripContactDetails(m[2]!).replace(/[.,;]$/, '');
    add('contact', m[1]!, ROLE_HEAD.test(role) ? role : null, m.index + m[0].indexOf(m[1]!), m.index, m.index + m[0].length);
  }
};

const nameDashRole: PeopleRule = ({ norm }, add) => {
  const re = RE[7]!;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const role = stripContactDetails(m[2]!);
    if (!ROLE_HEAD.test(role) || role.length > 100) continue;
    const nameStart = m.index + m[0].indexOf(m[1]!);
    add('name-dash-role', m[1]!, role, nameStart, nameStart, m[0].indexOf(role, m[1]!.length) + m.index + role.length);
  }
};

const author: PeopleRule = ({ norm }, add) => {
  const re = RE[8]!;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const org = m[2] ? squash(m[2]) : '';
    add('author', m[1]!, org ? `Author, ${org}` : 'Author', m.index + m[0].indexOf(m[1]!), m.index, m.index + m[0].length);
  }
};

const answeredBy: PeopleRule = ({ norm }, add) => {
  const re = RE[9]!;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const nameStart = m.index + m[0].lastIndexOf(m[2]!, m[0].length - m[3]!.length);
    add('answered-by', m[2]!, m[3]!, nameStart, nameStart, m.index + m[0].length);
  }
};

const ONLY_NAME = new RegExp(`^${NAME}$`);

/** The publication line nearest a byline: up to three lines before it, else up to two after it. */
function publicationNear(lines: string[], i: number): string | null {
  const isPublication = (t: string | undefined): boolean => !!t && PUBLICATION.test(t) && t.split(' ').length <= 5 && !/[.!?]$/.test(t);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (isPublication(lines[k])) return lines[k]!;
  for (let k = i + 1; k <= Math.min(lines.length - 1, i + 2); k++) if (isPublication(lines[k])) return lines[k]!;
  return null;
}

/** A line that is only a name at the top of a news page (before its first paragraph of prose) is the byline. */
const byline: PeopleRule = ({ norm, header, lex }, add) => {
  const lines = header.map((p) => squash(norm.slice(p.start, p.end)));
  header.forEach((p, i) => {
    const candidate = /^By[ ]+(.+)$/.exec(lines[i]!)?.[1] ?? lines[i]!;
    if (!ONLY_NAME.test(candidate) || !isPersonName(candidate, lex) || PUBLICATION.test(candidate)) return;
    const publication = publicationNear(lines, i);
    add('byline', candidate, publication ? `byline (${publication})` : 'byline', p.start + norm.slice(p.start, p.end).indexOf(candidate), p.start, p.end);
  });
};

/** Specific forms first: where two rules find one person at one place, the first one's role stands. */
const RULES: PeopleRule[] = [nameSpeech, roleCommaName, speechName, ledBy, contact, nameDashRole, author, answeredBy, byline, roleName, nameCommaRole];

/** People named in the text, one entry each, in order of first appearance; the first stated role wins. */
export function findPeople(norm: string, header: Paragraph[] = [], lex?: Lexicon): PersonFound[] {
  const out: PersonFound[] = [];
  const add: Add = (rule, name, role, nameStart, start, end) => {
    const n = squash(name);
    if (isPersonName(n, lex)) out.push({ name: n, role: role ? cleanRole(role) : null, nameStart, nameEnd: nameStart + name.length, start, end, rule });
  };
  for (const rule of RULES) rule({ norm, header, lex }, add);
  out.sort((a, b) => a.nameStart - b.nameStart);
  const merged: PersonFound[] = [];
  for (const p of out) {
    const same = merged.find((q) => q.name === p.name);
    if (!same) merged.push(p);
    else if (!same.role && p.role) Object.assign(same, { role: p.role, start: p.start, end: p.end, rule: p.rule });
  }
  return merged;
}

/** The person a surname reference means ("Mr Jones" → Martin Jones), if exactly one matches. */
export function bySurname(people: PersonFound[], surname: string): PersonFound | undefined {
  const hits = people.filter((p) => p.name.split(' ').pop() === surname);
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Is this role the Chief Inspector of Probation (not of Prisons, Constabulary, nor a deputy or a
 * former one)? "Chief Inspector of Probation", "HM Chief Inspector of Probation", "His Majesty's Chief
 * Inspector of Probation for England and Wales", "Interim Chief Inspector of Probation", "chief
 * probation inspector", "probation chief inspector", "the inspectorate's chief inspector", "Chief
 * Inspector" alone; and the inspectorate's head named as such ("head of HM Inspectorate of Probation",
 * "who heads the probation inspectorate", "inspectorate chief", "the probation watchdog's chief").
 */
export function isChiefInspectorOfProbation(role: string | null): boolean {
  if (!role) return false;
  const r = role.toLowerCase();
  if (/\b(?:deputy|assistant|former|ex-|previous|retired)\b/.test(r)) return false;
  if (/\bchief inspector of (?!probation)[a-z]/.test(r) || /\b(?:prisons?|constabulary|police|fire|schools|ofsted|hmicfrs)\b/.test(r)) return false;
  if (/\bchief (?:probation )?inspector\b|\bprobation chief inspector\b/.test(r)) return true;
  // The inspectorate's head, named as such: "head of HM Inspectorate of Probation", "heads the probation
  // inspectorate", "inspectorate chief", "probation watchdog chief" (not "head of X for the inspectorate").
  const inspectorate = String.raw`(?:(?:hm|his majesty's|her majesty's|the)\s+)?(?:inspectorate of probation|probation (?:inspectorate|watchdog))`;
  return new RegExp(String.raw`^(?:the\s+)?(?:head of|heads)\s+${inspectorate}$|^(?:the\s+)?${inspectorate}(?:'s)?\s+(?:chief|head)$|^inspectorate(?:'s)? chief$`).test(r);
}
