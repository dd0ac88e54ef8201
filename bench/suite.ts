/**
 * The five operations the benchmark times, each three ways:
 *  - `graphql`: the request to our API (src/graphql), as a client would send it;
 *  - `cypher`: hand-written Cypher returning the same data in ONE statement, run with neo4j-driver
 *    directly (the floor the API is compared with);
 *  - the PDU page also as an @neo4j/graphql query (bench/neo4j-graphql.ts) for the comparison there.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { explain, RECURRING_NAMES_CYPHER, RECURRING_SAMPLE, type ExplainInput } from '../src/analysis/recurring.ts';
import { FULLTEXT_INDEX } from '../src/graph/schema.ts';
import { SEARCH_SCAN } from '../src/graphql/translate/search.ts';
import { toNeo4jParams } from '../src/db/database.ts';
import { escapeLucene, queryWords, snippet } from '../src/graphql/lucene.ts';

export interface Probe {
  pdu: string;
  inspection: string;
  search: string;
  policy: string;
}

export interface Operation {
  name: string;
  graphql: (p: Probe) => { query: string; variables: Record<string, unknown> };
  cypher: (p: Probe) => { cypher: string; params: Record<string, unknown>; shape?: (records: Record<string, unknown>[]) => unknown };
}

const EVIDENCE_ORDER = 'ORDER BY d.id, e.start';

export const PDU_PAGE_QUERY = `query PduPage($id: ID!) { pdu(id: $id) { name inspections { id rating fieldworkFrom fieldworkTo publishedOn casesExamined recommendationCount
  previous { id rating } recommendations { text verbatim themes { name } evidence { quote document { title } } }
  findings { text polarity } quotes { text speaker { name } } pressures { basis policy { code } } evidence { quote document { id title } } } } }`;

const PDU_PAGE_CYPHER = `MATCH (p:PDU {id: $id})
RETURN p {
  .name,
  inspections: COLLECT {
    MATCH (p)<-[:OF]-(i:Inspection)
    WITH i ORDER BY i.fieldworkFrom DESC
    RETURN i {
      .id, .rating, .fieldworkFrom, .fieldworkTo, .publishedOn, .casesExamined, .recommendationCount,
      previous: COLLECT { MATCH (i)-[:FOLLOWS]->(x:Inspection) RETURN x {.id, .rating} }[0],
      recommendations: COLLECT {
        MATCH (i)-[:RECOMMENDS]->(r:Recommendation) WITH r ORDER BY r.position
        RETURN r {
          .text, .verbatim,
          themes: COLLECT { MATCH (r)-[:ABOUT]->(t:Theme) WITH DISTINCT t ORDER BY t.name RETURN t {.name} },
          evidence: COLLECT { MATCH (r)-[e:EVIDENCED_BY]->(d:Document) WITH e, d ${EVIDENCE_ORDER} RETURN {quote: e.quote, document: d {.title}} }
        }
      },
      findings: COLLECT { MATCH (i)-[:FOUND]->(f:Finding) WITH f ORDER BY f.position RETURN f {.text, .polarity} },
      quotes: COLLECT { MATCH (i)<-[:ABOUT]-(q:Quote) WITH q ORDER BY q.id RETURN q {.text, speaker: COLLECT { MATCH (q)<-[:SAID]-(s:Person) RETURN s {.name} }[0]} },
      pressures: COLLECT { MATCH (i)-[u:UNDER]->(pol:Policy) WITH u, pol ORDER BY pol.code, u.basis RETURN {basis: u.basis, policy: pol {.code}} },
      evidence: COLLECT { MATCH (i)-[e:EVIDENCED_BY]->(d:Document) WITH e, d ${EVIDENCE_ORDER} RETURN {quote: e.quote, document: d {.id, .title}} }
    }
  }
} AS pdu`;

const EVIDENCE_FIELDS = 'evidence { quote start end about document { id title } }';
const evidenceOf = (v: string) =>
  `evidence: COLLECT { MATCH (${v})-[e:EVIDENCED_BY]->(d:Document) WITH e, d ${EVIDENCE_ORDER} RETURN {quote: e.quote, start: e.start, end: e.end, about: e.about, document: d {.id, .title}} }`;

const INSPECTION_QUERY = `query InspectionEvidence($id: ID!) { inspection(id: $id) { id name rating fieldworkFrom fieldworkTo publishedOn
  pdu { name region { name } } ${EVIDENCE_FIELDS}
  recommendations { position text themeAssignments { basis rule matched theme { name } } ${EVIDENCE_FIELDS} }
  findings { text polarity ${EVIDENCE_FIELDS} }
  quotes { text topic speaker { name } ${EVIDENCE_FIELDS} }
  documents { id title kind publishedOn } } }`;

const INSPECTION_CYPHER = `MATCH (i:Inspection {id: $id})
RETURN i {
  .id, .name, .rating, .fieldworkFrom, .fieldworkTo, .publishedOn,
  pdu: COLLECT { MATCH (i)-[:OF]->(p:PDU) RETURN p {.name, region: COLLECT { MATCH (p)-[:IN_REGION]->(g:Region) RETURN g {.name} }[0]} }[0],
  ${evidenceOf('i')},
  recommendations: COLLECT {
    MATCH (i)-[:RECOMMENDS]->(r:Recommendation) WITH r ORDER BY r.position
    RETURN r {.position, .text,
      themeAssignments: COLLECT { MATCH (r)-[a:ABOUT]->(t:Theme) WITH a, t ORDER BY t.name, a.basis RETURN {basis: a.basis, rule: a.rule, matched: coalesce(a.matched, []), theme: t {.name}} },
      ${evidenceOf('r')}}
  },
  findings: COLLECT { MATCH (i)-[:FOUND]->(f:Finding) WITH f ORDER BY f.position RETURN f {.text, .polarity, ${evidenceOf('f')}} },
  quotes: COLLECT { MATCH (i)<-[:ABOUT]-(q:Quote) WITH q ORDER BY q.id RETURN q {.text, .topic, speaker: COLLECT { MATCH (q)<-[:SAID]-(s:Person) RETURN s {.name} }[0], ${evidenceOf('q')}} },
  documents: COLLECT { MATCH (i)<-[:REPORTS]-(d:Document) WITH d ORDER BY d.publishedOn DESC RETURN d {.id, .title, .kind, .publishedOn} }
} AS inspection`;

const SEARCH_QUERY = 'query Search($text: String!) { search(text: $text, first: 20) { hits { score snippet node { id __typename } } } }';
/**
 * The API's answer: the best `first` of the SEARCH_SCAN best matches, equal scores by id. (Reading
 * only `first` from the index gives other hits whenever scores tie across that boundary, which the
 * synthetic texts do all the time: the index's order among equal scores changes with the limit.)
 */
const SEARCH_CYPHER = `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $scan}) YIELD node, score
WITH node, score ORDER BY score DESC, node.id LIMIT $first
RETURN node.id AS id, labels(node)[0] AS label, score, coalesce(node.text, node.title, '') AS text`;

const RECURRING_QUERY = 'query Recurring($policy: String) { recurringRecommendations(policy: $policy) { themes { theme { name } pduCount pdus { name } explanation } } }';
/**
 * Hand-written: starts from the policy, aggregates counts per theme, and returns only the names and
 * the explanation's inputs (counts, the first PDUs by name and the newest inspections). The API runs
 * the same grouping (src/analysis/recurring.ts, with full nodes for its lists) and caches the answer
 * until the graph changes; this statement is run in full on every call.
 */
const RECURRING_CYPHER = RECURRING_NAMES_CYPHER;
/** The API's default `limit` on the listed PDUs. */
const RECURRING_LIMIT = 20;

const NEIGHBOURHOOD_QUERY = 'query Neighbourhood($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 50) { nodes { id label caption } edges { from to type } } }';
/** The API's own statement (src/graphql/resolvers/search.ts, depth 1): there is nothing to hand-optimise. */
const NEIGHBOURHOOD_CYPHER = `MATCH (start:PDU {id: $id})
CALL (start) {
  MATCH path = (start)-[*1..1]-(n) WHERE n <> start
  WITH n, min(length(path)) AS distance ORDER BY distance, n.id LIMIT $limit
  RETURN collect(n) AS near
}
WITH [start] + near AS chosen
CALL (chosen) {
  UNWIND chosen AS a
  MATCH (a)-[r]->(b) WHERE b IN chosen
  RETURN collect(DISTINCT {from: a.id, to: b.id, type: type(r)}) AS edges
}
RETURN [x IN chosen | {id: x.id, label: labels(x)[0], caption: coalesce(x.name, x.title, x.code, left(x.text, 60), x.id)}] AS nodes, edges`;

export const OPERATIONS: Operation[] = [
  {
    name: 'pduPage',
    graphql: (p) => ({ query: PDU_PAGE_QUERY, variables: { id: p.pdu } }),
    cypher: (p) => ({ cypher: PDU_PAGE_CYPHER, params: { id: p.pdu } }),
  },
  {
    name: 'inspectionEvidence',
    graphql: (p) => ({ query: INSPECTION_QUERY, variables: { id: p.inspection } }),
    cypher: (p) => ({ cypher: INSPECTION_CYPHER, params: { id: p.inspection } }),
  },
  {
    name: 'search',
    graphql: (p) => ({ query: SEARCH_QUERY, variables: { text: p.search } }),
    cypher: (p) => ({
      cypher: SEARCH_CYPHER,
      params: { query: escapeLucene(p.search), first: 20, scan: SEARCH_SCAN },
      shape: (rows) => {
        const words = queryWords(p.search);
        return { hits: rows.map((r) => ({ score: r.score, snippet: snippet(r.text as string, words), node: { id: r.id, __typename: r.label } })) };
      },
    }),
  },
  {
    name: 'recurringRecommendations',
    graphql: (p) => ({ query: RECURRING_QUERY, variables: { policy: p.policy } }),
    cypher: (p) => ({
      cypher: RECURRING_CYPHER,
      params: { policy: p.policy, minPdus: 2, region: null, rating: null, from: null, to: null, includePossible: false, sample: RECURRING_SAMPLE },
      shape: (rows) => ({
        themes: rows.map((r) => {
          const row = r as unknown as ExplainInput;
          return { theme: row.theme, pduCount: row.pduCount, pdus: row.pdus.slice(0, RECURRING_LIMIT).map((x) => ({ name: x.name })), explanation: explain(row, p.policy) };
        }),
      }),
    }),
  },
  {
    name: 'neighbourhood',
    graphql: (p) => ({ query: NEIGHBOURHOOD_QUERY, variables: { id: p.pdu } }),
    cypher: (p) => ({ cypher: NEIGHBOURHOOD_CYPHER, params: { id: p.pdu, limit: 50 } }),
  },
];

/** A driver configured like the service's (integers as numbers). */
export function rawDriver(uri: string): Driver {
  const password = process.env.NEO4J_PASSWORD;
  return neo4j.driver(uri, password ? neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', password) : undefined, { disableLosslessIntegers: true });
}

/**
 * One statement as an auto-commit read (one round trip, as the API runs its one-statement reads:
 * src/db/database.ts `query`), the records as plain objects, shaped as the API would return them.
 */
export async function runCypher(driver: Driver, op: ReturnType<Operation['cypher']>): Promise<unknown> {
  const session = driver.session({ database: process.env.NEO4J_DATABASE || 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(op.cypher, toNeo4jParams(op.params) as Record<string, unknown>, { timeout: 120_000 });
    const rows = result.records.map((r) => r.toObject());
    return op.shape ? op.shape(rows) : rows;
  } finally {
    await session.close();
  }
}

/** JSON with object keys sorted at every level (Neo4j map projections do not keep key order). */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The part of a Cypher answer that corresponds to the GraphQL root field's value. */
export function cypherAnswer(name: string, value: unknown): unknown {
  const rows = value as Record<string, unknown>[];
  if (name === 'pduPage') return rows[0]?.pdu ?? null;
  if (name === 'inspectionEvidence') return rows[0]?.inspection ?? null;
  if (name === 'neighbourhood') return rows[0] ?? null;
  return value;
}
