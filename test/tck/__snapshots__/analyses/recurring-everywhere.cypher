// recurringStatement({minPdus: 3})
MATCH (i:Inspection)
WITH i, [] AS bases
WITH i, bases, i.fieldworkFrom AS fw
WHERE ($from IS NULL OR fw >= $from)
  AND ($to IS NULL OR fw <= $to)
// OF leads only to a PDU, RECOMMENDS only to a Recommendation and its ABOUT only to a Theme: no label checks.
MATCH (i)-[:OF]->(p)
WHERE $region IS NULL OR EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }
// Per inspection, its themes: small aggregations (a recommendation may carry a theme by curation and by rule).
CALL (i) {
  MATCH (i)-[:RECOMMENDS]->(r)-[a:ABOUT]->(t)
  WITH t, count(DISTINCT r) AS recs, count(DISTINCT CASE WHEN a.basis = 'CURATED' THEN r END) AS curated, collect(CASE WHEN a.basis = 'RULE' THEN {rule: a.rule, matched: a.matched} END) AS hits
  RETURN t, recs, curated, hits
}
WITH t, i, bases, fw, i.id AS iid, p, recs, curated, hits
ORDER BY fw DESC, iid
// One row per theme: the counts, the inspections newest first, the PDUs.
WITH t, count(DISTINCT p) AS pduCount, count(i) AS inspectionCount, sum(recs) AS recommendationCount, sum(curated) AS curatedCount, sum(CASE WHEN 'FIELDWORK_OVERLAP' IN bases THEN 1 ELSE 0 END) AS fieldworkCount, sum(CASE WHEN 'DOCUMENT_MENTION' IN bases THEN 1 ELSE 0 END) AS mentionCount, collect({i: i, bases: bases, p: p}) AS inspections, collect(hits) AS hits
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
WITH t, pduCount, inspectionCount, recommendationCount, curatedCount, fieldworkCount, mentionCount, rules, pduSample, [x IN inspections[..$sample] | {i: x.i, bases: x.bases, pdu: x.p.name}] AS inspectionSample
RETURN t {.*} AS theme, pduCount, inspectionCount, recommendationCount, curatedCount, fieldworkCount, mentionCount, rules, [p IN pduSample | properties(p)] AS pdus, [x IN inspectionSample | {inspection: properties(x.i), bases: x.bases, pdu: x.pdu}] AS inspections
ORDER BY pduCount DESC, recommendationCount DESC, theme.name
// params: {"policy":null,"minPdus":3,"region":null,"from":null,"to":null,"sample":100}
