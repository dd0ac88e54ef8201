/**
 * What changed for a PDU between its inspections: for each pair of successive dated inspections,
 * the rating's move, the concern and strength themes that are new, persisting or not reported again,
 * the recommendations that recur (lineage: RECURS), the frameworks each was judged under, and what
 * the documents about each inspection lack. One statement reads the PDU's inspections with all of
 * that; the comparison is made here, in words an analyst can quote.
 *
 * Vocabulary:
 *   dated      an inspection with a date (chronology.ts); undated ones cannot be placed in the
 *              sequence and are listed in the coverage (NO_DATE), with the inspections they may
 *              duplicate
 *   new        a theme the later inspection's documents report and the earlier one's do not: new
 *              to the documents, not necessarily to the PDU (a press release reports a few findings)
 *   not reported again  a theme the earlier documents report and the later ones do not: never
 *              "resolved", since what a document does not report is not evidence of anything
 */
import type { DocumentRecord, FindingRecord, InspectionRecord, PduRecord, RecommendationRecord, ThemeRecord } from '../model/records.ts';
import type { Rating } from '../model/enums.ts';
import { inspectionDate, inspectionDateBasis, oldestInspectionFirst } from './chronology.ts';
import type { CoverageRecord } from './coverage.ts';
import { frameworkCertainty, frameworkExplanation, frameworksMatch } from './periods.ts';
import type {
  FrameworkChangeRecord, FrameworkMatchRecord, InspectionChangeRecord, InspectionCoverageRecord, PduChangesRecord,
  RatingChange, RecurrenceLinkRecord, ThemeChangeRecord, ThemeChangesRecord,
} from './records.ts';
import type { Statement } from './statement.ts';

const ORDER: Record<Rating, number> = { INADEQUATE: 0, REQUIRES_IMPROVEMENT: 1, GOOD: 2, OUTSTANDING: 3 };

export function pduChangesStatement(pdu: string): Statement {
  return {
    cypher: `MATCH (p:PDU {id: $pdu})
CALL (p) {
  MATCH (p)<-[:OF]-(i:Inspection)
  WITH i ORDER BY ${oldestInspectionFirst('i')}
  RETURN collect({
    inspection: i {.*}, date: ${inspectionDate('i')}, dateBasis: ${inspectionDateBasis('i')},
    documents: COLLECT { MATCH (d:Document)-[:REPORTS]->(i) RETURN d {.id, .title, .kind, .publishedOn, .url} AS d ORDER BY d.publishedOn, d.id },
    findings: COLLECT { MATCH (i)-[:FOUND]->(f:Finding) WITH f ORDER BY f.position, f.id
      RETURN f {.*, themes: COLLECT { MATCH (f)-[:ABOUT]->(t:Theme) RETURN DISTINCT t {.*} AS t ORDER BY t.name }} },
    recommendations: COLLECT { MATCH (i)-[:RECOMMENDS]->(r:Recommendation) WITH r ORDER BY r.position, r.id
      RETURN r {.*, recurs: COLLECT { MATCH (r)-[l:RECURS]->(e:Recommendation)<-[:RECOMMENDS]-(ei:Inspection)
        RETURN {earlier: e {.*}, inspection: ei.id, score: l.score, method: l.method, sharedTerms: l.sharedTerms, explanation: l.explanation} AS x ORDER BY l.score DESC }} },
    frameworks: COLLECT { ${frameworksMatch('i', 'f')}
      RETURN {framework: f {.*}, certainty: ${frameworkCertainty('i', 'f')}, explanation: ${frameworkExplanation('i', 'f')}} AS x ORDER BY f.periodStart },
    duplicates: COLLECT { MATCH (i)-[:POSSIBLE_DUPLICATE_OF]-(o:Inspection) RETURN DISTINCT o.id AS o ORDER BY o }
  }) AS inspections
}
RETURN p {.*} AS pdu, inspections`,
    params: { pdu },
  };
}

type Themed = FindingRecord & { themes: ThemeRecord[] };
interface Recurs { earlier: RecommendationRecord; inspection: string; score: number; method: string; sharedTerms: string[]; explanation: string }
export interface InspectionFacts {
  inspection: InspectionRecord;
  date: string | null;
  dateBasis: string;
  documents: DocumentRecord[];
  findings: Themed[];
  recommendations: (RecommendationRecord & { recurs: Recurs[] })[];
  frameworks: FrameworkMatchRecord[];
  duplicates: string[];
}

const plural = (x: number, one: string, many = `${one}s`) => `${x} ${x === 1 ? one : many}`;
const RATING_WORDS: Record<Rating, string> = { OUTSTANDING: 'Outstanding', GOOD: 'Good', REQUIRES_IMPROVEMENT: 'Requires improvement', INADEQUATE: 'Inadequate' };
const KIND_WORDS: Record<string, string> = { PRESS_RELEASE: 'press release', NEWS: 'news report', BOARD_REPORT: 'board report', PARLIAMENTARY_ANSWER: 'parliamentary answer', OTHER: 'other document' };

/** How an inspection is named in the explanations: its date. */
const label = (x: InspectionFacts) => x.date ?? x.inspection.id;

/** Findings of one polarity, grouped by theme; those without a theme apart. */
function byTheme(findings: Themed[], polarity: 'CONCERN' | 'STRENGTH'): { themes: Map<string, { theme: ThemeRecord; findings: FindingRecord[] }>; unthemed: FindingRecord[] } {
  const themes = new Map<string, { theme: ThemeRecord; findings: FindingRecord[] }>();
  const unthemed: FindingRecord[] = [];
  for (const f of findings.filter((x) => x.polarity === polarity)) {
    const { themes: ts, ...finding } = f;
    if (ts.length === 0) unthemed.push(finding);
    for (const t of ts) {
      const entry = themes.get(t.id) ?? { theme: t, findings: [] };
      entry.findings.push(finding);
      themes.set(t.id, entry);
    }
  }
  return { themes, unthemed };
}

/** New, persisting and not-reported-again themes of one polarity between two inspections. */
export function themeChanges(a: InspectionFacts, b: InspectionFacts, polarity: 'CONCERN' | 'STRENGTH'): ThemeChangesRecord {
  const what = polarity === 'CONCERN' ? 'concern' : 'strength';
  const before = byTheme(a.findings, polarity);
  const after = byTheme(b.findings, polarity);
  const change = (theme: ThemeRecord, explanation: string): ThemeChangeRecord => ({
    theme, before: before.themes.get(theme.id)?.findings ?? [], after: after.themes.get(theme.id)?.findings ?? [], explanation,
  });
  const sorted = (xs: ThemeChangeRecord[]) => xs.sort((x, y) => x.theme.name.localeCompare(y.theme.name));
  const fresh = sorted([...after.themes.values()].filter((x) => !before.themes.has(x.theme.id)).map((x) =>
    change(x.theme, `a ${what} about ${x.theme.name} is reported for ${label(b)} (${plural(x.findings.length, 'finding')}); the documents about ${label(a)} report none: new to the documents, not necessarily to the PDU`)));
  const persisting = sorted([...after.themes.values()].filter((x) => before.themes.has(x.theme.id)).map((x) =>
    change(x.theme, `reported as a ${what} for both ${label(a)} (${plural(before.themes.get(x.theme.id)!.findings.length, 'finding')}) and ${label(b)} (${plural(x.findings.length, 'finding')})`)));
  const gone = sorted([...before.themes.values()].filter((x) => !after.themes.has(x.theme.id)).map((x) =>
    change(x.theme, `reported as a ${what} for ${label(a)}; the documents about ${label(b)} do not report it, which is not evidence that it ${polarity === 'CONCERN' ? 'was resolved' : 'was lost'}`)));
  const counts = (x: InspectionFacts) => x.findings.filter((f) => f.polarity === polarity).length;
  return {
    new: fresh, persisting, notReportedAgain: gone, withoutThemeBefore: before.unthemed, withoutThemeAfter: after.unthemed,
    explanation: `${label(a)}: ${plural(counts(a), what)} reported, ${label(b)}: ${plural(counts(b), what)}. ${plural(fresh.length, 'theme')} new, ${plural(persisting.length, 'theme')} persisting, ${plural(gone.length, 'theme')} not reported again` +
      `${before.unthemed.length + after.unthemed.length ? ` (${before.unthemed.length + after.unthemed.length} ${what}s carry no theme and are listed apart)` : ''}.`,
  };
}

function frameworkChange(a: InspectionFacts, b: InspectionFacts): FrameworkChangeRecord {
  const names = (x: InspectionFacts) => x.frameworks.map((f) => `${f.framework.name}${f.certainty === 'POSSIBLE' ? ' (possibly)' : ''}`).join(' or ') || 'no known framework (no fieldwork window, or none in the graph covers it)';
  const certain = (x: InspectionFacts) => (x.frameworks.length === 1 && x.frameworks[0]!.certainty === 'CERTAIN' ? x.frameworks[0]!.framework.id : null);
  const same = certain(a) !== null && certain(a) === certain(b);
  const explanation = same
    ? `Both were judged under ${names(a)}.`
    : `Judged under different frameworks, or frameworks the dates cannot settle: ${label(a)} under ${names(a)}; ${label(b)} under ${names(b)}. Ratings and findings under different standards compare with care.`;
  return { before: a.frameworks, after: b.frameworks, same, explanation };
}

/** What the documents about one inspection report, and what they lack. */
export function inspectionCoverage(x: InspectionFacts): InspectionCoverageRecord {
  const concerns = x.findings.filter((f) => f.polarity === 'CONCERN').length;
  const strengths = x.findings.filter((f) => f.polarity === 'STRENGTH').length;
  const known = x.recommendations.length;
  const stated = x.inspection.recommendationCount ?? null;
  const kinds = x.documents.map((d) => KIND_WORDS[d.kind] ?? d.kind);
  const lacks = [
    `known from ${plural(x.documents.length, 'document')} (${kinds.join(', ') || 'none'}); the inspection report itself is not in the graph`,
    known === 0 ? (stated ? `none of its ${stated} recommendations is quoted` : 'no recommendation is quoted, and no document states how many it made') : stated && known < stated ? `only ${known} of its ${stated} recommendations are quoted` : null,
    concerns === 0 ? 'no concern is reported' : null,
    strengths === 0 ? 'no strength is reported' : null,
    x.inspection.fieldworkBasis === 'DERIVED' ? `no document states the fieldwork: ${x.inspection.fieldworkExplanation ?? 'a derived window'}` : null,
  ].filter((s): s is string => s !== null);
  return { inspection: x.inspection, documents: x.documents, concerns, strengths, recommendationsKnown: known, recommendationsStated: stated, lacks };
}

function ratingChange(a: InspectionRecord, b: InspectionRecord): RatingChange {
  const d = ORDER[b.rating] - ORDER[a.rating];
  return d > 0 ? 'IMPROVED' : d < 0 ? 'DECLINED' : 'UNCHANGED';
}

/** The later inspection's recommendations that recur one of the earlier's (same PDU: RECURS). */
function recurring(a: InspectionFacts, b: InspectionFacts): RecurrenceLinkRecord[] {
  return b.recommendations.flatMap(({ recurs, ...r }) =>
    recurs.filter((l) => l.inspection === a.inspection.id).map((l) => ({ recommendation: r, earlier: l.earlier, score: l.score, method: l.method, sharedTerms: l.sharedTerms, explanation: l.explanation })));
}

export function compare(a: InspectionFacts, b: InspectionFacts): InspectionChangeRecord {
  const before = inspectionCoverage(a);
  const after = inspectionCoverage(b);
  const rating = ratingChange(a.inspection, b.inspection);
  const frameworks = frameworkChange(a, b);
  const concerns = themeChanges(a, b, 'CONCERN');
  const strengths = themeChanges(a, b, 'STRENGTH');
  const recurs = recurring(a, b);
  const notes = [
    `${label(a)}: ${before.lacks.join('; ')}.`,
    `${label(b)}: ${after.lacks.join('; ')}.`,
    recurs.length === 0 && (before.recommendationsKnown === 0 || after.recommendationsKnown === 0)
      ? `With no recommendation quoted for ${before.recommendationsKnown === 0 ? label(a) : label(b)}, no recommendation can be shown to recur.` : null,
    'A theme the later documents do not report is "not reported again", never resolved: what a document does not report is not evidence.',
  ].filter((s): s is string => s !== null);
  const explanation = `${RATING_WORDS[a.inspection.rating]} (${label(a)}) to ${RATING_WORDS[b.inspection.rating]} (${label(b)}): ${rating.toLowerCase()}. ` +
    `Concerns: ${concerns.explanation} Strengths: ${strengths.explanation} ${plural(recurs.length, 'recommendation')} of ${label(b)} recur${recurs.length === 1 ? 's' : ''} one of ${label(a)}. ${frameworks.explanation}`;
  return { before: a.inspection, after: b.inspection, rating, frameworks, concerns, strengths, recurringRecommendations: recurs, coverage: { before, after, notes }, explanation };
}

/** The comparison of every pair of successive dated inspections, with the coverage. */
export function pduChanges(pdu: PduRecord, inspections: readonly InspectionFacts[]): PduChangesRecord {
  const dated = inspections.filter((x) => x.date !== null).sort((x, y) => x.date!.localeCompare(y.date!) || x.inspection.id.localeCompare(y.inspection.id));
  const undated = inspections.filter((x) => x.date === null);
  const changes = dated.slice(1).map((b, k) => compare(dated[k]!, b));
  const dup = (x: InspectionFacts) => (x.duplicates.length ? ` (possibly the same as ${x.duplicates.join(', ')})` : '');
  const excluded = undated.length ? [{
    reason: 'NO_DATE' as const, kind: 'UNDECIDED' as const, count: undated.length, pdus: 1, ids: undated.map((x) => x.inspection.id),
    explanation: `${plural(undated.length, 'inspection')} with no date at all, so not placed in the sequence: ${undated.map((x) => `${x.inspection.id}${dup(x)}`).join('; ')}`,
  }] : [];
  const summary = `Compared ${plural(dated.length, 'dated inspection')} of ${pdu.name} (${plural(changes.length, 'pair')}) of its ${inspections.length} in the graph.${excluded.length ? ` Left out: ${excluded[0]!.explanation}.` : ' None left out.'}`;
  const coverage: CoverageRecord = {
    total: inspections.length,
    considered: {
      inspections: dated.length, pdus: dated.length ? 1 : 0,
      recommendations: dated.reduce((s, x) => s + x.recommendations.length, 0), findings: dated.reduce((s, x) => s + x.findings.length, 0),
      withoutTheme: dated.reduce((s, x) => s + x.findings.filter((f) => f.themes.length === 0).length, 0), inspectionIds: dated.map((x) => x.inspection.id),
    },
    excluded, summary,
  };
  const head = changes.length
    ? changes.map((c) => `${c.before.id} to ${c.after.id}: ${c.rating.toLowerCase()} (${RATING_WORDS[c.before.rating]} to ${RATING_WORDS[c.after.rating]}), ${c.concerns.new.length} new concern themes, ${c.concerns.persisting.length} persisting, ${c.concerns.notReportedAgain.length} not reported again.`).join(' ')
    : `Fewer than two dated inspections of ${pdu.name}: nothing to compare.`;
  return { pdu, inspections: dated.map((x) => x.inspection), changes, coverage, explanation: `${head} ${summary}` };
}
