/** Full-text search, neighbourhoods for drawing, and lookup of any node by id. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { LabelledRecord } from '../../model/records.ts';
import { FULLTEXT_INDEX } from '../../graph/schema.ts';
import type { NodeLabel } from '../../model/labels.ts';
import { badInput, parseArgs } from '../errors.ts';
import { NeighbourhoodArgs, SearchArgs } from '../args.ts';
import { escapeLucene, queryWords, snippet } from '../lucene.ts';
import { labelOfId } from '../node-ids.ts';
import { oneQuery } from '../page-query.ts';

const SEARCH = `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $first}) YIELD node, score
RETURN node {.*, __label: labels(node)[0]} AS node, score ORDER BY score DESC, node.id`;

const CAPTION = 'coalesce(x.name, x.title, x.code, left(x.text, 60), x.id)';

/**
 * One statement per depth (a variable-length bound cannot be a parameter); the depth only selects
 * among these constants. Nodes are the nearest first, capped by $limit; edges are every
 * relationship among the chosen nodes.
 */
const NEIGHBOURHOOD = Object.fromEntries(
  ([1, 2, 3] as const).map((depth) => [
    depth,
    (label: NodeLabel) => `MATCH (start:${label} {id: $id})
CALL (start) {
  MATCH path = (start)-[*1..${depth}]-(n) WHERE n <> start
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
  ]),
) as Record<1 | 2 | 3, (label: NodeLabel) => string>;

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, args, ctx) => {
      const a = parseArgs(SearchArgs, args);
      const query = escapeLucene(a.text);
      if (!query) throw badInput('text', 'must contain at least one word');
      const result = await ctx.db.query(SEARCH, { query, first: a.first }, ctx.onQuery);
      const words = queryWords(a.text);
      return result.records.map((r) => {
        const node = r.get('node') as LabelledRecord & { text?: string; title?: string };
        return { score: r.get('score') as number, snippet: snippet(node.text ?? node.title ?? '', words), node };
      });
    },
    neighbourhood: async (_p, args, ctx) => {
      const a = parseArgs(NeighbourhoodArgs, args);
      const label = labelOfId(a.id);
      if (!label) return null;
      const result = await ctx.db.query(NEIGHBOURHOOD[a.depth as 1 | 2 | 3](label), { id: a.id, limit: a.limit }, ctx.onQuery);
      const record = result.records[0];
      if (!record) return null;
      return { nodes: record.get('nodes'), edges: record.get('edges') };
    },
    node: async (_p, { id }, ctx, info) => {
      const label = labelOfId(id);
      if (!label) return null;
      return oneQuery<LabelledRecord>(ctx, info, `MATCH (t:${label} {id: $id})`, { id }, label);
    },
  },
  Node: {
    __resolveType: (node) => (node as LabelledRecord).__label,
  },
};
