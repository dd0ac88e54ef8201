// sampleItemsStatement([{theme: "theme:oversight", inspection: "inspection:leeds:2024-08", k: 0}])
UNWIND $pairs AS pair
MATCH (i:Inspection {id: pair.inspection})
MATCH (i)-[:RECOMMENDS]->(r:Recommendation)-[:ABOUT]->(:Theme {id: pair.theme})
RETURN pair.theme AS theme, pair.k AS k, collect(DISTINCT r {.*}) AS items
// params: {"pairs":[{"theme":"theme:oversight","inspection":"inspection:leeds:2024-08","k":0}]}
