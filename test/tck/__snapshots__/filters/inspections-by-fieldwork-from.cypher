// { inspections(first: 5, filter: { fieldworkFrom: "2024-09" }) { totalCount nodes { id rating } } }
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE t.fieldworkFrom >= $from
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE t.fieldworkFrom >= $from
  WITH t
  ORDER BY coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.id, .rating}) AS page
}
RETURN total, page
// params: {"from":"2024-09","offset":0,"first":5}
