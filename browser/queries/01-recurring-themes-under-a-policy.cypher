// Recurring themes under a policy
// Themes shared by recommendations to at least two PDUs whose inspections were under one national
// policy (on either basis: fieldwork while it was in force, or named in a document about the
// inspection): a hint that the cause is national rather than local. Change 'SDS40' to another
// policy code (FTR48, PROBATION_RESET, ECSL...).
MATCH (policy:Policy {code: 'SDS40'})<-[u:UNDER]-(i:Inspection)-[:RECOMMENDS]->(r:Recommendation)-[:ABOUT]->(t:Theme),
      (i)-[:OF]->(pdu:PDU)
WITH t, collect(DISTINCT pdu.name) AS pdus, collect(DISTINCT i.name + ': ' + u.basis) AS pressures, count(DISTINCT r) AS recommendations
WHERE size(pdus) >= 2
RETURN t.name AS theme, size(pdus) AS pduCount, pdus, recommendations, pressures
ORDER BY pduCount DESC, recommendations DESC, theme
