/**
 * The Cypher each GraphQL selection translates to, without a database (the integration tests run
 * the same queries on a real Neo4j and compare them with the loader path).
 */
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../schema.ts';
import { projectConnection, projectRoot } from './project.ts';

const schema = buildSchema(loadTypeDefs());

/** The parts of GraphQLResolveInfo the translator reads, for the first root field of `query`. */
function rootInfo(query: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  const returnType = schema.getQueryType()!.getFields()[field.name.value]!.type;
  return { schema, fragments, variableValues: variables, fieldNodes: [field], returnType } as unknown as GraphQLResolveInfo;
}

describe('projection of a selection into one Cypher map', () => {
  it('projects properties, and each relation as a COLLECT subquery under its response key', () => {
    const info = rootInfo('{ pdu(id: "x") { name region { name } inspections { rating recommendations { text themes { name } } } } }');
    expect(projectRoot(info, 't')).toMatchInlineSnapshot(
      `"t {.name, \`@region\`: COLLECT { MATCH (t)-[:IN_REGION]->(t1:Region) RETURN t1 {.name} LIMIT 1 }[0], \`@inspections\`: COLLECT { MATCH (t)<-[:OF]-(t2:Inspection) WITH * ORDER BY coalesce(t2.fieldworkFrom, t2.reportedIn, t2.publishedOn) DESC, t2.id RETURN t2 {.rating, \`@recommendations\`: COLLECT { MATCH (t2)-[:RECOMMENDS]->(t3:Recommendation) WITH * ORDER BY t3.position RETURN t3 {.text, \`@themes\`: COLLECT { MATCH (t3)-[:ABOUT]->(t4:Theme) WITH DISTINCT t4 ORDER BY t4.name RETURN t4 {.name} }} }} }}"`,
    );
  });

  it('keys relations by alias, so one relation can be selected twice', () => {
    const info = rootInfo('{ inspection(id: "x") { a: recommendations { text } b: recommendations { position } } }');
    const cypher = projectRoot(info, 't');
    expect(cypher).toContain('`@a`: COLLECT');
    expect(cypher).toContain('`@b`: COLLECT');
    expect(cypher).toContain('t1 {.text}');
    expect(cypher).toContain('t2 {.position}');
  });

  it('reads only what is selected: no id unless asked for or needed by a loader', () => {
    expect(projectRoot(rootInfo('{ pdu(id: "x") { name } }'), 't')).toBe('t {.name}');
    expect(projectRoot(rootInfo('{ pdu(id: "x") { __typename } }'), 't')).toBe('t {.id}');
  });

  it('embeds the nodes of relationship records, with what their resolvers always need', () => {
    const info = rootInfo('{ inspection(id: "x") { pressures { basis explanation } evidence { quote document { title } } } }');
    const cypher = projectRoot(info, 't');
    // The explanation may be written from the policy code, which the query did not select.
    expect(cypher).toContain('policy: t1 {.code}');
    expect(cypher).toContain('document: t2 {.title}');
    // A document's text is large: only projected when selected.
    expect(cypher).not.toContain('.text');
  });

  it('follows fragments, inline fragments and @skip/@include with variables', () => {
    const query = `query Q($withRegion: Boolean!) { pdu(id: "x") { ...Names region @include(if: $withRegion) { name } ... on PDU { latestRating } } }
      fragment Names on PDU { name aliases }`;
    expect(projectRoot(rootInfo(query, { withRegion: false }), 't')).toBe(
      't {.name, .aliases, `@latestRating`: COLLECT { MATCH (t)<-[:OF]-(t1:Inspection) RETURN t1.rating ORDER BY coalesce(t1.fieldworkFrom, t1.reportedIn, t1.publishedOn) DESC, t1.id LIMIT 1 }[0]}',
    );
    expect(projectRoot(rootInfo(query, { withRegion: true }), 't')).toContain('`@region`');
  });

  it('projects an interface field for the concrete type named by the id, labelled for type resolution', () => {
    const info = rootInfo('{ node(id: "pdu:x") { id ... on PDU { name } ... on Inspection { rating } } }');
    expect(projectRoot(info, 't', 'PDU', true)).toBe("t {.id, .name, __label: 'PDU'}");
  });

  it('merges what nodes and edges.node select in a connection; a key meaning two fields is left to the loaders', () => {
    const info = rootInfo('{ pdus(first: 2) { totalCount nodes { name x: region { name } } edges { cursor node { aliases x: inspections { rating } } } } }');
    const cypher = projectConnection(info, 't');
    expect(cypher).toContain('.name');
    expect(cypher).toContain('.aliases');
    expect(cypher).not.toContain('`@x`');
  });

  it('does not reuse a compiled selection that depends on variables', () => {
    const info = rootInfo('query Q($r: Boolean!) { pdu(id: "x") { name region @include(if: $r) { name } } }', { r: true });
    expect(projectRoot(info, 't')).toContain('`@region`');
    // The same AST nodes (as Apollo Server's document cache hands them out) with another value.
    expect(projectRoot({ ...info, variableValues: { r: false } }, 't')).not.toContain('`@region`');
  });

  it('gives the same text for the same selection (Neo4j caches the plan by text)', () => {
    const query = '{ inspection(id: "x") { findings { text themeAssignments { basis theme { name } } } } }';
    expect(projectRoot(rootInfo(query), 't')).toBe(projectRoot(rootInfo(query), 't'));
  });
});
