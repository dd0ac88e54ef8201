/**
 * Query limits, set explicitly (never left to library defaults), with graphql-armor. The values are
 * sized for this schema: the deepest useful query (PDU → inspections → recommendations → evidence →
 * document → title) has depth 6; the deepest test query (all PDUs → inspections → recommendations →
 * themes and evidence → document) costs about 8,900 in graphql-armor's measure.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const LIMITS = {
  /** Nesting of selections; fragments are expanded, and `__schema` is only skipped as a real introspection field. */
  maxDepth: 10,
  /** graphql-armor's cost: objects 2, scalars 1, multiplied by 1.5 per level of depth. */
  maxCost: 20000,
  maxAliases: 15,
  maxDirectives: 50,
  /**
   * Tokens in the query text, enforced by graphql-js's own parser (Apollo's parseOptions): over it
   * the request is a parse failure (400). graphql-armor's token plugin is not used, because it
   * raises its error from a hook where Apollo answers 500 (found by the hostile-input test).
   */
  maxTokens: 2000,
  /** HTTP body size for /graphql. */
  bodyLimit: '100kb',
} as const;

export function armor(blockFieldSuggestions: boolean) {
  return new ApolloArmor({
    maxDepth: { enabled: true, n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { enabled: true, maxCost: LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    maxAliases: { enabled: true, n: LIMITS.maxAliases },
    maxDirectives: { enabled: true, n: LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: blockFieldSuggestions },
  }).protect();
}
