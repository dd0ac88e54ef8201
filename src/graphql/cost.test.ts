import { buildSchema, getIntrospectionQuery, introspectionFromSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from './schema.ts';
import { hasKnownSize, MAX_VISITS, queryCost, QueryCostError, TEXT_WEIGHT } from './cost.ts';
import { RELATIONS, type Relation } from './translate/relations.ts';
import { EXAMPLE_QUERIES, namedQuery } from '../web/example-queries.ts';
import * as explorer from '../generated/client/graphql.ts';

const schema = buildSchema(loadTypeDefs());
const LIMIT = 5_000_000;
const cost = (query: string, variables?: Record<string, unknown>, limit = Number.MAX_SAFE_INTEGER) => queryCost({ schema, document: parse(query), variables }, limit);

describe('the query cost model', () => {
  it('knows the size of every list of objects in the schema', () => {
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !('getFields' in type) || 'getInterfaces' in type === false) continue;
      for (const field of Object.values((type as { getFields(): Record<string, { type: unknown; name: string }> }).getFields())) {
        const printed = String(field.type);
        const named = printed.replace(/[[\]!]/g, '');
        const isObject = 'getFields' in (schema.getType(named) ?? {});
        if (printed.startsWith('[') && isObject && !hasKnownSize(type.name, field.name, named)) unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized).toEqual([]);
  });

  it('has every relation either a connection or bounded, never both', () => {
    for (const [name, r] of Object.entries(RELATIONS) as [string, Relation][]) {
      if (r.one) continue;
      expect(Number(!!r.connection) + Number(!!r.bound), name).toBe(1);
    }
  });

  it('multiplies by the lists above: a connection by its first, a relation by its bound', () => {
    // pdus: 1 + first × (nodes: 1 + (name 1 + inspections: 1 + 20 × rating 1))
    expect(cost('{ pdus(first: 10) { nodes { name inspections { rating } } } }')).toBe(1 + 1 + 10 * (1 + 1 + 20));
    expect(cost('{ pdus { totalCount } }')).toBe(2);
    expect(cost('query($n: Int) { pdus(first: $n) { nodes { id } } }', { n: 3 })).toBe(1 + 1 + 3);
    expect(cost('query($n: Int = 7) { pdus(first: $n) { nodes { id } } }')).toBe(1 + 1 + 7);
    // Past the cap counts as the cap: the resolver refuses it anyway.
    expect(cost('{ pdus(first: 100000) { nodes { id } } }')).toBe(1 + 1 + 100);
    expect(cost('{ document(id: "x") { text } }')).toBe(1 + TEXT_WEIGHT);
  });

  it('cuts an analysis\'s inner lists by the root field\'s limit', () => {
    const q = (limit: number) => `{ recurringRecommendations(limit: ${limit}) { themes { pdus { name } } } }`;
    expect(cost(q(100)) / cost(q(10))).toBeGreaterThan(9);
  });

  it('follows fragments and @skip/@include, and takes the dearest type of an interface', () => {
    expect(cost('{ pdus(first: 5) { nodes { ...F } } } fragment F on PDU { name }')).toBe(cost('{ pdus(first: 5) { nodes { name } } }'));
    expect(cost('query($s: Boolean!) { pdus(first: 5) { nodes { name region @include(if: $s) { name } } } }', { s: false })).toBe(cost('{ pdus(first: 5) { nodes { name } } }'));
    const search = cost('{ search(text: "x", first: 10) { hits { node { ... on Document { text } ... on Quote { id } } } } }');
    expect(search).toBeGreaterThan(10 * TEXT_WEIGHT);
  });

  it('accepts every query of the README, GraphiQL and the explorer', () => {
    for (const e of EXAMPLE_QUERIES) expect(cost(namedQuery(e), e.variables), e.name).toBeLessThan(LIMIT);
    for (const [name, doc] of Object.entries(explorer)) {
      if (doc instanceof explorer.TypedDocumentString) expect(cost(String(doc), { id: 'pdu:leeds' }), name).toBeLessThan(LIMIT);
    }
    const deep = '{ pdus(first: 100) { nodes { name inspections { rating recommendations { text themes { name } evidence { quote document { title } } } } } } }';
    expect(cost(deep)).toBeLessThan(LIMIT);
  });

  it('refuses the nested-lists bomb as soon as it is over the limit', () => {
    const bomb = '{ themes { recommendations(first: 100) { nodes { inspection { recommendations { themes { recommendations(first: 100) { nodes { text } } } } } } } } }';
    expect(() => cost(bomb, undefined, LIMIT)).toThrow(QueryCostError);
    expect(cost(bomb)).toBeGreaterThan(10 * LIMIT);
  });

  it('gives up on a fragment fan-out after MAX_VISITS fields, whatever the cost, and quickly', () => {
    let fragments = 'fragment F0 on Recommendation { id }';
    for (let i = 1; i <= 20; i++) fragments += ` fragment F${i} on Recommendation { a${i}: inspection { recommendations { ...F${i - 1} } } b${i}: inspection { recommendations { ...F${i - 1} } } }`;
    const started = Date.now();
    let error: unknown;
    try {
      cost(`{ themes { recommendations { nodes { ...F20 } } } } ${fragments}`, undefined, Number.POSITIVE_INFINITY);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QueryCostError);
    expect((error as QueryCostError).cost).toBeNull();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(MAX_VISITS).toBe(20_000);
  });

  it('costs introspection by the schema\'s own size', () => {
    const introspection = '{ __schema { types { name fields { name args { name type { name } } } } } }';
    const c = cost(introspection);
    expect(c).toBeGreaterThan(Object.keys(schema.getTypeMap()).length);
    expect(c).toBeLessThan(LIMIT);
    // GraphiQL's own introspection query (every description, deprecated field and nested `ofType`).
    expect(cost(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true }))).toBeLessThan(LIMIT);
  });

  it('accepts the standard introspection query (GraphiQL\'s) at about the size of its answer', () => {
    const c = cost(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    const answer = JSON.stringify(introspectionFromSchema(schema)).length;
    expect(c).toBeLessThan(LIMIT);
    // Values, not bytes: an answer of n bytes holds well under n values, and more than n / 100.
    expect(c).toBeGreaterThan(answer / 100);
    expect(c).toBeLessThan(answer);
  });
});
