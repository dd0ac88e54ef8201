// themeMatrixStatement({policies: ["SDS40", "PROBATION_RESET"], themes: ["oversight"]})
CALL () {
  MATCH (pol:Policy)
  WHERE $policies IS NULL OR pol.code IN $policies
  WITH pol
  ORDER BY pol.code
  RETURN collect(pol {.*}) AS policies
}
CALL () {
  MATCH (t:Theme)
  WHERE $themes IS NULL OR t.key IN $themes OR t.id IN $themes
  WITH t
  ORDER BY t.name
  RETURN collect(t {.*}) AS themes
}
CALL () {
  MATCH (pol:Policy)<-[:UNDER]-(i:Inspection)-[:RECOMMENDS]->(r:Recommendation)-[:ABOUT]->(t:Theme)
  WHERE ($policies IS NULL OR pol.code IN $policies)
    AND ($themes IS NULL OR t.key IN $themes OR t.id IN $themes)
  MATCH (i)-[:OF]->(p:PDU)
  WITH pol, t, count(DISTINCT r) AS count, count(DISTINCT p) AS pduCount, collect(DISTINCT r)[..$sample] AS sample
  ORDER BY pol.code, t.key
  RETURN collect({policy: pol.code, theme: t.key, count: count, pduCount: pduCount, recommendations: [r IN sample | properties(r)]}) AS cells
}
RETURN policies, themes, cells
// params: {"policies":["SDS40","PROBATION_RESET"],"themes":["oversight"],"sample":100}
