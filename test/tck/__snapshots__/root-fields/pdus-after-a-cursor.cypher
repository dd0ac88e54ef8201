// { pdus(first: 10, after: "b2Zmc2V0Ojk=") { edges { cursor node { id } } } }
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
  RETURN collect(t {.id}) AS page
}
RETURN total, page
// params: {"offset":10,"first":10}
