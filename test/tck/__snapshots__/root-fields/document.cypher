// { document(id: "document:x") { title text reports { id } mentionsPolicies { code } } }
MATCH (t:Document {id: $id})
RETURN t {.title, `@text`: t.text, `@reports`: COLLECT {
  MATCH (t)-[:REPORTS]->(t2:Inspection)
  WITH *
  ORDER BY coalesce(t2.fieldworkFrom, t2.reportedIn, t2.publishedOn) IS NULL, coalesce(t2.fieldworkFrom, t2.reportedIn, t2.publishedOn) DESC, t2.id
  RETURN t2 {.id}
  LIMIT 20
}, `@mentionsPolicies`: COLLECT {
  MATCH (t)-[:MENTIONS]->(t3:Policy)
  WITH *
  ORDER BY t3.code
  RETURN t3 {.code}
  LIMIT 20
}} AS node
LIMIT 1
// params: {"id":"document:x"}
