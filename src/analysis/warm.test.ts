import { describe, expect, it } from 'vitest';
import { AnalysisCache, AnalysisLimiter, type AnalysisAdmission } from './admission.ts';
import { AnalysisWarmer } from './warm.ts';
import type { Database } from '../db/database.ts';

/** A Database whose version is a counter: only `version()` is used by the warmer itself. */
function versioned() {
  const state = { version: 1 };
  const db = { version: async () => `v${state.version}` } as unknown as Database;
  return { state, db };
}

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
});
