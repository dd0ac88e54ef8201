/** Full-text search, neighbourhoods for drawing, and lookup of any node by id. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { LabelledRecord } from '../../model/records.ts';
import { oneQuery } from '../page-query.ts';
import { queryWords, snippet } from '../lucene.ts';
import { ROOT_STATEMENTS as ROOT } from '../translate/root-fields.ts';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, args, ctx) => {
      const statement = ROOT.search(args);
      const result = await ctx.db.query(statement.cypher, statement.params, ctx.onQuery);
      const words = queryWords(args.text);
      return result.records.map((r) => {
        const node = r.get('node') as LabelledRecord & { text?: string; title?: string };
        return { score: r.get('score') as number, snippet: snippet(node.text ?? node.title ?? '', words), node };
      });
    },
    neighbourhood: async (_p, args, ctx) => {
      const statement = ROOT.neighbourhood(args);
      if (!statement) return null;
      const record = (await ctx.db.query(statement.cypher, statement.params, ctx.onQuery)).records[0];
      if (!record) return null;
      return { nodes: record.get('nodes'), edges: record.get('edges') };
    },
    node: (_p, args, ctx, info) => oneQuery<LabelledRecord>(ctx, ROOT.node(args, info, ctx.projection)),
  },
  Node: {
    __resolveType: (node) => (node as LabelledRecord).__label,
  },
};
