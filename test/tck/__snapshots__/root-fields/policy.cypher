// { policy(code: "sds40") { code name inForceFrom inspections { totalCount pageInfo { hasNextPage } edges { cursor node { id } } } } }
MATCH (t:Policy)
WHERE t.code = toUpper($code) OR t.id = $code
RETURN t {.code, .name, .inForceFrom, `@inspections`: {total: COUNT {
  MATCH (t)<-[:UNDER]-(t1:Inspection)
  WITH DISTINCT t1
  RETURN 1
}, page: COLLECT {
  MATCH (t)<-[:UNDER]-(t1:Inspection)
  WITH DISTINCT t1
  ORDER BY coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) IS NULL, coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) DESC, t1.id
  SKIP $offset1
  LIMIT $first1
  RETURN t1 {.id}
}}} AS node
LIMIT 1
// params: {"code":"sds40","offset1":0,"first1":20}
