// ratingCountsStatement()
MATCH (i:Inspection)-[:OF]->(:PDU)-[:IN_REGION]->(r:Region)
WITH r, i, toInteger(left(coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn), 4)) AS year
WHERE year IS NOT NULL
RETURN r {.*} AS region, year, i.rating AS rating, count(*) AS count
ORDER BY region.name, year, rating
// params: {}
