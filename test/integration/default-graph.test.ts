/**
 * The graph `npm start` serves (seeds plus every document in seeds/ingest): the API answers every
 * example and analysis on it without an error, loading it again changes nothing, and an ingest
 * process killed midway through the documents, then run again, leaves the same graph as a clean run.
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
  it('killed midway through a batch, then run again: the same graph as a clean run', async () => {
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db);
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri') };
    const child = spawn(process.execPath, ['bin/probation-graph.js', 'ingest', ...corpus], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    // Kill it, without warning, once a few documents are in: the next one is mid-transaction or about to be.
    const deadline = Date.now() + 240_000;
    while ((out.match(/: created /g) ?? []).length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    const loaded = (out.match(/: created /g) ?? []).length;
    expect(loaded).toBeGreaterThanOrEqual(3);
    expect(loaded).toBeLessThan(corpus.length);
    const rerun = spawn(process.execPath, ['bin/probation-graph.js', 'ingest', ...corpus], { cwd: root, env, stdio: 'ignore' });
    const code = await new Promise<number | null>((r) => rerun.on('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(await graphFingerprint(db)).toEqual(clean);
  }, 600_000);
});
