// A PDU's history
// One PDU's inspections, each following the one before, with their ratings, the national policies
// each was under and the recommendations each made, as a graph. Change the PDU's name (or match on
// its id: {id: 'pdu:leeds'}).
MATCH history = (pdu:PDU {name: 'North and North East Lincolnshire'})<-[:OF]-(i:Inspection)
OPTIONAL MATCH around = (i)-[:FOLLOWS|UNDER|RECOMMENDS]->()
RETURN history, collect(around) AS around
