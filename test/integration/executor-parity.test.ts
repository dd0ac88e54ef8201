/**
 * Compiled execution (graphql-jit, src/graphql/executor.ts) must answer exactly what graphql-js
 * answers. Two real services over the seeded graph, one per executor, are sent the same HTTP
 * requests: every example query of the README (src/web/example-queries.ts), queries with fragments,
 * aliases, directives and introspection, and erroneous ones (bad arguments in root and nested fields,
 * unknown policies, variables of the wrong type, unknown operations, over the cost limit, a
 * mutation without a key). The status and the response body, byte for byte, must be the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { EXAMPLE_QUERIES, namedQuery } from '../../src/web/example-queries.ts';
import { openTestDatabase, resetAndSeed } from '../support/database.ts';
import { startTestService, type TestService } from '../support/service.ts';

let db: Database;
let jit: TestService;
let graphqlJs: TestService;

beforeAll(async () => {
  db = openTestDatabase();
  await resetAndSeed(db);
  jit = await startTestService(db, { executor: 'jit' });
  graphqlJs = await startTestService(db, { executor: 'graphql-js' });
});
afterAll(async () => {
  await jit?.close();
  await graphqlJs?.close();
  await db?.close();
});

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

async function post(service: TestService, body: Request): Promise<{ status: number; text: string }> {
  const res = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

/** Both services' answers to one request; each is asked twice (the second answer of jit is from its cache). */
async function bothAnswer(body: Request) {
  const first = { jit: await post(jit, body), graphqlJs: await post(graphqlJs, body) };
  const again = await post(jit, body);
  expect(again).toEqual(first.jit);
  return first;
}

const PDU = 'pdu:leicester-leicestershire-and-rutland';

/** Requests that must fail, each the same way through both executors. */
const ERRONEOUS: Array<[string, Request]> = [
  ['argument out of range at the root', { query: '{ pdus(first: 1000) { totalCount } }' }],
  ['argument out of range in a list of objects', { query: '{ themes { name recommendations(first: 500) { totalCount } } }' }],
  ['unknown policy', { query: '{ recurringRecommendations(policy: "NO-SUCH-POLICY") { explanation } }' }],
  ['analysis limit out of range', { query: '{ recurringRecommendations(limit: 0) { explanation } }' }],
  ['unknown field', { query: '{ pdus { nope } }' }],
  ['not GraphQL', { query: '{ pdus(' }],
  ['variable missing', { query: 'query Q($id: ID!) { pdu(id: $id) { name } }' }],
  ['variable of the wrong type', { query: 'query Q($n: Int!) { pdus(first: $n) { totalCount } }', variables: { n: 'many' } }],
  ['variable of an enum not in it', { query: 'query Q($r: Rating) { inspections(first: 1, filter: { rating: $r }) { totalCount } }', variables: { r: 'SPLENDID' } }],
  ['unknown operation name', { query: 'query A { regions { name } } query B { policies { code } }', operationName: 'C' }],
  ['several operations, none named', { query: 'query A { regions { name } } query B { policies { code } }' }],
  ['over the cost limit', { query: '{ pdus(first: 100) { nodes { inspections { recommendations { evidence { quote } themes { recommendations(first: 100) { nodes { text } } } } } } } }' }],
  ['a mutation without a key', { query: 'mutation { ingestDocument(input: { text: "x" }) { status } }' }],
  ['a bad date argument', { query: '{ commitments(dueBy: "soon") { text } }' }],
];

/** Requests that must succeed, each the same way through both executors. */
const OTHERS: Array<[string, Request]> = [
  ['fragments, aliases and __typename', {
    query: `query F { a: pdu(id: "${PDU}") { ...P } b: pdu(id: "pdu:no-such-pdu") { ...P } n: node(id: "${PDU}") { __typename id ... on PDU { name } } }
      fragment P on PDU { __typename id name region { name } inspections { id rating } }`,
  }],
  ['@skip and @include from variables', {
    query: 'query S($skip: Boolean!, $with: Boolean!) { regions { name pdus @skip(if: $skip) { name } } policies @include(if: $with) { code } }',
    variables: { skip: true, with: false },
  }],
  ['@skip and @include from variables, the other way', {
    query: 'query S($skip: Boolean!, $with: Boolean!) { regions { name pdus @skip(if: $skip) { name } } policies @include(if: $with) { code } }',
    variables: { skip: false, with: true },
  }],
  ['@include on a fragment spread, from a variable (false)', {
    query: 'query I($with: Boolean!) { regions { name ...R @include(if: $with) } } fragment R on Region { id pdus { name } }',
    variables: { with: false },
  }],
  ['@include on a fragment spread, from a variable (true)', {
    query: 'query I($with: Boolean!) { regions { name ...R @include(if: $with) } } fragment R on Region { id pdus { name } }',
    variables: { with: true },
  }],
  ['one of several operations by name', { query: 'query A { regions { name } } query B { policies { code name } }', operationName: 'B' }],
  ['introspection', { query: '{ __schema { queryType { name } } __type(name: "PDU") { name kind fields { name type { name kind ofType { name } } } } }' }],
  ['connections through edges and pageInfo', { query: '{ pdus(first: 3) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }' }],
  ['search with a union of hits', { query: '{ search(text: "oversight", first: 5) { total hits { score node { __typename id ... on Recommendation { text } ... on Finding { polarity } } } } }' }],
];

describe('graphql-jit answers what graphql-js answers', () => {
  it.each(EXAMPLE_QUERIES.map((e) => [e.name, e] as const))('README example %s', async (_name, example) => {
    const answers = await bothAnswer({ query: namedQuery(example), variables: example.variables, operationName: example.name });
    expect(answers.graphqlJs.status).toBe(200);
    expect(JSON.parse(answers.graphqlJs.text).errors).toBeUndefined();
    expect(answers.jit).toEqual(answers.graphqlJs);
  });

  it.each(OTHERS)('%s', async (_name, request) => {
    const answers = await bothAnswer(request);
    expect(JSON.parse(answers.graphqlJs.text).errors).toBeUndefined();
    expect(answers.jit).toEqual(answers.graphqlJs);
  });

  it.each(ERRONEOUS)('error: %s', async (_name, request) => {
    const answers = await bothAnswer(request);
    const errors = JSON.parse(answers.graphqlJs.text).errors as Array<{ extensions?: { code?: string } }>;
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.extensions?.code).toBeTruthy();
    expect(answers.jit).toEqual(answers.graphqlJs);
  });

  it('compiled every operation it ran, and fell back for none', () => {
    const stats = jit.service.executor.stats();
    expect(stats.compiled).toBeGreaterThanOrEqual(EXAMPLE_QUERIES.length + OTHERS.length);
    expect(stats.fallbacks).toBe(0);
    expect(stats.cacheHits).toBeGreaterThanOrEqual(EXAMPLE_QUERIES.length + OTHERS.length);
    expect(graphqlJs.service.executor.stats().compiled).toBe(0);
  });
});
