/**
 * The operation names the service knows: the README's example queries (GraphiQL's tabs) and the
 * explorer's queries (the typed client's documents). /metrics labels requests by these names only;
 * a client can send any name, and 20,000 made-up names once grew /metrics to 81 MB (issue 16).
 */
import { EXAMPLE_QUERIES } from '../web/example-queries.ts';
import * as explorer from '../generated/client/graphql.ts';

/** Names of the operations in a GraphQL document's text. */
function operationNames(text: string): string[] {
  return [...text.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g)].map((m) => m[1]!);
}

export function knownOperations(): ReadonlySet<string> {
  const names = new Set(EXAMPLE_QUERIES.map((q) => q.name));
  for (const value of Object.values(explorer)) {
    if (value instanceof explorer.TypedDocumentString) for (const n of operationNames(String(value))) names.add(n);
  }
  return names;
}
