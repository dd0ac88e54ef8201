/**
 * The TCK's harness (after @neo4j/graphql's): a GraphQL operation in, the statement its root field
 * runs out, laid out for reading (format.ts), with its parameters, and no database. The statement
 * comes from the same pure functions the resolvers call (src/graphql/translate/root-fields.ts), with
 * the resolve info graphql-js would hand them: the schema, the operation's fragments and variables,
 * the root field's nodes and type.
 */
import { expect } from 'vitest';
import {
  buildSchema, getArgumentValues, parse,
  type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode,
} from 'graphql';
import { loadTypeDefs } from '../../src/graphql/schema.ts';
import { ROOT_STATEMENTS, type RootFieldName } from '../../src/graphql/translate/root-fields.ts';
import type { Statement } from '../../src/analysis/statement.ts';
import { formatCypher } from './format.ts';

export const schema = buildSchema(loadTypeDefs());

/** The Query fields: what the root-field and analysis cases must cover between them. */
export const QUERY_FIELDS = Object.keys(schema.getQueryType()!.getFields()).sort();

/** The root field an operation selects first: its name, its arguments (defaults applied) and its resolve info. */
export function rootField(query: string, variables: Record<string, unknown> = {}): { name: string; args: Record<string, unknown>; info: GraphQLResolveInfo } {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  const definition = schema.getQueryType()!.getFields()[field.name.value];
  if (!definition) throw new Error(`no root field ${field.name.value}`);
  const info = { schema, fragments, variableValues: variables, fieldNodes: [field], returnType: definition.type } as unknown as GraphQLResolveInfo;
  return { name: field.name.value, args: getArgumentValues(definition, field, variables), info };
}

/** The statement the resolver of the operation's first root field runs (null: it answers null without one). */
export function translate(query: string, variables?: Record<string, unknown>, projection = true): Statement | null {
  const { name, args, info } = rootField(query, variables);
  const build = ROOT_STATEMENTS[name as RootFieldName];
  if (!build) throw new Error(`${name} is not a root field of the translate layer`);
  return build(args, info, projection);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a snapshot holds: what went in (a comment), the statement laid out, and its parameters. */
export function cypherFile(input: string, statement: Statement | null): string {
  const head = `// ${oneLine(input)}\n`;
  if (!statement) return `${head}// (no statement: the answer is null)\n`;
  return `${head}${formatCypher(statement.cypher)}\n// params: ${JSON.stringify(statement.params)}\n`;
}

/** Compares with (or writes, with `vitest -u`) `__snapshots__/<area>/<name>.cypher` beside the test files. */
export async function matchCypher(area: string, name: string, text: string): Promise<void> {
  await expect(text).toMatchFileSnapshot(`__snapshots__/${area}/${name}.cypher`);
}

/** A GraphQL operation's statement, checked against its snapshot. */
export async function expectTranslation(area: string, name: string, query: string, variables?: Record<string, unknown>, projection = true): Promise<void> {
  const input = variables ? `${query} variables: ${JSON.stringify(variables)}` : query;
  await matchCypher(area, name, cypherFile(projection ? input : `${input} (projection off)`, translate(query, variables, projection)));
}

/** The Query fields answered by an analysis module's statements (analyses.test.ts), not by ROOT_STATEMENTS. */
export const ANALYSIS_FIELDS = ['pduChanges', 'policyTimeline', 'ratingCounts', 'ratingHistory', 'recurringConcerns', 'recurringRecommendations', 'regionProfile', 'similarRecommendations', 'themeMatrix'];
