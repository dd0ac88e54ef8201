/**
 * Every error leaves with an `extensions.code`. Errors the database raises when it cannot be reached
 * become DATABASE_UNAVAILABLE; anything unexpected becomes INTERNAL_SERVER_ERROR and, outside
 * development, loses its message and stack so no Cypher or internal detail reaches a client.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode } from './errors.ts';
import { isUnavailable } from '../db/health.ts';

export const isDatabaseUnavailable = isUnavailable;

/** A transaction the server ended because it ran past its time-out. */
function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut|TransactionTimedOutClientConfiguration|Terminated/.test(error.code);
}

export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      return { message: 'The database is unavailable; try again shortly.', path: formatted.path, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
    }
    if (isTimeout(original)) {
      return { message: 'The query took too long and was stopped; narrow it (fewer items, a smaller depth) and try again.', path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
    }
    const code = formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
    if (code === ErrorCode.INTERNAL_SERVER_ERROR && !development) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code } };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  };
}
