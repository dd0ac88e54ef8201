// sampleRecommendationsStatement([{theme: "theme:oversight", inspection: "inspection:leeds:2024-08", k: 0}])
UNWIND $pairs AS pair
MATCH (:Inspection {id: pair.inspection})-[:RECOMMENDS]->(r)-[:ABOUT]->(:Theme {id: pair.theme})
RETURN pair.theme AS theme, pair.k AS k, collect(DISTINCT r {.*}) AS recommendations
// params: {"pairs":[{"theme":"theme:oversight","inspection":"inspection:leeds:2024-08","k":0}]}
