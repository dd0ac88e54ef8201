/**
 * `probation-graph seed [--check] [--dir DIR]`: apply constraints and indexes, then load seeds/ into
 * the configured Neo4j (idempotent). `--check` validates the seeds (schemas, references, evidence
 * quotes) without touching any database.
 */
import { parseArgs } from 'node:util';
import { buildSeedBatch, DEFAULT_SEEDS_DIR, loadSeeds } from '../../seed/load.ts';
import { openDatabase } from '../../db/open.ts';
import { applySchema } from '../../db/schema.ts';

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
      const r = await loadSeeds(db, dir);
      process.stdout.write(`seeded ${r.nodes} nodes and ${r.relationships} relationships (created ${r.nodesCreated} nodes, ${r.relationshipsCreated} relationships)\n`);
      return 0;
    } finally {
      await db.close();
    }
  } catch (e) {
    process.stderr.write(`probation-graph seed: ${(e as Error).message}\n`);
    return 1;
  }
}
