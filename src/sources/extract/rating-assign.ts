/**
 * Which PDU each rating statement rates. Within a sentence:
 *  - rating-of-named: a rating belongs to the PDUs named between the previous rating and it ("A PDU
 *    has been rated 'Inadequate', with B PDU and C PDU both rated 'Requires improvement'"), or to the
 *    PDU right after it ("'Inadequate' Kirklees PDU", "rating of 'X' for Kirklees PDU"), or to the PDU
 *    the statement itself names ("rated the probation service in Gloucestershire as good");
 *  - rating-respectively: "A and B were rated 'Good' and 'Requires improvement', respectively";
 *  - rating-of-referent: "It has been rated ...", "The service was rated ..." rate the PDU the text
 *    was last about (the only subject, or the one named last in the paragraph), never one of several
 *    that the last sentence naming them names together;
 *  - rating-collective: "all three units 'require improvement'", "They were each ... rated as
 *    requiring improvement" rate every subject still unrated, when the number (if given) is the number
 *    of subjects and every rating in the sentence is the same; "Probation services in Nottinghamshire
 *    have been rated ..." rates the services of that area;
 *  - rating-of-only-subject: a document about one PDU that states one rating without naming it;
 *  - an earlier inspection's rating with no name of its own belongs to the one PDU its sentence names
 *    before it ("rated good, up from the inadequate rating it received in 2022").
 * A rating of one aspect ("leadership was rated 'Good'") rates no PDU.
 */
import type { PduEntity } from './entities.ts';
import { fact, type InspectionContext, type InspectionDraft } from './draft.ts';
import type { PduMention } from './mentions.ts';
import { findRatings, isAspectRating, isPreviousRating, isRepeatedRating, isScaleSentence, type RatingMention } from './ratings.ts';
import type { Sentence } from './sentences.ts';
import type { RatingWord } from './types.ts';

export interface Assignment {
  entity: PduEntity;
  value: RatingWord;
  previous: boolean;
  /** "rated 'Inadequate' again": the previous rating was the same. */
  repeated: boolean;
  span: [number, number];
  sentence: Sentence;
  ratingEnd: number;
  /** How many PDUs the statement rated at once (1 = this PDU alone). */
  groupSize: number;
  rule: string;
}

interface Unassigned {
  s: Sentence;
  value: RatingWord;
  span: [number, number];
  area?: PduMention[];
}

/** A sentence whose subject is the PDU the text is about: "It was rated ...", "The service has been rated ...". */
const ANAPHOR = /^(?:["']?\s*)(?:It|The (?:PDU|service|unit|probation (?:service|delivery unit))|This (?:PDU|service|unit|probation service))\s+(?:has|had|have|was|were|is|are|remains|remained|received|got|now)\b/;
/** A reference to that PDU anywhere in the sentence ("having previously been rated", said of "this PDU"). */
const REFERENT = /\b(?:this|the)\s+(?:PDU|unit|service|probation service|probation delivery unit)\b|^(?:["']?\s*)(?:It|They)\s+(?:has|had|have|was|were|is|are|remains|received)\b|\bits\s+(?:last|previous|first|earlier)\b/i;

function respectively(ctx: InspectionContext, s: Sentence, rs: RatingMention[], out: Assignment[]): boolean {
  if (!/\brespectively\b/i.test(s.text)) return false;
  const current = rs.filter((r) => !isPreviousRating(s.text, r));
  const seen = new Set<PduEntity | undefined>();
  const before = ctx.mentionsIn(s).filter((m) => {
    const e = ctx.entityOf.get(m.start);
    if (m.start >= s.start + (current[0]?.start ?? 0) || seen.has(e)) return false;
    seen.add(e);
    return true;
  });
  if (current.length < 2 || before.length !== current.length) return false;
  before.forEach((m, i) => {
    const r = current[i]!;
    const end = s.start + r.end;
    out.push({ entity: ctx.entityOf.get(m.start)!, value: r.value, previous: false, repeated: false, span: [m.start, end], sentence: s, ratingEnd: end, groupSize: 1, rule: 'rating-respectively' });
  });
  return true;
}

/**
 * "Hull's probation service has been rated good, an improvement on the inadequate rating it received
 * in 2022": an earlier rating in a sentence that names one PDU before it is that PDU's.
 */
function soleNamedBefore(ctx: InspectionContext, s: Sentence, pos: number): PduEntity | undefined {
  const named = new Set(ctx.mentionsIn(s).filter((m) => m.start < pos).map((m) => ctx.entityOf.get(m.start)));
  const [only] = named;
  return named.size === 1 ? only : undefined;
}

/**
 * "Probation services in Wakefield and Leeds were inspected. The service was rated inadequate.": where
 * the last sentence to name the subjects names several, "the service" could be any of them.
 */
function ambiguousReferent(ctx: InspectionContext, s: Sentence, pos: number): boolean {
  if (ctx.subjects.length < 2) return false;
  for (let i = s.index; i >= 0; i--) {
    const sentence = ctx.doc.sents[i]!;
    if (ctx.doc.titleSentences.has(i)) continue;
    const named = new Set(ctx.mentionsIn(sentence).filter((m) => m.start < pos).map((m) => ctx.entityOf.get(m.start)).filter((e) => e?.subject));
    if (named.size > 0) return named.size > 1;
  }
  return false;
}

/** The PDUs one rating mention is said of, within its sentence. */
function groupOf(ctx: InspectionContext, s: Sentence, r: RatingMention, groupStart: number): PduMention[] {
  const ms = ctx.mentionsIn(s);
  const rStart = s.start + r.start;
  const rEnd = s.start + r.end;
  const group = ms.filter((m) => m.start >= groupStart && m.start < rStart);
  if (group.length) return group;
  // "rated the probation service in Gloucestershire as good": the statement names its PDU inside it.
  const inside = ms.filter((m) => m.start >= rStart && m.end <= rEnd);
  if (inside.length) return inside;
  const next = ms.find((m) => m.start >= rEnd && /^\W{0,3}\s*(?:rating\s+)?(?:for\s+)?(?:the\s+)?$/.test(ctx.norm.slice(rEnd, m.start)));
  return next ? [next] : [];
}

function assignSentence(ctx: InspectionContext, s: Sentence, out: Assignment[], unassigned: Unassigned[]): void {
  const rs = findRatings(s.text);
  if (rs.length === 0 || isScaleSentence(s.text, rs) || respectively(ctx, s, rs, out)) return;
  let groupStart = s.start;
  for (const r of rs) {
    const rStart = s.start + r.start;
    const rEnd = s.start + r.end;
    if (isAspectRating(s.text, r)) {
      groupStart = rEnd;
      continue;
    }
    const previous = isPreviousRating(s.text, r);
    const repeated = !previous && isRepeatedRating(s.text, r);
    const group = groupOf(ctx, s, r, groupStart);
    groupStart = rEnd;
    const base = { value: r.value, previous, repeated, sentence: s, ratingEnd: rEnd };
    if (group.length === 0) {
      const referent =
        (previous ? soleNamedBefore(ctx, s, rStart) : undefined) ??
        ((previous ? REFERENT : ANAPHOR).test(s.text) && !ambiguousReferent(ctx, s, rStart) ? ctx.nearestSubject(rStart) : undefined);
      if (referent) out.push({ ...base, entity: referent, span: [s.start, s.end], groupSize: 1, rule: 'rating-of-referent' });
      else if (!previous) unassigned.push({ s, value: r.value, span: [rStart, rEnd] });
      continue;
    }
    if (!previous && group.every((m) => m.area)) {
      unassigned.push({ s, value: r.value, span: [Math.min(group[0]!.start, rStart), rEnd], area: group });
      continue;
    }
    const entities = [...new Set(group.map((m) => ctx.entityOf.get(m.start)).filter((e): e is PduEntity => !!e))];
    for (const m of group) {
      const entity = ctx.entityOf.get(m.start);
      if (entity && !out.some((a) => a.entity === entity && a.sentence === s && a.ratingEnd === rEnd)) {
        out.push({ ...base, entity, span: [Math.min(m.start, rStart), Math.max(m.end, rEnd)], groupSize: entities.length, rule: `rating-of-named (${r.rule})` });
      }
    }
  }
}

/** When statements disagree, the most specific wins: one naming this PDU alone, then an "overall" rating, then the first. */
function choose(mine: Assignment[]): Assignment {
  if (mine.every((a) => a.value === mine[0]!.value)) return mine[0]!;
  return [...mine].sort(
    (a, b) =>
      a.groupSize - b.groupSize ||
      Number(/\boverall\b/i.test(b.sentence.text)) - Number(/\boverall\b/i.test(a.sentence.text)) ||
      a.span[0] - b.span[0],
  )[0]!;
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, both: 2 };

/** Area statements rate the area's own PDU and the subjects whose names share its place word. */
function areaTargets(ctx: InspectionContext, area: PduMention[], unrated: PduEntity[]): PduEntity[] {
  const stems = area.flatMap((m) => m.name.split(/\W+/)).filter((w) => w.length >= 5).map((w) => w.slice(0, 6).toLowerCase());
  return unrated.filter((e) => area.some((m) => ctx.entityOf.get(m.start) === e) || e.name.split(/\W+/).some((w) => stems.includes(w.slice(0, 6).toLowerCase())));
}

/**
 * "both services were rated inadequate": where the number stated is the subjects and the PDUs the text
 * names only weakly (not in passing, not as an area), those become subjects too.
 */
function countedIn(ctx: InspectionContext, stated: number, drafts: Map<PduEntity, InspectionDraft>, newDraft: (e: PduEntity) => InspectionDraft): boolean {
  if (stated === ctx.subjects.length) return true;
  const weak = ctx.doc.entities.filter((e) => !e.subject && !e.crossRef && !e.umbrella);
  if (ctx.subjects.length + weak.length !== stated) return false;
  for (const e of weak) {
    e.subject = true;
    ctx.subjects.push(e);
    drafts.set(e, newDraft(e));
  }
  return true;
}

function collective(ctx: InspectionContext, unassigned: Unassigned[], drafts: Map<PduEntity, InspectionDraft>, newDraft: (e: PduEntity) => InspectionDraft): void {
  for (const u of unassigned) {
    // Every subject rated: only a counted statement can still name more ("both services were rated").
    if (ctx.subjects.every((e) => drafts.get(e)?.rating) && !/\b(?:both|two|three|four|five|six)\b/i.test(u.s.text)) continue;
    const unrated = ctx.subjects.filter((e) => !drafts.get(e)?.rating);
    if (u.area) {
      for (const e of areaTargets(ctx, u.area, unrated)) drafts.get(e)!.rating = fact(u.value, 'rating-collective (area)', u.span);
      continue;
    }
    // Said of several: "all three units", "They were each ...", "Probation services covering ... have been rated".
    if (ctx.mentionsIn(u.s).length > 0 || !/\b(all|each|both|they|these|those|every)\b|\b(?:services|units|PDUs)\b/i.test(u.s.text)) continue;
    const sameValue = unassigned.filter((x) => x.s === u.s).every((x) => x.value === u.value);
    const n = /\b(?:all|these|the|those)\s+(two|three|four|five|six)\b|\b(both)\b/i.exec(u.s.text);
    const stated = n ? NUMBER_WORDS[(n[1] ?? n[2]!).toLowerCase()] : undefined;
    if (!sameValue || (stated !== undefined && !countedIn(ctx, stated, drafts, newDraft)) || ctx.subjects.length < 2) continue;
    for (const e of ctx.subjects.filter((x) => !drafts.get(x)?.rating)) drafts.get(e)!.rating = fact(u.value, 'rating-collective', [u.s.start, u.s.end]);
  }
}

/**
 * Rate the subjects; return every assignment (previous ones too) and the rating of every entity,
 * subjects or not. PDUs named only weakly become subjects when a statement rates them alone.
 */
export function assignRatings(
  ctx: InspectionContext,
  drafts: Map<PduEntity, InspectionDraft>,
  newDraft: (e: PduEntity) => InspectionDraft,
  beforeChoosing: (assignments: Assignment[]) => void,
): { assignments: Assignment[]; ratingOf: Map<PduEntity, RatingWord> } {
  const assignments: Assignment[] = [];
  const unassigned: Unassigned[] = [];
  for (const s of ctx.doc.sents) assignSentence(ctx, s, assignments, unassigned);
  beforeChoosing(assignments);
  const ratingOf = new Map<PduEntity, RatingWord>();
  for (const e of ctx.doc.entities) {
    const mine = assignments.filter((a) => a.entity === e && !a.previous);
    if (mine.length === 0) continue;
    const chosen = choose(mine);
    ratingOf.set(e, chosen.value);
    if (!e.subject && !e.crossRef && !e.umbrella && chosen.groupSize === 1) {
      e.subject = true;
      ctx.subjects.push(e);
      drafts.set(e, newDraft(e));
    }
    const d = drafts.get(e);
    if (d) d.rating = fact(chosen.value, chosen.rule, chosen.span);
  }
  collective(ctx, unassigned, drafts, newDraft);
  // A single subject referred to as "the service" / "this PDU": the first rating statement counts.
  const only = ctx.subjects.length === 1 ? drafts.get(ctx.subjects[0]!) : undefined;
  if (only && !only.rating) {
    const stating = unassigned.filter((x) => /\b(rated|rating|received|remains|found to be|judged|deemed|branded|declared|graded|requires? improvement)\b/i.test(x.s.text));
    const u = stating.find((x) => /\boverall\b/i.test(x.s.text)) ?? stating[0];
    if (u) only.rating = fact(u.value, 'rating-of-only-subject', [u.s.start, u.s.end]);
  }
  for (const [e, d] of drafts) if (d.rating && !ratingOf.has(e)) ratingOf.set(e, d.rating.value);
  return { assignments, ratingOf };
}
