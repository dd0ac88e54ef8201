/**
 * Who may do what: mutations need a `write` key; reads are open unless READS_REQUIRE_KEY is set.
 * A key that is presented but unknown is always UNAUTHENTICATED, even for open reads, so a client
 * with a mistyped key hears about it.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode, httpStatus } from '../model/error-codes.ts';

/** What a caller may do: `read` (queries) or `write` (mutations too). */
export type Role = 'read' | 'write';
/** Who is calling: the role of the API key presented (the HTTP layer authenticates it). */
export interface Principal { role: Role }

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: httpStatus(ErrorCode.UNAUTHENTICATED) } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: httpStatus(ErrorCode.FORBIDDEN) } } });
}

export function requireRole(principal: Principal | null, role: Role, what: string): void {
  if (!principal) throw unauthenticated(`${what} needs an API key with role "${role}": send Authorization: Bearer <key>`);
  if (role === 'write' && principal.role !== 'write') throw forbidden(`${what} needs an API key with role "write"; this key has role "${principal.role}"`);
}
