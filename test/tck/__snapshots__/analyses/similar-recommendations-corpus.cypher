// recommendationsStatement()
MATCH (r:Recommendation)
RETURN r {.*} AS node
// params: {}
