// Evidence of a fact
// The exact words behind one inspection's facts (its rating, fieldwork dates, cases examined...), the
// document they come from and where in its text they are: document.text[start..end] is the quote.
// Change the inspection id, or put any node's id: every fact-bearing node has EVIDENCED_BY.
MATCH (n {id: 'inspection:leeds:2024-08'})-[e:EVIDENCED_BY]->(d:Document)
RETURN labels(n)[0] AS label, n.id AS node, e.about AS fact, e.quote AS words, d.title AS document, d.url AS url, e.start AS start, e.end AS end
ORDER BY fact, start
