// connectionBatchCypher(RELATIONS['Theme.occurrences'])
UNWIND $keys AS key
MATCH (s:Theme {id: key})
CALL (s) {
  MATCH (s)<-[:ABOUT]-(:Recommendation|Finding)<-[:RECOMMENDS|FOUND]-(i:Inspection)-[:OF]->(p:PDU)
  WITH DISTINCT s, i, p
  WITH i, p, COUNT {
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
  WITH *
  ORDER BY i.fieldworkFrom DESC, p.name
  SKIP $offset
  LIMIT $first
  RETURN collect({pdu: p {.*}, inspection: i {.*}, fieldworkFrom: i.fieldworkFrom, recommendationCount: recs, findingCount: finds, concernCount: concerns, strengthCount: strengths}) AS page
}
RETURN key, {total: COUNT {
  MATCH (s)<-[:ABOUT]-(:Recommendation|Finding)<-[:RECOMMENDS|FOUND]-(i:Inspection)-[:OF]->(p:PDU)
  WITH DISTINCT s, i, p
  WITH i, p, COUNT {
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
  RETURN 1
}, page: page} AS node
// params: {"keys":["theme:oversight"],"offset":0,"first":20}
