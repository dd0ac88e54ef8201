/**
 * Rating history per PDU, and rating counts by region and year. The counts count every rated
 * inspection: by the year of its date (chronology.ts: the month fieldwork began, else the month it
 * was first reported in, else its publication date), saying which basis each count rests on; an
 * inspection with no date is counted under year null, one whose PDU has no region under region null.
 */
import type { Rating } from '../model/enums.ts';
import type { InspectionRecord } from '../model/records.ts';
import { inspectionDateBasis, inspectionYear, oldestInspectionFirst } from './chronology.ts';
import type { CoverageRecord } from './coverage.ts';
import type { RatingChange, RatingCountRow, RatingCountsRecord, RatingPointRecord } from './records.ts';
import type { Statement } from './statement.ts';

const ORDER: Record<Rating, number> = { INADEQUATE: 0, REQUIRES_IMPROVEMENT: 1, GOOD: 2, OUTSTANDING: 3 };

/** A PDU's inspections, oldest first (chronology.ts): the last is the one `latestRating` reads. */
export function ratingHistoryStatement(pdu: string): Statement {
  return {
    cypher: `MATCH (:PDU {id: $pdu})<-[:OF]-(i:Inspection) RETURN i {.*} AS inspection ORDER BY ${oldestInspectionFirst('i')}`,
    params: { pdu },
  };
}

/**
 * One row per region (null: the PDU has none), year (null: undated) and rating, with the count, how
 * many rest on each date basis, and the inspections (ids, at most $ids).
 */
export function ratingCountsStatement(): Statement {
  return {
    cypher: `MATCH (i:Inspection)-[:OF]->(p:PDU)
OPTIONAL MATCH (p)-[:IN_REGION]->(r:Region)
WITH r, i, ${inspectionYear('i')} AS year, ${inspectionDateBasis('i')} AS basis
ORDER BY i.id
WITH r, year, i.rating AS rating, basis, count(*) AS n, collect(i)[..$ids] AS some
WITH r, year, rating, sum(n) AS count, collect({basis: basis, count: n}) AS bases, reduce(a = [], x IN collect(some) | a + x) AS some
RETURN r {.*} AS region, year, rating, count, bases, [x IN some[..$ids] | properties(x)] AS inspections
ORDER BY region.name IS NULL, region.name, year IS NULL, year, rating`,
    params: { ids: 100 },
  };
}

const BASIS_WORDS: Record<string, string> = {
  FIELDWORK: 'dated by the month fieldwork began', REPORTED: 'by the month a document first reported it',
  PUBLISHED: 'by the publication date', NONE: 'with no date (year null)',
};

/**
 * The counts with their coverage (every inspection of the graph, from coverage.ts with no scope):
 * every rated inspection counted, and on what date basis each count rests.
 */
export function ratingCounts(rows: readonly RatingCountRow[], all: CoverageRecord): RatingCountsRecord {
  const total = rows.reduce((s, r) => s + r.count, 0);
  const byBasis = new Map<string, number>();
  for (const r of rows) for (const b of r.bases) byBasis.set(b.basis, (byBasis.get(b.basis) ?? 0) + b.count);
  const undated = byBasis.get('NONE') ?? 0;
  const noRegion = rows.filter((r) => r.region === null).reduce((s, r) => s + r.count, 0);
  const bases = ['FIELDWORK', 'REPORTED', 'PUBLISHED', 'NONE'].filter((b) => byBasis.has(b)).map((b) => `${byBasis.get(b)} ${BASIS_WORDS[b]}`);
  const left = all.total - total;
  const summary = `Counted ${total} of the ${all.total} inspections in the graph (${all.considered.pdus} PDUs), ${left ? `${left} left out` : 'none left out'}: ${bases.join(', ')}` +
    `${noRegion ? `; ${noRegion} of PDUs with no region in the graph are counted under region null` : ''}.`;
  const coverage: CoverageRecord = { ...all, summary };
  const explanation = `${summary} The year is that of the inspection's date (src/analysis/chronology.ts): the month its fieldwork began where a document states it, else the month a document first reported it, else its publication date${undated ? `; ${undated} inspections have none of these and are counted under year null` : ''}.`;
  return { counts: [...rows], coverage, explanation };
}

/** Inspections oldest first → the history with each step's movement, and each one's date (chronology.ts) with its basis. */
export function ratingHistory(inspections: readonly InspectionRecord[]): RatingPointRecord[] {
  return inspections.map((inspection, i) => {
    const before = inspections[i - 1];
    let change: RatingChange = 'FIRST';
    if (before) {
      const d = ORDER[inspection.rating] - ORDER[before.rating];
      change = d > 0 ? 'IMPROVED' : d < 0 ? 'DECLINED' : 'UNCHANGED';
    }
    const date = inspection.fieldworkFrom ?? inspection.reportedIn ?? inspection.publishedOn ?? null;
    const dateBasis = inspection.fieldworkFrom ? 'FIELDWORK' : inspection.reportedIn ? 'REPORTED' : inspection.publishedOn ? 'PUBLISHED' : 'NONE';
    return { inspection, fieldworkFrom: inspection.fieldworkFrom, rating: inspection.rating, change, date, dateBasis };
  });
}
