/** National policies. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { PolicyRecord } from '../../model/records.ts';
import { listQuery, oneQuery } from '../page-query.ts';
import { ROOT_STATEMENTS as ROOT } from '../translate/root-fields.ts';

export const policyResolvers: Resolvers = {
  Query: {
    policies: (_p, args, ctx, info) => listQuery<PolicyRecord>(ctx, ROOT.policies(args, info, ctx.projection)),
    policy: (_p, args, ctx, info) => oneQuery<PolicyRecord>(ctx, ROOT.policy(args, info, ctx.projection)),
  },
  Policy: {
    aliases: (p) => p.aliases ?? [],
    sources: (p) => p.sources ?? [],
  },
};
