/**
 * Every error leaves with an `extensions.code`. Errors the database raises when it cannot be reached
 * become DATABASE_UNAVAILABLE; anything unexpected becomes INTERNAL_SERVER_ERROR and, outside
 * development, loses its message and stack so no Cypher or internal detail reaches a client.
 */
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../model/error-codes.ts';
import { isUnavailable, neo4jErrorCode } from '../db/health.ts';

/** A transaction the server ended because it ran past its time-out. */
function isTimeout(error: unknown): boolean {
  return /TransactionTimedOut|Transaction\.Terminated/.test(neo4jErrorCode(error) ?? '');
}

/**
 * The error a resolver threw, under the GraphQLError that wraps it. By shape, not by `instanceof`:
 * graphql ships CommonJS and ESM builds, and a test runner may load the other one.
 */
export function originalError(error: unknown): unknown {
  const inner = error && typeof error === 'object' ? (error as { originalError?: unknown }).originalError : undefined;
  return inner ?? error;
}

export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalError(error);
    if (isUnavailable(original)) {
      return { message: 'The database is unavailable; try again shortly.', path: formatted.path, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
    }
    if (isTimeout(original)) {
      return { message: 'The query took too long and was stopped; narrow it (fewer items, a smaller depth) and try again.', path: formatted.path, extensions: { code: ErrorCode.QUERY_TIMEOUT } };
    }
    const code = formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
    if (code === ErrorCode.INTERNAL_SERVER_ERROR && !development) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code } };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  };
}
