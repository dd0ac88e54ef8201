// ratingCountsStatement()
MATCH (i:Inspection)-[:OF]->(p:PDU)
OPTIONAL MATCH (p)-[:IN_REGION]->(r:Region)
WITH r, i, toInteger(left(coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn), 4)) AS year, CASE WHEN i.fieldworkFrom IS NOT NULL THEN 'FIELDWORK' WHEN i.reportedIn IS NOT NULL THEN 'REPORTED' WHEN i.publishedOn IS NOT NULL THEN 'PUBLISHED' ELSE 'NONE' END AS basis
ORDER BY i.id
WITH r, year, i.rating AS rating, basis, count(*) AS n, collect(i)[..$ids] AS some
WITH r, year, rating, sum(n) AS count, collect({basis: basis, count: n}) AS bases, reduce(a = [], x IN collect(some) | a + x) AS some
RETURN r {.*} AS region, year, rating, count, bases, [x IN some[..$ids] | properties(x)] AS inspections
ORDER BY region.name IS NULL, region.name, year IS NULL, year, rating
// params: {"ids":100}
