/**
 * The foundation: a real Neo4j answers through neo4j-driver, the service answers GraphQL over real
 * HTTP, and /ready follows Neo4j going away and coming back (on an instance of its own).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Database as Db } from '../../src/db/database.ts';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/neo4j-local/index.ts';
import { openTestDatabase, resetAndSeed } from '../support/database.ts';
import { startTestService, type TestService } from '../support/service.ts';

describe('against the test Neo4j', () => {
  let db: Database;
  let api: TestService;
  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndSeed(db);
    api = await startTestService(db);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('writes a node through neo4j-driver and reads it back', async () => {
    const id = `probe:${Date.now()}`;
    await db.write((tx) => tx.run('CREATE (:Probe {id: $id, n: $n, when: date($d)})', { id, n: 42, d: '2025-05-29' }));
    const r = await db.query('MATCH (p:Probe {id: $id}) RETURN p.n AS n, toString(p.when) AS when', { id });
    expect(r.records[0]!.toObject()).toEqual({ n: 42, when: '2025-05-29' });
    await db.write((tx) => tx.run('MATCH (p:Probe {id: $id}) DELETE p', { id }));
  });

  it('answers /health and /ready, and a GraphQL query over HTTP', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const r = await api.graphql('{ regions { name } }');
    expect(r.status).toBe(200);
    expect(r.body.data.regions).toHaveLength(12);
  });

  it('answers GraphQL over GET too', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ policies { code } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { policies: unknown[] } };
    expect(body.data.policies.length).toBe(8);
  });
});

describe('Neo4j outages', () => {
  let neo4j: RunningNeo4j | null = null;
  let db: Database;
  let api: TestService;
  const ports = { boltPort: 7698, httpPort: 7485 };

  beforeAll(async () => {
    neo4j = await startLocalNeo4j({ instance: 'ready-test', ...ports, heapMax: '512m', pageCache: '64m', log: () => undefined });
    db = new Db(createDriver({ uri: neo4j.boltUri, user: 'neo4j', database: 'neo4j' }), 'neo4j', 5_000);
    api = await startTestService(db);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
    await neo4j?.stop();
  });

  it('during an outage fails fast with DATABASE_UNAVAILABLE and HTTP 503, stays up, and resumes within 5 seconds of Neo4j returning', async () => {
    const ask = async () => {
      const t0 = performance.now();
      const r = await api.graphql('{ regions { name } }');
      return { ...r, ms: performance.now() - t0 };
    };
    expect((await ask()).status).toBe(200);
    // A stream of requests while Neo4j stops and starts again.
    let streaming = true;
    const seen: { status: number; code?: string; ms: number }[] = [];
    const stream = (async () => {
      while (streaming) {
        const r = await ask();
        seen.push({ status: r.status, code: r.body.errors?.[0]?.extensions?.code, ms: r.ms });
        await new Promise((res) => setTimeout(res, 50));
      }
    })();
    await neo4j!.stop();
    let during;
    try {
      await new Promise((r) => setTimeout(r, 1500));
      during = await ask();
    } finally {
      neo4j = await startLocalNeo4j({ instance: 'ready-test', ...ports, heapMax: '512m', pageCache: '64m', log: () => undefined });
    }
    expect(during.status).toBe(503);
    expect(during.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    // Fast: far below the driver's default 30 s connection and retry budgets (generous, for a loaded machine).
    expect(during.ms).toBeLessThan(5000);
    const back = Date.now();
    let recovered = -1;
    while (Date.now() - back < 10_000) {
      if ((await ask()).status === 200) { recovered = Date.now() - back; break; }
      await new Promise((r) => setTimeout(r, 100));
    }
    streaming = false;
    await stream;
    expect(recovered).toBeGreaterThanOrEqual(0);
    expect(recovered).toBeLessThan(5_000);
    const failures = seen.filter((s) => s.status !== 200);
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      expect(f.status).toBe(503);
      expect(f.code).toBe('DATABASE_UNAVAILABLE');
    }
    console.info(`outage: ${seen.length} requests during the stream, ${failures.length} answered 503; first success ${recovered} ms after Neo4j was ready again`);
  }, 180_000);

  it('says 503 with a reason while Neo4j is stopped, and 200 once it is back', async () => {
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
    await neo4j!.stop();
    const down = await fetch(`${api.url}/ready`);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { reason: string }).reason).toMatch(/Neo4j/);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    neo4j = await startLocalNeo4j({ instance: 'ready-test', ...ports, heapMax: '512m', pageCache: '64m', log: () => undefined });
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${api.url}/ready`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  }, 180_000);
});
