/**
 * bench/phases.ts: the phases of a request, timed around a real HTTP server whose handler reports
 * a statement to the clock's observer, as the service's Database does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementObserver } from '../../../src/db/database.ts';
import { PhaseClock, PhaseSeries } from '../../../bench/phases.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PhaseClock', () => {
  const observers = new Set<StatementObserver>();
  let server: http.Server;
  let clock: PhaseClock;
  let port = 0;
  beforeAll(async () => {
    // Before 30 ms, a statement of 300 ms, after 100 ms; /none runs no statement. Each bound below
    // leaves a loaded machine 250 ms of slack and still fails if a phase took in its neighbour's time.
    server = http.createServer(async (req, res) => {
      await sleep(30);
      if (req.url !== '/none') {
        for (const o of observers) o.started();
        await sleep(300);
        for (const o of observers) o.finished(0.3);
      }
      await sleep(100);
      res.end('{}');
    });
    clock = new PhaseClock(server, { observe: (o: StatementObserver) => (observers.add(o), () => void observers.delete(o)) });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const get = async (path: string) => {
    const t0 = performance.now();
    await (await fetch(`http://127.0.0.1:${port}${path}`)).text();
    return performance.now() - t0;
  };

  it('splits a request into before, statements and after, and the client the rest', async () => {
    const total = await get('/one');
    const phases = clock.take()!;
    expect(phases.beforeMs).toBeGreaterThanOrEqual(28);
    expect(phases.beforeMs).toBeLessThan(280);
    expect(phases.statementsMs).toBeGreaterThanOrEqual(298);
    expect(phases.statementsMs).toBeLessThan(550);
    expect(phases.afterMs).toBeGreaterThanOrEqual(98);
    expect(phases.afterMs).toBeLessThan(350);
    expect(phases.beforeMs + phases.statementsMs + phases.afterMs).toBeCloseTo(phases.serverMs, 5);
    expect(total).toBeGreaterThanOrEqual(phases.serverMs);
    // Taken once.
    expect(clock.take()).toBeNull();
  });

  it('counts a request with no statement as all before', async () => {
    await get('/none');
    const phases = clock.take()!;
    expect(phases.statementsMs).toBe(0);
    expect(phases.afterMs).toBe(0);
    expect(phases.beforeMs).toBeGreaterThanOrEqual(128);
  });

  it('summarises a series, skipping requests it did not see', () => {
    const series = new PhaseSeries();
    expect(series.summary()).toBeNull();
    series.add(10, { serverMs: 8, beforeMs: 1, statementsMs: 6, afterMs: 1 });
    series.add(12, null);
    series.add(14, { serverMs: 10, beforeMs: 2, statementsMs: 6, afterMs: 2 });
    const s = series.summary()!;
    expect(s.client.n).toBe(2);
    expect(s.client.p50).toBe(3);
    expect(s.before.max).toBe(2);
    expect(s.statements.p50).toBe(6);
  });
});
