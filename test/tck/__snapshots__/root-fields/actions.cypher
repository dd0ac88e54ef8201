// { actions(status: [PLANNED, IN_PROGRESS]) { id text dueBy status statusAsOf takenBy { name } } }
MATCH (t:Action)
WHERE t.status IN $status
WITH t
ORDER BY t.dueBy IS NULL, t.dueBy, t.id
LIMIT 100
RETURN t {.id, .text, .dueBy, .status, .statusAsOf, `@takenBy`: COLLECT {
  MATCH (t)-[:TAKEN_BY]->(t1:PDU)
  RETURN t1 {.name}
  LIMIT 1
}[0]} AS node
// params: {"status":["PLANNED","IN_PROGRESS"]}
