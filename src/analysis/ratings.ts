/** Rating history per PDU and rating counts by region and year. */
import type { Rating } from '../model/enums.ts';
import type { InspectionRecord } from '../model/records.ts';
import type { RatingChange, RatingPointRecord } from './records.ts';

const ORDER: Record<Rating, number> = { INADEQUATE: 0, REQUIRES_IMPROVEMENT: 1, GOOD: 2, OUTSTANDING: 3 };

export const RATING_HISTORY_CYPHER = 'MATCH (:PDU {id: $pdu})<-[:OF]-(i:Inspection) RETURN i {.*} AS inspection ORDER BY coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn), i.id';
/** The year is the fieldwork's, or for an inspection known only from news, the year it was reported. */
export const RATING_COUNTS_CYPHER = `MATCH (i:Inspection)-[:OF]->(:PDU)-[:IN_REGION]->(r:Region)
WITH r, i, toInteger(left(coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn), 4)) AS year
WHERE year IS NOT NULL
RETURN r {.*} AS region, year, i.rating AS rating, count(*) AS count
ORDER BY region.name, year, rating`;

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
