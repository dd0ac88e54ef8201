/**
 * The projection (one statement per root field, src/graphql/translate/project.ts) must answer exactly
 * what the DataLoader path answers. Two real services on the seeded graph, one with projection and
 * one without, are asked the same queries: every relation of every node type (with the relations
 * of its targets one level further), the README's example queries, and connections selected
 * through both `nodes` and `edges`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import type { Database } from '../../src/db/database.ts';
import { loadTypeDefs } from '../../src/graphql/schema.ts';
import { RELATIONS, VALUES } from '../../src/graphql/translate/relations.ts';
import { isLeafType, namedType } from '../../src/graphql/translate/selection.ts';
import { EXAMPLE_QUERIES, namedQuery } from '../../src/web/example-queries.ts';
import { openTestDatabase, resetAndSeed } from '../support/database.ts';
import { startTestService, type TestService } from '../support/service.ts';

let db: Database;
let projected: TestService;
let loaded: TestService;

beforeAll(async () => {
  db = openTestDatabase();
  await resetAndSeed(db);
  // The seeds hold no conflict (ingestion records them): add one, with its evidence.
  await db.write((tx) => tx.run(`MATCH (i:Inspection)<-[:REPORTS]-(d:Document) WITH i, d LIMIT 1
    CREATE (c:Conflict {id: 'conflict:projection-test', field: 'rating', storedValue: 'GOOD', reportedValue: 'INADEQUATE'})
    CREATE (i)-[:HAS_CONFLICT]->(c) CREATE (c)-[:EVIDENCED_BY {quote: 'rated', start: 0, end: 5}]->(d)`));
  projected = await startTestService(db, { projection: true });
  loaded = await startTestService(db, { projection: false });
});
afterAll(async () => {
  await projected?.close();
  await loaded?.close();
  await db?.close();
});

const schema = buildSchema(loadTypeDefs());
type FieldMap = Record<string, { type: unknown }>;
const fieldsOf = (type: string) => (schema.getType(type) as unknown as { getFields(): FieldMap }).getFields();
const leaves = (type: string) => Object.entries(fieldsOf(type)).filter(([, f]) => isLeafType(f.type)).map(([n]) => n).join(' ');
const objectFields = (type: string) => Object.entries(fieldsOf(type)).filter(([, f]) => !isLeafType(f.type)).map(([n, f]) => [n, namedType(f.type).name] as const);

/** Every leaf of `type`, and every object field `depth` levels down. */
function everything(type: string, depth: number): string {
  const nested = depth === 0 ? [] : objectFields(type).map(([name, target]) => `${name} { ${everything(target, depth - 1)} }`);
  return [leaves(type), ...nested].join(' ');
}

async function both(query: string, variables?: Record<string, unknown>) {
  const [a, b] = await Promise.all([projected.graphql(query, variables), loaded.graphql(query, variables)]);
  expect(a.body.errors, JSON.stringify(a.body.errors)).toBeUndefined();
  expect(b.body.errors, JSON.stringify(b.body.errors)).toBeUndefined();
  return { projectedData: a.body.data, loadedData: b.body.data };
}

describe('projection answers what the loaders answer', () => {
  const relationFields = [...Object.keys(RELATIONS), ...Object.keys(VALUES)];

  it.each(relationFields)('%s, two levels deep, on the richest node of its type', async (name) => {
    const [type, field] = name.split('.') as [string, string];
    // The node of this type with the most relationships of all: the strongest test of the field.
    const r = await db.query(`MATCH (n:${type}) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1`);
    const id = r.records[0]?.get('id') as string | undefined;
    expect(id, `the seeded graph has a ${type}`).toBeDefined();
    const target = Object.fromEntries(objectFields(type))[field];
    const selection = target ? `${field} { ${everything(target, 1)} }` : field;
    const query = `query($id: ID!) { node(id: $id) { id ... on ${type} { ${leaves(type)} ${selection} } } }`;
    const { projectedData, loadedData } = await both(query, { id });
    expect(projectedData.node).not.toBeNull();
    expect(projectedData).toEqual(loadedData);
    // The projected service answered it in one statement.
    projected.resetQueries();
    await projected.graphql(query, { id });
    expect(projected.queries).toHaveLength(1);
  });

  it.each(EXAMPLE_QUERIES.map((e) => [e.name, e] as const))('README example %s', async (_name, example) => {
    const { projectedData, loadedData } = await both(namedQuery(example), example.variables);
    expect(projectedData).toEqual(loadedData);
  });

  it('pages through nodes and edges alike, aliases included', async () => {
    const query = `{ pdus(first: 2) { totalCount nodes { name latestRating x: inspections { rating } } edges { cursor node { id aliases x: inspections { rating fieldworkFrom } y: region { name } } } }
      inspections(first: 5, filter: { policy: "SDS40" }) { nodes { id pdu { name } pressures { basis policy { code name } document { title } } } } }`;
    const { projectedData, loadedData } = await both(query);
    expect(projectedData.pdus.nodes).toHaveLength(2);
    expect(projectedData).toEqual(loadedData);
  });

  it('resolves a key that means different fields under nodes and edges through the loaders', async () => {
    const query = '{ pdus(first: 3) { nodes { name x: region { name } } edges { node { x: inspections { rating } } } } }';
    const { projectedData, loadedData } = await both(query);
    expect(projectedData).toEqual(loadedData);
    expect(projectedData.pdus.nodes[0].x.name).toEqual(expect.any(String));
  });
});
