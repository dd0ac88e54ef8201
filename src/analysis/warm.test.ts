import { describe, expect, it } from 'vitest';
import { AnalysisCache, AnalysisLimiter, type AnalysisAdmission } from './admission.ts';
import { AnalysisWarmer } from './warm.ts';
import type { Database } from '../db/database.ts';

/** A Database whose version is a counter, with writes in flight as told: all the warmer itself reads. */
function versioned() {
  const state = { version: 1, writes: 0, versionReads: 0 };
  const db = {
    version: async () => {
      state.versionReads++;
      return `v${state.version}`;
    },
    get writesInFlight() {
      return state.writes;
    },
  } as unknown as Database;
  return { state, db };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('AnalysisWarmer', () => {
  it('runs the defaults once after a burst of loads, one at a time, and settles', async () => {
    const { db } = versioned();
    const admission: AnalysisAdmission = { db, limiter: new AnalysisLimiter(), cache: new AnalysisCache() };
    let running = 0;
    let most = 0;
    const ran: string[] = [];
    const task = (name: string) => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      ran.push(name);
      running--;
    };
    const warmer = new AnalysisWarmer(admission, async (warming) => {
      expect(warming.warming).toBe(true);
      return [task('a'), task('b'), task('c')];
    }, { delayMs: 10 });
    warmer.schedule();
    warmer.schedule();
    warmer.schedule();
    expect(warmer.stats.busy).toBe(true);
    await warmer.settled();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(most).toBe(1);
    expect(warmer.stats).toMatchObject({ runs: 1, analyses: 3, failed: 0, busy: false });
    await warmer.stop();
  });

  it('counts a failing analysis and goes on; after stop() it warms no more', async () => {
    const { db } = versioned();
    const admission: AnalysisAdmission = { db, limiter: new AnalysisLimiter(), cache: new AnalysisCache() };
    const logged: string[] = [];
    const warmer = new AnalysisWarmer(admission, async () => [async () => { throw new Error('no'); }, async () => 1], { delayMs: 1, log: (m) => logged.push(m) });
    warmer.schedule();
    await warmer.settled();
    expect(warmer.stats).toMatchObject({ runs: 1, analyses: 1, failed: 1 });
    expect(logged).toEqual(['warming an analysis failed']);
    await warmer.stop();
    warmer.schedule();
    await warmer.settled();
    expect(warmer.stats.runs).toBe(1);
  });

  it('warms once after a held load, however many commits it made', async () => {
    const { db } = versioned();
    const admission: AnalysisAdmission = { db, limiter: new AnalysisLimiter(), cache: new AnalysisCache() };
    const warmer = new AnalysisWarmer(admission, async () => [async () => 1], { delayMs: 1 });
    const result = await warmer.hold(async () => {
      for (let i = 0; i < 3; i++) {
        warmer.schedule();
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(warmer.stats.runs).toBe(0);
      return 'loaded';
    });
    expect(result).toBe('loaded');
    await warmer.settled();
    expect(warmer.stats).toMatchObject({ runs: 1, analyses: 1 });
    await warmer.stop();
  });

  it('waits while a write transaction is open, and stops between analyses when one opens', async () => {
    const { state, db } = versioned();
    const admission: AnalysisAdmission = { db, limiter: new AnalysisLimiter(), cache: new AnalysisCache() };
    const ran: string[] = [];
    const task = (name: string) => async () => {
      ran.push(name);
      if (ran.length === 1) state.writes = 1; // a load's next transaction opens during the first warm-up
      await sleep(2);
    };
    const warmer = new AnalysisWarmer(admission, async () => [task('a'), task('b')], { delayMs: 5 });
    state.writes = 1;
    warmer.schedule();
    await sleep(40);
    expect(ran).toEqual([]);
    expect(warmer.stats.busy).toBe(true);
    state.writes = 0;
    await sleep(40);
    // Started once no write was open; 'b' was left when the next write opened during 'a'.
    expect(ran).toEqual(['a']);
    state.writes = 0;
    await warmer.settled();
    expect(ran).toEqual(['a', 'a', 'b']);
    await warmer.stop();
  });

  it('watches the graph version and warms when another process changed it', async () => {
    const { state, db } = versioned();
    const admission: AnalysisAdmission = { db, limiter: new AnalysisLimiter(), cache: new AnalysisCache() };
    let warmUps = 0;
    const warmer = new AnalysisWarmer(admission, async () => [async () => void warmUps++], { delayMs: 1, watchMs: 5 });
    warmer.schedule();
    await warmer.settled();
    expect(warmUps).toBe(1);
    warmer.watch();
    await sleep(40);
    // The same version: read, nothing to warm.
    expect(state.versionReads).toBeGreaterThan(2);
    expect(warmUps).toBe(1);
    state.version = 2;
    await sleep(40);
    await warmer.settled();
    expect(warmUps).toBe(2);
    expect(warmer.stats.watched).toBe(1);
    await warmer.stop();
    const reads = state.versionReads;
    await sleep(20);
    expect(state.versionReads).toBe(reads);
  });
});
