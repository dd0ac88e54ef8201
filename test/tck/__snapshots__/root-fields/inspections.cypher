// { inspections(first: 5) { totalCount nodes { id fieldworkFrom rating pdu { name } } } }
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WITH t
  ORDER BY coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.id, .fieldworkFrom, .rating, `@pdu`: COLLECT {
    MATCH (t)-[:OF]->(t1:PDU)
    RETURN t1 {.name}
    LIMIT 1
  }[0]}) AS page
}
RETURN total, page
// params: {"offset":0,"first":5}
