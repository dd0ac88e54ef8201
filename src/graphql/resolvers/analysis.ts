/**
 * The cross-cutting analyses (src/analysis), each one statement in a read transaction with the
 * configured timeout. The expensive ones go through src/analysis/admission.ts: answered from a cache
 * while the graph is unchanged, and computed at most a few at a time (SERVICE_BUSY when too many wait),
 * so they cannot starve the page reads.
 */
import type { Resolvers } from '../../generated/graphql.ts';
import type { InspectionRecord, RecommendationRecord } from '../../model/records.ts';
import { badInput, parseArgs } from '../errors.ts';
import { RatingHistoryArgs, RecurringArgs, SimilarArgs, ThemeMatrixArgs } from '../args.ts';
import { limitRecurring, recurringRecommendations } from '../../analysis/recurring.ts';
import { cachedAnalysis } from '../../analysis/admission.ts';
import { recommendationsStatement, similarTo } from '../../analysis/similarity.ts';
import { ratingCountsStatement, ratingHistory, ratingHistoryStatement } from '../../analysis/ratings.ts';
import { policyTimelineStatement, themeMatrixStatement } from '../../analysis/timeline.ts';
import type { Statement } from '../../analysis/statement.ts';
import type { Tx } from '../../db/database.ts';
import type { ApiContext } from '../context.ts';
import { missingPoliciesStatement } from '../translate/filters.ts';
import type { PolicyPeriodRecord, RatingCountRecord, ThemeMatrixRecord } from '../../analysis/records.ts';

/** A policy argument must name a policy: an unknown code is an error, not an empty answer. */
async function checkPolicies(ctx: ApiContext, argument: string, codes: string[]): Promise<void> {
  const statement = missingPoliciesStatement(codes);
  const r = await ctx.db.query(statement.cypher, statement.params, ctx.onQuery);
  const missing = r.records[0]?.get('missing') as string[];
  if (missing.length) throw badInput(argument, `no policy with code ${missing.map((c) => `"${c}"`).join(', ')} (see the policies field)`);
}

const run = (tx: Tx, statement: Statement) => tx.run(statement.cypher, statement.params);

export const analysisResolvers: Resolvers = {
  Query: {
    recurringRecommendations: async (_p, args, ctx) => {
      const a = parseArgs(RecurringArgs, args);
      const policy = a.policy ? a.policy.toUpperCase() : null;
      if (policy) await checkPolicies(ctx, 'policy', [policy]);
      const key = { policy, minPdus: a.minPdus, region: a.region ?? null, from: a.from ?? null, to: a.to ?? null };
      const themes = await cachedAnalysis(ctx.analysis, `recurring ${JSON.stringify(key)}`, (tx) => recurringRecommendations(tx, key), ctx.onQuery);
      return themes.map((t) => limitRecurring(t, a.limit));
    },
    similarRecommendations: async (_p, args, ctx) => {
      const a = parseArgs(SimilarArgs, args);
      return cachedAnalysis(ctx.analysis, `similar ${JSON.stringify(a)}`, async (tx) => {
        const r = await run(tx, recommendationsStatement());
        const all = r.records.map((x) => x.get('node') as RecommendationRecord);
        const similar = similarTo(a.id, all, a.first);
        if (!similar) return [];
        const byId = new Map(all.map((x) => [x.id, x]));
        return similar.map((s) => ({ score: s.score, sharedTerms: s.sharedTerms, recommendation: byId.get(s.id)! }));
      }, ctx.onQuery);
    },
    policyTimeline: async (_p, _a, ctx) => {
      return cachedAnalysis(ctx.analysis, 'policyTimeline', async (tx) => {
        const r = await run(tx, policyTimelineStatement());
        return r.records.map((x) => x.toObject() as unknown as PolicyPeriodRecord);
      }, ctx.onQuery);
    },
    themeMatrix: async (_p, args, ctx) => {
      const a = parseArgs(ThemeMatrixArgs, args);
      const policies = a.policies?.map((c) => c.toUpperCase()) ?? null;
      if (policies) await checkPolicies(ctx, 'policies', policies);
      const params = { policies, themes: a.themes ?? null };
      const matrix = await cachedAnalysis(ctx.analysis, `themeMatrix ${JSON.stringify(params)}`, async (tx) => {
        const r = await run(tx, themeMatrixStatement(params));
        return r.records[0]!.toObject() as unknown as ThemeMatrixRecord;
      }, ctx.onQuery);
      return { ...matrix, cells: matrix.cells.map((c) => ({ ...c, recommendations: c.recommendations.slice(0, a.limit) })) };
    },
    ratingHistory: async (_p, args, ctx) => {
      const a = parseArgs(RatingHistoryArgs, args);
      const statement = ratingHistoryStatement(a.pdu);
      const r = await ctx.db.query(statement.cypher, statement.params, ctx.onQuery);
      return ratingHistory(r.records.map((x) => x.get('inspection') as InspectionRecord));
    },
    ratingCounts: async (_p, _a, ctx) => {
      return cachedAnalysis(ctx.analysis, 'ratingCounts', async (tx) => {
        const r = await run(tx, ratingCountsStatement());
        return r.records.map((x) => x.toObject() as unknown as RatingCountRecord);
      }, ctx.onQuery);
    },
  },
};
