/**
 * Admission control for the expensive analyses (src/analysis/admission.ts), over real HTTP: with
 * one place and no queue, an analysis that needs computing while the place is taken fails at once
 * with SERVICE_BUSY (HTTP 503, Retry-After), while cheap reads go on; with a queue of one, the
 * second analysis waits its turn and the third is refused; a wait longer than maxWaitMs is refused.
 * The place is held by the test itself (the same limiter the service uses), so nothing here depends
 * on how fast Neo4j happens to be. Each test starts a service with the limits it needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { AnalysisLimiter, AnalysisLimitOptions } from '../../src/analysis/admission.ts';
import { openTestDatabase, resetAndSeed } from '../support/database.ts';
import { startTestService, type TestService } from '../support/service.ts';

let db: Database;
let api: TestService | undefined;

beforeAll(async () => {
  db = openTestDatabase();
  await resetAndSeed(db);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** A service over the seeded graph with these limits (in place of the previous test's); its limiter. */
async function serviceWith(limits: Partial<AnalysisLimitOptions>): Promise<AnalysisLimiter> {
  await api?.close();
  api = await startTestService(db, { analysisLimit: limits });
  return api.service.analysis.limiter;
}

const analysisLimiter = () => api!.service.analysis.limiter;

/** Take the limiter's place(s) until the returned function is called. */
function hold(places = 1): () => void {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  for (let i = 0; i < places; i++) void analysisLimiter().run(() => held);
  return release;
}

const raw = async (query: string) => {
  const res = await fetch(`${api!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
};
// Distinct arguments, so that no answer comes from the cache and each needs a place.
let n = 0;
const analysis = () => `{ recurringRecommendations(policy: "SDS40", minPdus: 1, from: "2000-${String(++n).padStart(2, '0')}") { themes { pduCount } } }`;

describe('the analyses’ concurrency limit', () => {
  it('with one place and no queue: a second analysis is refused with SERVICE_BUSY and 503; cheap reads go on', async () => {
    await serviceWith({ concurrency: 1, maxQueue: 0, maxWaitMs: 10_000 });
    const release = hold();
    try {
      expect(analysisLimiter().running).toBe(1);
      const busy = await raw(analysis());
      expect(busy.status).toBe(503);
      expect(busy.retryAfter).toBe('2');
      expect(busy.body.errors[0].extensions.code).toBe('SERVICE_BUSY');
      expect(busy.body.errors[0].extensions.http).toBeUndefined();
      expect(busy.body.errors[0].message).toMatch(/busy with other analyses/);
      const cheap = await raw('{ pdus(first: 1) { totalCount } }');
      expect(cheap.status).toBe(200);
      expect(cheap.body.errors).toBeUndefined();
    } finally {
      release();
    }
    await new Promise((r) => setImmediate(r));
    const ok = await raw(analysis());
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.recurringRecommendations.themes.length).toBeGreaterThan(0);
  });

  it('with a queue of one: the next analysis waits for the place, the one after is refused', async () => {
    await serviceWith({ concurrency: 1, maxQueue: 1, maxWaitMs: 10_000 });
    const release = hold();
    const queued = raw(analysis());
    try {
      await expect.poll(() => analysisLimiter().waiting).toBe(1);
      const refused = await raw(analysis());
      expect(refused.status).toBe(503);
      expect(refused.body.errors[0].extensions.code).toBe('SERVICE_BUSY');
      // Still waiting while the place is held.
      expect(analysisLimiter().waiting).toBe(1);
    } finally {
      release();
    }
    const answered = await queued;
    expect(answered.status).toBe(200);
    expect(answered.body.errors).toBeUndefined();
  });

  it('refuses an analysis that waited longer than maxWaitMs', async () => {
    await serviceWith({ concurrency: 1, maxQueue: 5, maxWaitMs: 300 });
    const release = hold();
    try {
      const t0 = Date.now();
      const r = await raw('{ themeMatrix(policies: ["SDS40"]) { cells { count } } }');
      expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
      expect(r.status).toBe(503);
      expect(r.body.errors[0].extensions.code).toBe('SERVICE_BUSY');
      expect(r.body.errors[0].message).toMatch(/waited 300 ms/);
      expect(analysisLimiter().waiting).toBe(0);
    } finally {
      release();
    }
  });

  it('two analyses at once with one place: they run one after the other', async () => {
    const limiter = await serviceWith({ concurrency: 1, maxQueue: 4, maxWaitMs: 30_000 });
    let most = 0;
    const seen = setInterval(() => (most = Math.max(most, limiter.running + limiter.waiting)), 1);
    // Hold the place so both are surely in flight together, then let them through.
    const release = hold();
    const both = Promise.all([raw(analysis()), raw('{ themeMatrix(policies: ["PROBATION_RESET"]) { cells { count } } }')]);
    await expect.poll(() => limiter.waiting).toBe(2);
    release();
    const [a, b] = await both;
    clearInterval(seen);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.errors ?? b.body.errors).toBeUndefined();
    expect(limiter.running).toBe(0);
    expect(most).toBe(3);
  });
});
