// { themes { name occurrences(first: 10) { totalCount nodes { pdu { name } inspection { id } fieldworkFrom recommendationCount findingCount concernCount strengthCount } } } }
MATCH (t:Theme)
WITH t
ORDER BY t.name
LIMIT 100
RETURN t {.name, `@occurrences`: {total: COUNT {
  MATCH (t)<-[:ABOUT]-(:Recommendation|Finding)<-[:RECOMMENDS|FOUND]-(i1:Inspection)-[:OF]->(p1:PDU)
  WITH DISTINCT t, i1, p1
  WITH i1, p1, COUNT {
    MATCH (t)<-[:ABOUT]-(r1:Recommendation)<-[:RECOMMENDS]-(i1)
    RETURN DISTINCT r1
  } AS recs1, COUNT {
    MATCH (t)<-[:ABOUT]-(f1:Finding)<-[:FOUND]-(i1)
    RETURN DISTINCT f1
  } AS finds1, COUNT {
    MATCH (t)<-[:ABOUT]-(c1:Finding {polarity: 'CONCERN'})<-[:FOUND]-(i1)
    RETURN DISTINCT c1
  } AS concerns1, COUNT {
    MATCH (t)<-[:ABOUT]-(g1:Finding {polarity: 'STRENGTH'})<-[:FOUND]-(i1)
    RETURN DISTINCT g1
  } AS strengths1
  RETURN 1
}, page: COLLECT {
  MATCH (t)<-[:ABOUT]-(:Recommendation|Finding)<-[:RECOMMENDS|FOUND]-(i1:Inspection)-[:OF]->(p1:PDU)
  WITH DISTINCT t, i1, p1
  WITH i1, p1, COUNT {
    MATCH (t)<-[:ABOUT]-(r1:Recommendation)<-[:RECOMMENDS]-(i1)
    RETURN DISTINCT r1
  } AS recs1, COUNT {
    MATCH (t)<-[:ABOUT]-(f1:Finding)<-[:FOUND]-(i1)
    RETURN DISTINCT f1
  } AS finds1, COUNT {
    MATCH (t)<-[:ABOUT]-(c1:Finding {polarity: 'CONCERN'})<-[:FOUND]-(i1)
    RETURN DISTINCT c1
  } AS concerns1, COUNT {
    MATCH (t)<-[:ABOUT]-(g1:Finding {polarity: 'STRENGTH'})<-[:FOUND]-(i1)
    RETURN DISTINCT g1
  } AS strengths1
  WITH *
  ORDER BY i1.fieldworkFrom DESC, p1.name
  SKIP $offset1
  LIMIT $first1
  RETURN {pdu: p1 {.name}, inspection: i1 {.id}, fieldworkFrom: i1.fieldworkFrom, recommendationCount: recs1, findingCount: finds1, concernCount: concerns1, strengthCount: strengths1}
}}} AS node
// params: {"offset1":0,"first1":10}
