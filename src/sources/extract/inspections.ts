/**
 * One record per inspection the document reports (a PDU it rates): which PDU, its rating, the previous rating, the
 * region, fieldwork and publication dates, recommendations and the Chief Inspector. This module ties
 * the single-concept rules together, in the order their inputs need:
 *   ratings (rating-assign.ts: they also decide which weakly named PDUs are subjects) → previous
 *   inspection (previous.ts) → region (placement.ts) → fieldwork and publication (timing.ts) →
 *   recommendations → Chief Inspector.
 */
import { emptyDraft, fact, InspectionContext, type DocumentView, type InspectionDraft } from './draft.ts';
import type { PduEntity } from './entities.ts';
import { isChiefInspectorOfProbation } from './people.ts';
import { placeInRegion } from './placement.ts';
import { markDatedRatings, previousInspection } from './previous.ts';
import { assignRatings } from './rating-assign.ts';
import { findFieldwork, findPublished } from './timing.ts';
import type { RatingWord } from './types.ts';

export type { DocumentView, Fact, InspectionDraft } from './draft.ts';

/**
 * recommendations-count / recommendations-quoted: a statement belongs to the subject it names, else to
 * the subject the text was last about.
 */
function assignRecommendations(ctx: InspectionContext, drafts: Map<PduEntity, InspectionDraft>): void {
  for (const r of ctx.doc.recommendations) {
    const named = ctx.subjectsIn(r.sentence)[0];
    const e = named ?? ctx.nearestSubject(r.sentence.start);
    const d = e ? drafts.get(e) : undefined;
    if (!d) continue;
    if (r.count !== null && !d.recommendationCount) d.recommendationCount = fact(r.count, r.countRule, [r.sentence.start, r.sentence.end]);
    for (const ph of r.phrases) if (!d.recommendationsQuoted.some((x) => x.text === ph.text)) d.recommendationsQuoted.push(ph);
    if (r.truncated) d.declined.recommendationsQuoted ??= 'the quoted wording runs into the end of the cut-off text, so it is not complete';
  }
}

/** chief-inspector: the person the text names as (HM) Chief Inspector of Probation speaks for every inspection. */
function assignChiefInspector(ctx: InspectionContext, drafts: Map<PduEntity, InspectionDraft>): void {
  const chief = ctx.doc.people.find((x) => isChiefInspectorOfProbation(x.role));
  if (chief) for (const d of drafts.values()) d.chiefInspector = fact(chief.name, `chief-inspector (${chief.rule})`, [chief.start, chief.end]);
}

export function buildInspections(doc: DocumentView): { drafts: InspectionDraft[]; ratingOf: Map<PduEntity, RatingWord> } {
  const ctx = new InspectionContext(doc);
  const drafts = new Map<PduEntity, InspectionDraft>(ctx.subjects.map((e) => [e, emptyDraft(e)]));
  const { assignments, ratingOf } = assignRatings(ctx, drafts, emptyDraft, (a) => markDatedRatings(ctx, a));
  // An inspection report rates the PDU: a PDU no statement rates is mentioned, not reported on (a
  // thematic report naming the PDUs it visited, an appointment naming past inspections).
  for (const [e, d] of drafts) {
    if (d.rating) continue;
    drafts.delete(e);
    e.subject = false;
  }
  ctx.subjects = ctx.subjects.filter((e) => e.subject);
  previousInspection(ctx, drafts, assignments);
  placeInRegion(ctx, drafts);
  findFieldwork(ctx, drafts);
  findPublished(ctx, drafts);
  assignRecommendations(ctx, drafts);
  assignChiefInspector(ctx, drafts);
  const order = (d: InspectionDraft): number => d.entity.mentions[0]!.start;
  return { drafts: [...drafts.values()].sort((a, b) => order(a) - order(b)), ratingOf };
}
