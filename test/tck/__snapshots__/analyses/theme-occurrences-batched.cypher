// relationBatchCypher(RELATIONS['Theme.occurrences'])
UNWIND $keys AS key
MATCH (s:Theme {id: key})
MATCH (s)<-[:ABOUT]-(:Recommendation|Finding)<-[:RECOMMENDS|FOUND]-(i:Inspection)-[:OF]->(p:PDU)
WITH DISTINCT key, s, i, p
WITH key, i, p, COUNT {
  MATCH (s)<-[:ABOUT]-(r:Recommendation)<-[:RECOMMENDS]-(i)
  RETURN DISTINCT r
} AS recs, COUNT {
  MATCH (s)<-[:ABOUT]-(f:Finding)<-[:FOUND]-(i)
  RETURN DISTINCT f
} AS finds, COUNT {
  MATCH (s)<-[:ABOUT]-(c:Finding {polarity: 'CONCERN'})<-[:FOUND]-(i)
  RETURN DISTINCT c
} AS concerns, COUNT {
  MATCH (s)<-[:ABOUT]-(g:Finding {polarity: 'STRENGTH'})<-[:FOUND]-(i)
  RETURN DISTINCT g
} AS strengths
RETURN key, {pdu: p {.*}, inspection: i {.*}, fieldworkFrom: i.fieldworkFrom, recommendationCount: recs, findingCount: finds, concernCount: concerns, strengthCount: strengths} AS node
ORDER BY key, i.fieldworkFrom DESC, p.name
// params: {"keys":["theme:oversight"]}
