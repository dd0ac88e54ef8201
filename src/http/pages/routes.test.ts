/**
 * Which pages the service serves, and to whom, without building them (no request here asks for
 * /graphiql or /explorer themselves) and without a database (none of these routes reads one).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createService, type Service } from '../server.ts';
import { Database } from '../../db/database.ts';
import { createDriver } from '../../db/driver.ts';
import { loadConfig } from '../../app/config.ts';

let service: Service | null = null;
let db: Database | null = null;
afterEach(async () => {
  await service?.close();
  await db?.close();
  service = null;
});

async function serve(opts: { development: boolean; graphiql?: boolean; explorer?: boolean }): Promise<string> {
  // Nothing listens on port 1: no route below reaches the database.
  db = new Database(createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: undefined, database: 'neo4j' }), 'neo4j', 1000);
  service = await createService({ db, ...opts });
  return service.listen(0);
}

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers, redirect: 'manual' });

describe('GraphiQL', () => {
  it('in development, a browser opening /graphql is sent to /graphiql', async () => {
    const url = await serve({ development: true });
    const r = await get(`${url}/graphql`, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/graphiql');
  });

  it('GraphQL clients asking for JSON are not redirected', async () => {
    const url = await serve({ development: true });
    const r = await get(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { accept: 'application/json', 'apollo-require-preflight': 'true' });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('is off in production unless asked for, and can be turned off in development', async () => {
    for (const opts of [{ development: false }, { development: true, graphiql: false }]) {
      const url = await serve(opts);
      expect((await get(`${url}/graphiql`)).status, JSON.stringify(opts)).toBe(404);
      expect((await get(`${url}/graphql`, { accept: 'text/html' })).status, JSON.stringify(opts)).not.toBe(302);
      await service!.close();
      service = null;
    }
  });
});

describe('explorer', () => {
  it('can be turned off', async () => {
    const url = await serve({ development: true, explorer: false });
    expect((await get(`${url}/explorer`)).status).toBe(404);
  });
});

describe('Neo4j Browser files', () => {
  it('serves the guide, the style and the starter queries to any origin', async () => {
    const url = await serve({ development: false });
    const guide = await get(`${url}/browser/guide.html`, { origin: 'http://localhost:7474' });
    expect(guide.status).toBe(200);
    expect(guide.headers.get('access-control-allow-origin')).toBe('*');
    expect(guide.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await guide.text()).toContain(`:style ${url}/browser/graphstyle.grass`);
    const grass = await get(`${url}/browser/graphstyle.grass`);
    expect(await grass.text()).toContain('node.PDU {');
    const q = await get(`${url}/browser/queries/03-who-said-what.cypher`);
    expect(await q.text()).toContain('MATCH (person:Person)-[:SAID]->(q:Quote)');
    expect((await get(`${url}/browser/queries/nope.cypher`)).status).toBe(404);
    const preflight = await fetch(`${url}/browser/guide.html`, { method: 'OPTIONS', headers: { origin: 'http://localhost:7474', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-requested-with' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-requested-with');
  });
});

describe('configuration', () => {
  it('GRAPHIQL (default: by NODE_ENV) and FEDERATION (default: off) are true/false flags', () => {
    expect(loadConfig({}).GRAPHIQL).toBeUndefined();
    expect(loadConfig({ GRAPHIQL: 'false' }).GRAPHIQL).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).GRAPHIQL).toBe(true);
    expect(loadConfig({}).FEDERATION).toBe(false);
    expect(loadConfig({ FEDERATION: 'true' }).FEDERATION).toBe(true);
    expect(() => loadConfig({ GRAPHIQL: 'yes' })).toThrow(/GRAPHIQL: expected true or false/);
  });
});
