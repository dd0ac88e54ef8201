// { conflicts(first: 10) { nodes { id field storedValue reportedValue inspection { id } evidence { quote document { title } } } } }
CALL () {
  MATCH (t:Conflict)
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Conflict)
  WITH t
  ORDER BY t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.id, .field, .storedValue, .reportedValue, `@inspection`: COLLECT {
    MATCH (t)<-[:HAS_CONFLICT]-(t1:Inspection)
    RETURN t1 {.id}
    LIMIT 1
  }[0], `@evidence`: COLLECT {
    MATCH (t)-[e2:EVIDENCED_BY]->(t2:Document)
    WITH *
    ORDER BY t2.id, e2.start
    RETURN {quote: e2.quote, document: t2 {.title}}
    LIMIT 10
  }}) AS page
}
RETURN total, page
// params: {"offset":0,"first":10}
