// { commitments(dueBy: "2026-04-01") { id text dueBy status statusAsOf owner { name } evidence { about quote } } }
MATCH (t:Commitment)
WHERE t.dueBy IS NOT NULL
  AND (CASE size(t.dueBy) WHEN 7 THEN t.dueBy + '-01' ELSE t.dueBy END) <= $dueBy
  AND coalesce(t.status, '') <> 'DONE'
WITH t
ORDER BY t.dueBy IS NULL, t.dueBy, t.id
LIMIT 100
RETURN t {.id, .text, .dueBy, .status, .statusAsOf, `@owner`: COLLECT {
  MATCH (t)-[:OWNED_BY]->(t1:Organisation)
  RETURN t1 {.name}
  LIMIT 1
}[0], `@evidence`: COLLECT {
  MATCH (t)-[e2:EVIDENCED_BY]->(t2:Document)
  WITH *
  ORDER BY t2.id, e2.start
  RETURN {quote: e2.quote, about: e2.about}
  LIMIT 10
}} AS node
// params: {"dueBy":"2026-04-01"}
