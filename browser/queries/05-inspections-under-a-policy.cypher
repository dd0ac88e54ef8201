// Inspections under a policy
// A national policy, the inspections under it (the relationship's basis says why) and their PDUs and
// regions, as a graph. Change 'SDS40' to another policy code.
MATCH under = (:Policy {code: 'SDS40'})<-[:UNDER]-(i:Inspection)-[:OF]->(:PDU)-[:IN_REGION]->(:Region)
RETURN under
