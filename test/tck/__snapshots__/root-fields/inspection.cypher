// { inspection(id: "inspection:leeds:2024-08") { rating previous { rating } recommendations { position text themes { name } } pressures { basis explanation } } }
MATCH (t:Inspection {id: $id})
RETURN t {.rating, `@previous`: COLLECT {
  MATCH (t)-[:FOLLOWS]->(t1:Inspection)
  RETURN t1 {.rating}
  LIMIT 1
}[0], `@recommendations`: COLLECT {
  MATCH (t)-[:RECOMMENDS]->(t2:Recommendation)
  WITH *
  ORDER BY t2.position
  RETURN t2 {.position, .text, `@themes`: COLLECT {
    MATCH (t2)-[:ABOUT]->(t3:Theme)
    WITH DISTINCT t3
    ORDER BY t3.name
    RETURN t3 {.name}
    LIMIT 10
  }}
  LIMIT 30
}, `@pressures`: COLLECT {
  MATCH (t)-[u4:UNDER]->(t4:Policy)
  WITH *
  ORDER BY t4.code, u4.basis
  RETURN {basis: u4.basis, explanation: u4.explanation, quote: u4.quote, policy: t4 {.code}}
  LIMIT 40
}} AS node
LIMIT 1
// params: {"id":"inspection:leeds:2024-08"}
