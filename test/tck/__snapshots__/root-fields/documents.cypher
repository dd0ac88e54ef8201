// { documents(first: 2) { totalCount nodes { title kind publishedOn publisher { name } } } }
CALL () {
  MATCH (t:Document)
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Document)
  WITH t
  ORDER BY t.publishedOn DESC, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.title, .kind, .publishedOn, `@publisher`: COLLECT {
    MATCH (t)-[:PUBLISHED_BY]->(t1:Organisation)
    RETURN t1 {.name}
    LIMIT 1
  }[0]}) AS page
}
RETURN total, page
// params: {"offset":0,"first":2}
