// { search(text: "oversight") { total byKind { kind count } } }
CALL db.index.fulltext.queryNodes('text_search_v2', $query, {limit: $scan}) YIELD node, score
WITH node, score, labels(node)[0] AS kind
ORDER BY score DESC, node.id
WITH collect({node: node, score: score, kind: kind}) AS hits
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
RETURN size(hits) AS total, page, byKind
// params: {"query":"oversight","first":20,"scan":1000}
