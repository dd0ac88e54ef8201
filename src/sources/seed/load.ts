/**
 * Loading seeds/ into Neo4j: read and validate every file, resolve it into a GraphBatch (which checks
 * every reference and evidence quote), then write it in ONE write transaction. A seed with any
 * problem never reaches the database; a failure while writing rolls the whole load back.
 *
 * The seeds own what they state. What they leave unstated about a curated inspection (its
 * publication date, say) a document may state; that value, read in the same transaction, is kept
 * rather than erased by the reload (resolve.ts FILLABLE).
 */
import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import type { Database, Tx } from '../../db/database.ts';
import type { GraphBatch, Props } from '../../graph/batch.ts';
import { LOAD_TIMEOUT_MS, writeLoad, type WriteCounts } from '../../graph/load.ts';
import { inspectionKey } from '../../model/facts.ts';
import { DEFAULT_SEEDS_DIR, readSeedFiles, type SeedFiles } from './read.ts';
import { FILLABLE, resolveSeeds } from './resolve.ts';
import { dateRulesOf } from './vocabulary.ts';

export { DEFAULT_SEEDS_DIR };

async function readTexts(seedsDir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const docDir = path.join(seedsDir, 'documents');
  for (const file of await readdir(docDir)) {
    if (file.endsWith('.txt')) texts.set(file, await readFile(path.join(docDir, file), 'utf8'));
  }
  return texts;
}

/** The seeds as a batch; `stored` gives values documents filled in that the seeds leave unstated. */
export async function buildSeedBatch(seedsDir: string = DEFAULT_SEEDS_DIR, stored?: ReadonlyMap<string, Props>): Promise<GraphBatch> {
  const seeds = await readSeedFiles(seedsDir);
  return resolveSeeds(seeds, await readTexts(seedsDir), { dateRules: dateRulesOf(seeds), ...(stored ? { stored } : {}) });
}

/** The fillable properties the graph holds for the curated inspections. */
async function storedFills(tx: Tx, seeds: SeedFiles): Promise<Map<string, Props>> {
  const idsOf = seeds['facts/inspections.yaml'].map((s) => `inspection:${inspectionKey(s)}`);
  const r = await tx.run('MATCH (i:Inspection) WHERE i.id IN $ids RETURN i.id AS id, i {' + FILLABLE.map((k) => `.${k}`).join(', ') + '} AS props', { ids: idsOf });
  return new Map(r.records.map((rec) => [rec.get('id') as string, rec.get('props') as Props]));
}

export async function loadSeeds(db: Database, seedsDir: string = DEFAULT_SEEDS_DIR): Promise<WriteCounts & { nodes: number; relationships: number }> {
  const seeds = await readSeedFiles(seedsDir);
  const texts = await readTexts(seedsDir);
  const { result } = await db.write(async (tx) => {
    const batch = resolveSeeds(seeds, texts, { dateRules: dateRulesOf(seeds), stored: await storedFills(tx, seeds) });
    const counts = await writeLoad(tx, batch);
    return { ...counts, nodes: batch.nodeCount, relationships: batch.relationshipCount };
  }, undefined, LOAD_TIMEOUT_MS);
  return result;
}
