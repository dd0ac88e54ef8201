// query($f: InspectionFilter) { inspections(filter: $f) { nodes { id } } } variables: {"f":{"rating":"INADEQUATE","region":"region:london","pdu":"pdu:ealing-and-hillingdon","policy":"PROBATION_RESET","fieldworkFrom":"2024-01","fieldworkTo":"2025-06"}}
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE t.rating = $rating
    AND p.id = $pdu
    AND EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }
    AND EXISTS { (t)-[u:UNDER]->(pol:Policy) WHERE pol.code = $policy AND coalesce(u.certainty, 'CERTAIN') = 'CERTAIN' }
    AND coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) >= $from
    AND CASE WHEN coalesce(t.fieldworkBasis, CASE WHEN t.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) ELSE coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) END <= $to
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Inspection)-[:OF]->(p:PDU)
  WHERE t.rating = $rating
    AND p.id = $pdu
    AND EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }
    AND EXISTS { (t)-[u:UNDER]->(pol:Policy) WHERE pol.code = $policy AND coalesce(u.certainty, 'CERTAIN') = 'CERTAIN' }
    AND coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) >= $from
    AND CASE WHEN coalesce(t.fieldworkBasis, CASE WHEN t.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) ELSE coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) END <= $to
  WITH t
  ORDER BY coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.id}) AS page
}
CALL () {
  MATCH (i:Inspection)-[:OF]->(p:PDU)
  WHERE p.id = $pdu
  WITH i, p, coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AS wf, coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AS lo, CASE WHEN coalesce(i.fieldworkBasis, CASE WHEN i.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkWindowFrom, i.fieldworkFrom) ELSE coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) END AS hi, CASE WHEN $policy IS NULL THEN null ELSE COLLECT {
    MATCH (i)-[u:UNDER]->(:Policy {code: $policy})
    RETURN coalesce(u.certainty, 'CERTAIN') AS c
    ORDER BY c
    LIMIT 1
  }[0] END AS certainty
  WITH i, p, CASE WHEN $region IS NOT NULL AND EXISTS { (p)-[:IN_REGION]->() } AND NOT EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) } THEN 'OTHER_REGION' WHEN $rating IS NOT NULL AND i.rating <> $rating THEN 'OTHER_RATING' WHEN $policy IS NOT NULL AND wf IS NOT NULL AND certainty IS NULL THEN 'NOT_UNDER_POLICY' WHEN ($from IS NOT NULL OR $to IS NOT NULL) AND wf IS NOT NULL AND (($from IS NOT NULL AND hi < $from) OR ($to IS NOT NULL AND lo > $to)) THEN 'OUTSIDE_PERIOD' WHEN $region IS NOT NULL AND NOT EXISTS { (p)-[:IN_REGION]->() } THEN 'NO_REGION' WHEN ($policy IS NOT NULL OR ($from IS NOT NULL OR $to IS NOT NULL)) AND wf IS NULL THEN 'NO_FIELDWORK_WINDOW' WHEN $policy IS NOT NULL AND certainty = 'POSSIBLE' AND NOT $includePossible THEN 'POSSIBLY_UNDER_POLICY' WHEN ($from IS NOT NULL OR $to IS NOT NULL) AND NOT (($from IS NULL OR lo >= $from) AND ($to IS NULL OR hi <= $to)) AND NOT $includePossible THEN 'POSSIBLY_IN_PERIOD' ELSE 'CONSIDERED' END AS status
  WHERE status IN ['NO_REGION','NO_FIELDWORK_WINDOW','POSSIBLY_UNDER_POLICY','POSSIBLY_IN_PERIOD','NO_DATE']
  WITH status, i, p
  ORDER BY i.id
  WITH status, count(i) AS n, count(DISTINCT p) AS pdus, collect(i.id)[..100] AS ids
  ORDER BY status
  RETURN collect({reason: status, count: n, pdus: pdus, ids: ids}) AS excluded
}
RETURN total, page, excluded
// params: {"policy":"PROBATION_RESET","region":"region:london","rating":"INADEQUATE","from":"2024-01","to":"2025-06","pdu":"pdu:ealing-and-hillingdon","includePossible":false,"offset":0,"first":20}
