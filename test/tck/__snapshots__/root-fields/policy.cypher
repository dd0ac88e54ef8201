// { policy(code: "sds40") { code name inForceFrom inspections { id } } }
MATCH (t:Policy)
WHERE t.code = toUpper($code) OR t.id = $code
RETURN t {.code, .name, .inForceFrom, `@inspections`: COLLECT {
  MATCH (t)<-[:UNDER]-(t1:Inspection)
  WITH DISTINCT t1
  ORDER BY coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) IS NULL, coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) DESC, t1.id
  RETURN t1 {.id}
}} AS node
LIMIT 1
// params: {"code":"sds40"}
