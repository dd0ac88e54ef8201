// { inspections(first: 5, filter: { policy: "sds40" }) { totalCount nodes { id rating } } }
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE EXISTS { (t)-[:UNDER]->(pol:Policy) WHERE pol.code = $policy OR pol.id = $policy }
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE EXISTS { (t)-[:UNDER]->(pol:Policy) WHERE pol.code = $policy OR pol.id = $policy }
  WITH t
  ORDER BY coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.id, .rating}) AS page
}
RETURN total, page
// params: {"policy":"SDS40","offset":0,"first":5}
