/**
 * The graph `npm start` serves (seeds plus every document in seeds/ingest): the API answers every
 * example and analysis on it without an error, loading it again changes nothing, and an ingest
 * process killed at any moment of a batch leaves nothing half-written, and run again leaves the same graph
 * as a clean run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/database.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { loadSeeds } from '../../src/sources/seed/load.ts';
import { loadDefaultGraph } from '../../src/sources/default-graph.ts';
import { OPERATIONS } from '../../bench/operations.ts';
import { graphFingerprint, openTestDatabase, wipe } from '../support/database.ts';
import { startTestService, type TestService } from '../support/service.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = readdirSync(path.join(root, 'seeds/ingest')).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join('seeds/ingest', f));

let db: Database;
let api: TestService;
let clean: Awaited<ReturnType<typeof graphFingerprint>>;

beforeAll(async () => {
  db = openTestDatabase();
  await wipe(db);
  await applySchema(db);
  const r = await loadDefaultGraph(db);
  expect(r.documents.filter((d) => !d.ok)).toEqual([]);
  clean = await graphFingerprint(db);
  api = await startTestService(db);
}, 600_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('the default graph', () => {
  it('holds the seeded and the ingested PDUs', async () => {
    const d = (await api.graphql('{ pdus(first: 100) { totalCount nodes { name } } }')).body.data;
    expect(d.pdus.totalCount).toBeGreaterThanOrEqual(15);
    expect(d.pdus.nodes.map((p: any) => p.name)).toEqual(expect.arrayContaining(['Leeds', 'Kirklees', 'Sunderland', 'Wigan', 'Lambeth']));
  });

  it('answers every benchmark operation and a full inspections listing without an error', async () => {
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const r = await api.graphql(op.query, op.variables);
      expect(r.body.errors, `${name}: ${JSON.stringify(r.body.errors)}`).toBeUndefined();
    }
    const all = await api.graphql('{ inspections(first: 100) { totalCount nodes { id rating fieldworkFrom publishedOn pdu { name } conflicts { field } possibleDuplicates { id } evidence { quote } } } ratingCounts { counts { year count } } }');
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.inspections.totalCount).toBeGreaterThan(20);
  });

  it('is idempotent: loading it again changes nothing', async () => {
    await loadDefaultGraph(db);
    expect(await graphFingerprint(db)).toEqual(clean);
  }, 300_000);
});

describe('a crash during ingest', () => {
  it('killed at any moment of a batch, leaves nothing half-written; run again, the same graph as a clean run', async () => {
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri') };
    const ingest = () => spawn(process.execPath, ['bin/probation-graph.js', 'ingest', ...corpus], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exit = (child: ReturnType<typeof ingest>) => new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    // The two graphs a kill may leave: the seeds alone, or the seeds with every document (one transaction).
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db);
    const seedsOnly = await graphFingerprint(db);
    expect(await exit(ingest())).toBe(0);
    const complete = await graphFingerprint(db);
    for (const after of [800, 1600, 2400]) {
      await wipe(db);
      await applySchema(db);
      await loadSeeds(db);
      const child = ingest();
      const exited = exit(child);
      // Without warning, while it reads, extracts, plans or writes.
      await new Promise((r) => setTimeout(r, after));
      child.kill('SIGKILL');
      await exited;
      expect([seedsOnly.checksum, complete.checksum]).toContain((await graphFingerprint(db)).checksum);
      expect(await exit(ingest())).toBe(0);
      expect(await graphFingerprint(db)).toEqual(complete);
    }
  }, 600_000);
});
