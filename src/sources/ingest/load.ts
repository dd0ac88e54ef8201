/**
 * Ingesting a document: validate the input, extract its facts, then in ONE transaction read what
 * the graph holds (world.ts), plan what the document adds (plan.ts) and write it, with the same
 * writer and the same pruning of stale derived relationships as the seeds. All of it or nothing: a
 * failure anywhere rolls the whole document back. A dry run does the same reads and planning in a
 * read transaction and writes nothing.
 *
 * Re-ingesting a text already in the graph (same sha256) writes nothing and reports `unchanged`. A
 * text that reports no inspection is refused (IngestError NOTHING_FOUND), with nothing written.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Database, Tx } from '../../db/database.ts';
import { writeLoad } from '../../graph/load.ts';
import type { Vocabulary } from '../../model/vocabulary.ts';
import { extract } from '../extract/index.ts';
import { Extraction } from '../extract/types.ts';
import { decodeDocumentBytes, IngestError, MAX_INPUT_BYTES, parseIngestInput, type IngestInput } from './input.ts';
import { planIngest, sha256Of, type IngestMeta } from './plan.ts';
import type { IngestReport } from './report.ts';
import { readWorld } from './world.ts';

export type { IngestReport } from './report.ts';
export { IngestError, MAX_INPUT_BYTES } from './input.ts';

export interface IngestOptions {
  /** What the world is called (loadVocabulary() reads it from seeds/): the extractor recognises with it. */
  vocabulary: Vocabulary;
  /** Plan and report, write nothing. */
  dryRun?: boolean;
  /** Runs inside the write transaction after everything is written, before commit (tests inject failures here). */
  beforeCommit?: () => Promise<void>;
  /** Per-transaction timeout; default 60 s. */
  timeoutMs?: number;
  /** ingestFiles: told about each file as soon as it is done (progress for long batches). */
  onResult?: (result: IngestFileResult) => void;
}

export const INGEST_TIMEOUT_MS = 60_000;

/** Extract and check the extraction against its own contract; NOTHING_FOUND when it reports no inspection. */
function extractChecked(text: string, vocabulary: Vocabulary): Extraction {
  const extraction = extract(text, vocabulary);
  const checked = Extraction.safeParse(extraction);
  if (!checked.success) throw new Error(`internal error: the extraction does not match its schema: ${checked.error.message}`);
  if (extraction.inspections.length === 0) {
    throw new IngestError('NOTHING_FOUND', 'nothing found: the text reports no inspection of a Probation Delivery Unit, so nothing was ingested');
  }
  return extraction;
}

/**
 * Ingest one document. Throws IngestError (BAD_INPUT, NOTHING_FOUND) for input that cannot be
 * ingested; any other error means the database or the system failed (and nothing was written).
 */
export async function ingestDocument(db: Database, input: IngestInput, opts: IngestOptions): Promise<IngestReport> {
  const valid = parseIngestInput(input);
  return ingestText(db, valid.text, { url: valid.url, title: valid.title, kind: valid.kind, publishedOn: valid.publishedOn }, opts);
}

async function ingestText(db: Database, text: string, meta: IngestMeta, opts: IngestOptions): Promise<IngestReport> {
  const extraction = extractChecked(text, opts.vocabulary);
  const sha256 = sha256Of(text);
  const pduNames = extraction.inspections.map((i) => i.pdu);
  const work = async (tx: Tx, write: boolean): Promise<IngestReport> => {
    const world = await readWorld(tx, sha256, pduNames);
    const { batch, report } = planIngest(extraction, text, meta, world);
    report.dryRun = !write;
    if (report.status === 'created' && report.created.inspections.length === 0 && report.updated.inspections.length === 0) {
      throw new IngestError('NOTHING_FOUND', `nothing found: no inspection in the text could be placed in the graph (${report.unmatched.join('; ')})`);
    }
    if (write && report.status === 'created') await writeLoad(tx, batch);
    if (write) await opts.beforeCommit?.();
    return report;
  };
  const timeout = opts.timeoutMs ?? INGEST_TIMEOUT_MS;
  if (opts.dryRun) return db.read((tx) => work(tx, false));
  const { result } = await db.write((tx) => work(tx, true), undefined, timeout);
  return result;
}

export interface IngestFileResult {
  path: string;
  ok: boolean;
  report?: IngestReport;
  error?: { code: 'BAD_INPUT' | 'NOTHING_FOUND' | 'FAILED'; message: string };
}

/** Read a document file as strict UTF-8 text; IngestError(BAD_INPUT) naming the file and the problem. */
export async function readDocumentFile(path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new IngestError('BAD_INPUT', code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(err)})`, 'text');
  }
  if (!info.isFile()) throw new IngestError('BAD_INPUT', `${path}: not a regular file`, 'text');
  if (info.size > MAX_INPUT_BYTES) {
    throw new IngestError('BAD_INPUT', `${path}: the file is too large: ${info.size} bytes; the limit is 1 MiB (${MAX_INPUT_BYTES} bytes)`, 'text');
  }
  return decodeDocumentBytes(await readFile(path), path);
}

/**
 * Ingest files, one transaction per document: each is all-or-nothing, and a file that fails does
 * not stop the others. Results are in the order of `paths`.
 */
export async function ingestFiles(db: Database, paths: readonly string[], opts: IngestOptions): Promise<IngestFileResult[]> {
  const results: IngestFileResult[] = [];
  for (const path of paths) {
    try {
      const text = await readDocumentFile(path);
      let valid;
      try {
        valid = parseIngestInput({ text });
      } catch (err) {
        if (err instanceof IngestError) throw new IngestError(err.code, `${path}: ${err.message.replace(/^text: /, '')}`, err.field);
        throw err;
      }
      const report = await ingestText(db, valid.text, { file: path }, opts);
      results.push({ path, ok: true, report });
    } catch (err) {
      const message = (err as Error).message;
      const named = message.startsWith(`${path}:`) ? message : `${path}: ${message}`;
      results.push({ path, ok: false, error: { code: err instanceof IngestError ? err.code : 'FAILED', message: named } });
    }
    opts.onResult?.(results.at(-1)!);
  }
  return results;
}
