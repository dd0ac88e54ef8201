// { commitments { id text dueBy madeBy { name } statedBy { name } } }
MATCH (t:Commitment)
WITH t
ORDER BY t.dueBy IS NULL, t.dueBy, t.id
LIMIT 100
RETURN t {.id, .text, .dueBy, `@madeBy`: COLLECT {
  MATCH (t)-[:MADE_BY]->(t1:Organisation)
  RETURN t1 {.name}
  LIMIT 1
}[0], `@statedBy`: COLLECT {
  MATCH (t)-[:STATED_BY]->(t2:Person)
  RETURN t2 {.name}
  LIMIT 1
}[0]} AS node
// params: {}
