// recommendationsOfSetsStatement(["analysi knowledg skill"], "recommendation:leeds:2024-08:1", 10)
UNWIND $keys AS key
CALL (key) {
  MATCH (r:Recommendation)
  WHERE r.termKey = key
    AND r.id IS NOT NULL
    AND r.id <> $exclude
  RETURN r
  ORDER BY r.termKey, r.id
  LIMIT $first
}
RETURN key, collect(r {.*}) AS recommendations
// params: {"keys":["analysi knowledg skill"],"exclude":"recommendation:leeds:2024-08:1","first":10}
