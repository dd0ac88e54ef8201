/** National policies. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { PolicyRecord } from '../../model/records.ts';
import { listQuery, oneQuery } from '../page-query.ts';

export const policyResolvers: Resolvers = {
  Query: {
    policies: (_p, _a, ctx, info) => listQuery<PolicyRecord>(ctx, info, 'MATCH (t:Policy)', 't.code'),
    // Codes are matched case-insensitively ("sds40" finds SDS40), and a policy id works too.
    policy: (_p, { code }, ctx, info) => oneQuery<PolicyRecord>(ctx, info, 'MATCH (t:Policy) WHERE t.code = toUpper($code) OR t.id = $code', { code }),
  },
  Policy: {
    aliases: (p) => p.aliases ?? [],
    sources: (p) => p.sources ?? [],
  },
};
