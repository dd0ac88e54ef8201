/** Rating history per PDU and rating counts by region and year. */
import type { Rating } from '../model/enums.ts';
import type { InspectionRecord } from '../model/records.ts';
import { inspectionYear, oldestInspectionFirst } from './chronology.ts';
import type { RatingChange, RatingPointRecord } from './records.ts';
import type { Statement } from './statement.ts';

const ORDER: Record<Rating, number> = { INADEQUATE: 0, REQUIRES_IMPROVEMENT: 1, GOOD: 2, OUTSTANDING: 3 };

/** A PDU's inspections, oldest first (chronology.ts): the last is the one `latestRating` reads. */
export function ratingHistoryStatement(pdu: string): Statement {
  return {
    cypher: `MATCH (:PDU {id: $pdu})<-[:OF]-(i:Inspection) RETURN i {.*} AS inspection ORDER BY ${oldestInspectionFirst('i')}`,
    params: { pdu },
  };
}

/** The year is the inspection's date's (chronology.ts); undated inspections are not counted. */
export function ratingCountsStatement(): Statement {
  return {
    cypher: `MATCH (i:Inspection)-[:OF]->(:PDU)-[:IN_REGION]->(r:Region)
WITH r, i, ${inspectionYear('i')} AS year
WHERE year IS NOT NULL
RETURN r {.*} AS region, year, i.rating AS rating, count(*) AS count
ORDER BY region.name, year, rating`,
    params: {},
  };
}

/** Inspections oldest first → the history with each step's movement. */
export function ratingHistory(inspections: readonly InspectionRecord[]): RatingPointRecord[] {
  return inspections.map((inspection, i) => {
    const before = inspections[i - 1];
    let change: RatingChange = 'FIRST';
    if (before) {
      const d = ORDER[inspection.rating] - ORDER[before.rating];
      change = d > 0 ? 'IMPROVED' : d < 0 ? 'DECLINED' : 'UNCHANGED';
    }
    return { inspection, fieldworkFrom: inspection.fieldworkFrom, rating: inspection.rating, change };
  });
}
