/**
 * `probation-graph import [--instance NAME] [--dir DIR] [--keep-csv]`: a first load of the bundled
 * local Neo4j through the bulk path (src/app/bulk-import.ts): the curated seeds written as CSV and
 * imported with `neo4j-admin database import full`, then the instance started, the schema applied and
 * the documents of seeds/ingest ingested as `seed` would (they are matched against the graph, so they
 * go through the transactional ingest). The graph is the one `probation-graph seed` gives an empty
 * database; the instance is stopped at the end, ready for `npm start`.
 *
 * Only into an empty database of a stopped local instance: a running instance, or a database that
 * holds a graph, is refused with what to do, and nothing is changed. Not for NEO4J_URI (a server
 * elsewhere has its own import tooling; use `seed`).
 */
import { parseArgs } from 'node:util';
import { bulkImport, BulkImportRefused } from '../../bulk-import.ts';
import { buildSeedBatch, DEFAULT_SEEDS_DIR } from '../../../sources/seed/load.ts';
import { describeDefaultGraph, loadDefaultGraph } from '../../../sources/default-graph.ts';
import { createDriver } from '../../../db/driver.ts';
import { Database } from '../../../db/database.ts';
import { LocalNeo4jError, localNeo4jOptionsFromEnv } from '../../../neo4j-local/index.ts';

const err = (line: string) => process.stderr.write(`probation-graph import: ${line}\n`);

export async function run(argv: string[]): Promise<number> {
  let values: { instance?: string | undefined; dir?: string | undefined; 'keep-csv'?: boolean | undefined };
  try {
    ({ values } = parseArgs({ args: argv, options: { instance: { type: 'string' }, dir: { type: 'string' }, 'keep-csv': { type: 'boolean' } } }));
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
  if (process.env.NEO4J_URI) {
    err('NEO4J_URI is set: the bulk import writes the store files of the bundled local Neo4j only. Load another Neo4j with `probation-graph seed`.');
    return 2;
  }
  const dir = values.dir ?? DEFAULT_SEEDS_DIR;
  const options = { ...localNeo4jOptionsFromEnv(), ...(values.instance ? { instance: values.instance } : {}), log: (l: string) => process.stderr.write(`${l}\n`) };
  try {
    const seeds = await buildSeedBatch(dir);
    const { neo4j, report } = await bulkImport([seeds], { ...options, keepCsv: values['keep-csv'] ?? false });
    try {
      process.stdout.write(`Imported the seeds: ${report.nodes} nodes, ${report.relationships} relationships (CSV ${report.csvSeconds.toFixed(1)} s, import ${report.importSeconds.toFixed(1)} s, schema ${report.schemaSeconds.toFixed(1)} s).\n`);
      const db = new Database(createDriver({ uri: neo4j.boltUri, user: 'neo4j', database: 'neo4j' }), 'neo4j', 300_000);
      try {
        const r = await loadDefaultGraph(db, dir);
        process.stdout.write(`${describeDefaultGraph(r)}\n`);
        return r.documents.every((d) => d.ok) ? 0 : 1;
      } finally {
        await db.close();
      }
    } finally {
      await neo4j.stop();
    }
  } catch (e) {
    if (e instanceof BulkImportRefused || e instanceof LocalNeo4jError) {
      err(e.message);
      return 1;
    }
    throw e;
  }
}
