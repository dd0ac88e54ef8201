/**
 * One record per inspection the document reports: which PDU, its rating, the previous rating, the
 * region, fieldwork and publication dates, recommendations and the Chief Inspector. This module
 * ties the single-concept finders together; each rule below says which sentence shape it relies on.
 */
import type { Prepared } from './clean.ts';
import { findDates } from './dates.ts';
import { crossRefScope, type PduEntity, type PduMention } from './pdus.ts';
import { isChiefInspectorOfProbation, type PersonFound } from './people.ts';
import { findRatings, isAspectRating, isPreviousRating, isScaleSentence } from './ratings.ts';
import type { Phrase, RecommendationStatement } from './recommendations.ts';
import { findRegionCounts, findRegions } from './regions.ts';
import type { Sentence } from './sentences.ts';
import { sentenceAt } from './sentences.ts';
import type { RatingWord } from './types.ts';

/** A value with the normalised span of the words that state it. */
export interface Fact<T> {
  value: T;
  spans: Array<[number, number]>;
}

export interface InspectionDraft {
  entity: PduEntity;
  rating: Fact<RatingWord> | null;
  previousRating: Fact<RatingWord> | null;
  previousInspectionYear: Fact<number> | null;
  region: Fact<string> | null;
  pdusInRegion: Fact<number> | null;
  fieldwork: Fact<string> | null;
  fieldworkTo: Fact<string> | null;
  published: Fact<string> | null;
  recommendationCount: Fact<number> | null;
  recommendationsQuoted: Phrase[];
  chiefInspector: Fact<string> | null;
}

export interface InspectionContext {
  p: Prepared;
  sents: Sentence[];
  entities: PduEntity[];
  people: PersonFound[];
  recommendations: RecommendationStatement[];
  /** Sentences of the headline. */
  titleSentences: Set<number>;
  /** The document's own date, for "published today". */
  dateline: { value: string; start: number; end: number } | null;
}

interface Assignment {
  entity: PduEntity;
  value: RatingWord;
  previous: boolean;
  span: [number, number];
  sentence: Sentence;
  ratingEnd: number;
  /** How many PDUs the statement rated at once (1 = this PDU alone). */
  groupSize: number;
}

const PREVIOUS_CUE = /\b(previous(ly)?|last inspect(ed|ion)|earlier inspection|prior to|the first inspection)\b/i;
const FIELDWORK_CUE =
  /\bfieldwork\b|\bon-?site\b|\bvisited\b|\binspected\s+(?:in|during|between|over|from)\b|\binspection\s+(?:took place|was carried out|was conducted|happened|ran)\b|\binspection visits?\b/i;

export function buildInspections(ctx: InspectionContext): { drafts: InspectionDraft[]; assignments: Map<PduEntity, RatingWord> } {
  const { p, sents, entities } = ctx;
  const norm = p.norm;
  const subjects = entities.filter((e) => e.subject);
  const entityOf = new Map<number, PduEntity>();
  for (const e of entities) for (const m of e.mentions) entityOf.set(m.start, e);
  const bySentence = new Map<number, PduMention[]>();
  for (const m of entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start)) {
    bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  }
  const mentionsIn = (s: Sentence): PduMention[] => bySentence.get(s.index) ?? [];
  /**
   * The referent of "this PDU", "the service": the only subject; else the subject named last before
   * `pos` in the same paragraph; else the one subject the headline names; else the subject named
   * most recently before `pos`.
   */
  const inTitle = subjects.filter((e) => e.mentions.some((m) => ctx.titleSentences.has(m.sentence)));
  const paragraphOf = (pos: number): number | undefined => sentenceAt(sents, pos)?.paragraph;
  const nearestSubject = (pos: number): PduEntity | undefined => {
    if (subjects.length === 1) return subjects[0];
    let best: { e: PduEntity; at: number } | undefined;
    for (const e of subjects) for (const m of e.mentions) if (m.start < pos && (!best || m.start > best.at)) best = { e, at: m.start };
    if (best && paragraphOf(best.at) === paragraphOf(pos)) return best.e;
    if (inTitle.length === 1) return inTitle[0];
    return best?.e ?? subjects[0];
  };

  const drafts = new Map<PduEntity, InspectionDraft>();
  for (const e of subjects) {
    drafts.set(e, {
      entity: e, rating: null, previousRating: null, previousInspectionYear: null, region: null, pdusInRegion: null,
      fieldwork: null, fieldworkTo: null, published: null, recommendationCount: null, recommendationsQuoted: [],
      chiefInspector: null,
    });
  }

  // --- Ratings -------------------------------------------------------------------------------
  // Within a sentence a rating belongs to the PDUs named between the previous rating and it
  // ("A PDU has been rated 'Inadequate', with B PDU and C PDU both rated 'Requires improvement'"),
  // or to the PDU right after it ("'Inadequate' Kirklees PDU", "rating of 'X' for Kirklees PDU").
  // "A and B were rated 'Good' and 'Requires improvement', respectively" pairs them in order.
  const assignments: Assignment[] = [];
  const unassigned: Array<{ s: Sentence; value: RatingWord; span: [number, number]; area?: boolean }> = [];
  for (const s of sents) {
    const rs = findRatings(s.text);
    if (rs.length === 0 || isScaleSentence(s.text, rs)) continue;
    const ms = mentionsIn(s);
    if (/\brespectively\b/i.test(s.text)) {
      const current = rs.filter((r) => !isPreviousRating(s.text, r));
      const seen = new Set<PduEntity | undefined>();
      const before = ms.filter((m) => {
        const e = entityOf.get(m.start);
        if (m.start >= s.start + (current[0]?.start ?? 0) || seen.has(e)) return false;
        seen.add(e);
        return true;
      });
      if (current.length > 1 && before.length === current.length) {
        before.forEach((m, i) => {
          const r = current[i]!;
          assignments.push({ entity: entityOf.get(m.start)!, value: r.value, previous: false, span: [m.start, s.start + r.end], sentence: s, ratingEnd: s.start + r.end, groupSize: 1 });
        });
        continue;
      }
    }
    let groupStart = s.start;
    for (const r of rs) {
      const rStart = s.start + r.start;
      const rEnd = s.start + r.end;
      const previous = isPreviousRating(s.text, r);
      if (isAspectRating(s.text, r)) {
        groupStart = rEnd;
        continue;
      }
      let group = ms.filter((m) => m.start >= groupStart && m.start < rStart);
      if (group.length === 0) {
        const next = ms.find((m) => m.start >= rEnd && /^\W{0,3}\s*(?:for\s+)?(?:the\s+)?$/.test(norm.slice(rEnd, m.start)));
        if (next) group = [next];
      }
      groupStart = rEnd;
      if (group.length === 0) {
        if (previous) {
          const e = nearestSubject(rStart);
          if (e) assignments.push({ entity: e, value: r.value, previous, span: [s.start, s.end], sentence: s, ratingEnd: rEnd, groupSize: 1 });
        } else unassigned.push({ s, value: r.value, span: [rStart, rEnd] });
        continue;
      }
      // "Probation services in Nottinghamshire have been rated ...": said of every service there,
      // so it is handled with the collective statements below.
      if (!previous && group.every((m) => m.area)) {
        unassigned.push({ s, value: r.value, span: [Math.min(group[0]!.start, rStart), rEnd], area: true });
        continue;
      }
      const groupSize = new Set(group.map((m) => entityOf.get(m.start))).size;
      for (const m of group) {
        const e = entityOf.get(m.start);
        if (e) assignments.push({ entity: e, value: r.value, previous, span: [Math.min(m.start, rStart), Math.max(m.end, rEnd)], sentence: s, ratingEnd: rEnd, groupSize });
      }
    }
  }

  const ratingOf = new Map<PduEntity, RatingWord>();
  for (const e of entities) {
    const mine = assignments.filter((a) => a.entity === e && !a.previous);
    if (mine.length === 0) continue;
    // When statements disagree, the most specific wins: one naming this PDU alone (or pairing
    // PDUs and ratings "respectively") over one rating a group; then an "overall" rating; then
    // the first statement.
    const ranked = [...mine].sort(
      (a, b) =>
        a.groupSize - b.groupSize ||
        Number(/\boverall\b/i.test(b.sentence.text)) - Number(/\boverall\b/i.test(a.sentence.text)) ||
        a.span[0] - b.span[0],
    );
    const chosen = mine.every((a) => a.value === mine[0]!.value) ? mine[0]! : ranked[0]!;
    ratingOf.set(e, chosen.value);
    const d = drafts.get(e);
    if (d) d.rating = { value: chosen.value, spans: [chosen.span] };
    const prev = assignments.find((a) => a.entity === e && a.previous);
    if (d && prev) d.previousRating = { value: prev.value, spans: [prev.span] };
  }
  for (const [e, d] of drafts) {
    if (d.previousRating) continue;
    const prev = assignments.find((a) => a.entity === e && a.previous);
    if (prev) d.previousRating = { value: prev.value, spans: [prev.span] };
  }
  // The year of a previous rating: a date right after it ("rated 'Inadequate' in 2022",
  // "'Inadequate' rating in March 2023", "back in March 2023").
  for (const d of drafts.values()) {
    const prev = assignments.find((a) => a.entity === d.entity && a.previous);
    if (!prev) continue;
    const after = norm.slice(prev.ratingEnd, Math.min(prev.sentence.end, prev.ratingEnd + 70));
    const date = findDates(after).find((x) => x.year !== null);
    const lead = /^\W{0,3}\s*(?:(?:rating|overall)\s+)?(?:(?:at|in|during|following|after)\s+(?:its|the|their|our)\s+(?:last|previous|first|earlier)\s+inspection\s+)?(?:back\s+)?in\s+$/i;
    if (date && lead.test(after.slice(0, date.start))) {
      d.previousInspectionYear = { value: date.year!, spans: [[prev.span[0], prev.ratingEnd + date.end]] };
      continue;
    }
    // Or the date of the earlier inspection just before it ("was last inspected 2023, when it was
    // rated as 'Requires improvement'").
    const from = Math.max(prev.sentence.start, prev.ratingEnd - 120);
    const before = norm.slice(from, prev.ratingEnd);
    const m = /\b(?:previously|last|earlier)\s+(?:been\s+)?inspected\s+(?:in\s+)?((?:[A-Z][a-z]+\s+)?(?:19|20)\d{2})\b/.exec(before);
    const y = m ? findDates(m[1]!).find((x) => x.year !== null) : undefined;
    if (m && y) d.previousInspectionYear = { value: y.year!, spans: [[from + m.index, prev.ratingEnd]] };
  }

  // Collective statements name no PDU: "all three units 'require improvement'", "They were each
  // ... rated as requiring improvement". They rate every subject still unrated, if the number (when
  // given) is the number of subjects and every rating in the sentence is the same.
  const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, both: 2 };
  for (const u of unassigned) {
    const unrated = subjects.filter((e) => !ratingOf.has(e));
    if (unrated.length === 0) break;
    if (!u.area && mentionsIn(u.s).length > 0) continue;
    if (!u.area && !/\b(all|each|both|they|these|those|every)\b/i.test(u.s.text)) continue;
    const sameValue = unassigned.filter((x) => x.s === u.s).every((x) => x.value === u.value);
    const n = /\b(?:all|these|the|those)\s+(two|three|four|five|six)\b|\b(both)\b/i.exec(u.s.text);
    const stated = n ? NUMBER_WORDS[(n[1] ?? n[2]!).toLowerCase()] : undefined;
    if (!sameValue || (stated !== undefined && stated !== subjects.length) || (subjects.length < 2 && !u.area)) continue;
    for (const e of unrated) {
      ratingOf.set(e, u.value);
      const d = drafts.get(e)!;
      d.rating = { value: u.value, spans: [u.area ? u.span : [u.s.start, u.s.end]] };
    }
  }
  // A single subject referred to as "the service" / "this PDU": the first rating statement counts.
  if (subjects.length === 1 && !ratingOf.has(subjects[0]!)) {
    const u = unassigned.find((x) => /\b(rated|rating|received|remains|found to be|judged)\b/i.test(x.s.text));
    if (u) {
      ratingOf.set(subjects[0]!, u.value);
      drafts.get(subjects[0]!)!.rating = { value: u.value, spans: [[u.s.start, u.s.end]] };
    }
  }

  // --- Region and PDUs in region ------------------------------------------------------------
  const regions = findRegions(norm);
  const distinct = [...new Set(regions.map((r) => r.region))];
  for (const d of drafts.values()) {
    let r = distinct.length === 1 ? regions[0] : undefined;
    if (!r && distinct.length > 1) {
      const inSame = regions.find((x) => d.entity.mentions.some((m) => sentenceAt(sents, m.start) === sentenceAt(sents, x.start)));
      r = inSame ?? [...regions].reverse().find((x) => x.start < d.entity.mentions[0]!.start);
    }
    if (r) {
      const s = sentenceAt(sents, r.start);
      d.region = { value: r.region, spans: [s ? [s.start, s.end] : [r.start, r.end]] };
    }
  }
  for (const c of findRegionCounts(norm)) {
    const s = sentenceAt(sents, c.start);
    for (const d of drafts.values()) {
      if (d.pdusInRegion) continue;
      const named = s ? mentionsIn(s).some((m) => entityOf.get(m.start) === d.entity) : false;
      // The count is about this PDU if it names it, if the document has one subject, or if it is
      // the count for the region this PDU is in; never if it names a different region.
      const regionAgrees = !c.region || !d.region || d.region.value === c.region;
      const fits = regionAgrees && (named || subjects.length === 1 || (!!c.region && d.region?.value === c.region));
      if (!fits) continue;
      d.pdusInRegion = { value: c.count, spans: [s ? [s.start, s.end] : [c.start, c.end]] };
      if (!d.region && c.region) d.region = { value: c.region, spans: [[c.start, c.end]] };
    }
  }

  // --- Fieldwork and the previous inspection's date ------------------------------------------
  // Fieldwork: a sentence about the visit ("Fieldwork for this inspection took place in March
  // 2025", "HMiP visited in March 2025") with a month and year; a month without a year is not a
  // date we may state. Sentences about an earlier inspection give that inspection's year instead.
  for (const s of sents) {
    if (!FIELDWORK_CUE.test(s.text)) continue;
    const dates = findDates(s.text).filter((x) => x.precision !== 'year');
    const previous = PREVIOUS_CUE.test(s.text) || /\bhad\s+(previously\s+)?been\s+inspected\b/i.test(s.text);
    const scope = crossRefScope(s.text);
    const named = mentionsIn(s).map((m) => entityOf.get(m.start)).filter((e): e is PduEntity => !!e && e.subject);
    const targets = named.length ? [...new Set(named)] : subjects;
    // Several PDUs and several dates in one sentence ("in March 2024 in Hull ... and in April 2024
    // in Sheffield"): each PDU takes the date nearest its name.
    const nearestDate = (e: PduEntity) => {
      const ms = e.mentions.filter((m) => m.start >= s.start && m.start < s.end);
      let best: { d: (typeof dates)[number]; dist: number } | undefined;
      for (const d of dates) {
        if (!d.value) continue;
        for (const m of ms) {
          const dist = Math.min(Math.abs(m.start - (s.start + d.end)), Math.abs(s.start + d.start - m.end));
          if (!best || dist < best.dist) best = { d, dist };
        }
      }
      return best?.d;
    };
    const paired = named.length > 1 && dates.filter((d) => d.value).length > 1;
    for (const date of paired ? [] : dates) {
      if (!date.value) continue;
      if (scope && date.start >= scope[0] && date.start < scope[1]) continue;
      for (const e of targets) {
        const d = drafts.get(e)!;
        const span: [number, number] = [s.start, s.end];
        if (previous) {
          if (!d.previousInspectionYear && date.year) d.previousInspectionYear = { value: date.year, spans: [span] };
          continue;
        }
        if (d.fieldwork) continue;
        const from = date.value.slice(0, 7);
        d.fieldwork = { value: from, spans: [span] };
        const to = date.to?.slice(0, 7);
        if (to && to !== from) d.fieldworkTo = { value: to, spans: [span] };
      }
      break;
    }
    if (paired && !previous) {
      for (const e of targets) {
        const d = drafts.get(e)!;
        const date = nearestDate(e);
        if (d.fieldwork || !date?.value) continue;
        const from = date.value.slice(0, 7);
        d.fieldwork = { value: from, spans: [[s.start, s.end]] };
        const to = date.to?.slice(0, 7);
        if (to && to !== from) d.fieldworkTo = { value: to, spans: [[s.start, s.end]] };
      }
    }
  }

  // --- Publication -----------------------------------------------------------------------------
  // "The report is available at ... on 29 May 2025", "(also published on 25 May 2023)" (a report
  // released with this one), "These reports were published on 30 March 2023": a day date after
  // "published/available/released ... on". Inside a cross-reference only the "also"/"these reports"
  // forms speak for this report. "Have today published" takes the document's dateline.
  let published: Fact<string> | null = null;
  for (const s of sents) {
    if (published) break;
    if (PREVIOUS_CUE.test(s.text)) continue;
    const scope = crossRefScope(s.text);
    const inclusive = /\balso published\b|\b(these|both|all|the) reports\b/i.test(s.text);
    for (const date of findDates(s.text)) {
      if (date.precision !== 'day' || !date.value) continue;
      const before = s.text.slice(Math.max(0, date.start - 160), date.start);
      if (!/\b(published|available|released|publishes|publish)\b[^;]*?\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i.test(before)) continue;
      if (scope && date.start >= scope[0] && !inclusive) continue;
      published = { value: date.value, spans: [[s.start, s.end]] };
      break;
    }
    if (!published && ctx.dateline && /\b(have|has)\s+today\s+published\b|\b(published|publishes|released)\s+today\b/i.test(s.text)) {
      published = { value: ctx.dateline.value, spans: [[s.start, s.end], [ctx.dateline.start, ctx.dateline.end]] };
    }
  }
  if (published) for (const d of drafts.values()) d.published = published;

  // --- Recommendations -------------------------------------------------------------------------
  // A statement belongs to the subject it names, else to the subject named most recently before it.
  for (const r of ctx.recommendations) {
    const named = mentionsIn(r.sentence).map((m) => entityOf.get(m.start)).find((e) => e?.subject);
    const e = named ?? nearestSubject(r.sentence.start);
    const d = e ? drafts.get(e) : undefined;
    if (!d) continue;
    if (r.count !== null && !d.recommendationCount) d.recommendationCount = { value: r.count, spans: [[r.sentence.start, r.sentence.end]] };
    for (const ph of r.phrases) if (!d.recommendationsQuoted.some((x) => x.text === ph.text)) d.recommendationsQuoted.push(ph);
  }

  // --- Chief Inspector -------------------------------------------------------------------------
  const chief = ctx.people.find((x) => isChiefInspectorOfProbation(x.role));
  if (chief) for (const d of drafts.values()) d.chiefInspector = { value: chief.name, spans: [[chief.start, chief.end]] };

  return { drafts: [...drafts.values()], assignments: ratingOf };
}
