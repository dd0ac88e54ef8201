/**
 * The statements of `search` (the full-text index) and `neighbourhood` (the nodes near one, for
 * drawing). Pure functions of validated arguments; the search text is escaped for Lucene
 * (../lucene.ts) and, like every value, a parameter.
 */
import type { NodeLabel } from '../../model/labels.ts';
import type { Statement } from '../../analysis/statement.ts';
import { FULLTEXT_INDEX } from '../../graph/schema.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { Conditions, policyAndPeriod } from './filters.ts';
import { collectSubfields, objectType } from './selection.ts';

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
 * The parts of a search answer beyond its hits and total, each read only when the query selects it
 * (or `explanation`, which says them all): finding each hit's PDUs costs a walk per hit among the
 * SEARCH_SCAN best (40,000 db hits at 5,000 inspections against 80 for the hits alone).
 */
export interface SearchParts {
  /** `total`: how many hits match, which reads every scanned match rather than the best `first`. */
  total: boolean;
  /** `byKind`. */
  byKind: boolean;
  /** `byPdu` and `withoutPdu` (a PDU filter reads each hit's PDUs whatever is selected). */
  byPdu: boolean;
  /** `scanned`. */
  scanned: boolean;
}

export const ALL_SEARCH_PARTS: SearchParts = { total: true, byKind: true, byPdu: true, scanned: true };

/** The parts the `search` field's selection asks for (`explanation` needs them all). */
export function searchParts(info: GraphQLResolveInfo): SearchParts {
  const ctx = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const type = objectType(ctx, 'SearchResults');
  if (!type) return ALL_SEARCH_PARTS;
  const names = new Set([...collectSubfields(ctx, type, info.fieldNodes).values()].flatMap((nodes) => nodes.map((n) => n.name.value)));
  const all = names.has('explanation');
  return { total: all || names.has('total'), byKind: all || names.has('byKind'), byPdu: all || names.has('byPdu') || names.has('withoutPdu'), scanned: all || names.has('scanned') };
}

/** The facet subqueries a search's answer needs, and what they return. */
function searchFacets(parts: SearchParts): { calls: string; returns: string } {
  const calls: string[] = [];
  const returns: string[] = [];
  if (parts.byKind) {
    calls.push(`CALL (hits) {
  UNWIND hits AS h
  WITH h.kind AS kind, count(*) AS n ORDER BY n DESC, kind
  RETURN collect({kind: kind, count: n}) AS byKind
}`);
    returns.push('byKind');
  }
  if (parts.byPdu) {
    calls.push(`CALL (hits) {
  UNWIND hits AS h
  UNWIND h.pdus AS id
  WITH id, count(*) AS n
  MATCH (p:PDU {id: id})
  WITH p, n ORDER BY n DESC, p.name
  RETURN collect({pdu: p {.*}, count: n}) AS byPdu
}`);
    returns.push('byPdu', 'size([h IN hits WHERE size(h.pdus) = 0]) AS withoutPdu');
  }
  if (parts.scanned) {
    calls.push(`CALL () {
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $scan}) YIELD node
  RETURN count(node) AS scanned
}`);
    returns.push('scanned');
  }
  return { calls: calls.map((c) => `\n${c}`).join(''), returns: returns.map((r) => `, ${r}`).join('') };
}

/**
 * The first `first` hits best first (each node labelled with its type), how many hits match in all
 * (among the SEARCH_SCAN best), and the facet counts asked for (`parts`): hits by kind and by PDU.
 * `query` is already escaped for Lucene. As for every root field, a filter that is not given adds
 * nothing to the text.
 */
export function searchStatement(args: { query: string; first: number; filter?: SearchFilter; parts?: SearchParts }): Statement {
  const f = args.filter ?? {};
  const c = policyAndPeriod(new Conditions()
    .add('pdu', f.pdu, 'p.id = $pdu')
    .add('region', f.region, 'EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }')
    .add('inspection', f.inspection, 'i.id = $inspection'), 'i', { policy: f.policy, fieldworkFrom: f.from, fieldworkTo: f.to, includePossible: f.includePossible });
  const labels = f.labels?.length ? ' WHERE kind IN $labels' : '';
  const parts = args.parts ?? ALL_SEARCH_PARTS;
  // Each hit's PDUs: to filter by them, or to count hits by PDU; otherwise not read at all.
  const places = c.where || parts.byPdu
    ? `\nWITH node, score, kind, COLLECT { MATCH (node)-[:RECOMMENDS|FOUND|ABOUT|REPORTS]-(i:Inspection)-[:OF]->(p:PDU)${c.where} RETURN DISTINCT p.id AS pdu } AS places${c.where ? '\nWHERE size(places) > 0' : ''}`
    : '';
  const facets = searchFacets(parts);
  const params = { query: args.query, first: args.first, scan: SEARCH_SCAN, ...(f.labels?.length ? { labels: f.labels } : {}), ...c.params };
  // Only the page asked for: the best `first` in the same order, with no list of every match built.
  const pageOnly = !parts.total && !parts.byKind && !parts.byPdu;
  const matches = `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $scan}) YIELD node, score
WITH node, score, labels(node)[0] AS kind${labels}${places}
ORDER BY score DESC, node.id`;
  if (pageOnly) {
    return {
      cypher: `${matches} LIMIT $first
WITH collect({node: node {.*, __label: kind}, score: score}) AS page${facets.calls}
RETURN page${facets.returns}`,
      params,
    };
  }
  return {
    cypher: `${matches}
WITH collect({node: node, score: score, kind: kind${places ? ', pdus: places' : ''}}) AS hits
CALL (hits) {
  UNWIND hits[..$first] AS h
  WITH h.node AS n, h.score AS score, h.kind AS kind
  RETURN collect({node: n {.*, __label: kind}, score: score}) AS page
}${facets.calls}
RETURN size(hits) AS total, page${facets.returns}`,
    params,
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
