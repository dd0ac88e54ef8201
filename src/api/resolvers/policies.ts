/** National policies. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { PolicyRecord } from '../../model/records.ts';
import { listQuery, oneQuery } from '../page-query.ts';

export const policyResolvers: Resolvers = {
  Query: {
    policies: (_p, _a, ctx) => listQuery<PolicyRecord>(ctx, 'MATCH (t:Policy) RETURN t {.*} AS node ORDER BY t.code'),
    // Codes are matched case-insensitively ("sds40" finds SDS40), and a policy id works too.
    policy: (_p, { code }, ctx) =>
      oneQuery<PolicyRecord>(ctx, 'MATCH (t:Policy) WHERE t.code = toUpper($code) OR t.id = $code RETURN t {.*} AS node LIMIT 1', { code }),
  },
  Policy: {
    aliases: (p) => p.aliases ?? [],
    sources: (p) => p.sources ?? [],
    responsible: (p, _a, ctx) => ctx.loaders.many('Policy.responsible', p.id),
    inspections: (p, _a, ctx) => ctx.loaders.many('Policy.inspections', p.id),
    mentionedIn: (p, _a, ctx) => ctx.loaders.many('Policy.mentionedIn', p.id),
  },
};
