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

/** Node and relationship counts by label and type, and a checksum of every property. */
export async function graphFingerprint(db: Database): Promise<{ nodes: Record<string, number>; relationships: Record<string, number>; checksum: string }> {
  const r = await db.query(`
    CALL () { MATCH (n) RETURN collect({l: labels(n)[0], p: properties(n)}) AS ns }
    CALL () { MATCH (a)-[r]->(b) RETURN collect({t: type(r), a: a.id, b: b.id, p: properties(r)}) AS rs }
    RETURN ns, rs`);
  const ns = r.records[0]!.get('ns') as { l: string; p: Record<string, unknown> }[];
  const rs = r.records[0]!.get('rs') as { t: string; a: string; b: string; p: Record<string, unknown> }[];
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const n of ns) nodes[n.l] = (nodes[n.l] ?? 0) + 1;
  for (const x of rs) relationships[x.t] = (relationships[x.t] ?? 0) + 1;
  const canon = (o: unknown): string => JSON.stringify(o, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
  const lines = [...ns.map(canon), ...rs.map(canon)].sort();
  const { createHash } = await import('node:crypto');
  return { nodes, relationships, checksum: createHash('sha256').update(lines.join('\n')).digest('hex') };
}
