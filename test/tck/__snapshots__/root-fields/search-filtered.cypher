// query($f: SearchFilter) { search(text: "oversight", filter: $f) { total byKind { kind count } byPdu { pdu { name } count } hits { node { id } } } } variables: {"f":{"pdu":"pdu:leicester-leicestershire-and-rutland","region":"region:east-midlands","labels":["Finding","Document"],"policy":"SDS40","from":"2024-09","to":"2025-12"}}
CALL db.index.fulltext.queryNodes('text_search_v2', $query, {limit: $scan}) YIELD node, score
WITH node, score, labels(node)[0] AS kind
WHERE kind IN $labels
WITH node, score, kind, COLLECT {
  MATCH (node)-[:RECOMMENDS|FOUND|ABOUT|REPORTS]-(i:Inspection)-[:OF]->(p:PDU)
  WHERE p.id = $pdu
    AND EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }
    AND EXISTS { (i)-[u:UNDER]->(pol:Policy) WHERE pol.code = $policy AND coalesce(u.certainty, 'CERTAIN') = 'CERTAIN' }
    AND coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) >= $from
    AND CASE WHEN coalesce(i.fieldworkBasis, CASE WHEN i.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkWindowFrom, i.fieldworkFrom) ELSE coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) END <= $to
  RETURN DISTINCT p.id AS pdu
} AS places
WHERE size(places) > 0
ORDER BY score DESC, node.id
WITH collect({node: node, score: score, kind: kind, pdus: places}) AS hits
CALL (hits) {
  UNWIND hits[..$first] AS h
  WITH h.node AS n, h.score AS score, h.kind AS kind
  RETURN collect({node: n {.*, __label: kind}, score: score}) AS page
}
CALL (hits) {
  UNWIND hits AS h
  WITH h.kind AS kind, count(*) AS n
  ORDER BY n DESC, kind
  RETURN collect({kind: kind, count: n}) AS byKind
}
CALL (hits) {
  UNWIND hits AS h
  UNWIND h.pdus AS id
  WITH id, count(*) AS n
  MATCH (p:PDU {id: id})
  WITH p, n
  ORDER BY n DESC, p.name
  RETURN collect({pdu: p {.*}, count: n}) AS byPdu
}
RETURN size(hits) AS total, page, byKind, byPdu, size([h IN hits WHERE size(h.pdus) = 0]) AS withoutPdu
// params: {"query":"oversight","first":20,"scan":1000,"labels":["Finding","Document"],"pdu":"pdu:leicester-leicestershire-and-rutland","region":"region:east-midlands","policy":"SDS40","from":"2024-09","to":"2025-12"}
