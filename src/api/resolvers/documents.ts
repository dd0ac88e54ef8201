/** Documents, evidence, commitments and actions. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { CommitmentRecord, DocumentRecord } from '../../model/records.ts';
import { parseArgs } from '../errors.ts';
import { PageOnlyArgs } from '../args.ts';
import { listQuery, oneQuery, pageQuery } from '../page-query.ts';

export const documentResolvers: Resolvers = {
  Query: {
    documents: (_p, args, ctx) =>
      pageQuery<DocumentRecord>(ctx, 'MATCH (t:Document)', 't.publishedOn DESC, t.id', {}, parseArgs(PageOnlyArgs, args)),
    document: (_p, { id }, ctx) => oneQuery<DocumentRecord>(ctx, 'MATCH (t:Document {id: $id}) RETURN t {.*} AS node', { id }),
    commitments: (_p, _a, ctx) => listQuery<CommitmentRecord>(ctx, 'MATCH (t:Commitment) RETURN t {.*} AS node ORDER BY t.id'),
  },
  Document: {
    // Documents reached as evidence are loaded without their text; fetch it only when asked for.
    text: async (d, _a, ctx) => d.text ?? (await ctx.loaders.one<string>('Document.text', d.id)) ?? '',
    publisher: (d, _a, ctx) => ctx.loaders.one('Document.publisher', d.id),
    reports: (d, _a, ctx) => ctx.loaders.many('Document.reports', d.id),
    mentionsPolicies: (d, _a, ctx) => ctx.loaders.many('Document.mentionsPolicies', d.id),
    mentionsPeople: (d, _a, ctx) => ctx.loaders.many('Document.mentionsPeople', d.id),
  },
  Commitment: {
    madeBy: (c, _a, ctx) => ctx.loaders.one('Commitment.madeBy', c.id),
    statedBy: (c, _a, ctx) => ctx.loaders.one('Commitment.statedBy', c.id),
    evidence: (c, _a, ctx) => ctx.loaders.evidence('Commitment', c.id),
  },
  Action: {
    takenBy: (a, _a, ctx) => ctx.loaders.one('Action.takenBy', a.id),
    inspection: (a, _a, ctx) => ctx.loaders.one('Action.inspection', a.id),
    addresses: (a, _a, ctx) => ctx.loaders.many('Action.addresses', a.id),
    evidence: (a, _a, ctx) => ctx.loaders.evidence('Action', a.id),
  },
};
