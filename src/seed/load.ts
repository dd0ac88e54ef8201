/**
 * Loading seeds/ into Neo4j: read and validate every file, resolve it into a GraphBatch (which checks
 * every reference and evidence quote), then write it in ONE write transaction. A seed with any
 * problem never reaches the database; a failure while writing rolls the whole load back.
 */
import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.ts';
import { writeBatch, type WriteCounts } from '../db/write-batch.ts';
import type { GraphBatch } from '../graph/batch.ts';
import { readSeedFiles } from './read.ts';
import { resolveSeeds } from './resolve.ts';

export const DEFAULT_SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');

export async function buildSeedBatch(seedsDir: string = DEFAULT_SEEDS_DIR): Promise<GraphBatch> {
  const seeds = await readSeedFiles(seedsDir);
  const texts = new Map<string, string>();
  const docDir = path.join(seedsDir, 'documents');
  for (const file of await readdir(docDir)) {
    if (file.endsWith('.txt')) texts.set(file, await readFile(path.join(docDir, file), 'utf8'));
  }
  return resolveSeeds(seeds, texts);
}

/**
 * Derived relationships are replaced, not accumulated: removing them for the batch's own nodes first
 * means a changed theme rule or policy date re-derives cleanly on reload.
 */
const CLEAR_DERIVED = [
  `UNWIND $ids AS id MATCH (:Recommendation|Finding {id: id})-[r:ABOUT {basis: 'RULE'}]->(:Theme) DELETE r`,
  `UNWIND $ids AS id MATCH (:Inspection {id: id})-[r:UNDER {basis: 'FIELDWORK_OVERLAP'}]->(:Policy) DELETE r`,
];

export async function loadBatch(db: Database, batch: GraphBatch, beforeCommit?: () => Promise<void>): Promise<WriteCounts> {
  const idsOf = (label: 'Recommendation' | 'Finding' | 'Inspection') => [...(batch.nodes.get(label)?.keys() ?? [])];
  const { result } = await db.write(async (tx) => {
    await tx.run(CLEAR_DERIVED[0]!, { ids: [...idsOf('Recommendation'), ...idsOf('Finding')] });
    await tx.run(CLEAR_DERIVED[1]!, { ids: idsOf('Inspection') });
    const counts = await writeBatch(tx, batch);
    await beforeCommit?.();
    return counts;
  });
  return result;
}

export async function loadSeeds(db: Database, seedsDir: string = DEFAULT_SEEDS_DIR): Promise<WriteCounts & { nodes: number; relationships: number }> {
  const batch = await buildSeedBatch(seedsDir);
  const counts = await loadBatch(db, batch);
  return { ...counts, nodes: batch.nodeCount, relationships: batch.relationshipCount };
}
