/**
 * Query limits, set explicitly (never left to library defaults). The values are sized for this
 * schema: the deepest useful query (PDU → inspections → recommendations → evidence → document →
 * title) has depth 6, and the cost of the heaviest query the README, the explorer and the tests
 * send (all PDUs → inspections → recommendations → themes and evidence → document) is about 3.2
 * million in the cost model (src/graphql/cost.ts), while the attack of issue 16 costs billions.
 *
 * Depth, aliases and directives are checked by graphql-armor as validation rules; its messages
 * lose the "Syntax Error:" they start with (they are not syntax errors). The cost is checked by
 * our own model (cost-limit.ts), since the model must know this schema's list sizes.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

export const LIMITS = {
  /** Nesting of selections; fragments are expanded, and `__schema` is only skipped as a real introspection field. */
  maxDepth: 10,
  /** The most values an answer may hold, in the cost model of src/graphql/cost.ts. */
  maxCost: 5_000_000,
  /** Aliases in an operation, `__typename` included. */
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
  /** The largest answer /graphql sends (response-limit.ts): 10 MB. */
  maxResponseBytes: 10 * 1024 * 1024,
} as const;

/** graphql-armor's rejection as a validation error, without the "Syntax Error: " it puts first. */
function report(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

const rejection = { propagateOnRejection: false, onReject: [report] };

export function armor(blockFieldSuggestions: boolean) {
  return new ApolloArmor({
    maxDepth: { enabled: true, n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...rejection },
    // The cost is ours (cost-limit.ts): graphql-armor's does not know list sizes.
    costLimit: { enabled: false },
    // graphql-armor leaves `__typename` out of the count by default: 600 of them were answered.
    maxAliases: { enabled: true, n: LIMITS.maxAliases, allowList: [], ...rejection },
    maxDirectives: { enabled: true, n: LIMITS.maxDirectives, ...rejection },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: blockFieldSuggestions },
  }).protect();
}
