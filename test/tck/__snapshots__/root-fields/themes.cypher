// { themes { key name phrases } }
MATCH (t:Theme)
WITH t
ORDER BY t.name
RETURN t {.key, .name, .phrases} AS node
// params: {}
