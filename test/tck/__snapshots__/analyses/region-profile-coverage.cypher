// coverageStatement({region, rating}, "NONE")
MATCH (i:Inspection)-[:OF]->(p:PDU)
WITH i, p, coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AS wf, coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AS lo, CASE WHEN coalesce(i.fieldworkBasis, CASE WHEN i.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkWindowFrom, i.fieldworkFrom) ELSE coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) END AS hi, CASE WHEN $policy IS NULL THEN null ELSE COLLECT {
  MATCH (i)-[u:UNDER]->(:Policy {code: $policy})
  RETURN coalesce(u.certainty, 'CERTAIN') AS c
  ORDER BY c
  LIMIT 1
}[0] END AS certainty
WITH i, p, CASE WHEN $region IS NOT NULL AND EXISTS { (p)-[:IN_REGION]->() } AND NOT EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) } THEN 'OTHER_REGION' WHEN $rating IS NOT NULL AND i.rating <> $rating THEN 'OTHER_RATING' WHEN $policy IS NOT NULL AND wf IS NOT NULL AND certainty IS NULL THEN 'NOT_UNDER_POLICY' WHEN ($from IS NOT NULL OR $to IS NOT NULL) AND wf IS NOT NULL AND (($from IS NOT NULL AND hi < $from) OR ($to IS NOT NULL AND lo > $to)) THEN 'OUTSIDE_PERIOD' WHEN $region IS NOT NULL AND NOT EXISTS { (p)-[:IN_REGION]->() } THEN 'NO_REGION' WHEN ($policy IS NOT NULL OR ($from IS NOT NULL OR $to IS NOT NULL)) AND wf IS NULL THEN 'NO_FIELDWORK_WINDOW' WHEN $policy IS NOT NULL AND certainty = 'POSSIBLE' AND NOT $includePossible THEN 'POSSIBLY_UNDER_POLICY' WHEN ($from IS NOT NULL OR $to IS NOT NULL) AND NOT (($from IS NULL OR lo >= $from) AND ($to IS NULL OR hi <= $to)) AND NOT $includePossible THEN 'POSSIBLY_IN_PERIOD' ELSE 'CONSIDERED' END AS status
ORDER BY i.id
WITH status, count(i) AS inspections, count(DISTINCT p) AS pdus, collect(i.id)[..$ids] AS ids, sum(CASE WHEN status = 'CONSIDERED' THEN 0 ELSE 0 END) AS items, sum(CASE WHEN status = 'CONSIDERED' THEN 0 ELSE 0 END) AS unthemed
RETURN status, inspections, pdus, ids, items, unthemed
ORDER BY status
// params: {"policy":null,"region":"region:yorkshire-and-the-humber","rating":"INADEQUATE","from":null,"to":null,"includePossible":false,"ids":100}
