/**
 * npm run generate -- --inspections N --seed S [--from K] [--chunk C] [--writers W] [--uri bolt://...]
 *
 * Loads N synthetic inspections (bench/synthetic/synthetic.ts) through the batched writer. Without --uri it
 * uses the benchmark's local Neo4j instance ('bench', Bolt 7690), starting it if it is not running
 * (and stopping it again afterwards); with --uri, any Neo4j 5 (NEO4J_USER / NEO4J_PASSWORD). Seeds
 * are loaded first when the graph has none. Deterministic: the same seed gives the same graph, and
 * re-running is idempotent (MERGE); --from K skips the first K inspections (already loaded);
 * --writers W write transactions at once (default 2).
 *
 * --bulk: into an EMPTY bench instance through CSV files and neo4j-admin database import (src/app/bulk-import.ts):
 * the seeds and inspections 0..N-1 in one import, the same graph as the transactional path. Refused when
 * the instance runs or its database holds a graph; not with --uri or --from.
 */
import { parseArgs } from 'node:util';
import { contextFromBatch, generate, syntheticBatches } from './synthetic/synthetic.ts';
import { BENCH_NEO4J, BENCH_URI, connect, ensureSeeded, startBenchNeo4j } from './synthetic/instance.ts';
import { bulkImport } from '../src/app/bulk-import.ts';
import { buildSeedBatch } from '../src/sources/seed/load.ts';
import type { RunningNeo4j } from '../src/neo4j-local/index.ts';

const { values } = parseArgs({
  options: {
    inspections: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '0' },
    chunk: { type: 'string', default: '500' },
    writers: { type: 'string', default: '2' },
    uri: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
  },
});
const int = (name: string, v: string | undefined, min: number, max: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    process.stderr.write(`generate: --${name} must be a whole number from ${min} to ${max} (got ${v})\n`);
    process.exit(2);
  }
  return n;
};
const inspections = int('inspections', values.inspections, 1, 1_000_000);
const seed = int('seed', values.seed, 0, 2 ** 31 - 1);
const from = int('from', values.from, 0, inspections);
const chunk = int('chunk', values.chunk, 1, 20_000);
const writers = int('writers', values.writers, 1, 8);

if (values.bulk) {
  if (values.uri || from > 0) {
    process.stderr.write('generate: --bulk imports into the empty local bench instance from the start: not with --uri or --from\n');
    process.exit(2);
  }
  try {
    const seeds = await buildSeedBatch();
    const batches = (function* () {
      yield seeds;
      yield* syntheticBatches({ inspections, seed, chunk: Math.max(chunk, 2_000) }, contextFromBatch(seeds));
    })();
    const log = values.quiet ? () => undefined : (l: string) => process.stderr.write(`${l}\n`);
    const { neo4j: running, report: r } = await bulkImport(batches, { ...BENCH_NEO4J, log });
    process.stdout.write(
      `Bulk-imported the seeds and inspections 0..${inspections - 1} (seed ${seed}) into instance '${BENCH_NEO4J.instance}': ${r.nodes} nodes, ${r.relationships} relationships ` +
        `(${r.files} CSV files).\nCSV ${r.csvSeconds.toFixed(1)} s, import ${r.importSeconds.toFixed(1)} s, empty lists ${r.emptyListSeconds.toFixed(1)} s: ` +
        `${Math.round(r.nodesPerSecond)} nodes/s; start and schema ${r.schemaSeconds.toFixed(1)} s: ${Math.round(r.nodesPerSecondEndToEnd)} nodes/s end to end.\n`,
    );
    await running.stop();
    process.exit(0);
  } catch (e) {
    process.stderr.write(`generate --bulk: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

let neo4j: RunningNeo4j | null = null;
if (!values.uri) neo4j = await startBenchNeo4j();
const uri = values.uri ?? neo4j!.boltUri ?? BENCH_URI;
const db = connect(uri, 300_000);
try {
  if (await ensureSeeded(db)) process.stderr.write('generate: the graph had no seeds: applied the schema and loaded seeds/\n');
  const r = await generate(db, { inspections, seed, from, chunk, writers, log: values.quiet ? undefined : (l) => process.stderr.write(`${l}\n`) });
  process.stdout.write(
    `Generated inspections ${r.from}..${r.to - 1} (seed ${r.seed}) into ${uri}: ${r.inspections} inspections, ${r.nodes} nodes ` +
      `(${r.nodesCreated} new), ${r.relationships} relationships (${r.relationshipsCreated} new) in ${r.chunks} transactions.\n` +
      `Build ${r.buildSeconds.toFixed(1)} s, write ${r.writeSeconds.toFixed(1)} s: ${Math.round(r.nodesPerSecond)} nodes/s written ` +
      `(${Math.round(r.relationshipsPerSecond)} relationships/s), ${Math.round(r.nodesPerSecondEndToEnd)} nodes/s end to end.\n`,
  );
} finally {
  await db.close();
  await neo4j?.stop();
}
