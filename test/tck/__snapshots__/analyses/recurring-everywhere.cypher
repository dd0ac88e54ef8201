// recurringStatement({minPdus: 3})
MATCH (i:Inspection)
// OF leads only to a PDU, and ABOUT from an item only to a Theme: no label checks.
MATCH (i)-[:OF]->(p)
WITH i, p, coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AS wf, coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AS lo, CASE WHEN coalesce(i.fieldworkBasis, CASE WHEN i.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkWindowFrom, i.fieldworkFrom) ELSE coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) END AS hi, CASE WHEN $policy IS NULL THEN null ELSE COLLECT {
  MATCH (i)-[u:UNDER]->(:Policy {code: $policy})
  RETURN coalesce(u.certainty, 'CERTAIN') AS c
  ORDER BY c
  LIMIT 1
}[0] END AS certainty
WITH i, p, certainty, CASE WHEN $region IS NOT NULL AND EXISTS { (p)-[:IN_REGION]->() } AND NOT EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) } THEN 'OTHER_REGION' WHEN $rating IS NOT NULL AND i.rating <> $rating THEN 'OTHER_RATING' WHEN $policy IS NOT NULL AND wf IS NOT NULL AND certainty IS NULL THEN 'NOT_UNDER_POLICY' WHEN ($from IS NOT NULL OR $to IS NOT NULL) AND wf IS NOT NULL AND (($from IS NOT NULL AND hi < $from) OR ($to IS NOT NULL AND lo > $to)) THEN 'OUTSIDE_PERIOD' WHEN $region IS NOT NULL AND NOT EXISTS { (p)-[:IN_REGION]->() } THEN 'NO_REGION' WHEN ($policy IS NOT NULL OR ($from IS NOT NULL OR $to IS NOT NULL)) AND wf IS NULL THEN 'NO_FIELDWORK_WINDOW' WHEN $policy IS NOT NULL AND certainty = 'POSSIBLE' AND NOT $includePossible THEN 'POSSIBLY_UNDER_POLICY' WHEN ($from IS NOT NULL OR $to IS NOT NULL) AND NOT (($from IS NULL OR lo >= $from) AND ($to IS NULL OR hi <= $to)) AND NOT $includePossible THEN 'POSSIBLY_IN_PERIOD' WHEN NOT EXISTS { (i)-[:RECOMMENDS]->(r:Recommendation) } THEN 'NO_RECOMMENDATION_TEXT' ELSE 'CONSIDERED' END AS status
WHERE status = 'CONSIDERED'
WITH i, p, certainty, COLLECT {
  MATCH (i)-[u:UNDER]->(:Policy {code: $policy})
  RETURN DISTINCT u.basis
} AS bases, coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn) AS fw
// Per inspection, its themes: small aggregations (an item may carry a theme by curation and by rule).
CALL (i) {
  MATCH (i)-[:RECOMMENDS]->(r:Recommendation)-[a:ABOUT]->(t)
  WITH t, count(DISTINCT r) AS recs, count(DISTINCT CASE WHEN a.basis = 'CURATED' THEN r END) AS curated, collect(CASE WHEN a.basis = 'RULE' THEN {rule: a.rule, matched: a.matched} END) AS hits
  RETURN t, recs, curated, hits
}
WITH t, i, bases, certainty, fw, i.id AS iid, p, recs, curated, hits
ORDER BY fw IS NULL, fw DESC, iid
// One row per theme: the counts, the inspections newest first, the PDUs.
WITH t, count(DISTINCT p) AS pduCount, count(i) AS inspectionCount, sum(recs) AS itemCount, sum(curated) AS curatedCount, sum(CASE WHEN 'FIELDWORK_OVERLAP' IN bases THEN 1 ELSE 0 END) AS fieldworkCount, sum(CASE WHEN 'DOCUMENT_MENTION' IN bases THEN 1 ELSE 0 END) AS mentionCount, sum(CASE WHEN certainty = 'POSSIBLE' THEN 1 ELSE 0 END) AS possibleCount, collect({i: i, bases: bases, certainty: certainty, p: p}) AS inspections, collect(hits) AS hits
WHERE pduCount >= $minPdus
// The PDUs in the order of their newest inspection in the group, the first $sample of them. (Sorting all
// of a theme's PDUs by name in a subquery made Neo4j account gigabytes to its Top operator at 100,000.)
WITH *, reduce(acc = [], x IN inspections | CASE WHEN size(acc) >= $sample OR x.p IN acc THEN acc ELSE acc + [x.p] END) AS pduSample
CALL (hits) {
  UNWIND hits AS perInspection
  UNWIND perInspection AS h
  WITH h.rule AS rule, count(*) AS n, collect(h.matched) AS matched
  CALL (matched) {
    UNWIND matched AS words
    UNWIND words AS w
    RETURN collect(DISTINCT w) AS words
  }
  RETURN collect({rule: rule, count: n, matched: words}) AS rules
}
WITH t, pduCount, inspectionCount, itemCount, curatedCount, fieldworkCount, mentionCount, possibleCount, rules, pduSample, [x IN inspections[..$sample] | {i: x.i, bases: x.bases, certainty: x.certainty, pdu: x.p.name}] AS inspectionSample
RETURN t {.*} AS theme, pduCount, inspectionCount, itemCount, curatedCount, fieldworkCount, mentionCount, possibleCount, rules, [p IN pduSample | properties(p)] AS pdus, [x IN inspectionSample | {inspection: properties(x.i), bases: x.bases, certainty: x.certainty, pdu: x.pdu}] AS inspections
ORDER BY pduCount DESC, itemCount DESC, theme.name
// params: {"policy":null,"region":null,"rating":null,"from":null,"to":null,"includePossible":false,"minPdus":3,"sample":100}
