// { frameworks { key name from until inspects sources } }
MATCH (t:Framework)
WITH t
ORDER BY t.periodStart, t.id
LIMIT 50
RETURN t {.key, .name, .from, .until, .inspects, .sources} AS node
// params: {}
