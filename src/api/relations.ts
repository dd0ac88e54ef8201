/**
 * The translate layer between GraphQL fields and Cypher: every field that follows a relationship
 * names one entry here. Each entry is a fixed Cypher statement over a batch of parent ids (`$keys`),
 * returning `key` (the parent id) and `node` (the record), so a field costs one round trip per
 * request however many parents ask for it (see loaders.ts). Nothing in these strings comes from
 * input: labels and types are constants, values are parameters.
 */

/** A document without its (large) text: evidence lists carry many of these. */
const DOC = `d {.*, text: null}`;

function rel(pattern: string, node = 't {.*}', order = 'key'): string {
  return `UNWIND $keys AS key MATCH ${pattern} RETURN key, ${node} AS node ORDER BY ${order}`;
}
/** Distinct targets (several relationships, e.g. CURATED and RULE themes, may lead to the same node). */
function distinct(pattern: string, order: string): string {
  return `UNWIND $keys AS key MATCH ${pattern} WITH DISTINCT key, t ORDER BY ${order} RETURN key, t {.*} AS node`;
}

export const RELATIONS = {
  'Region.pdus': rel('(s:Region {id: key})<-[:IN_REGION]-(t:PDU)', undefined, 'key, t.name'),
  'PDU.region': rel('(s:PDU {id: key})-[:IN_REGION]->(t:Region)'),
  'PDU.inspections': rel('(s:PDU {id: key})<-[:OF]-(t:Inspection)', undefined, 'key, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id'),
  'PDU.mentionedIn': rel('(s:PDU {id: key})<-[:MENTIONS]-(d:Document)', DOC, 'key, d.publishedOn DESC'),
  'PDU.actions': rel('(s:PDU {id: key})<-[:TAKEN_BY]-(t:Action)', undefined, 'key, t.id'),
  'Inspection.pdu': rel('(s:Inspection {id: key})-[:OF]->(t:PDU)'),
  'Inspection.previous': rel('(s:Inspection {id: key})-[:FOLLOWS]->(t:Inspection)'),
  'Inspection.next': rel('(s:Inspection {id: key})<-[:FOLLOWS]-(t:Inspection)'),
  'Inspection.recommendations': rel('(s:Inspection {id: key})-[:RECOMMENDS]->(t:Recommendation)', undefined, 'key, t.position'),
  'Inspection.findings': rel('(s:Inspection {id: key})-[:FOUND]->(t:Finding)', undefined, 'key, t.position'),
  'Inspection.quotes': rel('(s:Inspection {id: key})<-[:ABOUT]-(t:Quote)', undefined, 'key, t.id'),
  'Inspection.pressures': rel(
    '(s:Inspection {id: key})-[u:UNDER]->(p:Policy) OPTIONAL MATCH (d:Document {id: u.documentId})',
    `{basis: u.basis, explanation: u.explanation, quote: u.quote, policy: p {.*}, document: CASE WHEN d IS NULL THEN null ELSE ${DOC} END}`,
    'key, p.code, u.basis',
  ),
  'Inspection.documents': rel('(s:Inspection {id: key})<-[:REPORTS]-(d:Document)', DOC, 'key, d.publishedOn DESC'),
  'Inspection.actions': rel('(s:Inspection {id: key})<-[:RESPONDS_TO]-(t:Action)', undefined, 'key, t.id'),
  'Inspection.conflicts': rel('(s:Inspection {id: key})-[:HAS_CONFLICT]->(t:Conflict)', undefined, 'key, t.id'),
  'Inspection.possibleDuplicates': rel('(s:Inspection {id: key})-[:POSSIBLE_DUPLICATE_OF]-(t:Inspection)', undefined, 'key, t.id'),
  'Conflict.inspection': rel('(s:Conflict {id: key})<-[:HAS_CONFLICT]-(t:Inspection)'),
  'Recommendation.inspection': rel('(s:Recommendation {id: key})<-[:RECOMMENDS]-(t:Inspection)'),
  'Recommendation.themes': distinct('(s:Recommendation {id: key})-[:ABOUT]->(t:Theme)', 'key, t.name'),
  'Recommendation.themeAssignments': rel('(s:Recommendation {id: key})-[a:ABOUT]->(t:Theme)', '{basis: a.basis, rule: a.rule, matched: coalesce(a.matched, []), theme: t {.*}}', 'key, t.name, a.basis'),
  'Recommendation.actions': rel('(s:Recommendation {id: key})<-[:ADDRESSES]-(t:Action)', undefined, 'key, t.id'),
  'Finding.inspection': rel('(s:Finding {id: key})<-[:FOUND]-(t:Inspection)'),
  'Finding.themes': distinct('(s:Finding {id: key})-[:ABOUT]->(t:Theme)', 'key, t.name'),
  'Finding.themeAssignments': rel('(s:Finding {id: key})-[a:ABOUT]->(t:Theme)', '{basis: a.basis, rule: a.rule, matched: coalesce(a.matched, []), theme: t {.*}}', 'key, t.name, a.basis'),
  'Theme.recommendations': distinct('(s:Theme {id: key})<-[:ABOUT]-(t:Recommendation)', 'key, t.id'),
  'Theme.findings': distinct('(s:Theme {id: key})<-[:ABOUT]-(t:Finding)', 'key, t.id'),
  'Theme.occurrences': `UNWIND $keys AS key
    MATCH (t:Theme {id: key})<-[:ABOUT]-(x:Recommendation|Finding)<-[:RECOMMENDS|FOUND]-(i:Inspection)-[:OF]->(p:PDU)
    WITH key, i, p, count(DISTINCT CASE WHEN x:Recommendation THEN x END) AS recs, count(DISTINCT CASE WHEN x:Finding THEN x END) AS finds
    ORDER BY key, i.fieldworkFrom DESC, p.name
    RETURN key, {pdu: p {.*}, inspection: i {.*}, fieldworkFrom: i.fieldworkFrom, recommendationCount: recs, findingCount: finds} AS node`,
  'Policy.responsible': rel('(s:Policy {id: key})<-[:RESPONSIBLE_FOR]-(t:Organisation)', undefined, 'key, t.name'),
  'Policy.inspections': distinct('(s:Policy {id: key})<-[:UNDER]-(t:Inspection)', 'key, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id'),
  'Policy.mentionedIn': rel('(s:Policy {id: key})<-[:MENTIONS]-(d:Document)', DOC, 'key, d.publishedOn DESC'),
  'Person.roles': rel('(s:Person {id: key})-[h:HELD]->(o:Organisation)', '{title: h.title, from: h.from, until: h.until, organisation: o {.*}}', 'key, h.title'),
  'Person.quotes': rel('(s:Person {id: key})-[:SAID]->(t:Quote)', undefined, 'key, t.id'),
  'Person.commitments': rel('(s:Person {id: key})<-[:STATED_BY]-(t:Commitment)', undefined, 'key, t.id'),
  'Organisation.partOf': rel('(s:Organisation {id: key})-[:PART_OF]->(t:Organisation)'),
  'Organisation.people': distinct('(s:Organisation {id: key})<-[:HELD]-(t:Person)', 'key, t.name'),
  'Quote.speaker': rel('(s:Quote {id: key})<-[:SAID]-(t:Person)'),
  'Quote.inspection': rel('(s:Quote {id: key})-[:ABOUT]->(t:Inspection)'),
  'Quote.document': rel('(s:Quote {id: key})-[:EVIDENCED_BY]->(d:Document)', DOC),
  'Document.publisher': rel('(s:Document {id: key})-[:PUBLISHED_BY]->(t:Organisation)'),
  'Document.reports': rel('(s:Document {id: key})-[:REPORTS]->(t:Inspection)', undefined, 'key, coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id'),
  'Document.mentionsPolicies': rel('(s:Document {id: key})-[:MENTIONS]->(t:Policy)', undefined, 'key, t.code'),
  'Document.mentionsPeople': rel('(s:Document {id: key})-[:MENTIONS]->(t:Person)', undefined, 'key, t.name'),
  'Document.text': rel('(t:Document {id: key})', 't.text'),
  'Commitment.madeBy': rel('(s:Commitment {id: key})-[:MADE_BY]->(t:Organisation)'),
  'Commitment.statedBy': rel('(s:Commitment {id: key})-[:STATED_BY]->(t:Person)'),
  'Action.takenBy': rel('(s:Action {id: key})-[:TAKEN_BY]->(t:PDU)'),
  'Action.inspection': rel('(s:Action {id: key})-[:RESPONDS_TO]->(t:Inspection)'),
  'Action.addresses': rel('(s:Action {id: key})-[:ADDRESSES]->(t:Recommendation)', undefined, 'key, t.id'),
} as const;

export type RelationName = keyof typeof RELATIONS;

/** Labels whose nodes carry evidence, each with its evidence statement. */
export const EVIDENCE_LABELS = ['Region', 'PDU', 'Inspection', 'Recommendation', 'Finding', 'Person', 'Organisation', 'Quote', 'Commitment', 'Action', 'Conflict'] as const;
export type EvidenceLabel = (typeof EVIDENCE_LABELS)[number];

export const EVIDENCE: Record<EvidenceLabel, string> = Object.fromEntries(
  EVIDENCE_LABELS.map((label) => [
    label,
    rel(`(s:${label} {id: key})-[e:EVIDENCED_BY]->(d:Document)`, `{quote: e.quote, start: e.start, end: e.end, about: e.about, document: ${DOC}}`, 'key, d.id, e.start'),
  ]),
) as Record<EvidenceLabel, string>;
