/** Rating history per PDU and rating counts by region and year. */
import type { Rating } from '../model/enums.ts';
import type { InspectionRecord } from '../model/records.ts';
import type { RatingChange, RatingPointRecord } from './records.ts';

const ORDER: Record<Rating, number> = { INADEQUATE: 0, REQUIRES_IMPROVEMENT: 1, GOOD: 2, OUTSTANDING: 3 };

export const RATING_HISTORY_CYPHER = 'MATCH (:PDU {id: $pdu})<-[:OF]-(i:Inspection) RETURN i {.*} AS inspection ORDER BY i.fieldworkFrom';
export const RATING_COUNTS_CYPHER = `MATCH (i:Inspection)-[:OF]->(:PDU)-[:IN_REGION]->(r:Region)
RETURN r {.*} AS region, toInteger(left(i.fieldworkFrom, 4)) AS year, i.rating AS rating, count(*) AS count
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
