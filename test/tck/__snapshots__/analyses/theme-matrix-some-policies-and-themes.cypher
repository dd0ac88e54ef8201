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
  MATCH (pol:Policy)<-[u:UNDER]-(i:Inspection)
  WHERE ($policies IS NULL OR pol.code IN $policies)
    AND ($includePossible OR coalesce(u.certainty, 'CERTAIN') = 'CERTAIN')
  WITH DISTINCT pol, i
  MATCH (i)-[:OF]->(p:PDU)
  MATCH (i)-[:RECOMMENDS|FOUND]->(r)-[:ABOUT]->(t:Theme)
  WHERE $themes IS NULL OR t.key IN $themes OR t.id IN $themes
  WITH pol, t, p, r, CASE WHEN r:Recommendation THEN 'R' WHEN r.polarity = 'CONCERN' THEN 'C' ELSE 'S' END AS kind
  WITH pol, t, count(DISTINCT CASE WHEN kind = 'R' THEN r END) AS count, count(DISTINCT CASE WHEN kind = 'R' THEN p END) AS pduCount, collect(DISTINCT CASE WHEN kind = 'R' THEN r END)[..$sample] AS recommendations, count(DISTINCT CASE WHEN kind = 'C' THEN r END) AS concernCount, count(DISTINCT CASE WHEN kind = 'C' THEN p END) AS concernPduCount, collect(DISTINCT CASE WHEN kind = 'C' THEN r END)[..$sample] AS concerns, count(DISTINCT CASE WHEN kind = 'S' THEN r END) AS strengthCount, count(DISTINCT CASE WHEN kind = 'S' THEN p END) AS strengthPduCount, collect(DISTINCT CASE WHEN kind = 'S' THEN r END)[..$sample] AS strengths
  ORDER BY pol.code, t.key
  RETURN collect({policy: pol.code, theme: t.key, count: count, pduCount: pduCount, recommendations: [x IN recommendations | properties(x)], concernCount: concernCount, concernPduCount: concernPduCount, concerns: [x IN concerns | properties(x)], strengthCount: strengthCount, strengthPduCount: strengthPduCount, strengths: [x IN strengths | properties(x)]}) AS cells
}
RETURN policies, themes, cells
// params: {"policies":["SDS40","PROBATION_RESET"],"themes":["oversight"],"includePossible":false,"sample":100}
