// { inspections(first: 5, filter: { region: "region:london" }) { totalCount nodes { id rating } } }
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }
  WITH t
  ORDER BY coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.id, .rating}) AS page
}
RETURN total, page
// params: {"region":"region:london","offset":0,"first":5}
