/**
 * Is an inspection a document reports one the graph already holds? Pure logic, unit-tested.
 *
 * Each existing inspection of the same PDU is compared with the reported one on dates, rating,
 * chief inspector and stated previous inspection, and classed:
 *
 * - STRONG: the same fieldwork month (or overlapping stated fieldwork periods), or the same
 *   publication date;
 * - COMPATIBLE: the dates fit one inspection: a report published within 9 months after the other's
 *   fieldwork (12 when only a news report's date is known), a news report within 6 months after the
 *   report's publication, two news reports within 6 months of each other;
 * - UNKNOWN: one side has no date at all, so dates neither match nor exclude;
 * - FAR: dates that neither fit nor exclude (up to 18 months apart);
 * - EXCLUDED: dates further apart or in the wrong order, a different rating (unless the dates match
 *   STRONGly: that is a conflict, kept and reported), a different chief inspector, or the inspection
 *   the document says this one follows.
 *
 * Decision: the STRONG candidates if any, else the COMPATIBLE ones, else the UNKNOWN ones: exactly
 * one → that inspection; several → uncertain. A lone UNKNOWN candidate matches only when the ratings
 * are both known and equal, the document does not say the PDU had that rating before (then the
 * candidate may be the earlier inspection: FAR), and no FAR candidate competes. Only FAR candidates → uncertain. Uncertain
 * means: create the reported inspection and link it POSSIBLE_DUPLICATE_OF each candidate, for review.
 * Nothing is merged on a guess.
 */
import { endOf, startOf } from '../../model/dates.ts';

export type Level = 'STRONG' | 'COMPATIBLE' | 'UNKNOWN' | 'FAR' | 'EXCLUDED';

export interface ReportedDates {
  /** Fieldwork as the text states it (`YYYY-MM`), and its last month for a range. */
  fieldwork: string | null;
  fieldworkTo: string | null;
  /** The report's own publication date, as the text states it. */
  published: string | null;
  /** The document's date (a news report's dateline; the URL's month when the text has none). */
  documentDate: string | null;
}

export interface StoredDates {
  fieldworkFrom: string | null;
  fieldworkTo: string | null;
  publishedOn: string | null;
  /** For inspections known only from news: the month of the first document that reported it. */
  reportedIn: string | null;
}

export interface Relation { level: Level; reason: string }

const DAY_MS = 86_400_000;
/** Day number of a partial date's first or last day. */
function day(date: string, edge: 'start' | 'end'): number {
  return Date.parse(`${edge === 'start' ? startOf(date) : endOf(date)}T00:00:00Z`) / DAY_MS;
}

export const WINDOW = {
  /** Publication within this many days of each other still counts as the same (a day's slip). */
  sameDay: 14,
  /** A report is published within ~9 months after its fieldwork. */
  reportAfterFieldwork: 275,
  /** A news report dated within ~12 months after fieldwork (it may cite an older report). */
  newsAfterFieldwork: 366,
  /** A news report within ~6 months after the report it covers, or of another news report. */
  newsAfterReport: 184,
  /** Beyond this, dates exclude rather than leave a doubt. */
  far: 550,
} as const;

/** Days from span a to span b (0 when they overlap; negative when b lies before a). */
function gap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  if (bStart > aEnd) return bStart - aEnd;
  if (bEnd < aStart) return bEnd - aStart;
  return 0;
}

const span = (d: string) => [day(d, 'start'), day(d, 'end')] as const;

/** How the reported inspection's dates relate to a stored one's. */
export function compareDates(x: ReportedDates, c: StoredDates): Relation {
  // 1. Both fieldworks known: they decide.
  if (x.fieldwork && c.fieldworkFrom) {
    if (x.fieldwork.slice(0, 7) === c.fieldworkFrom.slice(0, 7)) return { level: 'STRONG', reason: `same fieldwork month (${c.fieldworkFrom})` };
    const xs = day(x.fieldwork, 'start'); const xe = day(x.fieldworkTo ?? x.fieldwork, 'end');
    const cs = day(c.fieldworkFrom, 'start'); const ce = day(c.fieldworkTo ?? c.fieldworkFrom, 'end');
    if (gap(xs, xe, cs, ce) === 0) return { level: 'STRONG', reason: 'overlapping fieldwork periods' };
    return { level: 'EXCLUDED', reason: `different fieldwork (${x.fieldwork} vs ${c.fieldworkFrom})` };
  }
  // 2. Both publication dates known.
  if (x.published && c.publishedOn) {
    const [xs, xe] = span(x.published); const [cs, ce] = span(c.publishedOn);
    const g = Math.abs(gap(xs, xe, cs, ce));
    if (g === 0) return { level: 'STRONG', reason: `same publication date (${c.publishedOn})` };
    if (g <= WINDOW.sameDay) return { level: 'COMPATIBLE', reason: `publication dates ${g} days apart (${x.published} vs ${c.publishedOn})` };
    return { level: 'EXCLUDED', reason: `published on different dates (${x.published} vs ${c.publishedOn})` };
  }
  // 3. One side's report date against the other's report date or fieldwork.
  const xReport = x.published ?? x.documentDate;
  const xExact = x.published !== null;
  const cReport = c.publishedOn ?? c.reportedIn;
  const cExact = c.publishedOn !== null;
  if (xReport && cReport) {
    const [xs, xe] = span(xReport); const [cs, ce] = span(cReport);
    // d > 0: the stored report date lies after the reported one.
    const d = gap(xs, xe, cs, ce);
    let lo: number; let hi: number;
    if (xExact && !cExact) { lo = -WINDOW.sameDay; hi = WINDOW.newsAfterReport; } // c first reported in news after x's publication
    else if (!xExact && cExact) { lo = -WINDOW.newsAfterReport; hi = WINDOW.sameDay; } // x is news after c's publication
    else { lo = -WINDOW.newsAfterReport; hi = WINDOW.newsAfterReport; } // two news reports
    const what = `${xExact ? 'published' : 'reported'} ${xReport} vs ${cExact ? 'published' : 'first reported'} ${cReport}`;
    if (d >= lo && d <= hi) return { level: 'COMPATIBLE', reason: `dates fit one inspection (${what})` };
    // News cannot come before the report it covers: the wrong order excludes.
    if (!xExact && cExact && d > hi) return { level: 'EXCLUDED', reason: `reported before that report was published (${what})` };
    if (xExact && !cExact && d < lo) return { level: 'EXCLUDED', reason: `that inspection was reported before this report was published (${what})` };
    if (Math.abs(d) <= WINDOW.far) return { level: 'FAR', reason: `dates neither match nor exclude (${what})` };
    return { level: 'EXCLUDED', reason: `dates too far apart (${what})` };
  }
  if (xReport && c.fieldworkFrom) return reportVsFieldwork(xReport, xExact, c.fieldworkFrom, c.fieldworkTo, 'stored');
  if (cReport && x.fieldwork) return reportVsFieldwork(cReport, cExact, x.fieldwork, x.fieldworkTo, 'reported');
  return { level: 'UNKNOWN', reason: 'no dates to compare' };
}

function reportVsFieldwork(report: string, exact: boolean, from: string, to: string | null, whose: 'stored' | 'reported'): Relation {
  const [rs, re] = span(report);
  const fs = day(from, 'start'); const fe = day(to ?? from, 'end');
  const what = `${exact ? 'published' : 'reported'} ${report}, ${whose} fieldwork ${from}${to && to !== from ? ` to ${to}` : ''}`;
  if (re < fs) return { level: 'EXCLUDED', reason: `reported before the fieldwork (${what})` };
  const after = rs - fe;
  if (after <= (exact ? WINDOW.reportAfterFieldwork : WINDOW.newsAfterFieldwork)) return { level: 'COMPATIBLE', reason: `dates fit one inspection (${what})` };
  if (after <= WINDOW.far) return { level: 'FAR', reason: `dates neither match nor exclude (${what})` };
  return { level: 'EXCLUDED', reason: `reported long after the fieldwork (${what})` };
}

/** The years an inspection's dates point at (fieldwork, publication, first report). */
export function yearsOf(c: StoredDates): number[] {
  return [c.fieldworkFrom, c.publishedOn, c.reportedIn].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
}

export interface Candidate extends StoredDates {
  id: string;
  rating: string | null;
  /** People who spoke about it and hold the Chief Inspector role. */
  chiefInspectors: readonly string[];
}

export interface Reported extends ReportedDates {
  rating: string | null;
  previousRating: string | null;
  previousInspectionYear: number | null;
  /** The person id of the chief inspector the document names, when it names one. */
  chiefInspector: string | null;
}

export interface Assessed { id: string; level: Level; reason: string }

/** Compare one candidate with the reported inspection, on every ground. */
export function assess(x: Reported, c: Candidate): Assessed {
  const rel = compareDates(x, c);
  const out = (level: Level, reason: string): Assessed => ({ id: c.id, level, reason });
  if (rel.level === 'EXCLUDED') return out('EXCLUDED', rel.reason);
  if (rel.level === 'STRONG') return out('STRONG', rel.reason); // a differing rating is a conflict, not a different inspection
  if (x.rating && c.rating && x.rating !== c.rating) return out('EXCLUDED', `rated ${c.rating}, not ${x.rating}`);
  if (x.chiefInspector && c.chiefInspectors.length > 0 && !c.chiefInspectors.includes(x.chiefInspector)) {
    return out('EXCLUDED', `a different chief inspector spoke about it (${c.chiefInspectors.join(', ')})`);
  }
  if (x.previousInspectionYear !== null) {
    const years = yearsOf(c);
    if (years.length > 0 && Math.min(...years) <= x.previousInspectionYear) {
      return out('EXCLUDED', `it is from ${Math.min(...years)}, and the document says this inspection follows one in ${x.previousInspectionYear}`);
    }
  }
  if (rel.level === 'UNKNOWN' && !(x.rating && c.rating)) return out('FAR', `${rel.reason}, and no rating to compare`);
  // The document says the PDU was rated so before: an undated inspection with that rating may be the earlier one.
  if (rel.level === 'UNKNOWN' && x.previousRating && c.rating === x.previousRating) {
    return out('FAR', `${rel.reason}, and the document says the PDU was rated ${c.rating} before: it may be that earlier inspection`);
  }
  return out(rel.level, rel.level === 'UNKNOWN' ? `${rel.reason}; the same rating (${c.rating})` : rel.reason);
}

export type Decision =
  | { kind: 'match'; id: string; reason: string; assessed: Assessed[] }
  | { kind: 'uncertain'; candidates: Assessed[]; assessed: Assessed[] }
  | { kind: 'new'; assessed: Assessed[] };

export function decide(x: Reported, candidates: readonly Candidate[]): Decision {
  const assessed = candidates.map((c) => assess(x, c));
  const at = (l: Level) => assessed.filter((a) => a.level === l);
  for (const level of ['STRONG', 'COMPATIBLE'] as const) {
    const hits = at(level);
    if (hits.length === 1) return { kind: 'match', id: hits[0]!.id, reason: hits[0]!.reason, assessed };
    if (hits.length > 1) return { kind: 'uncertain', candidates: hits, assessed };
  }
  const unknown = at('UNKNOWN');
  const far = at('FAR');
  if (unknown.length === 1 && far.length === 0) {
    return { kind: 'match', id: unknown[0]!.id, reason: `the only candidate: ${unknown[0]!.reason}`, assessed };
  }
  if (unknown.length + far.length > 0) return { kind: 'uncertain', candidates: [...unknown, ...far], assessed };
  return { kind: 'new', assessed };
}
