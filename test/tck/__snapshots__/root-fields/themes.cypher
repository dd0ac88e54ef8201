// { themes { key name phrases } }
MATCH (t:Theme)
WITH t
ORDER BY t.name
LIMIT 100
RETURN t {.key, .name, .phrases} AS node
// params: {}
