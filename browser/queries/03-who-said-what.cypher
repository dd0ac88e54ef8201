// Who said what
// Every quote with its speaker, the roles they held, the inspection it is about and the document it
// appears in.
MATCH (person:Person)-[:SAID]->(q:Quote)
OPTIONAL MATCH (q)-[:ABOUT]->(i:Inspection)
OPTIONAL MATCH (person)-[role:HELD]->(org:Organisation)
OPTIONAL MATCH (q)-[:EVIDENCED_BY]->(d:Document)
RETURN person.name AS person, collect(DISTINCT role.title + ', ' + org.name) AS roles,
       i.name AS inspection, q.topic AS topic, q.text AS words, collect(DISTINCT d.title) AS documents
ORDER BY person, inspection
