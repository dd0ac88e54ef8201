/**
 * Errors for malformed arguments: BAD_USER_INPUT, with a message that names the argument. (Every
 * code the API answers with is in src/model/error-codes.ts.) Unknown ids are not errors: a field
 * that looks up one object by id returns null when there is none.
 */
import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { ErrorCode } from '../model/error-codes.ts';

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
