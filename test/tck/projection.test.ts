/**
 * TCK, projection: the Cypher map each GraphQL selection translates to, without a database
 * (test/integration/projection.test.ts runs the same queries on a real Neo4j and compares them with
 * the loader path). Whole projections are in __snapshots__/projection/*.cypher.
 */
import { describe, expect, it } from 'vitest';
import { projectConnection, projectRoot } from '../../src/graphql/translate/project.ts';
import { cypherFile, matchCypher, rootField } from './support.ts';

/** The resolve info of the operation's first root field, as graphql-js hands it to the resolver. */
const rootInfo = (query: string, variables: Record<string, unknown> = {}) => rootField(query, variables).info;

/** A projection's snapshot: the expression laid out like a statement. */
const expectProjection = (name: string, input: string, projection: string) => matchCypher('projection', name, cypherFile(input, { cypher: projection, params: {} }));

describe('projection of a selection into one Cypher map', () => {
  it('projects properties, and each relation as a COLLECT subquery under its response key', async () => {
    const query = '{ pdu(id: "x") { name region { name } inspections { rating recommendations { text themes { name } } } } }';
    await expectProjection('nested-relations', query, projectRoot(rootInfo(query), 't').text);
  });

  it('keys relations by alias, so one relation can be selected twice', () => {
    const info = rootInfo('{ inspection(id: "x") { a: recommendations { text } b: recommendations { position } } }');
    const cypher = projectRoot(info, 't').text;
    expect(cypher).toContain('`@a`: COLLECT');
    expect(cypher).toContain('`@b`: COLLECT');
    expect(cypher).toContain('t1 {.text}');
    expect(cypher).toContain('t2 {.position}');
  });

  it('reads only what is selected: no id unless asked for or needed by a loader', () => {
    expect(projectRoot(rootInfo('{ pdu(id: "x") { name } }'), 't').text).toBe('t {.name}');
    expect(projectRoot(rootInfo('{ pdu(id: "x") { __typename } }'), 't').text).toBe('t {.id}');
  });

  it('embeds the nodes of relationship records, with what their resolvers always need', () => {
    const info = rootInfo('{ inspection(id: "x") { pressures { basis explanation } evidence { quote document { title } } } }');
    const cypher = projectRoot(info, 't').text;
    // The explanation may be written from the policy code, which the query did not select.
    expect(cypher).toContain('policy: t1 {.code}');
    expect(cypher).toContain('document: t2 {.title}');
    // A document's text is large: only projected when selected.
    expect(cypher).not.toContain('.text');
  });

  it('follows fragments, inline fragments and @skip/@include with variables', async () => {
    const query = `query Q($withRegion: Boolean!) { pdu(id: "x") { ...Names region @include(if: $withRegion) { name } ... on PDU { latestRating } } }
      fragment Names on PDU { name aliases }`;
    await expectProjection('fragments-and-directives', `${query} variables: {"withRegion":false}`, projectRoot(rootInfo(query, { withRegion: false }), 't').text);
    expect(projectRoot(rootInfo(query, { withRegion: true }), 't').text).toContain('`@region`');
  });

  it('projects an interface field for the concrete type named by the id, labelled for type resolution', () => {
    const info = rootInfo('{ node(id: "pdu:x") { id ... on PDU { name } ... on Inspection { rating } } }');
    expect(projectRoot(info, 't', 'PDU', true).text).toBe("t {.id, .name, __label: 'PDU'}");
  });

  it('merges what nodes and edges.node select in a connection; a key meaning two fields is left to the loaders', () => {
    const info = rootInfo('{ pdus(first: 2) { totalCount nodes { name x: region { name } } edges { cursor node { aliases x: inspections { rating } } } } }');
    const cypher = projectConnection(info, 't').text;
    expect(cypher).toContain('.name');
    expect(cypher).toContain('.aliases');
    expect(cypher).not.toContain('`@x`');
  });

  it('does not reuse a compiled selection that depends on variables', () => {
    const info = rootInfo('query Q($r: Boolean!) { pdu(id: "x") { name region @include(if: $r) { name } } }', { r: true });
    expect(projectRoot(info, 't').text).toContain('`@region`');
    // The same AST nodes (as Apollo Server's document cache hands them out) with another value.
    expect(projectRoot({ ...info, variableValues: { r: false } }, 't').text).not.toContain('`@region`');
  });

  it('gives the same text for the same selection (Neo4j caches the plan by text)', () => {
    const query = '{ inspection(id: "x") { findings { text themeAssignments { basis theme { name } } } } }';
    expect(projectRoot(rootInfo(query), 't').text).toBe(projectRoot(rootInfo(query), 't').text);
  });
});
