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

// Inspection.chiefInspector
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (t:Person)-[h:HELD {role: 'CHIEF_INSPECTOR_OF_PROBATION'}]->(:Organisation)
WHERE (coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) IS NOT NULL AND h.monthFromCertain <= coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) AND (h.monthUntil IS NULL OR coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom) <= h.monthUntilCertain))
RETURN key, t {.*} AS node
ORDER BY key

// Inspection.chiefInspectors
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (t:Person)-[h:HELD {role: 'CHIEF_INSPECTOR_OF_PROBATION'}]->(:Organisation)
WHERE coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) IS NOT NULL
  AND h.monthFrom <= coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom)
  AND (h.monthUntil IS NULL OR h.monthUntil >= coalesce(s.fieldworkWindowFrom, s.fieldworkFrom))
WITH key, t, h, (coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) IS NOT NULL AND h.monthFromCertain <= coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) AND (h.monthUntil IS NULL OR coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom) <= h.monthUntilCertain)) AS w
RETURN key, {from: h.from, until: h.until, interim: coalesce(h.interim, false), wholeWindow: w, person: t {.*}} AS node
ORDER BY key, h.periodStart

// Inspection.frameworks
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
MATCH (t:Framework)
WHERE 'PDU' IN t.inspects
  AND coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) IS NOT NULL
  AND t.monthFrom <= coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom)
  AND (t.monthUntil IS NULL OR t.monthUntil >= coalesce(s.fieldworkWindowFrom, s.fieldworkFrom))
WITH key, t, CASE WHEN (coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) IS NOT NULL AND t.monthFromCertain <= coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) AND (t.monthUntil IS NULL OR coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom) <= t.monthUntilCertain)) THEN 'CERTAIN' ELSE 'POSSIBLE' END AS c, 'fieldwork ' + coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) + CASE WHEN coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom) <> coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) THEN ' to ' + coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom) ELSE '' END + CASE WHEN coalesce(s.fieldworkBasis, CASE WHEN s.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN ' (a derived window)' ELSE '' END + CASE WHEN (coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) IS NOT NULL AND t.monthFromCertain <= coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) AND (t.monthUntil IS NULL OR coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom) <= t.monthUntilCertain)) THEN ' lies within ' ELSE ' overlaps, in part, ' END + t.name + ' (' + t.from + ' to ' + coalesce(t.until, CASE WHEN t.periodEnd IS NOT NULL THEN t.periodEnd + ' at the latest' ELSE 'no end known' END) + ')' AS x
RETURN key, {certainty: c, explanation: x, framework: t {.*}} AS node
ORDER BY key, t.periodStart

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

// Recommendation.recurs
UNWIND $keys AS key
MATCH (s:Recommendation {id: key})
MATCH (s)-[l:RECURS]-(t:Recommendation)
RETURN key, {direction: CASE WHEN NOT coalesce(l.ordered, false) THEN 'UNORDERED' WHEN endNode(l) = t THEN 'EARLIER' ELSE 'LATER' END, samePdu: coalesce(l.samePdu, false), score: l.score, method: l.method, sharedTerms: coalesce(l.sharedTerms, []), explanation: l.explanation, recommendation: t {.*}} AS node
ORDER BY key, l.score DESC, t.id

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
} AS finds, COUNT {
  MATCH (s)<-[:ABOUT]-(c:Finding {polarity: 'CONCERN'})<-[:FOUND]-(i)
  RETURN DISTINCT c
} AS concerns, COUNT {
  MATCH (s)<-[:ABOUT]-(g:Finding {polarity: 'STRENGTH'})<-[:FOUND]-(i)
  RETURN DISTINCT g
} AS strengths
RETURN key, {pdu: p {.*}, inspection: i {.*}, fieldworkFrom: i.fieldworkFrom, recommendationCount: recs, findingCount: finds, concernCount: concerns, strengthCount: strengths} AS node
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
RETURN key, {title: h.title, from: h.from, until: h.until, untilBasis: h.untilBasis, untilExplanation: h.untilExplanation, interim: h.interim, sources: coalesce(h.sources, []), organisation: t {.*}} AS node
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

// Commitment.owner
UNWIND $keys AS key
MATCH (s:Commitment {id: key})
MATCH (s)-[:OWNED_BY]->(t:Organisation)
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

// Inspection.date
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
RETURN key, coalesce(s.fieldworkFrom, s.reportedIn, s.publishedOn) AS node

// Inspection.dateBasis
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
RETURN key, CASE WHEN s.fieldworkFrom IS NOT NULL THEN 'FIELDWORK' WHEN s.reportedIn IS NOT NULL THEN 'REPORTED' WHEN s.publishedOn IS NOT NULL THEN 'PUBLISHED' ELSE 'NONE' END AS node

// Inspection.chiefInspectorExplanation
UNWIND $keys AS key
MATCH (s:Inspection {id: key})
RETURN key, CASE WHEN coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) IS NULL THEN 'No fieldwork window (' + coalesce(s.fieldworkExplanation, 'no date is known') + '), so who was Chief Inspector of Probation cannot be told.' ELSE [list IN [COLLECT {
  MATCH (p:Person)-[h:HELD {role: 'CHIEF_INSPECTOR_OF_PROBATION'}]->(:Organisation)
  WHERE coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) IS NOT NULL
    AND h.monthFrom <= coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom)
    AND (h.monthUntil IS NULL OR h.monthUntil >= coalesce(s.fieldworkWindowFrom, s.fieldworkFrom))
  RETURN {name: p.name, period: h.from + ' to ' + coalesce(h.until, CASE WHEN h.periodEnd IS NOT NULL THEN h.periodEnd + ' at the latest' ELSE 'no end known' END), whole: (coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) IS NOT NULL AND h.monthFromCertain <= coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) AND (h.monthUntil IS NULL OR coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom) <= h.monthUntilCertain))} AS x
  ORDER BY h.monthFrom
}] | 'Fieldwork ' + coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) + CASE WHEN coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom) <> coalesce(s.fieldworkWindowFrom, s.fieldworkFrom) THEN ' to ' + coalesce(s.fieldworkWindowTo, s.fieldworkTo, s.fieldworkWindowFrom, s.fieldworkFrom) ELSE '' END + CASE WHEN coalesce(s.fieldworkBasis, CASE WHEN s.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN ' (a derived window)' ELSE '' END + ': ' + CASE WHEN size(list) = 0 THEN 'no Chief Inspector of Probation in the graph was in post then.' WHEN size(list) = 1 AND list[0].whole THEN list[0].name + ' was Chief Inspector of Probation throughout (in post ' + list[0].period + ').' WHEN size(list) = 1 THEN 'the window lies only partly inside ' + list[0].name + "'s tenure (" + list[0].period + '); no one is named.' ELSE 'the window straddles a change of Chief Inspector of Probation: ' + reduce(acc = '', y IN list | acc + CASE WHEN acc = '' THEN '' ELSE '; ' END + y.name + ' (' + y.period + ')') + '. Which of them covered the inspection cannot be told from the dates, so no one is named.' END][0] END AS node

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
