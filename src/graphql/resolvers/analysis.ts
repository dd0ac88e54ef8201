/**
 * The cross-cutting analyses (src/analysis), each a few statements in one read transaction with the
 * configured timeout. The expensive ones go through src/analysis/admission.ts: answered from a cache
 * while the graph is unchanged, and computed at most a few at a time (SERVICE_BUSY when too many wait),
 * so they cannot starve the page reads. Every analysis answers with its coverage (src/analysis/coverage.ts).
 */
import type { Resolvers } from '../../generated/graphql.ts';
import type { FindingRecord, InspectionRecord, PduRecord, RecommendationRecord } from '../../model/records.ts';
import type { Polarity } from '../../model/enums.ts';
import { badInput, parseArgs } from '../errors.ts';
import { PduChangesArgs, RatingHistoryArgs, RecurringArgs, RegionProfileArgs, SimilarArgs, ThemeMatrixArgs } from '../args.ts';
import { limitRecurring, recurrence, type RecurringArgs as Scope } from '../../analysis/recurring.ts';
import { cachedAnalysis } from '../../analysis/admission.ts';
import { similarRecommendations } from '../../analysis/similarity.ts';
import { ratingCounts, ratingCountsStatement, ratingHistory, ratingHistoryStatement } from '../../analysis/ratings.ts';
import { policyTimeline, themeMatrix } from '../../analysis/timeline.ts';
import { pduChanges, pduChangesStatement, type InspectionFacts } from '../../analysis/changes.ts';
import { regionProfile } from '../../analysis/profile.ts';
import { coverageIn } from '../../analysis/coverage.ts';
import { NO_SCOPE } from '../../analysis/scope.ts';
import type { Statement } from '../../analysis/statement.ts';
import type { Tx } from '../../db/database.ts';
import type { ApiContext } from '../context.ts';
import { missingPoliciesStatement } from '../translate/filters.ts';
import type { RatingCountRow, RecurrenceRecord, RecurringThemeRecord } from '../../analysis/records.ts';

/** A policy argument must name a policy: an unknown code is an error, not an empty answer. */
async function checkPolicies(ctx: ApiContext, argument: string, codes: string[]): Promise<void> {
  const statement = missingPoliciesStatement(codes);
  const r = await ctx.db.query(statement.cypher, statement.params, ctx.onQuery);
  const missing = r.records[0]?.get('missing') as string[];
  if (missing.length) throw badInput(argument, `no policy with code ${missing.map((c) => `"${c}"`).join(', ')} (see the policies field)`);
}

const run = (tx: Tx, statement: Statement) => tx.run(statement.cypher, statement.params);

/** The validated scope of a recurrence (policy upper-cased and checked), and its `limit`. */
async function recurrenceScope(ctx: ApiContext, args: unknown): Promise<{ scope: Scope; limit: number }> {
  const a = parseArgs(RecurringArgs, args);
  const policy = a.policy ? a.policy.toUpperCase() : null;
  if (policy) await checkPolicies(ctx, 'policy', [policy]);
  return {
    scope: { policy, region: a.region ?? null, rating: a.rating ?? null, from: a.from ?? null, to: a.to ?? null, includePossible: a.includePossible ?? false, minPdus: a.minPdus },
    limit: a.limit,
  };
}

const limited = (r: RecurrenceRecord, limit: number): RecurrenceRecord => ({ ...r, themes: r.themes.map((t) => limitRecurring(t, limit)) });
const withPolarity = (r: RecurrenceRecord, polarity: Polarity) => ({ ...r, polarity, themes: r.themes.map((t) => ({ ...t, polarity })) });

export const analysisResolvers: Resolvers = {
  Query: {
    recurringRecommendations: async (_p, args, ctx) => {
      const { scope, limit } = await recurrenceScope(ctx, args);
      const answer = await cachedAnalysis(ctx.analysis, `recurring ${JSON.stringify(scope)}`, (tx) => recurrence(tx, scope, 'RECOMMENDATION'), ctx.onQuery);
      return limited(answer, limit);
    },
    recurringConcerns: async (_p, args, ctx) => {
      const { scope, limit } = await recurrenceScope(ctx, args);
      const answer = await cachedAnalysis(ctx.analysis, `concerns ${JSON.stringify(scope)}`, (tx) => recurrence(tx, scope, 'CONCERN'), ctx.onQuery);
      return withPolarity(limited(answer, limit), 'CONCERN');
    },
    regionProfile: async (_p, args, ctx) => {
      const a = parseArgs(RegionProfileArgs, args);
      const scope: Scope = { policy: null, region: a.region, rating: a.rating ?? null, from: a.from ?? null, to: a.to ?? null, includePossible: a.includePossible ?? false, minPdus: a.minPdus };
      const profile = await cachedAnalysis(ctx.analysis, `regionProfile ${JSON.stringify(scope)}`, (tx) => regionProfile(tx, scope), ctx.onQuery);
      if (!profile) return null;
      return { ...profile, concerns: withPolarity(limited(profile.concerns, a.limit), 'CONCERN'), strengths: withPolarity(limited(profile.strengths, a.limit), 'STRENGTH') };
    },
    pduChanges: async (_p, args, ctx) => {
      const a = parseArgs(PduChangesArgs, args);
      return cachedAnalysis(ctx.analysis, `pduChanges ${a.pdu}`, async (tx) => {
        const row = (await run(tx, pduChangesStatement(a.pdu))).records[0];
        if (!row) return null;
        return pduChanges(row.get('pdu') as PduRecord, row.get('inspections') as InspectionFacts[]);
      }, ctx.onQuery);
    },
    similarRecommendations: async (_p, args, ctx) => {
      const a = parseArgs(SimilarArgs, args);
      return cachedAnalysis(ctx.analysis, `similar ${JSON.stringify(a)}`, async (tx) => (await similarRecommendations(tx, a.id, a.first)) ?? [], ctx.onQuery);
    },
    policyTimeline: async (_p, _a, ctx) => cachedAnalysis(ctx.analysis, 'policyTimeline', (tx) => policyTimeline(tx), ctx.onQuery),
    themeMatrix: async (_p, args, ctx) => {
      const a = parseArgs(ThemeMatrixArgs, args);
      const policies = a.policies?.map((c) => c.toUpperCase()) ?? null;
      if (policies) await checkPolicies(ctx, 'policies', policies);
      const params = { policies, themes: a.themes ?? null, includePossible: a.includePossible ?? false };
      const matrix = await cachedAnalysis(ctx.analysis, `themeMatrix ${JSON.stringify(params)}`, (tx) => themeMatrix(tx, params), ctx.onQuery);
      const cut = <T>(xs: T[] | undefined) => (xs ?? []).slice(0, a.limit);
      return { ...matrix, cells: matrix.cells.map((c) => ({ ...c, recommendations: cut(c.recommendations), concerns: cut(c.concerns), strengths: cut(c.strengths) })) };
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
        const all = await coverageIn(tx, NO_SCOPE, 'NONE', {});
        return ratingCounts(r.records.map((x) => x.toObject() as unknown as RatingCountRow), all);
      }, ctx.onQuery);
    },
  },
  RecurringTheme: {
    recommendationCount: (t) => t.itemCount,
    recommendations: (t) => t.items as RecommendationRecord[],
  },
  RecurringFindingTheme: {
    polarity: (t) => (t as RecurringThemeRecord & { polarity: Polarity }).polarity,
    findingCount: (t) => t.itemCount,
    findings: (t) => t.items as FindingRecord[],
  },
  RecurringFindings: {
    polarity: (r) => (r as RecurrenceRecord & { polarity: Polarity }).polarity,
  },
  InspectionPressure: {
    certainty: (p) => (p.certainty === 'POSSIBLE' ? 'POSSIBLE' : 'CERTAIN'),
  },
  PolicyPeriod: {
    coverage: (p) => p.coverage!,
  },
  ThemeMatrix: {
    coverage: (m) => m.coverage ?? [],
  },
  ThemeMatrixCell: {
    concernCount: (c) => c.concernCount ?? 0,
    concernPduCount: (c) => c.concernPduCount ?? 0,
    concerns: (c) => c.concerns ?? [],
    strengthCount: (c) => c.strengthCount ?? 0,
    strengthPduCount: (c) => c.strengthPduCount ?? 0,
    strengths: (c) => c.strengths ?? [],
  },
};
