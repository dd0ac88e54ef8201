/** Documents, evidence, commitments and actions. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { ActionRecord, CommitmentRecord, DocumentRecord } from '../../model/records.ts';
import { projected } from '../translate/resolvers.ts';
import { listQuery, oneQuery, pageQuery } from '../page-query.ts';
import { ROOT_STATEMENTS as ROOT } from '../translate/root-fields.ts';

export const documentResolvers: Resolvers = {
  Query: {
    documents: (_p, args, ctx, info) => pageQuery<DocumentRecord>(ctx, ROOT.documents(args, info, ctx.projection)),
    document: (_p, args, ctx, info) => oneQuery<DocumentRecord>(ctx, ROOT.document(args, info, ctx.projection)),
    commitments: (_p, args, ctx, info) => listQuery<CommitmentRecord>(ctx, ROOT.commitments(args, info, ctx.projection)),
    actions: (_p, args, ctx, info) => listQuery<ActionRecord>(ctx, ROOT.actions(args, info, ctx.projection)),
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
