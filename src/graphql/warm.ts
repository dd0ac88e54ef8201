/**
 * The default analyses the warmer (src/analysis/warm.ts) computes after a load, called through their
 * own resolvers with the arguments a client leaving them out would get (the SDL's defaults), so the
 * cache keys are exactly a request's:
 *
 *   recurringRecommendations, recurringConcerns   for all inspections, then under each policy in the
 *                                                 graph (newest in force first)
 *   policyTimeline, themeMatrix, ratingCounts     with no arguments
 *
 * The analyses that need an id (a PDU's changes, a region's profile, similar recommendations) have no
 * default; those a client has asked for are warmed as "in use".
 */
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { AnalysisAdmission } from '../analysis/admission.ts';
import type { WarmTask } from '../analysis/warm.ts';
import type { Database } from '../db/database.ts';
import { analysisResolvers } from './resolvers/analysis.ts';
import { createContext } from './context.ts';

type Resolve = (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => Promise<unknown>;

/** The policy codes in the graph, newest in force first. */
async function policyCodes(db: Database): Promise<string[]> {
  const r = await db.query('MATCH (p:Policy) WHERE p.code IS NOT NULL RETURN p.code AS code ORDER BY p.inForceFrom DESC, p.code');
  return r.records.map((x) => x.get('code') as string);
}

/** A root field's arguments as graphql-js gives a resolver when the client sends none: the SDL's defaults. */
function defaultArgs(schema: GraphQLSchema, field: string): Record<string, unknown> {
  const definition = schema.getQueryType()?.getFields()[field];
  if (!definition) throw new Error(`warm: no Query.${field} in the schema`);
  return Object.fromEntries(definition.args.filter((a) => a.defaultValue !== undefined).map((a) => [a.name, a.defaultValue]));
}

export function defaultAnalyses(schema: GraphQLSchema): (warming: AnalysisAdmission) => Promise<WarmTask[]> {
  return async (warming) => {
    const ctx = createContext({ db: warming.db, analysis: warming });
    const query = analysisResolvers.Query as unknown as Record<string, Resolve>;
    const call = (field: string, args: Record<string, unknown> = {}): WarmTask => {
      const resolve = query[field];
      if (!resolve) throw new Error(`warm: no resolver for Query.${field}`);
      // The analyses' resolvers read only their arguments and the context.
      return () => resolve({}, { ...defaultArgs(schema, field), ...args }, ctx, {} as GraphQLResolveInfo);
    };
    const codes = await policyCodes(warming.db);
    return [
      call('recurringRecommendations'), ...codes.map((policy) => call('recurringRecommendations', { policy })),
      call('recurringConcerns'), ...codes.map((policy) => call('recurringConcerns', { policy })),
      call('policyTimeline'), call('themeMatrix'), call('ratingCounts'),
    ];
  };
}
