/** bench/jvm-times.ts against a real Neo4j: its JVM's CPU, JIT and GC times grow as it works. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { jvmTimesBetween, readJvmTimes } from '../../bench/jvm-times.ts';
import { openTestDatabase } from '../support/database.ts';

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("Neo4j's JVM times", () => {
  it('reads CPU, JIT and GC seconds, and the CPU time grows over work', async () => {
    const before = await readJvmTimes(db);
    expect(before.cpuSeconds).toBeGreaterThan(0);
    expect(before.jitSeconds).toBeGreaterThan(0);
    expect(before.gcSeconds).toBeGreaterThanOrEqual(0);
    await db.query('UNWIND range(1, 3000000) AS x RETURN sum(x % 7) AS s');
    const between = jvmTimesBetween(before, await readJvmTimes(db))!;
    expect(between.cpuSeconds).toBeGreaterThan(0);
    expect(between.jitSeconds).toBeGreaterThanOrEqual(0);
    expect(jvmTimesBetween(null, before)).toBeNull();
  });
});
