// Region.pdus
UNWIND $keys AS key
MATCH (s:Region {id: key})
MATCH (s)<-[:IN_REGION]-(t:PDU)
RETURN key, t {.*} AS node
ORDER BY key, t.name

// PDU.region
UNWIND $keys AS key
MATCH (s:PDU {id: key})
MATCH (s)-[:IN_REGION]->(t:Region)
RETURN key, t {.*} AS node
ORDER BY key

// PDU.inspections
UNWIND $keys AS key
MATCH (s:PDU {id: key})
MATCH (s)<-[:OF]-(t:Inspection)
RETURN key, t {.*} AS node
ORDER BY key, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id

// PDU.mentionedIn
UNWIND $keys AS key
MATCH (s:PDU {id: key})
MATCH (s)<-[:MENTIONS]-(t:Document)
RETURN key, t {.*, text: null} AS node
ORDER BY key, t.publishedOn DESC, t.id

// PDU.laterPressures
UNWIND $keys AS key
MATCH (s:PDU {id: key})
MATCH (s)-[a:AFFECTED_BY]->(t:Policy)
RETURN key, {since: a.since, quote: a.quote, explanation: a.explanation, policy: t {.*}, document: COLLECT {
  MATCH (d:Document {id: a.documentId})
  RETURN d {.*, text: null}
}[0]} AS node
ORDER BY key, a.since, t.code

// PDU.actions
UNWIND $keys AS key
MATCH (s:PDU {id: key})
MATCH (s)<-[:TAKEN_BY]-(t:Action)
RETURN key, t {.*} AS node
ORDER BY key, t.id

// Inspection.pdu
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)-[:OF]->(t:PDU)
RETURN key, t {.*} AS node
ORDER BY key

// Inspection.previous
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)-[:FOLLOWS]->(t:Inspection)
RETURN key, t {.*} AS node
ORDER BY key

// Inspection.next
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)<-[:FOLLOWS]-(t:Inspection)
RETURN key, t {.*} AS node
ORDER BY key

// Inspection.recommendations
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)-[:RECOMMENDS]->(t:Recommendation)
RETURN key, t {.*} AS node
ORDER BY key, t.position

// Inspection.findings
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)-[:FOUND]->(t:Finding)
RETURN key, t {.*} AS node
ORDER BY key, t.position

// Inspection.quotes
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)<-[:ABOUT]-(t:Quote)
RETURN key, t {.*} AS node
ORDER BY key, t.id

// Inspection.pressures
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)-[u:UNDER]->(t:Policy)
RETURN key, {basis: u.basis, certainty: u.certainty, explanation: u.explanation, quote: u.quote, policy: t {.*}, document: COLLECT {
  MATCH (d:Document {id: u.documentId})
  RETURN d {.*, text: null}
}[0]} AS node
ORDER BY key, t.code, u.basis

// Inspection.documents
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)<-[:REPORTS]-(t:Document)
RETURN key, t {.*, text: null} AS node
ORDER BY key, t.publishedOn DESC, t.id

// Inspection.actions
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)<-[:RESPONDS_TO]-(t:Action)
RETURN key, t {.*} AS node
ORDER BY key, t.id

// Inspection.conflicts
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)-[:HAS_CONFLICT]->(t:Conflict)
RETURN key, t {.*} AS node
ORDER BY key, t.id

// Inspection.possibleDuplicates
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)-[:POSSIBLE_DUPLICATE_OF]-(t:Inspection)
RETURN key, t {.*} AS node
ORDER BY key, t.id

// Conflict.inspection
UNWIND $keys AS key
MATCH (s:Conflict {id: key})
MATCH (s)<-[:HAS_CONFLICT]-(t:Inspection)
RETURN key, t {.*} AS node
ORDER BY key

// Recommendation.inspection
UNWIND $keys AS key
MATCH (s:Recommendation {id: key})
MATCH (s)<-[:RECOMMENDS]-(t:Inspection)
RETURN key, t {.*} AS node
ORDER BY key

// Recommendation.themes
UNWIND $keys AS key
MATCH (s:Recommendation {id: key})
MATCH (s)-[:ABOUT]->(t:Theme)
WITH DISTINCT key, t
ORDER BY key, t.name
RETURN key, t {.*} AS node

// Recommendation.themeAssignments
UNWIND $keys AS key
MATCH (s:Recommendation {id: key})
MATCH (s)-[a:ABOUT]->(t:Theme)
RETURN key, {basis: a.basis, rule: a.rule, matched: coalesce(a.matched, []), theme: t {.*}} AS node
ORDER BY key, t.name, a.basis

// Recommendation.actions
UNWIND $keys AS key
MATCH (s:Recommendation {id: key})
MATCH (s)<-[:ADDRESSES]-(t:Action)
RETURN key, t {.*} AS node
ORDER BY key, t.id

// Finding.inspection
UNWIND $keys AS key
MATCH (s:Finding {id: key})
MATCH (s)<-[:FOUND]-(t:Inspection)
RETURN key, t {.*} AS node
ORDER BY key

// Finding.themes
UNWIND $keys AS key
MATCH (s:Finding {id: key})
MATCH (s)-[:ABOUT]->(t:Theme)
WITH DISTINCT key, t
ORDER BY key, t.name
RETURN key, t {.*} AS node

// Finding.themeAssignments
UNWIND $keys AS key
MATCH (s:Finding {id: key})
MATCH (s)-[a:ABOUT]->(t:Theme)
RETURN key, {basis: a.basis, rule: a.rule, matched: coalesce(a.matched, []), theme: t {.*}} AS node
ORDER BY key, t.name, a.basis

// Theme.recommendations
UNWIND $keys AS key
MATCH (s:Theme {id: key})
MATCH (s)<-[:ABOUT]-(t:Recommendation)
WITH DISTINCT key, t
ORDER BY key, t.id
RETURN key, t {.*} AS node

// Theme.findings
UNWIND $keys AS key
MATCH (s:Theme {id: key})
MATCH (s)<-[:ABOUT]-(t:Finding)
WITH DISTINCT key, t
ORDER BY key, t.id
RETURN key, t {.*} AS node

// Theme.occurrences
UNWIND $keys AS key
MATCH (s:Theme {id: key})
MATCH (s)<-[:ABOUT]-(:Recommendation|Finding)<-[:RECOMMENDS|FOUND]-(i:Inspection)-[:OF]->(p:PDU)
WITH DISTINCT key, s, i, p
WITH key, i, p, COUNT {
  MATCH (s)<-[:ABOUT]-(r:Recommendation)<-[:RECOMMENDS]-(i)
  RETURN DISTINCT r
} AS recs, COUNT {
  MATCH (s)<-[:ABOUT]-(f:Finding)<-[:FOUND]-(i)
  RETURN DISTINCT f
} AS finds
RETURN key, {pdu: p {.*}, inspection: i {.*}, fieldworkFrom: i.fieldworkFrom, recommendationCount: recs, findingCount: finds} AS node
ORDER BY key, i.fieldworkFrom DESC, p.name

// Policy.responsible
UNWIND $keys AS key
MATCH (s:Policy {id: key})
MATCH (s)<-[:RESPONSIBLE_FOR]-(t:Organisation)
RETURN key, t {.*} AS node
ORDER BY key, t.name

// Policy.inspections
UNWIND $keys AS key
MATCH (s:Policy {id: key})
MATCH (s)<-[:UNDER]-(t:Inspection)
WITH DISTINCT key, t
ORDER BY key, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id
RETURN key, t {.*} AS node

// Policy.mentionedIn
UNWIND $keys AS key
MATCH (s:Policy {id: key})
MATCH (s)<-[:MENTIONS]-(t:Document)
RETURN key, t {.*, text: null} AS node
ORDER BY key, t.publishedOn DESC, t.id

// Person.roles
UNWIND $keys AS key
MATCH (s:Person {id: key})
MATCH (s)-[h:HELD]->(t:Organisation)
RETURN key, {title: h.title, from: h.from, until: h.until, organisation: t {.*}} AS node
ORDER BY key, h.title

// Person.quotes
UNWIND $keys AS key
MATCH (s:Person {id: key})
MATCH (s)-[:SAID]->(t:Quote)
RETURN key, t {.*} AS node
ORDER BY key, t.id

// Person.commitments
UNWIND $keys AS key
MATCH (s:Person {id: key})
MATCH (s)<-[:STATED_BY]-(t:Commitment)
RETURN key, t {.*} AS node
ORDER BY key, t.id

// Organisation.partOf
UNWIND $keys AS key
MATCH (s:Organisation {id: key})
MATCH (s)-[:PART_OF]->(t:Organisation)
RETURN key, t {.*} AS node
ORDER BY key

// Organisation.people
UNWIND $keys AS key
MATCH (s:Organisation {id: key})
MATCH (s)<-[:HELD]-(t:Person)
WITH DISTINCT key, t
ORDER BY key, t.name
RETURN key, t {.*} AS node

// Quote.speaker
UNWIND $keys AS key
MATCH (s:Quote {id: key})
MATCH (s)<-[:SAID]-(t:Person)
RETURN key, t {.*} AS node
ORDER BY key

// Quote.inspection
UNWIND $keys AS key
MATCH (s:Quote {id: key})
MATCH (s)-[:ABOUT]->(t:Inspection)
RETURN key, t {.*} AS node
ORDER BY key

// Quote.document
UNWIND $keys AS key
MATCH (s:Quote {id: key})
MATCH (s)-[:EVIDENCED_BY]->(t:Document)
RETURN key, t {.*, text: null} AS node
ORDER BY key

// Document.publisher
UNWIND $keys AS key
MATCH (s:Document {id: key})
MATCH (s)-[:PUBLISHED_BY]->(t:Organisation)
RETURN key, t {.*} AS node
ORDER BY key

// Document.reports
UNWIND $keys AS key
MATCH (s:Document {id: key})
MATCH (s)-[:REPORTS]->(t:Inspection)
RETURN key, t {.*} AS node
ORDER BY key, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id

// Document.mentionsPolicies
UNWIND $keys AS key
MATCH (s:Document {id: key})
MATCH (s)-[:MENTIONS]->(t:Policy)
RETURN key, t {.*} AS node
ORDER BY key, t.code

// Document.mentionsPeople
UNWIND $keys AS key
MATCH (s:Document {id: key})
MATCH (s)-[:MENTIONS]->(t:Person)
RETURN key, t {.*} AS node
ORDER BY key, t.name

// Commitment.madeBy
UNWIND $keys AS key
MATCH (s:Commitment {id: key})
MATCH (s)-[:MADE_BY]->(t:Organisation)
RETURN key, t {.*} AS node
ORDER BY key

// Commitment.statedBy
UNWIND $keys AS key
MATCH (s:Commitment {id: key})
MATCH (s)-[:STATED_BY]->(t:Person)
RETURN key, t {.*} AS node
ORDER BY key

// Action.takenBy
UNWIND $keys AS key
MATCH (s:Action {id: key})
MATCH (s)-[:TAKEN_BY]->(t:PDU)
RETURN key, t {.*} AS node
ORDER BY key

// Action.inspection
UNWIND $keys AS key
MATCH (s:Action {id: key})
MATCH (s)-[:RESPONDS_TO]->(t:Inspection)
RETURN key, t {.*} AS node
ORDER BY key

// Action.addresses
UNWIND $keys AS key
MATCH (s:Action {id: key})
MATCH (s)-[:ADDRESSES]->(t:Recommendation)
RETURN key, t {.*} AS node
ORDER BY key, t.id

// Region.evidence
UNWIND $keys AS key
MATCH (s:Region {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// PDU.evidence
UNWIND $keys AS key
MATCH (s:PDU {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// Inspection.evidence
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// Recommendation.evidence
UNWIND $keys AS key
MATCH (s:Recommendation {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// Finding.evidence
UNWIND $keys AS key
MATCH (s:Finding {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// Person.evidence
UNWIND $keys AS key
MATCH (s:Person {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// Organisation.evidence
UNWIND $keys AS key
MATCH (s:Organisation {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// Quote.evidence
UNWIND $keys AS key
MATCH (s:Quote {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// Commitment.evidence
UNWIND $keys AS key
MATCH (s:Commitment {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// Action.evidence
UNWIND $keys AS key
MATCH (s:Action {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// Conflict.evidence
UNWIND $keys AS key
MATCH (s:Conflict {id: key})
MATCH (s)-[e:EVIDENCED_BY]->(t:Document)
RETURN key, {quote: e.quote, start: e.start, end: e.end, about: e.about, document: t {.*, text: null}} AS node
ORDER BY key, t.id, e.start

// PDU.latestRating
UNWIND $keys AS key
MATCH (s:PDU {id: key})
RETURN key, COLLECT {
  MATCH (s)<-[:OF]-(t:Inspection)
  RETURN t.rating
  ORDER BY coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) IS NULL, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id
  LIMIT 1
}[0] AS node

// Document.text
UNWIND $keys AS key
MATCH (s:Document {id: key})
RETURN key, s.text AS node

// Inspection.fieldworkBasis
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
RETURN key, coalesce(s.fieldworkBasis, CASE WHEN s.fieldworkFrom IS NULL THEN 'UNKNOWN' ELSE 'STATED' END) AS node

// Inspection.publishedOnBasis
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
RETURN key, coalesce(s.publishedOnBasis, CASE WHEN s.publishedOn IS NULL THEN 'UNKNOWN' ELSE 'STATED' END) AS node

// Document.textIsExcerpt
UNWIND $keys AS key
MATCH (s:Document {id: key})
RETURN key, coalesce(s.textIsExcerpt, false) AS node

// PDU.sources
UNWIND $keys AS key
MATCH (s:PDU {id: key})
RETURN key, coalesce(s.sources, []) AS node

// federation PDU by id
UNWIND $keys AS key
MATCH (t:`PDU`)
WHERE t.`id` = key
RETURN key, t {.*} AS node

// federation Inspection by id
UNWIND $keys AS key
MATCH (t:`Inspection`)
WHERE t.`id` = key
RETURN key, t {.*} AS node

// federation Person by id
UNWIND $keys AS key
MATCH (t:`Person`)
WHERE t.`id` = key
RETURN key, t {.*} AS node

// federation Policy by id
UNWIND $keys AS key
MATCH (t:`Policy`)
WHERE t.`id` = key
RETURN key, t {.*} AS node

// federation Policy by code
UNWIND $keys AS key
MATCH (t:`Policy`)
WHERE t.`code` = key
RETURN key, t {.*} AS node
