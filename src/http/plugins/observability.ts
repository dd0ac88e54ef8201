/**
 * An Apollo plugin that names each request's operation for the logs, counts errors by code, records
 * request latency by operation, and answers HTTP 503 for the whole request when the database is
 * unavailable (clients and load balancers can then retry elsewhere).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { originalError } from '../../graphql/format-error.ts';
import { isUnavailable } from '../../db/health.ts';
import { ErrorCode, httpStatus } from '../../model/error-codes.ts';
import type { Metrics } from '../metrics.ts';
import type { ApiContext } from '../../graphql/context.ts';

export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      let operation = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: op }) {
          operation = operationName ?? `anonymous ${op?.operation ?? "operation"}`;
          contextValue.setOperationName?.(operation);
        },
        async didEncounterErrors({ errors, response }) {
          if (errors.some((e) => isUnavailable(originalError(e)))) response.http.status = httpStatus(ErrorCode.DATABASE_UNAVAILABLE);
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
