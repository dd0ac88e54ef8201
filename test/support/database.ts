/** The integration tests' database: the Neo4j started by global-setup.ts. */
import { inject } from 'vitest';
import { createDriver } from '../../src/db/driver.ts';
import { Database } from '../../src/db/database.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { loadSeeds } from '../../src/sources/seed/load.ts';
import { loadDefaultGraph } from '../../src/sources/default-graph.ts';

export function openTestDatabase(): Database {
  const password = inject('neo4jPassword');
  const driver = createDriver({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: password || undefined, database: 'neo4j' });
  return new Database(driver, 'neo4j', 30_000);
}

export async function wipe(db: Database): Promise<void> {
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

/** An empty graph with the schema applied and seeds/ loaded (the curated seeds, without seeds/ingest/). */
export async function resetAndSeed(db: Database): Promise<void> {
  await wipe(db);
  await applySchema(db);
  await loadSeeds(db);
}

/** The graph `npm start` serves: the seeds and every document of seeds/ingest/ (src/sources/default-graph.ts). */
export async function resetToDefaultGraph(db: Database): Promise<void> {
  await wipe(db);
  await applySchema(db);
  await loadDefaultGraph(db);
}

export { graphFingerprint } from '../../src/graph/fingerprint.ts';
