// { node(id: "pdu:leeds") { id ... on PDU { name latestRating } ... on Inspection { rating } } }
MATCH (t:PDU {id: $id})
RETURN t {.id, .name, __label: 'PDU', `@latestRating`: COLLECT {
  MATCH (t)<-[:OF]-(t1:Inspection)
  RETURN t1.rating
  ORDER BY coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) IS NULL, coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) DESC, t1.id
  LIMIT 1
}[0]} AS node
LIMIT 1
// params: {"id":"pdu:leeds"}
