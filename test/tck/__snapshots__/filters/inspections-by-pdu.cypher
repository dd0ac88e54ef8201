// { inspections(first: 5, filter: { pdu: "pdu:leeds" }) { totalCount nodes { id rating } } }
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE p.id = $pdu
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE p.id = $pdu
  WITH t
  ORDER BY coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.id, .rating}) AS page
}
RETURN total, page
// params: {"pdu":"pdu:leeds","offset":0,"first":5}
