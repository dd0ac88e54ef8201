/**
 * An Apollo plugin that names each request's operation for the logs, counts errors by code, records
 * request latency by operation, answers HTTP 503 for the whole request when the database is
 * unavailable (clients and load balancers can then retry elsewhere), and logs every internal error
 * with its stack and the request's id (the answer carries neither).
 *
 * The metrics' `operation` label takes only names the service knows (operations.ts), else `other`:
 * a label per client-sent name would grow /metrics without bound.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { originalError } from '../../graphql/format-error.ts';
import { isUnavailable, neo4jErrorCode } from '../../db/health.ts';
import { ErrorCode, httpStatus } from '../../model/error-codes.ts';
import type { Metrics } from '../metrics.ts';
import type { ApiContext } from '../../graphql/context.ts';

/** The label for a request's operation: a known name, `anonymous query|mutation`, or `other`. */
export function operationLabel(known: ReadonlySet<string>, name: string | null | undefined, kind: string | undefined): string {
  if (name) return known.has(name) ? name : 'other';
  return kind === 'query' || kind === 'mutation' ? `anonymous ${kind}` : 'other';
}

/** An error nobody meant: not a GraphQL error with a code, not Neo4j going away or timing out. */
function isInternal(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) return false;
  const original = originalError(error);
  return !isUnavailable(original) && !/TransactionTimedOut|Transaction\.Terminated/.test(neo4jErrorCode(original) ?? '');
}

export function observabilityPlugin(metrics: Metrics, known: ReadonlySet<string>): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      let operation = 'other';
      return {
        async didResolveOperation({ operationName, operation: op }) {
          operation = operationLabel(known, operationName, op?.operation);
          // The log keeps the name as sent (cut short): a log line is written, not kept in memory.
          contextValue.setOperationName?.((operationName ?? `anonymous ${op?.operation ?? 'operation'}`).slice(0, 200));
        },
        async didEncounterErrors({ errors, response }) {
          if (errors.some((e) => isUnavailable(originalError(e)))) response.http.status = httpStatus(ErrorCode.DATABASE_UNAVAILABLE);
          for (const e of errors) {
            if (isInternal(e)) contextValue.log?.error({ err: originalError(e), path: e.path?.join('.') }, 'internal error');
          }
        },
        async willSendResponse({ response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.duration.observe({ operation }, seconds);
          metrics.requests.inc({ operation, status: String(response.http.status ?? 200) });
          if (response.body.kind === 'single') {
            for (const e of response.body.singleResult.errors ?? []) metrics.errors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
          }
        },
      };
    },
  };
}
