/**
 * FEDERATION=true (src/graphql/federation.ts): the schema served as an Apollo Federation 2 subgraph, on
 * the seeded graph over real HTTP. A router fetches entities through `_entities` by their keys;
 * with the flag off the schema is the plain one, with no federation fields.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createService, type Service } from '../../src/http/server.ts';
import { openTestDatabase, resetAndSeed } from '../support/database.ts';

let db: Database;
let subgraph: Service;
let plain: Service;
let subgraphUrl: string;
let plainUrl: string;
const statements: string[] = [];

async function post(url: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

beforeAll(async () => {
  db = openTestDatabase();
  await resetAndSeed(db);
  subgraph = await createService({ db, development: true, federation: true, onQuery: (c) => statements.push(c) });
  subgraphUrl = await subgraph.listen(0);
  plain = await createService({ db, development: true });
  plainUrl = await plain.listen(0);
});
afterAll(async () => {
  await subgraph?.close();
  await plain?.close();
  await db?.close();
});

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on PDU { id name region { name } }
    ... on Inspection { id rating fieldworkFrom pdu { name } }
    ... on Person { id name }
    ... on Policy { id code name }
  }
}`;

describe('FEDERATION=true', () => {
  it('publishes the subgraph SDL with a key on each entity', async () => {
    const r = await post(subgraphUrl, '{ _service { sdl } }');
    expect(r.body.errors).toBeUndefined();
    const sdl: string = r.body.data._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])');
    expect(sdl).toMatch(/type PDU implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Inspection implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Person implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Policy implements Node\s+@key\(fields: "id"\)\s+@key\(fields: "code"\)/);
  });

  it('resolves entities through _entities by their keys, in order, with null for an unknown key', async () => {
    const r = await post(subgraphUrl, ENTITIES, {
      representations: [
        { __typename: 'PDU', id: 'pdu:leeds' },
        { __typename: 'Inspection', id: 'inspection:leeds:2024-08' },
        { __typename: 'Person', id: 'person:martin-jones' },
        { __typename: 'Policy', code: 'SDS40' },
        { __typename: 'Policy', id: 'policy:ftr48' },
        { __typename: 'PDU', id: 'pdu:nowhere' },
      ],
    });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data._entities).toEqual([
      { __typename: 'PDU', id: 'pdu:leeds', name: 'Leeds', region: { name: 'Yorkshire and the Humber' } },
      { __typename: 'Inspection', id: 'inspection:leeds:2024-08', rating: 'INADEQUATE', fieldworkFrom: '2024-08', pdu: { name: 'Leeds' } },
      { __typename: 'Person', id: 'person:martin-jones', name: 'Martin Jones' },
      { __typename: 'Policy', id: 'policy:sds40', code: 'SDS40', name: expect.any(String) },
      { __typename: 'Policy', id: 'policy:ftr48', code: 'FTR48', name: expect.any(String) },
      null,
    ]);
  });

  it('batches references: one statement per entity type and key, however many', async () => {
    const ids = ['pdu:leeds', 'pdu:leicester-leicestershire-and-rutland', 'pdu:north-and-north-east-lincolnshire'];
    statements.splice(0);
    const r = await post(subgraphUrl, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on PDU { name } } }', { r: ids.map((id) => ({ __typename: 'PDU', id })) });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data._entities.map((p: any) => p.name)).toEqual(['Leeds', 'Leicester, Leicestershire and Rutland', 'North and North East Lincolnshire']);
    expect(statements.filter((s) => s.includes('UNWIND $keys'))).toHaveLength(1);
  });

  it('still answers the ordinary queries', async () => {
    const r = await post(subgraphUrl, 'query A1 { pdus(first: 100) { totalCount nodes { id name region { name } } } }');
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.pdus.totalCount).toBeGreaterThanOrEqual(3);
    expect(r.body.data.pdus.nodes.map((p: any) => p.name)).toEqual(expect.arrayContaining(['Leeds', 'Leicester, Leicestershire and Rutland', 'North and North East Lincolnshire']));
  });
});

describe('FEDERATION off (the default)', () => {
  it('serves the plain schema: no _service, no _entities', async () => {
    for (const q of ['{ _service { sdl } }', ENTITIES]) {
      const r = await post(plainUrl, q, { representations: [] });
      expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
