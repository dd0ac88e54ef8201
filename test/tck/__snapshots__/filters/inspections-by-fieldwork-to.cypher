// { inspections(first: 5, filter: { fieldworkTo: "2024-12" }) { totalCount nodes { id rating } } }
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE t.fieldworkFrom <= $to
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE t.fieldworkFrom <= $to
  WITH t
  ORDER BY coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.id, .rating}) AS page
}
RETURN total, page
// params: {"to":"2024-12","offset":0,"first":5}
