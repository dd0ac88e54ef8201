// Recommendations that recur
// Recommendation lineage: each recommendation that says much the same as an earlier one (RECURS,
// from the later to the earlier, with its score, method and shared terms), at the same PDU in a
// later round or at another PDU, with the inspections and PDUs that made them, as a graph.
MATCH lineage = (later:Recommendation)-[r:RECURS]->(earlier:Recommendation)
MATCH made = (later)<-[:RECOMMENDS]-(:Inspection)-[:OF]->(:PDU)
MATCH before = (earlier)<-[:RECOMMENDS]-(:Inspection)-[:OF]->(:PDU)
RETURN lineage, made, before
