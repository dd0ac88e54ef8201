// { node(id: "inspection:leeds:2024-08") { id } } (projection off)
MATCH (t:Inspection {id: $id})
RETURN t {.*, __label: 'Inspection'} AS node
LIMIT 1
// params: {"id":"inspection:leeds:2024-08"}
