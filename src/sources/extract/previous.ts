/**
 * The previous inspection: its rating and its year.
 *  - previous-rating: a rating statement about an earlier inspection (see isPreviousRating), or one
 *    dated before the document's own year ("rated 'Inadequate' in 2022" in a 2024 press release);
 *  - previous-rating-again: "rated 'Inadequate' again", "remains 'Inadequate'": the same as now;
 *  - previous-year-of-rating: the date right after the previous rating ("rated 'Inadequate' in 2022",
 *    "'Inadequate' rating back in March 2023", "the inadequate rating it received in 2022") or the
 *    inspection date right before it ("was last inspected by HM Inspectorate of Probation in 2023,
 *    when it was rated ...", "since 2023, when it was also rated ...");
 *  - previous-year-last-inspected: a sentence dating the earlier inspection ("since it was last
 *    inspected in 2022", "LLR had previously been inspected in November/December 2022", "the
 *    previous inspection in 2021", "its first inspection was in 2022").
 */
import { findDates } from './dates.ts';
import { fact, type InspectionContext, type InspectionDraft } from './draft.ts';
import type { PduEntity } from './entities.ts';
import type { Assignment } from './rating-assign.ts';

const YEAR_AFTER =
  /^\W{0,3}\s*(?:(?:rating|overall)\s+)?(?:(?:that|which)\s+)?(?:(?:it|they)\s+(?:received|got|had|was\s+given|were\s+given|was\s+awarded)\s+)?(?:(?:at|in|during|following|after)\s+(?:its|the|their|our)\s+(?:last|previous|first|earlier)\s+inspection\s+)?(?:(?:in|by)\s+(?:a|the|its|their)\s+report\s+(?:published\s+)?)?(?:back\s+)?in\s+$/i;
const DATE = String.raw`((?:[A-Z][a-z]+(?:\s*(?:\/|-|to|and)\s*[A-Z][a-z]+)?\s+)?(?:19|20)\d{2})`;
/** Who inspected, between the verb and the date: "last inspected by HM Inspectorate of Probation in 2022". */
const BY_AGENT = String.raw`(?:by\s+[^.,;\d]{2,60}?\s+)?`;
const LAST_INSPECTED = [
  new RegExp(String.raw`\b(?:last|previously|earlier|already)\s+(?:been\s+)?inspected\s+${BY_AGENT}(?:[\w']+\s+){0,4}?(?:back\s+)?(?:in|during)\s+${DATE}\b`),
  new RegExp(String.raw`\b(?:last|previous|earlier|prior)\s+inspection\s*,?\s*(?:was\s+)?(?:carried out\s+|conducted\s+|held\s+)?(?:back\s+)?(?:in|during)\s+${DATE}\b`),
  new RegExp(String.raw`\b(?:the\s+)?first\s+(?:inspection\s+)?was\s+(?:carried out\s+|conducted\s+)?(?:back\s+)?in\s+${DATE}\b`),
  new RegExp(String.raw`\b(?:since|than|from|at)\s+(?:its|the|their|our)\s+((?:19|20)\d{2})\s+inspection\b`),
  // "As previously highlighted in a May 2022 inspection of Northamptonshire PDU", "its previous 2022 inspection".
  new RegExp(String.raw`\b(?:previous(?:ly)?|last|earlier)\b[^.;]{0,40}?\b(?:an?|the|its|their|our)\s+((?:[A-Z][a-z]+\s+)?(?:19|20)\d{2})\s+inspection\b`),
  new RegExp(String.raw`\b(?:in|during)\s+${DATE}\s*,?\s*when\s+(?:it|the\s+\w+|we)\s+(?:was\s+)?(?:last|previously)\s+inspected\b`),
];

/** The year of a previous rating stated next to it. */
function yearOfRating(ctx: InspectionContext, prev: Assignment): { year: number; span: [number, number] } | null {
  const norm = ctx.norm;
  const after = norm.slice(prev.ratingEnd, Math.min(prev.sentence.end, prev.ratingEnd + 70));
  const date = findDates(after).find((x) => x.year !== null);
  if (date && YEAR_AFTER.test(after.slice(0, date.start))) return { year: date.year!, span: [prev.span[0], prev.ratingEnd + date.end] };
  // Or the date of the earlier inspection just before it ("was last inspected 2023, when it was rated ...").
  const from = Math.max(prev.sentence.start, prev.ratingEnd - 120);
  // ("since 2023, when it was also rated inadequate": the year the clause starts from.)
  const m =
    new RegExp(String.raw`\b(?:previously|last|earlier)\s+(?:been\s+)?inspected\s+${BY_AGENT}(?:in\s+)?((?:[A-Z][a-z]+\s+)?(?:19|20)\d{2})\b`).exec(norm.slice(from, prev.ratingEnd)) ??
    /\bsince\s+((?:[A-Z][a-z]+\s+)?(?:19|20)\d{2})\s*,?\s+when\b/.exec(norm.slice(from, prev.ratingEnd));
  const y = m ? findDates(m[1]!).find((x) => x.year !== null) : undefined;
  return m && y ? { year: y.year!, span: [from + m.index, prev.ratingEnd] } : null;
}

/** The document's own year: its dateline, else the latest day-precise date it gives. */
export function documentYear(ctx: InspectionContext): number | null {
  if (ctx.doc.dateline) return Number(ctx.doc.dateline.value.slice(0, 4));
  const years = findDates(ctx.norm).filter((d) => d.precision === 'day' && d.year).map((d) => d.year!);
  return years.length ? Math.max(...years) : null;
}

/** "rated 'Inadequate' in 2022" in a later document states the previous rating, not the current one. */
export function markDatedRatings(ctx: InspectionContext, assignments: Assignment[]): void {
  const year = documentYear(ctx);
  if (year === null) return;
  for (const a of assignments) {
    if (a.previous) continue;
    const after = ctx.norm.slice(a.ratingEnd, Math.min(a.sentence.end, a.ratingEnd + 40));
    const m = /^\W{0,3}\s*(?:(?:rating|overall)\s+)?(?:back\s+)?in\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d{2})\b/.exec(after);
    if (m && Number(m[1]) < year) {
      a.previous = true;
      a.rule = 'previous-rating (dated before the document)';
    }
  }
}

function previousRatings(drafts: Map<PduEntity, InspectionDraft>, assignments: Assignment[], ctx: InspectionContext): void {
  for (const d of drafts.values()) {
    const prev = assignments.find((a) => a.entity === d.entity && a.previous);
    if (prev) {
      d.previousRating = fact(prev.value, prev.rule.startsWith('previous') ? prev.rule : 'previous-rating', prev.span);
      const y = yearOfRating(ctx, prev);
      if (y) d.previousInspectionYear = fact(y.year, 'previous-year-of-rating', y.span);
      continue;
    }
    const again = assignments.find((a) => a.entity === d.entity && !a.previous && a.repeated && a.value === d.rating?.value);
    if (again) d.previousRating = fact(again.value, 'previous-rating-again', again.span);
  }
}

function lastInspected(ctx: InspectionContext, drafts: Map<PduEntity, InspectionDraft>): void {
  for (const s of ctx.doc.sents) {
    if (!/inspect/i.test(s.text)) continue;
    for (const re of LAST_INSPECTED) {
      const m = re.exec(s.text);
      const y = m ? findDates(m[1]!).find((x) => x.year !== null) : undefined;
      if (!m || !y) continue;
      const named = ctx.subjectsIn(s);
      const targets = named.length ? named : [ctx.nearestSubject(s.start + m.index)].filter((e): e is PduEntity => !!e);
      for (const e of targets) {
        const d = drafts.get(e);
        if (d && !d.previousInspectionYear) d.previousInspectionYear = fact(y.year!, 'previous-year-last-inspected', [s.start, s.end]);
      }
      break;
    }
  }
}

export function previousInspection(ctx: InspectionContext, drafts: Map<PduEntity, InspectionDraft>, assignments: Assignment[]): void {
  previousRatings(drafts, assignments, ctx);
  lastInspected(ctx, drafts);
}
