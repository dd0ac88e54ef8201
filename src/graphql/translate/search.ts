/**
 * The statements of `search` (the full-text index) and `neighbourhood` (the nodes near one, for
 * drawing). Pure functions of validated arguments; the search text is escaped for Lucene
 * (../lucene.ts) and, like every value, a parameter.
 */
import type { NodeLabel } from '../../model/labels.ts';
import type { Statement } from '../../analysis/statement.ts';
import { FULLTEXT_INDEX } from '../../graph/schema.ts';
import { Conditions, policyAndPeriod } from './filters.ts';

/** How many of the best matches a search reads before filtering and counting facets. */
export const SEARCH_SCAN = 1000;

/**
 * A search's filters. Every hit is a recommendation, finding, quote or document; each belongs to
 * inspections (the one that made it, that it is about, or that the document reports), and the
 * inspection filters hold when at least one of its inspections meets them all.
 */
export interface SearchFilter {
  /** A PDU id. */
  pdu?: string | null | undefined;
  /** A region id. */
  region?: string | null | undefined;
  /** An inspection id. */
  inspection?: string | null | undefined;
  /** Node labels: Recommendation, Finding, Quote, Document. */
  labels?: readonly string[] | null | undefined;
  /** A policy code: inspections under it (CERTAIN, or POSSIBLE too with includePossible). */
  policy?: string | null | undefined;
  /** `YYYY-MM`: fieldwork began in or after (as the analyses read derived windows). */
  from?: string | null | undefined;
  to?: string | null | undefined;
  includePossible?: boolean | null | undefined;
}

/**
 * The first `first` hits best first (each node labelled with its type), how many hits match in all
 * (among the SEARCH_SCAN best), and facet counts: hits by kind and by PDU. `query` is already
 * escaped for Lucene. As for every root field, a filter that is not given adds nothing to the text.
 */
export function searchStatement(args: { query: string; first: number; filter?: SearchFilter }): Statement {
  const f = args.filter ?? {};
  const c = policyAndPeriod(new Conditions()
    .add('pdu', f.pdu, 'p.id = $pdu')
    .add('region', f.region, 'EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }')
    .add('inspection', f.inspection, 'i.id = $inspection'), 'i', { policy: f.policy, fieldworkFrom: f.from, fieldworkTo: f.to, includePossible: f.includePossible });
  const labels = f.labels?.length ? ' WHERE kind IN $labels' : '';
  const filtered = c.where ? '\nWHERE size(places) > 0' : '';
  return {
    cypher: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $scan}) YIELD node, score
WITH node, score, labels(node)[0] AS kind${labels}
WITH node, score, kind, COLLECT { MATCH (node)-[:RECOMMENDS|FOUND|ABOUT|REPORTS]-(i:Inspection)-[:OF]->(p:PDU)${c.where} RETURN DISTINCT p.id AS pdu } AS places${filtered}
ORDER BY score DESC, node.id
WITH collect({node: node, score: score, kind: kind, pdus: places}) AS hits
CALL (hits) {
  UNWIND hits[..$first] AS h
  WITH h.node AS n, h.score AS score, h.kind AS kind
  RETURN collect({node: n {.*, __label: kind}, score: score}) AS page
}
CALL (hits) {
  UNWIND hits AS h
  WITH h.kind AS kind, count(*) AS n ORDER BY n DESC, kind
  RETURN collect({kind: kind, count: n}) AS byKind
}
CALL (hits) {
  UNWIND hits AS h
  UNWIND h.pdus AS id
  WITH id, count(*) AS n
  MATCH (p:PDU {id: id})
  WITH p, n ORDER BY n DESC, p.name
  RETURN collect({pdu: p {.*}, count: n}) AS byPdu
}
CALL () {
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $scan}) YIELD node
  RETURN count(node) AS scanned
}
RETURN size(hits) AS total, page, byKind, byPdu, size([h IN hits WHERE size(h.pdus) = 0]) AS withoutPdu, scanned`,
    params: { query: args.query, first: args.first, scan: SEARCH_SCAN, ...(f.labels?.length ? { labels: f.labels } : {}), ...c.params },
  };
}

/** What a node is called in a drawing: the first of its naming properties it has. */
const CAPTION = 'coalesce(x.name, x.title, x.code, left(x.text, 60), x.id)';

export type Depth = 1 | 2 | 3;
/** The variable-length bound of each depth: the only text a depth can choose. */
const BOUNDS: Record<Depth, string> = { 1: '*1..1', 2: '*1..2', 3: '*1..3' };

/**
 * The node `id` (of type `label`), the nodes within `depth` relationships, nearest first and at
 * most `limit`, and every relationship among them. A variable-length bound cannot be a parameter:
 * the depth (1 to 3, validated) selects one of three constant texts.
 */
export function neighbourhoodStatement(args: { label: NodeLabel; id: string; depth: Depth; limit: number }): Statement {
  const bound = BOUNDS[args.depth];
  if (!bound) throw new RangeError(`depth must be 1, 2 or 3, not ${args.depth}`);
  return {
    cypher: `MATCH (start:${args.label} {id: $id})
CALL (start) {
  MATCH path = (start)-[${bound}]-(n) WHERE n <> start
  WITH n, min(length(path)) AS distance ORDER BY distance, n.id LIMIT $limit
  RETURN collect(n) AS near
}
WITH [start] + near AS chosen
CALL (chosen) {
  UNWIND chosen AS a
  MATCH (a)-[r]->(b) WHERE b IN chosen
  RETURN collect(DISTINCT {from: a.id, to: b.id, type: type(r)}) AS edges
}
RETURN [x IN chosen | {id: x.id, label: labels(x)[0], caption: ${CAPTION}}] AS nodes, edges`,
    params: { id: args.id, limit: args.limit },
  };
}
