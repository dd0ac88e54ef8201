/**
 * Loading seeds/ into Neo4j: read and validate every file, resolve it into a GraphBatch (which checks
 * every reference and evidence quote), then write it in ONE write transaction. A seed with any
 * problem never reaches the database; a failure while writing rolls the whole load back.
 */
import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { repoPath } from '../../model/repository.ts';
import type { Database } from '../../db/database.ts';
import type { GraphBatch } from '../../graph/batch.ts';
import { loadBatch, type WriteCounts } from '../../graph/load.ts';
import { readSeedFiles } from './read.ts';
import { resolveSeeds } from './resolve.ts';

export const DEFAULT_SEEDS_DIR = repoPath('seeds');

export async function buildSeedBatch(seedsDir: string = DEFAULT_SEEDS_DIR): Promise<GraphBatch> {
  const seeds = await readSeedFiles(seedsDir);
  const texts = new Map<string, string>();
  const docDir = path.join(seedsDir, 'documents');
  for (const file of await readdir(docDir)) {
    if (file.endsWith('.txt')) texts.set(file, await readFile(path.join(docDir, file), 'utf8'));
  }
  return resolveSeeds(seeds, texts);
}

export async function loadSeeds(db: Database, seedsDir: string = DEFAULT_SEEDS_DIR): Promise<WriteCounts & { nodes: number; relationships: number }> {
  const batch = await buildSeedBatch(seedsDir);
  const counts = await loadBatch(db, batch);
  return { ...counts, nodes: batch.nodeCount, relationships: batch.relationshipCount };
}
