// query($id: ID!, $n: Int) { person(id: $id) { name quotes(first: $n) { totalCount nodes { text inspection { id } } } } } variables: {"id":"person:martin-jones","n":3}
MATCH (t:Person {id: $id})
RETURN t {.name, `@quotes`: {total: COUNT {
  MATCH (t)-[:SAID]->(t1:Quote)
  RETURN 1
}, page: COLLECT {
  MATCH (t)-[:SAID]->(t1:Quote)
  WITH *
  ORDER BY t1.id
  SKIP $offset1
  LIMIT $first1
  RETURN t1 {.text, `@inspection`: COLLECT {
    MATCH (t1)-[:ABOUT]->(t2:Inspection)
    RETURN t2 {.id}
    LIMIT 1
  }[0]}
}}} AS node
LIMIT 1
// params: {"id":"person:martin-jones","offset1":0,"first1":3}
