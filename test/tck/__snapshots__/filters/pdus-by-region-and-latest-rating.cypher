// query($r: ID, $rating: Rating) { pdus(region: $r, rating: $rating) { nodes { name } } } variables: {"r":"region:north-east","rating":"GOOD"}
CALL () {
  MATCH (t:PDU)
  WHERE EXISTS { (t)-[:IN_REGION]->(:Region {id: $region}) }
    AND COLLECT {
      MATCH (t)<-[:OF]-(i:Inspection)
      RETURN i.rating
      ORDER BY coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn) IS NULL, coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn) DESC, i.id
      LIMIT 1
    }[0] = $rating
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:PDU)
  WHERE EXISTS { (t)-[:IN_REGION]->(:Region {id: $region}) }
    AND COLLECT {
      MATCH (t)<-[:OF]-(i:Inspection)
      RETURN i.rating
      ORDER BY coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn) IS NULL, coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn) DESC, i.id
      LIMIT 1
    }[0] = $rating
  WITH t
  ORDER BY t.name, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.name}) AS page
}
RETURN total, page
// params: {"region":"region:north-east","rating":"GOOD","offset":0,"first":20}
