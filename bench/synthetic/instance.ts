/**
 * The benchmark's own local Neo4j instance ('bench', Bolt 7690, HTTP 7477 unless BENCH_BOLT_PORT /
 * BENCH_HTTP_PORT say otherwise), separate from 'dev'
 * (npm start) and 'test' (npm test) so benchmarks never touch their data, and a connection helper.
 */
import { createDriver } from '../../src/db/driver.ts';
import { Database } from '../../src/db/database.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { loadSeeds } from '../../src/sources/seed/load.ts';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/neo4j-local/index.ts';

/**
 * BENCH_BOLT_PORT / BENCH_HTTP_PORT move it when another process holds 7690 or 7477; BENCH_INSTANCE
 * names another instance folder, so two benchmark runs can go side by side.
 */
export const BENCH_NEO4J = {
  instance: process.env.BENCH_INSTANCE || 'bench',
  boltPort: Number(process.env.BENCH_BOLT_PORT || 7690),
  httpPort: Number(process.env.BENCH_HTTP_PORT || 7477),
  heapMax: '4g',
  // The store of 100,000 inspections is 2.4 GB: Neo4j's sizing rule is a page cache that holds the
  // store; with 2g the store outgrows it during the largest load (10,000 to 100,000 written
  // in 170 s with 2g, 145 s with 4g). Heap and page cache, 8 GB, leave most of the 24 GB free.
  pageCache: '4g',
} as const;
export const BENCH_URI = `bolt://127.0.0.1:${BENCH_NEO4J.boltPort}`;

/** A Database on `uri` (credentials from NEO4J_USER / NEO4J_PASSWORD when given). */
export function connect(uri: string, txTimeoutMs = 60_000): Database {
  const database = process.env.NEO4J_DATABASE || 'neo4j';
  const driver = createDriver({ uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || undefined, database });
  return new Database(driver, database, txTimeoutMs);
}

/** Start the bench instance, or hand back the one already running (then stop() leaves it running). */
export function startBenchNeo4j(log: (line: string) => void = (l) => process.stderr.write(`[neo4j bench] ${l}\n`)): Promise<RunningNeo4j> {
  return startLocalNeo4j({ ...BENCH_NEO4J, reuseRunning: true, log });
}

/** Constraints, indexes and seeds, unless the seeds' Policy nodes are already there. */
export async function ensureSeeded(db: Database): Promise<boolean> {
  const r = await db.query('MATCH (p:Policy) RETURN count(p) AS n');
  if ((r.records[0]?.get('n') as number) > 0) return false;
  await applySchema(db);
  await loadSeeds(db);
  return true;
}
