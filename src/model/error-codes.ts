/**
 * Every `extensions.code` the API can answer with: one table, with what each code means and the
 * HTTP status of a response that carries it. The code is the wire value clients switch on, so no
 * other module spells one out: they use `ErrorCode.X` (a test reads src/ for stray literals, and
 * checks that README.md's error table lists exactly these codes with these statuses).
 *
 * Some codes come from Apollo Server itself (parse and validation failures, unreadable requests,
 * persisted queries); they are listed because clients see them too, and a test checks that
 * Apollo's own names still match. Unknown ids are not errors (a lookup by id answers null), so
 * there is no "not found" code.
 *
 * Vocabulary: `status` is the HTTP status of a response whose only error has this code. A field
 * error (one field failed, the others answered) leaves the status at 200 whatever its code, except
 * where a code sets its own status (401, 403, 503).
 */

interface ErrorCodeInfo {
  readonly status: number;
  readonly meaning: string;
}

const ERRORS = {
  BAD_USER_INPUT: {
    status: 200,
    meaning: 'An argument is malformed or out of range; the message names it (`Invalid argument "first": must be at most 100`). A variable whose value does not fit its declared type gets the same code from Apollo Server, with 400.',
  },
  NOTHING_FOUND: {
    status: 200,
    meaning: '`ingestDocument`: the text reports no inspection, so nothing was written.',
  },
  GRAPHQL_PARSE_FAILED: {
    status: 400,
    meaning: 'The query text is not GraphQL, or is over the limit on tokens (Apollo Server).',
  },
  GRAPHQL_VALIDATION_FAILED: {
    status: 400,
    meaning: 'The query does not fit the schema, is over a query limit (depth, aliases with `__typename` counted, directives), or introspects while introspection is off (Apollo Server, graphql-armor).',
  },
  OPERATION_RESOLUTION_FAILURE: {
    status: 400,
    meaning: '`operationName` names no operation of the document, or the document has several and none is named (Apollo Server).',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    status: 200,
    meaning: 'An automatic persisted query whose hash the service has not seen: send the query text with it (Apollo Server).',
  },
  BAD_REQUEST: {
    status: 400,
    meaning: 'The HTTP request cannot be read as a GraphQL request: malformed JSON, a body that is not valid UTF-8, no query, or a GET or non-JSON POST without the CSRF preflight header `apollo-require-preflight`.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    meaning: 'The request body is over the size limit.',
  },
  UNAUTHENTICATED: {
    status: 401,
    meaning: 'No API key where one is needed, or a key that is not valid.',
  },
  FORBIDDEN: {
    status: 403,
    meaning: 'The API key\'s role does not allow this (a `read` key on a mutation), or a CORS preflight comes from an origin not in `CORS_ORIGINS`.',
  },
  QUERY_TOO_COMPLEX: {
    status: 400,
    meaning: 'The query could return more values than the cost limit allows (every list multiplies what is selected under it), or selects too many fields; refused before any database work. Ask for fewer items (`first`, `limit`) or fewer nested lists.',
  },
  OPERATION_NOT_TRUSTED: {
    status: 400,
    meaning: 'With `TRUSTED_DOCUMENTS=only`, the query is not one of the trusted documents (the explorer\'s and GraphiQL\'s built in, and the manifests in `TRUSTED_DOCUMENTS_MANIFESTS`); refused before anything runs.',
  },
  RESPONSE_TOO_LARGE: {
    status: 400,
    meaning: 'The answer would be larger than the response size limit (10 MB); nothing is sent but this error. Ask for fewer items or leave out `Document.text`.',
  },
  QUERY_TIMEOUT: {
    status: 200,
    meaning: 'A statement ran past its transaction time-out and was stopped: narrow the query (fewer items, a smaller depth).',
  },
  SERVICE_BUSY: {
    status: 503,
    meaning: 'Too many expensive analyses are running or waiting; try again after `Retry-After` seconds.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    meaning: 'Neo4j cannot be reached; the service answers again as soon as it can.',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    meaning: 'Anything unexpected; outside development the message is only "Internal server error". A failed field leaves the status at 200, beside the fields that answered.',
  },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERRORS;

/** `ErrorCode.SERVICE_BUSY === 'SERVICE_BUSY'`: the codes by name, typed as their own literals. */
export const ErrorCode = Object.freeze(Object.fromEntries(Object.keys(ERRORS).map((code) => [code, code]))) as { readonly [C in ErrorCode]: C };

/** A code's meaning and HTTP status (README.md's table says the same). */
export function errorCodeInfo(code: ErrorCode): ErrorCodeInfo {
  return ERRORS[code];
}

/** The HTTP status a response with this code gets. */
export function httpStatus(code: ErrorCode): number {
  return errorCodeInfo(code).status;
}
