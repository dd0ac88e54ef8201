/** The cross-cutting analyses (src/analysis), each one statement in a read transaction with the configured timeout. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { InspectionRecord, RecommendationRecord } from '../../model/records.ts';
import { badInput, parseArgs } from '../errors.ts';
import { RatingHistoryArgs, RecurringArgs, SimilarArgs, ThemeMatrixArgs } from '../args.ts';
import { recurringRecommendations } from '../../analysis/recurring.ts';
import { similarTo } from '../../analysis/similarity.ts';
import { RATING_COUNTS_CYPHER, RATING_HISTORY_CYPHER, ratingHistory } from '../../analysis/ratings.ts';
import { POLICY_TIMELINE_CYPHER, THEME_MATRIX_CYPHER } from '../../analysis/timeline.ts';
import type { ApiContext } from '../context.ts';
import type { PolicyPeriodRecord, RatingCountRecord, ThemeMatrixRecord } from '../../analysis/records.ts';

/** A policy argument must name a policy: an unknown code is an error, not an empty answer. */
async function checkPolicies(ctx: ApiContext, argument: string, codes: string[]): Promise<void> {
  const r = await ctx.db.read((tx) => tx.run('UNWIND $codes AS code OPTIONAL MATCH (p:Policy {code: code}) WITH code, p WHERE p IS NULL RETURN collect(code) AS missing', { codes }), ctx.onQuery);
  const missing = r.records[0]?.get('missing') as string[];
  if (missing.length) throw badInput(argument, `no policy with code ${missing.map((c) => `"${c}"`).join(', ')} (see the policies field)`);
}

export const analysisResolvers: Resolvers = {
  Query: {
    recurringRecommendations: async (_p, args, ctx) => {
      const a = parseArgs(RecurringArgs, args);
      const policy = a.policy ? a.policy.toUpperCase() : null;
      if (policy) await checkPolicies(ctx, 'policy', [policy]);
      return ctx.db.read(
        (tx) => recurringRecommendations(tx, { policy, minPdus: a.minPdus, region: a.region ?? null, from: a.from ?? null, to: a.to ?? null }),
        ctx.onQuery,
      );
    },
    similarRecommendations: async (_p, args, ctx) => {
      const a = parseArgs(SimilarArgs, args);
      const r = await ctx.db.read((tx) => tx.run('MATCH (r:Recommendation) RETURN r {.*} AS node'), ctx.onQuery);
      const all = r.records.map((x) => x.get('node') as RecommendationRecord);
      const similar = similarTo(a.id, all, a.first);
      if (!similar) return [];
      const byId = new Map(all.map((x) => [x.id, x]));
      return similar.map((s) => ({ score: s.score, sharedTerms: s.sharedTerms, recommendation: byId.get(s.id)! }));
    },
    policyTimeline: async (_p, _a, ctx) => {
      const r = await ctx.db.read((tx) => tx.run(POLICY_TIMELINE_CYPHER), ctx.onQuery);
      return r.records.map((x) => x.toObject() as unknown as PolicyPeriodRecord);
    },
    themeMatrix: async (_p, args, ctx) => {
      const a = parseArgs(ThemeMatrixArgs, args);
      const policies = a.policies?.map((c) => c.toUpperCase()) ?? null;
      if (policies) await checkPolicies(ctx, 'policies', policies);
      const r = await ctx.db.read((tx) => tx.run(THEME_MATRIX_CYPHER, { policies, themes: a.themes ?? null }), ctx.onQuery);
      return r.records[0]!.toObject() as unknown as ThemeMatrixRecord;
    },
    ratingHistory: async (_p, args, ctx) => {
      const a = parseArgs(RatingHistoryArgs, args);
      const r = await ctx.db.read((tx) => tx.run(RATING_HISTORY_CYPHER, { pdu: a.pdu }), ctx.onQuery);
      return ratingHistory(r.records.map((x) => x.get('inspection') as InspectionRecord));
    },
    ratingCounts: async (_p, _a, ctx) => {
      const r = await ctx.db.read((tx) => tx.run(RATING_COUNTS_CYPHER), ctx.onQuery);
      return r.records.map((x) => x.toObject() as unknown as RatingCountRecord);
    },
  },
};
