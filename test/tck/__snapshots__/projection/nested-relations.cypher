// { pdu(id: "x") { name region { name } inspections { rating recommendations { text themes { name } } } } }
t {.name, `@region`: COLLECT {
  MATCH (t)-[:IN_REGION]->(t1:Region)
  RETURN t1 {.name}
  LIMIT 1
}[0], `@inspections`: COLLECT {
  MATCH (t)<-[:OF]-(t2:Inspection)
  WITH *
  ORDER BY coalesce(t2.fieldworkFrom, t2.reportedIn, t2.publishedOn) IS NULL, coalesce(t2.fieldworkFrom, t2.reportedIn, t2.publishedOn) DESC, t2.id
  RETURN t2 {.rating, `@recommendations`: COLLECT {
    MATCH (t2)-[:RECOMMENDS]->(t3:Recommendation)
    WITH *
    ORDER BY t3.position
    RETURN t3 {.text, `@themes`: COLLECT {
      MATCH (t3)-[:ABOUT]->(t4:Theme)
      WITH DISTINCT t4
      ORDER BY t4.name
      RETURN t4 {.name}
      LIMIT 10
    }}
    LIMIT 30
  }}
  LIMIT 20
}}
// params: {}
