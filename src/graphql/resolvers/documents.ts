/** Documents, evidence, commitments and actions. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { CommitmentRecord, DocumentRecord } from '../../model/records.ts';
import { projected } from '../translate/resolvers.ts';
import { parseArgs } from '../errors.ts';
import { PageOnlyArgs } from '../args.ts';
import { listQuery, oneQuery, pageQuery } from '../page-query.ts';

export const documentResolvers: Resolvers = {
  Query: {
    documents: (_p, args, ctx, info) =>
      pageQuery<DocumentRecord>(ctx, info, 'MATCH (t:Document)', 't.publishedOn DESC, t.id', {}, parseArgs(PageOnlyArgs, args)),
    document: (_p, { id }, ctx, info) => oneQuery<DocumentRecord>(ctx, info, 'MATCH (t:Document {id: $id})', { id }),
    commitments: (_p, _a, ctx, info) => listQuery<CommitmentRecord>(ctx, info, 'MATCH (t:Commitment)', 't.id'),
  },
  Document: {
    // Documents reached as evidence are loaded without their text (it is large): projected when
    // selected, else loaded on demand.
    text: async (d, _a, ctx, info) => {
      const text = projected(d, info);
      if (text !== undefined) return (text as string | null) ?? '';
      return d.text ?? (await ctx.loaders.value<string>('Document.text', d.id)) ?? '';
    },
  },
};
