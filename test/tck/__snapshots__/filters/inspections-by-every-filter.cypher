// query($f: InspectionFilter) { inspections(filter: $f) { nodes { id } } } variables: {"f":{"rating":"INADEQUATE","region":"region:london","pdu":"pdu:ealing-and-hillingdon","policy":"PROBATION_RESET","fieldworkFrom":"2024-01","fieldworkTo":"2025-06"}}
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE t.rating = $rating
    AND p.id = $pdu
    AND EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }
    AND EXISTS { (t)-[:UNDER]->(pol:Policy) WHERE pol.code = $policy OR pol.id = $policy }
    AND t.fieldworkFrom >= $from
    AND t.fieldworkFrom <= $to
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE t.rating = $rating
    AND p.id = $pdu
    AND EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }
    AND EXISTS { (t)-[:UNDER]->(pol:Policy) WHERE pol.code = $policy OR pol.id = $policy }
    AND t.fieldworkFrom >= $from
    AND t.fieldworkFrom <= $to
  WITH t
  ORDER BY coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.id}) AS page
}
RETURN total, page
// params: {"rating":"INADEQUATE","pdu":"pdu:ealing-and-hillingdon","region":"region:london","policy":"PROBATION_RESET","from":"2024-01","to":"2025-06","offset":0,"first":20}
