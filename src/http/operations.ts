/**
 * The operation names the service knows: the README's example queries (GraphiQL's tabs) and the
 * explorer's queries (the typed client's documents). /metrics labels requests by these names only;
 * a client can send any name, and 20,000 made-up names once grew /metrics to 81 MB (issue 16).
 */
import { readFileSync } from 'node:fs';
import { stripIgnoredCharacters } from 'graphql';
import { EXAMPLE_QUERIES, namedQuery } from '../web/example-queries.ts';
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

/** A document's text with what GraphQL ignores (white space, commas, comments) taken out: how trusted documents are compared. */
export function canonicalDocument(text: string): string {
  try {
    return stripIgnoredCharacters(text);
  } catch {
    return text;
  }
}

/**
 * The trusted documents (TRUSTED_DOCUMENTS=only runs these and nothing else): the service's own
 * front-ends' (the explorer's typed client, GraphiQL's example tabs), and those of every manifest
 * named: a JSON object of hash to document, as graphql-codegen's client preset writes it with
 * `persistedDocuments` (src/generated/client/persisted-documents.json is the explorer's).
 */
export function trustedDocuments(manifests: readonly string[] = []): ReadonlySet<string> {
  const texts: string[] = EXAMPLE_QUERIES.map(namedQuery);
  for (const value of Object.values(explorer)) if (value instanceof explorer.TypedDocumentString) texts.push(String(value));
  for (const file of manifests) texts.push(...Object.values(readManifest(file)));
  return new Set(texts.map(canonicalDocument));
}

function readManifest(file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`trusted documents manifest ${file}: ${(e as Error).message}`);
  }
  const ok = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'string');
  if (!ok) throw new Error(`trusted documents manifest ${file}: expected a JSON object of hash to document text (graphql-codegen's persisted-documents.json)`);
  return parsed as Record<string, string>;
}
