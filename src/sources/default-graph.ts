/**
 * The graph `npm start` and `probation-graph seed` serve: the curated seeds (the five source
 * documents and their facts), then the documents of seeds/ingest/, ingested exactly as a user's
 * documents would be, together:
 * - seeds/ingest/*.txt: press releases and other pages under an open licence, full text;
 * - seeds/ingest/news/*.json: news reports as quoted records (their facts and the quoted passages,
 *   never their full text: src/sources/ingest/quoted.ts).
 * Both steps are idempotent: the seeds by MERGE, the documents by the SHA-256 of their text, so a
 * warm restart with nothing new costs one read for the documents.
 */
import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from '../db/database.ts';
import { ingestFiles, ingestPrepared, type IngestFileResult } from './ingest/load.ts';
import { preparedFromQuoted, type QuotedRecord } from './ingest/quoted.ts';
import { DEFAULT_SEEDS_DIR, loadSeeds } from './seed/load.ts';
import { loadKnowledge } from './seed/vocabulary.ts';

export interface DefaultGraphResult {
  seeds: Awaited<ReturnType<typeof loadSeeds>>;
  documents: IngestFileResult[];
  /** How long loading the documents took, in milliseconds. */
  documentsMs: number;
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(dir, f));
}

export async function loadDefaultGraph(db: Database, seedsDir: string = DEFAULT_SEEDS_DIR): Promise<DefaultGraphResult> {
  const seeds = await loadSeeds(db, seedsDir);
  const knowledge = await loadKnowledge(seedsDir);
  const started = performance.now();
  const texts = await listFiles(path.join(seedsDir, 'ingest'), '.txt');
  const records = await listFiles(path.join(seedsDir, 'ingest', 'news'), '.json');
  const quoted = await Promise.all(records.map(async (f) => preparedFromQuoted(JSON.parse(await readFile(f, 'utf8')) as QuotedRecord, f)));
  // The open-licence texts first (a press release before the news of it), then the quoted records.
  const fromTexts = await ingestFiles(db, texts, knowledge);
  const fromRecords = (await ingestPrepared(db, quoted, knowledge)).map(({ cause: _c, ...r }) => r);
  return { seeds, documents: [...fromTexts, ...fromRecords], documentsMs: performance.now() - started };
}

export function describeDefaultGraph(r: DefaultGraphResult): string {
  const created = r.documents.filter((d) => d.report?.status === 'created').length;
  const unchanged = r.documents.filter((d) => d.report?.status === 'unchanged').length;
  const failed = r.documents.filter((d) => !d.ok);
  const rate = r.documents.length / Math.max(r.documentsMs / 1000, 0.001);
  return (
    `Seeds loaded: ${r.seeds.nodes} nodes, ${r.seeds.relationships} relationships (${r.seeds.nodesCreated} nodes new). ` +
    `Documents in seeds/ingest: ${created} ingested, ${unchanged} already present${failed.length ? `, ${failed.length} failed: ${failed.map((f) => f.error?.message).join('; ')}` : ''} ` +
    `(${(r.documentsMs / 1000).toFixed(2)} s, ${rate.toFixed(0)} documents/s).`
  );
}
