// { pdus(first: 2) { nodes { name region { name } } } } (projection off)
CALL () {
  MATCH (t:PDU)
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:PDU)
  WITH t
  ORDER BY t.name, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.*}) AS page
}
RETURN total, page
// params: {"offset":0,"first":2}
