// policyTimelineStatement()
MATCH (p:Policy)
CALL (p) {
  OPTIONAL MATCH (p)<-[u:UNDER {basis: 'FIELDWORK_OVERLAP'}]-(i:Inspection)
  WITH u, i
  ORDER BY coalesce(i.fieldworkWindowFrom, i.fieldworkFrom), i.id
  RETURN collect(CASE WHEN coalesce(u.certainty, 'CERTAIN') = 'CERTAIN' THEN i {.*} END) AS inspections, collect(CASE WHEN u.certainty = 'POSSIBLE' THEN i {.*} END) AS possible
}
RETURN p {.*} AS policy, p.inForceFrom AS from, p.inForceUntil AS until, inspections, possible
ORDER BY coalesce(from, '9999'), policy.code
// params: {}
