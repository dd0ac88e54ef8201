import { describe, expect, it } from 'vitest';
import { Lifecycle, StopRequestedError } from './lifecycle.ts';

describe('Lifecycle', () => {
  it('goes through the start-up phases in order, ready only at the end', () => {
    const life = new Lifecycle();
    const seen: Array<[string, boolean]> = [[life.phase, life.isReady()]];
    for (const phase of ['starting-neo4j', 'connecting', 'loading-seeds', 'ready'] as const) {
      life.enter(phase);
      seen.push([life.phase, life.isReady()]);
    }
    expect(seen).toEqual([['initialized', false], ['starting-neo4j', false], ['connecting', false], ['loading-seeds', false], ['ready', true]]);
  });

  it('may skip a phase (no local Neo4j) but never go back', () => {
    const life = new Lifecycle();
    life.enter('connecting');
    expect(() => life.enter('starting-neo4j')).toThrow('cannot go from connecting to starting-neo4j');
    expect(() => life.enter('connecting')).toThrow(/cannot go/);
    expect(() => life.enter('stopped')).toThrow(/cannot go/);
    expect(life.phase).toBe('connecting');
  });

  it('runs the stop steps last registered first, once, even when stop is called twice', async () => {
    const life = new Lifecycle();
    const ran: string[] = [];
    for (const name of ['neo4j', 'driver', 'http']) life.onStop(name, async () => void ran.push(name));
    life.enter('connecting');
    life.enter('ready');
    const first = life.stop();
    const second = life.stop();
    expect(life.phase).toBe('stopping');
    expect(life.isReady()).toBe(false);
    expect(second).toBe(first);
    await Promise.all([first, second]);
    await life.stop();
    expect(ran).toEqual(['http', 'driver', 'neo4j']);
    expect(life.phase).toBe('stopped');
  });

  it('runs every step when one fails, and reports the failure', async () => {
    const problems: string[] = [];
    const life = new Lifecycle((p) => problems.push(p));
    const ran: string[] = [];
    life.onStop('first', async () => void ran.push('first'));
    life.onStop('broken', async () => {
      throw new Error('would not close');
    });
    life.onStop('synchronous', () => {
      throw new Error('threw at once');
    });
    life.onStop('last', async () => void ran.push('last'));
    await life.stop();
    expect(ran).toEqual(['last', 'first']);
    expect(problems).toEqual(['synchronous: threw at once', 'broken: would not close']);
    expect(life.phase).toBe('stopped');
  });

  it('aborts its signal and refuses further start-up phases once stopping', async () => {
    const life = new Lifecycle();
    life.enter('starting-neo4j');
    expect(life.signal.aborted).toBe(false);
    const stopped = life.stop();
    expect(life.stopRequested).toBe(true);
    expect(life.signal.aborted).toBe(true);
    expect(() => life.enter('connecting')).toThrow(StopRequestedError);
    await stopped;
  });

  it('runs a step registered while stopping (something that finished starting meanwhile)', async () => {
    const life = new Lifecycle();
    const ran: string[] = [];
    let release!: () => void;
    life.onStop('slow', () => new Promise<void>((r) => (release = () => {
      ran.push('slow');
      r();
    })));
    const stopped = life.stop();
    life.onStop('late', async () => void ran.push('late'));
    release();
    await stopped;
    expect(ran).toEqual(['slow', 'late']);
  });

  it('ends in failed when start-up failed, after running the stop steps once', async () => {
    const life = new Lifecycle();
    let closed = 0;
    life.onStop('driver', async () => void closed++);
    life.enter('connecting');
    await life.fail();
    await life.stop();
    expect(closed).toBe(1);
    expect(life.phase).toBe('failed');
    expect(life.isReady()).toBe(false);
  });
});
