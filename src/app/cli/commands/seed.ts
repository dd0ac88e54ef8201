/**
 * `probation-graph seed [--check] [--dir DIR]`: apply constraints and indexes, then load seeds/ into
 * the configured Neo4j: the curated facts, then the documents of seeds/ingest (idempotent). `--check` validates the seeds (schemas, references, evidence
 * quotes) without touching any database.
 */
import { parseArgs } from 'node:util';
import { buildSeedBatch, DEFAULT_SEEDS_DIR } from '../../../sources/seed/load.ts';
import { describeDefaultGraph, loadDefaultGraph } from '../../../sources/default-graph.ts';
import { openDatabase } from '../../open-database.ts';
import { applySchema } from '../../../graph/schema.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean' }, dir: { type: 'string' } } });
  const dir = values.dir ?? DEFAULT_SEEDS_DIR;
  try {
    if (values.check) {
      const batch = await buildSeedBatch(dir);
      const byLabel = [...batch.nodes].map(([l, m]) => `${l} ${m.size}`).join(', ');
      process.stdout.write(`seeds are valid: ${batch.nodeCount} nodes (${byLabel}), ${batch.relationshipCount} relationships\n`);
      return 0;
    }
    const db = await openDatabase();
    try {
      await applySchema(db);
      const r = await loadDefaultGraph(db, dir);
      process.stdout.write(`${describeDefaultGraph(r)}\n`);
      return r.documents.every((d) => d.ok) ? 0 : 1;
    } finally {
      await db.close();
    }
  } catch (e) {
    process.stderr.write(`probation-graph seed: ${(e as Error).message}\n`);
    return 1;
  }
}
