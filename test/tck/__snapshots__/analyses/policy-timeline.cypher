// policyTimelineStatement()
MATCH (p:Policy)
OPTIONAL MATCH (p)<-[:UNDER {basis: 'FIELDWORK_OVERLAP'}]-(i:Inspection)
WITH p, i
ORDER BY i.fieldworkFrom, i.id
RETURN p {.*} AS policy, p.inForceFrom AS from, p.inForceUntil AS until, collect(i {.*}) AS inspections
ORDER BY coalesce(from, '9999'), policy.code
// params: {}
