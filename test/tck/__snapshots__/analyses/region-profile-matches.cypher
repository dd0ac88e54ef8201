// regionMatchesStatement({region: "region:yorkshire-and-the-humber", rating: INADEQUATE})
MATCH (g:Region {id: $region})
CALL (g) {
  MATCH (g)<-[:IN_REGION]-(p:PDU)<-[:OF]-(i:Inspection)
  WITH i, p, coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AS wf, coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AS lo, CASE WHEN coalesce(i.fieldworkBasis, CASE WHEN i.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkWindowFrom, i.fieldworkFrom) ELSE coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) END AS hi, CASE WHEN $policy IS NULL THEN null ELSE COLLECT {
    MATCH (i)-[u:UNDER]->(:Policy {code: $policy})
    RETURN coalesce(u.certainty, 'CERTAIN') AS c
    ORDER BY c
    LIMIT 1
  }[0] END AS certainty
  WITH i, p, CASE WHEN $region IS NOT NULL AND EXISTS { (p)-[:IN_REGION]->() } AND NOT EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) } THEN 'OTHER_REGION' WHEN $rating IS NOT NULL AND i.rating <> $rating THEN 'OTHER_RATING' WHEN $policy IS NOT NULL AND wf IS NOT NULL AND certainty IS NULL THEN 'NOT_UNDER_POLICY' WHEN ($from IS NOT NULL OR $to IS NOT NULL) AND wf IS NOT NULL AND (($from IS NOT NULL AND hi < $from) OR ($to IS NOT NULL AND lo > $to)) THEN 'OUTSIDE_PERIOD' WHEN $region IS NOT NULL AND NOT EXISTS { (p)-[:IN_REGION]->() } THEN 'NO_REGION' WHEN ($policy IS NOT NULL OR ($from IS NOT NULL OR $to IS NOT NULL)) AND wf IS NULL THEN 'NO_FIELDWORK_WINDOW' WHEN $policy IS NOT NULL AND certainty = 'POSSIBLE' AND NOT $includePossible THEN 'POSSIBLY_UNDER_POLICY' WHEN ($from IS NOT NULL OR $to IS NOT NULL) AND NOT (($from IS NULL OR lo >= $from) AND ($to IS NULL OR hi <= $to)) AND NOT $includePossible THEN 'POSSIBLY_IN_PERIOD' ELSE 'CONSIDERED' END AS status
  WHERE status = 'CONSIDERED'
  WITH p, i
  ORDER BY coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn) IS NULL, coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn) DESC, i.id
  WITH p, collect(i {.*}) AS inspections
  ORDER BY p.name
  RETURN collect({pdu: p {.*}, inspections: inspections}) AS matches
}
RETURN g {.*} AS region, matches
// params: {"policy":null,"region":"region:yorkshire-and-the-humber","rating":"INADEQUATE","from":null,"to":null,"includePossible":false}
