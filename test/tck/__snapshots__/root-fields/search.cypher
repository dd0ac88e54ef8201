// { search(text: "risk AND (harm", first: 5) { hits { score snippet node { id } } } }
CALL db.index.fulltext.queryNodes('text_search_v2', $query, {limit: $scan}) YIELD node, score
WITH node, score, labels(node)[0] AS kind
ORDER BY score DESC, node.id
LIMIT $first
WITH collect({node: node {.*, __label: kind}, score: score}) AS page
RETURN page
// params: {"query":"risk and \\(harm","first":5,"scan":1000}
