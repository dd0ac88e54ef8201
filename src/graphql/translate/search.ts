/**
 * The statements of `search` (the full-text index) and `neighbourhood` (the nodes near one, for
 * drawing). Pure functions of validated arguments; the search text is escaped for Lucene
 * (../lucene.ts) and, like every value, a parameter.
 */
import type { NodeLabel } from '../../model/labels.ts';
import type { Statement } from '../../analysis/statement.ts';
import { FULLTEXT_INDEX } from '../../graph/schema.ts';

/** Hits best first, each node labelled with its type. `query` is already escaped for Lucene. */
export function searchStatement(args: { query: string; first: number }): Statement {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $first}) YIELD node, score
RETURN node {.*, __label: labels(node)[0]} AS node, score ORDER BY score DESC, node.id`,
    params: { query: args.query, first: args.first },
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
