/// <reference lib="dom" />
/**
 * The explorer's only way to the data: the public GraphQL API at /graphql, with operations typed by
 * graphql-codegen's client preset (src/generated/client/, from the `graphql()` documents in this
 * folder). `request` takes a typed document and its variables and returns the typed `data`, sending
 * the API key kept for this session (session.ts), if any.
 */
import type { TypedDocumentString } from '../../generated/client/graphql.ts';
import { authHeaders } from './session.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const res = await fetch(new URL('/graphql', location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...authHeaders() },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  let body: { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`the service answered HTTP ${res.status} without a GraphQL response`);
  }
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first!.message, first!.extensions?.code);
  }
  if (!body.data) throw new ApiError(`the service answered HTTP ${res.status} without data`);
  return body.data;
}
