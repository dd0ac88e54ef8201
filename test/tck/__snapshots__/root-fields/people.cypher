// { people(first: 3) { edges { cursor node { name roles { title organisation { name } } } } } }
CALL () {
  MATCH (t:Person)
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:Person)
  WITH t
  ORDER BY t.name, t.id
  SKIP $offset
  LIMIT $first
  RETURN collect(t {.name, `@roles`: COLLECT {
    MATCH (t)-[h1:HELD]->(t1:Organisation)
    WITH *
    ORDER BY h1.title
    RETURN {title: h1.title, organisation: t1 {.name}}
    LIMIT 20
  }}) AS page
}
RETURN total, page
// params: {"offset":0,"first":3}
