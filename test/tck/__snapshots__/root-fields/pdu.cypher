// { pdu(id: "pdu:leeds") { name aliases latestRating inspections { fieldworkFrom rating } mentionedIn(first: 5) { totalCount nodes { title } } } }
MATCH (t:PDU {id: $id})
RETURN t {.name, .aliases, `@latestRating`: COLLECT {
  MATCH (t)<-[:OF]-(t1:Inspection)
  RETURN t1.rating
  ORDER BY coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) IS NULL, coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) DESC, t1.id
  LIMIT 1
}[0], `@inspections`: COLLECT {
  MATCH (t)<-[:OF]-(t2:Inspection)
  WITH *
  ORDER BY coalesce(t2.fieldworkFrom, t2.reportedIn, t2.publishedOn) IS NULL, coalesce(t2.fieldworkFrom, t2.reportedIn, t2.publishedOn) DESC, t2.id
  RETURN t2 {.fieldworkFrom, .rating}
  LIMIT 20
}, `@mentionedIn`: {total: COUNT {
  MATCH (t)<-[:MENTIONS]-(t3:Document)
  RETURN 1
}, page: COLLECT {
  MATCH (t)<-[:MENTIONS]-(t3:Document)
  WITH *
  ORDER BY t3.publishedOn DESC, t3.id
  SKIP $offset3
  LIMIT $first3
  RETURN t3 {.title}
}}} AS node
LIMIT 1
// params: {"id":"pdu:leeds","offset3":0,"first3":5}
