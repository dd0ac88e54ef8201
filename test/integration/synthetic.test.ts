/**
 * The benchmark's synthetic generator (bench/synthetic/synthetic.ts) on a real Neo4j: the same seed gives
 * the same graph whether its chunks are written one at a time or two at once, growing in steps
 * gives the graph a single run gives, and running it again changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { generate } from '../../bench/synthetic/synthetic.ts';
import { graphFingerprint, openTestDatabase, resetAndSeed } from '../support/database.ts';

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await resetAndSeed(db);
  await db?.close();
});

/** 240 inspections in chunks of about 60, so several write transactions are open at once. */
async function fresh(options: { writers: number; steps: number[] }) {
  await resetAndSeed(db);
  let from = 0;
  const reports = [];
  for (const to of options.steps) {
    reports.push(await generate(db, { inspections: to, from, seed: 11, chunk: 60, writers: options.writers }));
    from = to;
  }
  return { fingerprint: await graphFingerprint(db), reports };
}

describe('synthetic generator', () => {
  it('writes the same graph with two concurrent writers as with one, and in steps as at once', { timeout: 240_000 }, async () => {
    const one = await fresh({ writers: 1, steps: [240] });
    const two = await fresh({ writers: 2, steps: [240] });
    const stepped = await fresh({ writers: 2, steps: [100, 240] });
    expect(one.reports[0]!.inspections).toBe(240);
    expect(one.reports[0]!.chunks).toBeGreaterThan(2);
    expect(one.fingerprint.nodes.Inspection).toBeGreaterThan(240); // the seeds' inspections too
    expect(two.fingerprint).toEqual(one.fingerprint);
    expect(stepped.fingerprint).toEqual(one.fingerprint);
    // Write time is wall time with a transaction open: never more than the whole run.
    const r = two.reports[0]!;
    expect(r.writeSeconds).toBeGreaterThan(0);
    expect(r.writeSeconds).toBeLessThanOrEqual(r.totalSeconds);
  });

  it('changes nothing when run again over what it wrote', async () => {
    const first = await fresh({ writers: 2, steps: [120] });
    const again = await generate(db, { inspections: 120, seed: 11, chunk: 60, writers: 2 });
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
    expect(await graphFingerprint(db)).toEqual(first.fingerprint);
  });
});
