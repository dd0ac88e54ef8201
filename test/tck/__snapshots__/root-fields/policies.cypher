// { policies { code name responsible { name } } }
MATCH (t:Policy)
WITH t
ORDER BY t.code
LIMIT 100
RETURN t {.code, .name, `@responsible`: COLLECT {
  MATCH (t)<-[:RESPONSIBLE_FOR]-(t1:Organisation)
  WITH *
  ORDER BY t1.name
  RETURN t1 {.name}
  LIMIT 10
}} AS node
// params: {}
