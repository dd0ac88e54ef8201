import { describe, expect, it } from 'vitest';
import { AnalysisCache, AnalysisLimiter } from './admission.ts';

const tick = () => new Promise((r) => setImmediate(r));

describe('AnalysisLimiter', () => {
  it('runs at most `concurrency` at once, the rest in arrival order', async () => {
    const limiter = new AnalysisLimiter({ concurrency: 2, maxQueue: 10, maxWaitMs: 10_000, computeTimeoutMs: 60_000 });
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const gates: Array<() => void> = [];
    const jobs = [0, 1, 2, 3, 4].map((i) =>
      limiter.run(async () => {
        running++;
        most = Math.max(most, running);
        order.push(i);
        await new Promise<void>((r) => gates.push(r));
        running--;
        return i;
      }),
    );
    await tick();
    expect([limiter.running, limiter.waiting]).toEqual([2, 3]);
    while (order.length < 5 || gates.length) {
      gates.shift()?.();
      await tick();
    }
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4]);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect([limiter.running, limiter.waiting]).toEqual([0, 0]);
  });

  it('refuses with SERVICE_BUSY when the queue is full, and frees the place after a failure', async () => {
    const limiter = new AnalysisLimiter({ concurrency: 1, maxQueue: 0, maxWaitMs: 10_000, computeTimeoutMs: 60_000 });
    let release!: () => void;
    const first = limiter.run(() => new Promise<void>((r) => (release = r)));
    await expect(limiter.run(async () => 1)).rejects.toMatchObject({ extensions: { code: 'SERVICE_BUSY' } });
    release();
    await first;
    await expect(limiter.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await limiter.run(async () => 2)).toBe(2);
  });
});

describe('AnalysisCache', () => {
  it('computes once per key and version, shares a computation in flight, forgets failures', async () => {
    const cache = new AnalysisCache(2);
    let computed = 0;
    const work = async () => ++computed;
    const [a, b] = await Promise.all([cache.get('v1', 'k', work), cache.get('v1', 'k', work)]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    expect(await cache.get('v2', 'k', work)).toBe(2);
    await expect(cache.get('v2', 'bad', async () => { throw new Error('x'); })).rejects.toThrow('x');
    await tick();
    expect(await cache.get('v2', 'bad', work)).toBe(3);
    // At most maxEntries answers, least recently used dropped first.
    await cache.get('v2', 'other', work);
    expect(cache.size).toBe(2);
  });

  it('counts a hit on a computation still in flight as joined, and one on a stored answer as not', async () => {
    const cache = new AnalysisCache();
    let finish!: (n: number) => void;
    const slow = cache.get('v1', 'k', () => new Promise<number>((resolve) => (finish = resolve)));
    const joining = cache.get('v1', 'k', async () => 0);
    expect(cache.stats).toEqual({ hits: 1, joined: 1, misses: 1 });
    finish(7);
    expect([await slow, await joining]).toEqual([7, 7]);
    expect(await cache.get('v1', 'k', async () => 0)).toBe(7);
    expect(cache.stats).toEqual({ hits: 2, joined: 1, misses: 1 });
  });

  it('counts the requests\' hits and misses, not the warmer\'s, and hands over what was in use when the version changes', async () => {
    const cache = new AnalysisCache();
    const refresh = (name: string) => async () => name;
    await cache.get('v1', 'a', async () => 1, { refresh: refresh('a') });
    await cache.get('v1', 'b', async () => 2, { refresh: refresh('b') });
    await cache.get('v1', 'a', async () => 3);
    await cache.get('v1', 'c', async () => 4, { counted: false });
    // Computed by the warmer on its own (a default): not handed over as in use.
    await cache.get('v1', 'd', async () => 5, { refresh: refresh('d'), counted: false });
    expect(cache.stats).toEqual({ hits: 1, joined: 0, misses: 2 });
    // Under v2, what was in use under v1, most recently used first ('c' has no way to be computed
    // again, 'd' no request asked for).
    const inUse = cache.takeInUse('v2');
    expect(inUse.map(([key]) => key)).toEqual(['a', 'b']);
    expect(await inUse[0]![1]()).toBe('a');
    expect(cache.size).toBe(0);
    // Handed out once.
    expect(cache.takeInUse('v2')).toEqual([]);
  });
});
