/**
 * The graph `npm start` and `probation-graph seed` serve: the curated seeds (the five source
 * documents and their facts), then every document in seeds/ingest/ (real press releases and news
 * reports) ingested exactly as a user's document would be. Both steps are idempotent: the seeds by
 * MERGE, the documents by the SHA-256 of their text.
 */
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import type { Database } from '../db/database.ts';
import { ingestFiles, type IngestFileResult } from './ingest/load.ts';
import { DEFAULT_SEEDS_DIR, loadSeeds } from './seed/load.ts';
import { loadVocabulary } from './seed/vocabulary.ts';

export interface DefaultGraphResult {
  seeds: Awaited<ReturnType<typeof loadSeeds>>;
  documents: IngestFileResult[];
}

export async function loadDefaultGraph(db: Database, seedsDir: string = DEFAULT_SEEDS_DIR): Promise<DefaultGraphResult> {
  const seeds = await loadSeeds(db, seedsDir);
  const dir = path.join(seedsDir, 'ingest');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const documents = await ingestFiles(db, files, { vocabulary: await loadVocabulary(seedsDir) });
  return { seeds, documents };
}

export function describeDefaultGraph(r: DefaultGraphResult): string {
  const created = r.documents.filter((d) => d.report?.status === 'created').length;
  const unchanged = r.documents.filter((d) => d.report?.status === 'unchanged').length;
  const failed = r.documents.filter((d) => !d.ok);
  return (
    `Seeds loaded: ${r.seeds.nodes} nodes, ${r.seeds.relationships} relationships (${r.seeds.nodesCreated} nodes new). ` +
    `Documents in seeds/ingest: ${created} ingested, ${unchanged} already present${failed.length ? `, ${failed.length} failed: ${failed.map((f) => f.error?.message).join('; ')}` : ''}.`
  );
}
