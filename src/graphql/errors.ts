/**
 * The API's error codes (extensions.code). Unknown ids are not errors: a field that looks up one
 * object by id returns null when there is none. Malformed arguments are BAD_USER_INPUT, with a
 * message that names the argument.
 */
import { GraphQLError } from 'graphql';
import type { z } from 'zod';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}

/** Validate resolver arguments with a zod schema; the first problem becomes a BAD_USER_INPUT. */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.infer<S> {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw badInput(issue.path.map(String).join('.') || 'arguments', issue.message);
}
