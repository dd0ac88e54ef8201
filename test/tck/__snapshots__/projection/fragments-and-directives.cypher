// query Q($withRegion: Boolean!) { pdu(id: "x") { ...Names region @include(if: $withRegion) { name } ... on PDU { latestRating } } } fragment Names on PDU { name aliases } variables: {"withRegion":false}
t {.name, .aliases, `@latestRating`: COLLECT {
  MATCH (t)<-[:OF]-(t1:Inspection)
  RETURN t1.rating
  ORDER BY coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) IS NULL, coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) DESC, t1.id
  LIMIT 1
}[0]}
// params: {}
