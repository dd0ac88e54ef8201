// similarTargetStatement("recommendation:leeds:2024-08:1")
MATCH (r:Recommendation {id: $id})
CALL () {
  MATCH (x:Recommendation)
  RETURN count(x) AS n
}
RETURN r.termKey AS key, r.text AS text, n
// params: {"id":"recommendation:leeds:2024-08:1"}
