/**
 * FEDERATION=true: the same SDL (schema/*.graphql) and resolvers, served as an Apollo Federation 2
 * subgraph with @apollo/subgraph. The SDL files are not changed: this module adds, to the parsed
 * document, the `@link` to the federation spec and an `@key` on each entity, and a
 * `__resolveReference` per entity so a router can fetch one by its key:
 *
 *   PDU, Inspection, Person  @key(fields: "id")
 *   Policy                   @key(fields: "id") @key(fields: "code")
 *
 * References are batched per request (one Cypher statement per entity type and key field, however
 * many representations `_entities` receives), and an unknown key resolves to null, as unknown ids
 * do everywhere in this API. With the flag off (the default) none of this is loaded.
 */
import DataLoader from 'dataloader';
import { Kind, parse, visit, type ConstDirectiveNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Resolvers } from '../generated/graphql.ts';
import type { ApiContext } from './context.ts';
import { entityBatchCypher } from './translate/batch.ts';

/** Entity type -> its key fields; each field is one `@key`. The Neo4j label is the type's name. */
export const ENTITY_KEYS: Readonly<Record<string, readonly string[]>> = {
  PDU: ['id'],
  Inspection: ['id'],
  Person: ['id'],
  Policy: ['id', 'code'],
};

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

function keyDirective(field: string): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'key' },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'fields' }, value: { kind: Kind.STRING, value: field } }],
  };
}

/** The SDL with the federation link and the entity keys. */
export function federatedTypeDefs(sdl: string): DocumentNode {
  const doc = visit(parse(sdl), {
    ObjectTypeDefinition(node) {
      const keys = ENTITY_KEYS[node.name.value];
      return keys ? { ...node, directives: [...(node.directives ?? []), ...keys.map(keyDirective)] } : undefined;
    },
  });
  return { ...doc, definitions: [...parse(FEDERATION_LINK).definitions, ...doc.definitions] };
}

type Reference = { __typename: string } & Record<string, unknown>;

/** Per request: one DataLoader per entity type and key field. */
const loaders = new WeakMap<ApiContext, Map<string, DataLoader<string, Record<string, unknown> | null>>>();

function entityLoader(ctx: ApiContext, label: string, field: string): DataLoader<string, Record<string, unknown> | null> {
  let mine = loaders.get(ctx);
  if (!mine) loaders.set(ctx, (mine = new Map()));
  const name = `${label}.${field}`;
  let loader = mine.get(name);
  if (!loader) {
    // `label` and `field` come from ENTITY_KEYS, never from the request.
    const cypher = entityBatchCypher(label, field);
    loader = new DataLoader(async (keys) => {
      const result = await ctx.db.query(cypher, { keys: [...new Set(keys)] }, ctx.onQuery);
      const found = new Map(result.records.map((r) => [r.get('key') as string, r.get('node') as Record<string, unknown>]));
      return keys.map((k) => found.get(k) ?? null);
    });
    mine.set(name, loader);
  }
  return loader;
}

/** The record a reference names, by the first key field it carries; null when there is none. */
export function resolveReference(ref: Reference, ctx: ApiContext): Promise<Record<string, unknown> | null> | null {
  // An own key only: `constructor` or `__proto__` would otherwise come from Object's prototype.
  const keys = Object.hasOwn(ENTITY_KEYS, ref.__typename) ? ENTITY_KEYS[ref.__typename]! : [];
  const field = keys.find((f) => typeof ref[f] === 'string');
  return field ? entityLoader(ctx, ref.__typename, field).load(ref[field] as string) : null;
}

/** The subgraph schema: our SDL with keys, our resolvers with `__resolveReference` on each entity. */
export function subgraphSchema(sdl: string, resolvers: Resolvers): GraphQLSchema {
  const withReferences: Record<string, object> = { ...(resolvers as Record<string, object>) };
  for (const type of Object.keys(ENTITY_KEYS)) {
    withReferences[type] = { ...(withReferences[type] ?? {}), __resolveReference: resolveReference };
  }
  return buildSubgraphSchema({ typeDefs: federatedTypeDefs(sdl), resolvers: withReferences as never });
}
