// { node(id: "recommendation:leeds:2024-08:1") { ... on Recommendation { text recurs { direction samePdu score method sharedTerms explanation recommendation { id inspection { pdu { name } } } } } } }
MATCH (t:Recommendation {id: $id})
RETURN t {.text, __label: 'Recommendation', `@recurs`: COLLECT {
  MATCH (t)-[l1:RECURS]-(t1:Recommendation)
  WITH *
  ORDER BY l1.score DESC, t1.id
  RETURN {direction: CASE WHEN NOT coalesce(l1.ordered, false) THEN 'UNORDERED' WHEN endNode(l1) = t1 THEN 'EARLIER' ELSE 'LATER' END, samePdu: coalesce(l1.samePdu, false), score: l1.score, method: l1.method, sharedTerms: coalesce(l1.sharedTerms, []), explanation: l1.explanation, recommendation: t1 {.id, `@inspection`: COLLECT {
    MATCH (t1)<-[:RECOMMENDS]-(t2:Inspection)
    RETURN t2 {`@pdu`: COLLECT {
      MATCH (t2)-[:OF]->(t3:PDU)
      RETURN t3 {.name}
      LIMIT 1
    }[0]}
    LIMIT 1
  }[0]}}
  LIMIT 20
}} AS node
LIMIT 1
// params: {"id":"recommendation:leeds:2024-08:1"}
