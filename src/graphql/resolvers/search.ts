/** Full-text search, neighbourhoods for drawing, and lookup of any node by id. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { LabelledRecord, PduRecord } from '../../model/records.ts';
import { SEARCH_SCAN } from '../translate/search.ts';
import { oneQuery } from '../page-query.ts';
import { queryWords, snippet } from '../lucene.ts';
import { ROOT_STATEMENTS as ROOT } from '../translate/root-fields.ts';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, args, ctx, info) => {
      const statement = ROOT.search(args, info);
      const r = (await ctx.db.query(statement.cypher, statement.params, ctx.onQuery)).records[0]!;
      // The statement reads only the facets the query selects (translate/search.ts); the others are not answered.
      const read = <T>(key: string, none: T): T => (r.has(key) ? (r.get(key) as T) : none);
      const words = queryWords(args.text);
      const page = r.get('page') as { node: LabelledRecord & { text?: string; title?: string }; score: number }[];
      const hits = page.map((h) => ({ score: h.score, snippet: snippet(h.node.text ?? h.node.title ?? '', words), node: h.node }));
      // Read only when selected (translate/search.ts reads just the page otherwise), as the facets are.
      const total = read<number>('total', 0);
      const scanned = read<number>('scanned', 0);
      const byKind = read<{ kind: string; count: number }[]>('byKind', []);
      const byPdu = read<{ pdu: PduRecord; count: number }[]>('byPdu', []);
      const withoutPdu = read<number>('withoutPdu', 0);
      const filtered = Object.values(args.filter ?? {}).some((v) => v !== null && v !== undefined && v !== false);
      const explanation = `${total} hit${total === 1 ? '' : 's'}${filtered ? ' matching the filter' : ''} among the ${scanned} best matches of the text read` +
        `${scanned >= SEARCH_SCAN ? ` (the most read: narrow the text to reach the rest)` : ''}; showing ${hits.length}. ` +
        `By kind: ${byKind.map((k) => `${k.kind} ${k.count}`).join(', ') || 'none'}. By PDU: ${byPdu.slice(0, 5).map((p) => `${p.pdu.name} ${p.count}`).join(', ') || 'none'}${byPdu.length > 5 ? ', ...' : ''}` +
        `${withoutPdu ? `; ${withoutPdu} belong to no PDU` : ''}.`;
      return { hits, total, byKind, byPdu, withoutPdu, scanned, explanation };
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
