// { search(text: "risk AND (harm", first: 5) { score snippet node { id } } }
CALL db.index.fulltext.queryNodes('text_search_v2', $query, {limit: $first}) YIELD node, score
RETURN node {.*, __label: labels(node)[0]} AS node, score
ORDER BY score DESC, node.id
// params: {"query":"risk and \\(harm","first":5}
