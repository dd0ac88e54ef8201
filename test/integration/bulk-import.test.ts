/**
 * The bulk path (src/app/bulk-import.ts: CSV files and neo4j-admin database import) against the
 * transactional writer: the seeds and 120 synthetic inspections give the same graph fingerprint both
 * ways. And what it refuses: a running instance, and a database that holds a graph (left untouched).
 *
 * The import needs a stopped instance of its own: `<test instance>-bulk` on NEO4J_TEST_BULK_BOLT_PORT
 * / NEO4J_TEST_BULK_HTTP_PORT (default 7692 / 7479), its folder deleted before the test.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Database as Db } from '../../src/db/database.ts';
import { bulkImport, BulkImportRefused } from '../../src/app/bulk-import.ts';
import { buildSeedBatch } from '../../src/sources/seed/load.ts';
import { graphFingerprint, type GraphFingerprint } from '../../src/graph/fingerprint.ts';
import { instanceLayout, resolveLocalNeo4jOptions, startLocalNeo4j, type RunningNeo4j } from '../../src/neo4j-local/index.ts';
import { contextFromBatch, generate, readContext, syntheticBatches } from '../../bench/synthetic/synthetic.ts';
import { openTestDatabase, resetAndSeed } from '../support/database.ts';

const BULK = {
  instance: `${process.env.NEO4J_TEST_INSTANCE || 'test'}-bulk`,
  boltPort: Number(process.env.NEO4J_TEST_BULK_BOLT_PORT ?? 7692),
  httpPort: Number(process.env.NEO4J_TEST_BULK_HTTP_PORT ?? 7479),
  heapMax: '1g',
  pageCache: '128m',
  log: () => undefined,
};

let db: Database;
let running: RunningNeo4j | null = null;
beforeAll(() => {
  db = openTestDatabase();
  rmSync(instanceLayout(resolveLocalNeo4jOptions(BULK).baseDir, BULK.instance).home, { recursive: true, force: true });
});
afterAll(async () => {
  await running?.stop();
  await resetAndSeed(db);
  await db?.close();
});

async function fingerprintOf(neo4j: RunningNeo4j): Promise<GraphFingerprint> {
  const other = new Db(createDriver({ uri: neo4j.boltUri, user: 'neo4j', database: 'neo4j' }), 'neo4j', 60_000);
  try {
    return await graphFingerprint(other);
  } finally {
    await other.close();
  }
}

describe('bulk import', () => {
  it('gives the graph the transactional writer gives: seeds and 120 synthetic inspections', { timeout: 400_000 }, async () => {
    await resetAndSeed(db);
    const ctx = await readContext(db);
    await generate(db, { inspections: 120, seed: 11, chunk: 60, writers: 2 }, ctx);
    const transactional = await graphFingerprint(db);

    const seeds = await buildSeedBatch();
    // The context taken from the seeds' batch is what the transactional path read from its graph.
    expect(contextFromBatch(seeds)).toEqual(ctx);
    // Multiline sheets of at most 64 KiB: the documents' texts then fill several (about 8), each read in one buffer.
    const { neo4j, report } = await bulkImport([seeds, ...syntheticBatches({ inspections: 120, seed: 11, chunk: 60 }, contextFromBatch(seeds))], { ...BULK, multilineSheetBytes: 64 * 1024 });
    expect(report.files).toBeGreaterThan(12);
    running = neo4j;
    expect(report.nodes).toBe(Object.values(transactional.nodes).reduce((a, b) => a + b, 0));
    expect(report.relationships).toBe(Object.values(transactional.relationships).reduce((a, b) => a + b, 0));
    const bulk = await fingerprintOf(neo4j);
    expect(bulk.nodes).toEqual(transactional.nodes);
    expect(bulk.relationships).toEqual(transactional.relationships);
    expect(bulk.checksum).toBe(transactional.checksum);
  });

  it('refuses a running instance, and an instance whose database holds a graph, naming the problem', { timeout: 200_000 }, async () => {
    const seeds = await buildSeedBatch();
    await expect(bulkImport([seeds], BULK)).rejects.toThrow(/is running \(pid \d+\).*Stop it first/s);
    await running!.stop();
    running = null;
    await expect(bulkImport([seeds], BULK)).rejects.toSatisfy((e: unknown) => e instanceof BulkImportRefused && /already holds a graph \(\d+ nodes/.test(e.message));
    // Left as it was.
    running = await startLocalNeo4j({ ...BULK, reuseRunning: false });
    expect((await fingerprintOf(running)).nodes.Inspection).toBeGreaterThan(120);
  });
});
