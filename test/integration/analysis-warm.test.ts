/**
 * No cold first call (src/analysis/warm.ts): after a load through the service's Database, the
 * analyses' cache is filled in the background, so the first request after the load is a cache hit.
 * Asserted with the cache's hit and miss counters (and /metrics), never with a timing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { loadSeeds } from '../../src/sources/seed/load.ts';
import { openTestDatabase, wipe } from '../support/database.ts';
import { startTestService, type TestService } from '../support/service.ts';

let db: Database;
let api: TestService;
let cold: TestService;

beforeAll(async () => {
  db = openTestDatabase();
  await wipe(db);
  // The services exist before the load, as in `npm start` (the seeds load after the service starts).
  api = await startTestService(db, { warmAnalyses: true });
  cold = await startTestService(db, { warmAnalyses: false });
  await applySchema(db);
  await loadSeeds(db);
});
afterAll(async () => {
  await api?.close();
  await cold?.close();
  await db?.close();
});

const counts = () => api.service.analysis.cache.stats;

/** Ask `query`; return its data and how the cache's counters moved. */
async function ask(service: TestService, query: string) {
  const before = service.service.analysis.cache.stats;
  const r = await service.graphql(query);
  expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
  const after = service.service.analysis.cache.stats;
  return { data: r.body.data, hits: after.hits - before.hits, misses: after.misses - before.misses };
}

const RECURRING_SDS40 = '{ recurringRecommendations(policy: "SDS40") { themes { theme { name } pdus { name } explanation } coverage { summary } explanation } }';
const DEFAULTS = [
  RECURRING_SDS40,
  '{ recurringRecommendations { themes { theme { name } pduCount } } }',
  '{ recurringConcerns(policy: "PROBATION_RESET") { themes { theme { name } pduCount } coverage { summary } } }',
  '{ policyTimeline { policy { code } from until } }',
  '{ themeMatrix { cells { policy theme count } } }',
  '{ ratingCounts { counts { year rating count } } }',
];

describe('the analyses cache is warm after a load', () => {
  it('answers the first call after the seeds load from the cache, and the answer is the one computed afresh', async () => {
    await api.service.warmer.settled();
    expect(api.service.warmer.stats.runs).toBeGreaterThan(0);
    expect(api.service.warmer.stats.failed).toBe(0);
    const first = await ask(api, RECURRING_SDS40);
    expect(first).toMatchObject({ hits: 1, misses: 0 });
    // The service without a warmer computes it on this first call: a miss, and the same answer.
    const fresh = await ask(cold, RECURRING_SDS40);
    expect(fresh).toMatchObject({ hits: 0, misses: 1 });
    expect(first.data).toEqual(fresh.data);
  });

  it.each(DEFAULTS)('the default analysis %s is a hit', async (query) => {
    await api.service.warmer.settled();
    expect(await ask(api, query)).toMatchObject({ hits: 1, misses: 0 });
  });

  it('after another load, warms again what clients were asking (an analysis with no default) before the defaults', async () => {
    const changes = '{ pduChanges(pdu: "pdu:leicester-leicestershire-and-rutland") { explanation coverage { summary } } }';
    expect((await ask(api, changes)).misses).toBe(1);
    const runs = api.service.warmer.stats.runs;
    // A load: any commit through the service's Database gives a new graph version.
    await db.write((tx) => tx.run("MATCH (p:PDU {id: 'pdu:leicester-leicestershire-and-rutland'}) SET p.name = p.name"));
    await api.service.warmer.settled();
    expect(api.service.warmer.stats.runs).toBeGreaterThan(runs);
    const before = counts();
    expect(await ask(api, changes)).toMatchObject({ hits: 1, misses: 0 });
    expect(await ask(api, RECURRING_SDS40)).toMatchObject({ hits: 1, misses: 0 });
    expect(counts().misses).toBe(before.misses);
  });

  it('warms after a write by another process too, seen by reading the graph version (ANALYSIS_WATCH_MS)', async () => {
    const watching = await startTestService(db, { warmAnalyses: true, watchVersionMs: 100 });
    const other = openTestDatabase();
    try {
      // As `npm start` does when the graph is loaded already.
      watching.service.warmer.schedule();
      await watching.service.warmer.settled();
      const query = '{ recurringConcerns { themes { theme { name } pduCount } } }';
      expect((await ask(watching, query)).hits).toBe(1);
      const runs = watching.service.warmer.stats.runs;
      // Another process's load: a commit that changes something (one that changes nothing leaves the
      // version as it was), through another driver, which this service's Database never sees.
      await other.write((tx) => tx.run('CREATE (:WatchProbe)'));
      await expect.poll(() => watching.service.warmer.stats.watched, { timeout: 10_000 }).toBe(1);
      await watching.service.warmer.settled();
      expect(watching.service.warmer.stats.runs).toBeGreaterThan(runs);
      expect(await ask(watching, query)).toMatchObject({ hits: 1, misses: 0 });
    } finally {
      await other.write((tx) => tx.run('MATCH (x:WatchProbe) DELETE x'));
      await other.close();
      await watching.close();
    }
  });

  it('counts hits and misses on /metrics', async () => {
    const text = await (await fetch(`${api.url}/metrics`)).text();
    const hits = Number(/^analysis_cache_hits (\d+)$/m.exec(text)?.[1]);
    expect(hits).toBe(counts().hits);
    expect(hits).toBeGreaterThan(DEFAULTS.length);
    expect(Number(/^analysis_cache_joined (\d+)$/m.exec(text)?.[1])).toBe(counts().joined);
    expect(text).toMatch(/^analysis_warm_runs [1-9]/m);
  });
});
