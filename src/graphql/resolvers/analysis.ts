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
import { similarTo } from '../../analysis/similarity.ts';
import { RATING_COUNTS_CYPHER, RATING_HISTORY_CYPHER, ratingHistory } from '../../analysis/ratings.ts';
import { POLICY_TIMELINE_CYPHER, THEME_MATRIX_CYPHER, THEME_MATRIX_SAMPLE } from '../../analysis/timeline.ts';
import type { ApiContext } from '../context.ts';
import type { PolicyPeriodRecord, RatingCountRecord, ThemeMatrixRecord } from '../../analysis/records.ts';

/** A policy argument must name a policy: an unknown code is an error, not an empty answer. */
async function checkPolicies(ctx: ApiContext, argument: string, codes: string[]): Promise<void> {
  const r = await ctx.db.query('UNWIND $codes AS code OPTIONAL MATCH (p:Policy {code: code}) WITH code, p WHERE p IS NULL RETURN collect(code) AS missing', { codes }, ctx.onQuery);
  const missing = r.records[0]?.get('missing') as string[];
  if (missing.length) throw badInput(argument, `no policy with code ${missing.map((c) => `"${c}"`).join(', ')} (see the policies field)`);
}

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
        const r = await tx.run('MATCH (r:Recommendation) RETURN r {.*} AS node');
        const all = r.records.map((x) => x.get('node') as RecommendationRecord);
        const similar = similarTo(a.id, all, a.first);
        if (!similar) return [];
        const byId = new Map(all.map((x) => [x.id, x]));
        return similar.map((s) => ({ score: s.score, sharedTerms: s.sharedTerms, recommendation: byId.get(s.id)! }));
      }, ctx.onQuery);
    },
    policyTimeline: async (_p, _a, ctx) => {
      return cachedAnalysis(ctx.analysis, 'policyTimeline', async (tx) => {
        const r = await tx.run(POLICY_TIMELINE_CYPHER);
        return r.records.map((x) => x.toObject() as unknown as PolicyPeriodRecord);
      }, ctx.onQuery);
    },
    themeMatrix: async (_p, args, ctx) => {
      const a = parseArgs(ThemeMatrixArgs, args);
      const policies = a.policies?.map((c) => c.toUpperCase()) ?? null;
      if (policies) await checkPolicies(ctx, 'policies', policies);
      const params = { policies, themes: a.themes ?? null };
      const matrix = await cachedAnalysis(ctx.analysis, `themeMatrix ${JSON.stringify(params)}`, async (tx) => {
        const r = await tx.run(THEME_MATRIX_CYPHER, { ...params, sample: THEME_MATRIX_SAMPLE });
        return r.records[0]!.toObject() as unknown as ThemeMatrixRecord;
      }, ctx.onQuery);
      return { ...matrix, cells: matrix.cells.map((c) => ({ ...c, recommendations: c.recommendations.slice(0, a.limit) })) };
    },
    ratingHistory: async (_p, args, ctx) => {
      const a = parseArgs(RatingHistoryArgs, args);
      const r = await ctx.db.query(RATING_HISTORY_CYPHER, { pdu: a.pdu }, ctx.onQuery);
      return ratingHistory(r.records.map((x) => x.get('inspection') as InspectionRecord));
    },
    ratingCounts: async (_p, _a, ctx) => {
      return cachedAnalysis(ctx.analysis, 'ratingCounts', async (tx) => {
        const r = await tx.run(RATING_COUNTS_CYPHER);
        return r.records.map((x) => x.toObject() as unknown as RatingCountRecord);
      }, ctx.onQuery);
    },
  },
};
