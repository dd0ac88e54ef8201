// { pdus(first: 5, region: "region:east-midlands") { totalCount nodes { name latestRating } } }
CALL () {
  MATCH (t:PDU)
  WHERE EXISTS { (t)-[:IN_REGION]->(:Region {id: $region}) }
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:PDU)
  WHERE EXISTS { (t)-[:IN_REGION]->(:Region {id: $region}) }
  WITH t
  ORDER BY t.name, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.name, `@latestRating`: COLLECT {
    MATCH (t)<-[:OF]-(t1:Inspection)
    RETURN t1.rating
    ORDER BY coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) IS NULL, coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) DESC, t1.id
    LIMIT 1
  }[0]}) AS page
}
RETURN total, page
// params: {"region":"region:east-midlands","offset":0,"first":5}
