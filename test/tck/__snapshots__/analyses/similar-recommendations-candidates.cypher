// similarCandidatesStatement(["analysi", "knowledg", "skill"], candidateQuery(...), CANDIDATE_SETS)
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node
  RETURN collect(node.key) AS keys
}
CALL (keys) {
  UNWIND keys AS key
  UNWIND split(key, ' ') AS stem
  RETURN collect(DISTINCT stem) AS candidateStems
}
CALL (candidateStems) {
  UNWIND $stems + candidateStems AS stem
  WITH DISTINCT stem
  MATCH (t:Term {stem: stem})
  RETURN collect([stem, t.df]) AS df
}
RETURN keys, df
// params: {"index":"term_set_v1","query":"\"analysi\" OR \"knowledg\" OR \"skill\"","limit":500,"stems":["analysi","knowledg","skill"]}
