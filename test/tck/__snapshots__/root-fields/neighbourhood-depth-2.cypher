// { neighbourhood(id: "pdu:leeds", depth: 2, limit: 100) { nodes { id } } }
MATCH (start:PDU {id: $id})
CALL (start) {
  MATCH path = (start)-[*1..2]-(n)
  WHERE n <> start
  WITH n, min(length(path)) AS distance
  ORDER BY distance, n.id
  LIMIT $limit
  RETURN collect(n) AS near
}
WITH [start] + near AS chosen
CALL (chosen) {
  UNWIND chosen AS a
  MATCH (a)-[r]->(b)
  WHERE b IN chosen
  RETURN collect(DISTINCT {from: a.id, to: b.id, type: type(r)}) AS edges
}
RETURN [x IN chosen | {id: x.id, label: labels(x)[0], caption: coalesce(x.name, x.title, x.code, left(x.text, 60), x.id)}] AS nodes, edges
// params: {"id":"pdu:leeds","limit":100}
