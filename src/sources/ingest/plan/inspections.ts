/**
 * The inspections a document reports, by these rules (match.ts says how an inspection is recognised):
 *
 * - PDU: resolved by name or alias (names.ts), or created (`pdu:<slug>`) in the region the text names.
 * - Matched: the inspection gains the document's evidence, REPORTS, recommendations not already
 *   known, and values it lacked (publication date, fieldwork, recommendation count), which are filled
 *   in; a stated value that differs from the stored one is kept as a Conflict (stored value unchanged).
 * - Created: `inspection:<pdu>:<fieldwork month>` when the text gives fieldwork, otherwise
 *   `inspection:<pdu>:reported-<YYYY-MM>` (the month of the document's date, else the report's
 *   publication, else the URL's month), or `reported-undated-<sha8>` with no date at all; an id
 *   taken by an inspection that is not a match gets `-<sha8>`. Its fieldwork window is stated or
 *   derived (graph/derive/dates.ts). An inspection with no stated rating is only ever matched.
 * - Uncertain (several candidates, or dates that neither fit nor exclude): created, and linked
 *   POSSIBLE_DUPLICATE_OF each candidate, for review. Nothing is merged on a guess.
 * - Previous inspection: linked by FOLLOWS when exactly one inspection of the PDU fits what the text
 *   says of it (rating, year); never invented.
 */
import { fieldworkWindow } from '../../../graph/derive/dates.ts';
import type { Props } from '../../../graph/batch.ts';
import { endOf, startOf } from '../../../model/dates.ts';
import type { Rating } from '../../../model/enums.ts';
import { ids } from '../../../model/ids.ts';
import type { Evidence, ExtractedInspection, RatingWord } from '../../extract/types.ts';
import { decide, type Candidate } from '../match.ts';
import { cleanPduName, isChiefInspectorRole, resolvePdu, resolvePerson, resolveRegion } from '../names.ts';
import type { WorldInspection, WorldPdu, WorldPerson } from '../world.ts';
import type { PeopleResolver } from './people.ts';
import { makeTarget, type PlanState, type Target } from './state.ts';
import { knownRecommendation } from '../../../text/same.ts';

export const RATING_OF: Record<RatingWord, Rating> = {
  Outstanding: 'OUTSTANDING',
  Good: 'GOOD',
  'Requires improvement': 'REQUIRES_IMPROVEMENT',
  Inadequate: 'INADEQUATE',
};

const month = (d: string | null | undefined): string | null => (d ? d.slice(0, 7) : null);

interface Reported {
  x: ExtractedInspection;
  pduId: string;
  pduName: string;
  worldPdu: WorldPdu | null;
  rating: Rating | null;
  existing: WorldInspection[];
}

/** Rule set: every inspection the extraction reports, matched or created. */
export function planInspections(state: PlanState, people: PeopleResolver): void {
  for (const x of state.extraction.inspections) {
    const r = resolveReported(state, x);
    if (state.targets.some((t) => t.pduId === r.pduId)) {
      state.unplaced(`${x.pdu}: reported twice in the document; only the first is used`);
      continue;
    }
    const decision = decide(reportedFor(state, r, people), candidatesOf(state, r.existing));
    if (decision.kind !== 'match' && !r.rating) {
      state.unplaced(`${x.pdu}: no rating stated and no inspection in the graph it matches; not created`);
      continue;
    }
    planPdu(state, r);
    const names = [x.pdu, ...(r.worldPdu ? [r.worldPdu.name, ...r.worldPdu.aliases] : [])];
    let target: Target;
    if (decision.kind === 'match') {
      const c = r.existing.find((i) => i.id === decision.id)!;
      target = makeTarget(c.id, r.pduId, r.pduName, names, c);
      state.report.updated.inspections.push(c.id);
      state.report.matches.push({ inspection: c.id, pdu: x.pdu, reason: decision.reason });
      reconcile(state, x, c, r.rating);
    } else {
      target = makeTarget(createInspection(state, r), r.pduId, r.pduName, names, null);
      if (decision.kind === 'uncertain') flagPossibleDuplicates(state, target.inspectionId, x.pdu, decision.candidates);
    }
    state.addTarget(target);
    attachReport(state, x, target);
    planRecommendations(state, x, target);
    if (x.previousRating || x.previousInspectionYear !== null) linkPrevious(state, x, target, r.existing);
  }
}

function resolveReported(state: PlanState, x: ExtractedInspection): Reported {
  const pduText = cleanPduName(x.pdu);
  const pduId = resolvePdu(x.pdu, state.world.pdus) ?? ids.pdu(pduText);
  const worldPdu = state.world.pdus.find((p) => p.id === pduId) ?? null;
  return {
    x, pduId, worldPdu, pduName: worldPdu?.name ?? pduText,
    rating: x.rating ? RATING_OF[x.rating] : null,
    existing: state.world.inspections.filter((i) => i.pduId === pduId),
  };
}

function reportedFor(state: PlanState, r: Reported, people: PeopleResolver) {
  const x = r.x;
  return {
    rating: r.rating, fieldwork: month(x.fieldwork), fieldworkTo: month(x.fieldworkTo), published: x.published, documentDate: state.doc.documentDate,
    previousRating: x.previousRating ? RATING_OF[x.previousRating] : null, previousInspectionYear: x.previousInspectionYear,
    chiefInspector: x.chiefInspector ? people.personFor(x.chiefInspector) : quotedChiefInspector(state),
  };
}

/**
 * A Chief Inspector of Probation the document quotes, when it names none as such ("Mr Russell
 * said"): the same evidence a stored inspection's speakers give (candidatesOf), from this side.
 */
function quotedChiefInspector(state: PlanState): string | null {
  for (const q of state.extraction.quotes) {
    const person = q.speaker ? worldPerson(state, q.speaker) : undefined;
    if (person?.roles.some((r) => isChiefInspectorRole(r.title))) return person.id;
  }
  return null;
}

/** The person the graph holds under this name (or an alias), if any. */
function worldPerson(state: PlanState, name: string): WorldPerson | undefined {
  const id = resolvePerson(name, state.world.people);
  return id ? state.world.people.find((p) => p.id === id) : undefined;
}

function candidatesOf(state: PlanState, existing: WorldInspection[]): Candidate[] {
  const chiefInspectors = new Set(state.world.people.filter((p) => p.roles.some((r) => isChiefInspectorRole(r.title))).map((p) => p.id));
  return existing.map((i) => ({
    id: i.id, rating: i.rating, fieldworkFrom: i.fieldworkFrom, fieldworkTo: i.fieldworkTo, publishedOn: i.publishedOn, reportedIn: i.reportedIn,
    chiefInspectors: i.speakers.filter((s) => chiefInspectors.has(s)),
  }));
}

/** Rule: the PDU is created when new (in the region the text names); an existing one may gain its region. */
function planPdu(state: PlanState, r: Reported): void {
  const x = r.x;
  const regionId = x.region ? resolveRegion(x.region, state.world.regions) : null;
  if (x.region && !regionId) state.unplaced(`${x.pdu}: region "${x.region}" is not in the graph`);
  if (!r.worldPdu && !state.newPduIds.has(r.pduId)) {
    const name = cleanPduName(x.pdu);
    state.newPduIds.add(r.pduId);
    state.batch.node('PDU', r.pduId, { name, aliases: [`${name} PDU`, `${name} Probation Delivery Unit`], sources: [], notes: null });
    state.report.created.pdus.push(r.pduId);
    if (regionId) state.batch.rel('IN_REGION', ['PDU', r.pduId], ['Region', regionId]);
  } else if (r.worldPdu && regionId) {
    if (!r.worldPdu.regionId) state.batch.rel('IN_REGION', ['PDU', r.pduId], ['Region', regionId]);
    else if (r.worldPdu.regionId !== regionId) state.unplaced(`${x.pdu}: the document places it in ${x.region}, the graph in ${r.worldPdu.regionId}`);
  }
  const ev = (field: string) => x.evidence.filter((e) => e.field === field);
  for (const e of ev('pdu')) state.evidence.add('PDU', r.pduId, e, 'pdu');
  for (const e of [...ev('region'), ...ev('pdusInRegion')]) state.evidence.add('PDU', r.pduId, e, 'region');
}

interface Tenure { from: string; to: string; by: string }

/**
 * The months the Chief Inspector of Probation the document quotes was in post (their dated role,
 * seeds/facts/chief-inspectors.yaml), for rule PUBLISHED_IN_TENURE; an open tenure runs to this month,
 * the document being at hand. Null when the document names none, or one with no dated tenure.
 */
function tenureQuoted(state: PlanState, x: ExtractedInspection): Tenure | null {
  const quoted = x.chiefInspector ? null : quotedChiefInspector(state);
  const person = x.chiefInspector ? worldPerson(state, x.chiefInspector) : state.world.people.find((p) => p.id === quoted);
  const role = person?.roles.find((r) => isChiefInspectorRole(r.title) && r.monthFrom);
  if (!person || !role?.monthFrom) return null;
  return { from: role.monthFrom, to: role.monthUntil ?? new Date().toISOString().slice(0, 7), by: person.name };
}

function reportedWithin(t: Tenure | null): Props {
  return t ? { reportedWithinFrom: t.from, reportedWithinTo: t.to, reportedWithinBy: t.by } : {};
}

/** Rule: a new inspection, with its stated dates and its fieldwork window. */
function createInspection(state: PlanState, r: Reported): string {
  const x = r.x;
  const doc = state.doc;
  const reportedMonth = month(doc.publishedOn ?? x.published ?? doc.documentDate);
  const fieldworkFrom = month(x.fieldwork);
  const id = newInspectionId(r.pduId, fieldworkFrom, reportedMonth, doc.sha8, state.usedInspectionIds);
  state.usedInspectionIds.add(id);
  const reportedIn = fieldworkFrom ? null : reportedMonth;
  const within = fieldworkFrom || reportedIn || x.published ? null : tenureQuoted(state, x);
  const dates = { fieldworkFrom, fieldworkTo: month(x.fieldworkTo) ?? fieldworkFrom, publishedOn: x.published, reportedIn, ...reportedWithin(within) };
  state.batch.node('Inspection', id, {
    name: fieldworkFrom ? `${r.pduName} ${fieldworkFrom}` : `${r.pduName} (reported ${reportedIn ?? 'undated'})`,
    rating: r.rating!,
    ...dates,
    ...fieldworkWindow(dates, state.knowledge.dateRules),
    publishedOnBasis: x.published ? 'STATED' : 'UNKNOWN',
    casesExamined: null,
    casesDescription: null,
    recommendationCount: x.recommendationCount,
    recommendationsComplete: x.recommendationCount !== null && x.recommendationsQuoted.length === x.recommendationCount,
  });
  state.batch.rel('OF', ['Inspection', id], ['PDU', r.pduId]);
  state.report.created.inspections.push(id);
  return id;
}

function newInspectionId(pduId: string, fieldwork: string | null, reported: string | null, sha8: string, used: ReadonlySet<string>): string {
  const base = fieldwork
    ? ids.inspection(pduId, fieldwork)
    : reported
      ? ids.inspection(pduId, `reported-${reported}`)
      : ids.inspection(pduId, `reported-undated-${sha8}`);
  return used.has(base) ? `${base}-${sha8}` : base;
}

function flagPossibleDuplicates(state: PlanState, id: string, pdu: string, candidates: ReadonlyArray<{ id: string; reason: string }>): void {
  for (const c of candidates) {
    const reason = `${pdu} as reported by this document may be ${c.id}: ${c.reason}`;
    state.batch.rel('POSSIBLE_DUPLICATE_OF', ['Inspection', id], ['Inspection', c.id], { reason, documentId: state.doc.id });
    state.report.possibleDuplicates.push({ inspection: id, of: c.id, reason });
  }
}

/** Rule: the document REPORTS the inspection, and its words are the inspection's evidence. */
function attachReport(state: PlanState, x: ExtractedInspection, target: Target): void {
  state.batch.rel('REPORTS', ['Document', state.doc.id], ['Inspection', target.inspectionId]);
  for (const e of x.evidence) {
    if (e.field === 'region' || e.field === 'pdusInRegion' || e.field.startsWith('recommendationsQuoted[')) continue;
    state.evidence.add('Inspection', target.inspectionId, e, e.field);
  }
}

/** Rule: quoted recommendations, new ones or evidence for one already known. */
function planRecommendations(state: PlanState, x: ExtractedInspection, target: Target): void {
  x.recommendationsQuoted.forEach((r, i) => {
    const e = x.evidence.find((ev) => ev.field === `recommendationsQuoted[${i}]`);
    const known = target.recommendations.find((k) => knownRecommendation(r, k.text));
    if (known) {
      state.evidence.add('Recommendation', known.id, e, 'text');
      return;
    }
    const rid = ids.recommendation(target.inspectionId, target.nextRecommendation);
    state.batch.node('Recommendation', rid, { text: r, verbatim: true, position: target.nextRecommendation });
    state.batch.rel('RECOMMENDS', ['Inspection', target.inspectionId], ['Recommendation', rid]);
    state.evidence.add('Recommendation', rid, e, 'text');
    target.recommendations.push({ id: rid, text: r });
    target.nextRecommendation++;
    state.report.created.recommendations++;
  });
}

function sameDate(a: string, b: string): boolean {
  return startOf(a) <= endOf(b) && startOf(b) <= endOf(a);
}

function conflict(state: PlanState, c: WorldInspection, field: string, storedValue: string, reportedValue: string, ev: Evidence[]): void {
  const cid = `conflict:${c.id.replace(/^inspection:/, '')}:${field}:${state.doc.sha8}`;
  state.batch.node('Conflict', cid, {
    name: `${field}: stored ${storedValue}, reported ${reportedValue}`,
    field, storedValue, reportedValue, inspectionId: c.id, documentId: state.doc.id,
  });
  state.batch.rel('HAS_CONFLICT', ['Inspection', c.id], ['Conflict', cid]);
  for (const e of ev) state.evidence.add('Conflict', cid, e, field);
  state.report.conflicts.push({ inspection: c.id, field, storedValue, reportedValue, conflict: cid });
}

/** Rule: a matched inspection: differing values kept apart as Conflicts. */
function recordConflicts(state: PlanState, x: ExtractedInspection, c: WorldInspection, rating: Rating | null): void {
  // The words that state the value; failing those, the words that name the PDU (a Conflict always has evidence).
  const evOf = (...fields: string[]) => {
    const found = x.evidence.filter((e) => fields.includes(e.field));
    return found.length > 0 ? found : x.evidence.filter((e) => e.field === 'pdu').slice(0, 1);
  };
  if (rating && c.rating && rating !== c.rating) conflict(state, c, 'rating', c.rating, rating, evOf('rating'));
  if (x.published && c.publishedOn && !sameDate(x.published, c.publishedOn)) conflict(state, c, 'publishedOn', c.publishedOn, x.published, evOf('published'));
  const xf = month(x.fieldwork);
  const xt = month(x.fieldworkTo);
  if (xf && c.fieldworkFrom && (xf !== c.fieldworkFrom.slice(0, 7) || (xt !== null && xt !== month(c.fieldworkTo ?? c.fieldworkFrom)))) {
    const stored = c.fieldworkTo && c.fieldworkTo !== c.fieldworkFrom ? `${c.fieldworkFrom} to ${c.fieldworkTo}` : c.fieldworkFrom;
    conflict(state, c, 'fieldwork', stored, xt && xt !== xf ? `${xf} to ${xt}` : xf, evOf('fieldwork', 'fieldworkTo'));
  }
  if (x.recommendationCount !== null && c.recommendationCount !== null && x.recommendationCount !== c.recommendationCount) {
    conflict(state, c, 'recommendationCount', String(c.recommendationCount), String(x.recommendationCount), evOf('recommendationCount'));
  }
}

/** Rule: values the matched inspection lacked, and the earliest month a document reported it. */
function fillsFor(state: PlanState, x: ExtractedInspection, c: WorldInspection): Props {
  const fills: Props = {};
  const xf = month(x.fieldwork);
  if (x.published && !c.publishedOn) {
    fills.publishedOn = x.published;
    fills.publishedOnBasis = 'STATED';
  }
  if (xf && !c.fieldworkFrom) {
    fills.fieldworkFrom = xf;
    fills.fieldworkTo = month(x.fieldworkTo) ?? xf;
  }
  if (x.recommendationCount !== null && c.recommendationCount === null) {
    fills.recommendationCount = x.recommendationCount;
    const added = x.recommendationsQuoted.filter((q) => !c.recommendations.some((k) => knownRecommendation(q, k.text))).length;
    fills.recommendationsComplete = c.recommendations.length + added === x.recommendationCount;
  }
  const reported = month(state.doc.documentDate);
  if (!c.fieldworkFrom && !xf && !reported && !c.reportedIn && !c.publishedOn && !x.published && !c.props.reportedWithinFrom) {
    Object.assign(fills, reportedWithin(tenureQuoted(state, x)));
  }
  // The earliest month a document reported it: also when no month was known before (an undated first document).
  if (!c.fieldworkFrom && !xf && reported && (!c.reportedIn || reported < c.reportedIn)) fills.reportedIn = reported;
  return fills;
}

/** A matched inspection: conflicts kept apart, missing values filled in (and its window re-derived). */
function reconcile(state: PlanState, x: ExtractedInspection, c: WorldInspection, rating: Rating | null): void {
  recordConflicts(state, x, c, rating);
  const fills = fillsFor(state, x, c);
  if (Object.keys(fills).length === 0) return;
  const props = { ...c.props, ...fills };
  const window = fieldworkWindow({
    fieldworkFrom: (props.fieldworkFrom as string | null) ?? null, fieldworkTo: (props.fieldworkTo as string | null) ?? null,
    publishedOn: (props.publishedOn as string | null) ?? null, reportedIn: (props.fieldworkFrom ? null : (props.reportedIn as string | null)) ?? null,
    reportedWithinFrom: (props.reportedWithinFrom as string | null) ?? null, reportedWithinTo: (props.reportedWithinTo as string | null) ?? null,
    reportedWithinBy: (props.reportedWithinBy as string | null) ?? null,
  }, state.knowledge.dateRules);
  // The node is written whole: every stored property, with the missing ones filled in.
  state.batch.node('Inspection', c.id, { ...props, ...window, reportedIn: props.fieldworkFrom ? null : (props.reportedIn ?? null) });
  for (const [field, value] of Object.entries(fills)) {
    if (value !== null && !Array.isArray(value) && !field.endsWith('Basis')) state.report.filled.push({ inspection: c.id, field, value });
  }
}

/** Rule: FOLLOWS the previous inspection the text names, when exactly one fits. */
function linkPrevious(state: PlanState, x: ExtractedInspection, target: Target, existing: WorldInspection[]): void {
  const wantRating = x.previousRating ? RATING_OF[x.previousRating] : null;
  const wantYear = x.previousInspectionYear;
  const what = `${x.pdu}'s previous inspection (${x.previousRating ?? 'rating not stated'}${wantYear ? `, ${wantYear}` : ''})`;
  const fits = existing.filter((i) => {
    if (i.id === target.inspectionId) return false;
    if (wantRating && i.rating !== wantRating) return false;
    if (wantYear !== null) {
      const years = [i.fieldworkFrom, i.publishedOn, i.reportedIn].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
      if (!years.includes(wantYear)) return false;
    }
    return true;
  });
  if (fits.length !== 1) {
    state.unplaced(`${what}: ${fits.length === 0 ? 'not in the graph' : `${fits.length} inspections fit (${fits.map((f) => f.id).join(', ')})`}; no FOLLOWS link`);
    return;
  }
  const prev = fits[0]!;
  const follows = target.existing?.follows ?? [];
  if (follows.includes(prev.id)) return;
  if (follows.length > 0) {
    state.unplaced(`${what}: the graph already has ${target.inspectionId} following ${follows.join(', ')}; not changed`);
    return;
  }
  state.batch.rel('FOLLOWS', ['Inspection', target.inspectionId], ['Inspection', prev.id]);
  for (const e of x.evidence.filter((ev) => ev.field === 'previousRating' || ev.field === 'previousInspectionYear')) state.evidence.add('Inspection', target.inspectionId, e, 'follows');
}
