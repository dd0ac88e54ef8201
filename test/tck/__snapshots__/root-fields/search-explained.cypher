// { search(text: "oversight") { explanation hits { node { id } } } }
CALL db.index.fulltext.queryNodes('text_search_v2', $query, {limit: $scan}) YIELD node, score
WITH node, score, labels(node)[0] AS kind
WITH node, score, kind, COLLECT {
  MATCH (node)-[:RECOMMENDS|FOUND|ABOUT|REPORTS]-(i:Inspection)-[:OF]->(p:PDU)
  RETURN DISTINCT p.id AS pdu
} AS places
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
CALL () {
  CALL db.index.fulltext.queryNodes('text_search_v2', $query, {limit: $scan}) YIELD node
  RETURN count(node) AS scanned
}
RETURN size(hits) AS total, page, byKind, byPdu, size([h IN hits WHERE size(h.pdus) = 0]) AS withoutPdu, scanned
// params: {"query":"oversight","first":20,"scan":1000}
