/**
 * The query cost limit (src/graphql/cost.ts), checked once the operation is known and before
 * anything runs: a query that could answer more values than LIMITS.maxCost is refused with
 * QUERY_TOO_COMPLEX (HTTP 400), naming its cost and the limit, and no statement reaches Neo4j.
 *
 * It is a plugin rather than a validation rule because a list's size may come from a variable
 * (`pdus(first: $n)`): validation rules see the document only, didResolveOperation sees the
 * request's variables too.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode } from 'graphql';
import { queryCost, QueryCostError } from '../../graphql/cost.ts';
import { ErrorCode, httpStatus } from '../../model/error-codes.ts';
import type { ApiContext } from '../../graphql/context.ts';

const number = (n: number) => n.toLocaleString('en-GB');

/** Costs (or the refusal) kept per operation and variables, for as long as Apollo keeps the parsed document. */
const COSTS_PER_DOCUMENT = 32;

/**
 * The cost of a request, remembered: the cost is a function of the document, the operation and the
 * variables, and Apollo hands a repeated query the same parsed document, so a repeated request is
 * not walked again (about 2% of the service's CPU on a page of a few hundred fields).
 */
function costOnce(costs: WeakMap<DocumentNode, Map<string, unknown>>, input: Parameters<typeof queryCost>[0], maxCost: number): void {
  let known = costs.get(input.document);
  if (!known) costs.set(input.document, (known = new Map()));
  const key = `${input.operationName ?? ''}\u0000${JSON.stringify(input.variables ?? {})}`;
  if (known.has(key)) {
    const refusal = known.get(key);
    if (refusal) throw refusal;
    return;
  }
  if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
  try {
    queryCost(input, maxCost);
    known.set(key, null);
  } catch (e) {
    if (e instanceof QueryCostError) known.set(key, e);
    throw e;
  }
}

export function costLimitPlugin(maxCost: number): ApolloServerPlugin<ApiContext> {
  const costs = new WeakMap<DocumentNode, Map<string, unknown>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          try {
            costOnce(costs, { schema, document, operationName, variables: request.variables }, maxCost);
          } catch (e) {
            if (!(e instanceof QueryCostError)) throw e;
            // The walk stops as soon as the limit is passed, so the cost found is a floor.
            const what = e.cost === null ? e.message : `the query could return at least ${number(e.cost)} values`;
            throw new GraphQLError(
              `Query cost limit exceeded: ${what}; the limit is ${number(maxCost)} (each list multiplies the cost of what is selected under it by its size: ` +
              'a connection by its `first`, any other list by its bound). Ask for fewer items (`first`, `limit`) or fewer nested lists.',
              { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost: e.cost, limit: maxCost, http: { status: httpStatus(ErrorCode.QUERY_TOO_COMPLEX) } } },
            );
          }
        },
      };
    },
  };
}
