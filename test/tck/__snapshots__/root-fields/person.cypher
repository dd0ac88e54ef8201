// query($id: ID!) { person(id: $id) { name quotes { text inspection { id } } } } variables: {"id":"person:martin-jones"}
MATCH (t:Person {id: $id})
RETURN t {.name, `@quotes`: COLLECT {
  MATCH (t)-[:SAID]->(t1:Quote)
  WITH *
  ORDER BY t1.id
  RETURN t1 {.text, `@inspection`: COLLECT {
    MATCH (t1)-[:ABOUT]->(t2:Inspection)
    RETURN t2 {.id}
    LIMIT 1
  }[0]}
}} AS node
LIMIT 1
// params: {"id":"person:martin-jones"}
