// { pdus(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { name latestRating region { name } } } }
CALL () {
  MATCH (t:PDU)
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:PDU)
  WITH t
  ORDER BY t.name, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.name, `@latestRating`: COLLECT {
    MATCH (t)<-[:OF]-(t1:Inspection)
    RETURN t1.rating
    ORDER BY coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) IS NULL, coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) DESC, t1.id
    LIMIT 1
  }[0], `@region`: COLLECT {
    MATCH (t)-[:IN_REGION]->(t2:Region)
    RETURN t2 {.name}
    LIMIT 1
  }[0]}) AS page
}
RETURN total, page
// params: {"offset":0,"first":2}
