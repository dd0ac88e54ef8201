// { regions { id name statedPduCount pdus { name } } }
MATCH (t:Region)
WITH t
ORDER BY t.name
LIMIT 20
RETURN t {.id, .name, .statedPduCount, `@pdus`: COLLECT {
  MATCH (t)<-[:IN_REGION]-(t1:PDU)
  WITH *
  ORDER BY t1.name
  RETURN t1 {.name}
  LIMIT 50
}} AS node
// params: {}
