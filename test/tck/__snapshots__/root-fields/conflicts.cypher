// { conflicts { id field storedValue reportedValue inspection { id } evidence { quote document { title } } } }
MATCH (t:Conflict)
WITH t
ORDER BY t.id
RETURN t {.id, .field, .storedValue, .reportedValue, `@inspection`: COLLECT {
  MATCH (t)<-[:HAS_CONFLICT]-(t1:Inspection)
  RETURN t1 {.id}
  LIMIT 1
}[0], `@evidence`: COLLECT {
  MATCH (t)-[e2:EVIDENCED_BY]->(t2:Document)
  WITH *
  ORDER BY t2.id, e2.start
  RETURN {quote: e2.quote, document: t2 {.title}}
}} AS node
// params: {}
