// { search(text: "risk AND (harm", first: 5) { hits { score snippet node { id } } } }
CALL db.index.fulltext.queryNodes('text_search_v2', $query, {limit: $scan}) YIELD node, score
WITH node, score, labels(node)[0] AS kind
ORDER BY score DESC, node.id
WITH collect({node: node, score: score, kind: kind}) AS hits
CALL (hits) {
  UNWIND hits[..$first] AS h
  WITH h.node AS n, h.score AS score, h.kind AS kind
  RETURN collect({node: n {.*, __label: kind}, score: score}) AS page
}
RETURN size(hits) AS total, page
// params: {"query":"risk and \\(harm","first":5,"scan":1000}
