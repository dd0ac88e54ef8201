/**
 * Ingesting documents: validate each input, remove contact details, extract its facts, then plan
 * what it adds against a snapshot of the graph (world.ts, plan/) and write it with the same writer,
 * and the same pruning of stale derived relationships, as the seeds.
 *
 * Many documents load at the speed of the database, not of round trips:
 * 1. one read finds the documents already stored (same sha256): they are `unchanged`, at no further
 *    cost (a warm restart with nothing new is that one read);
 * 2. the rest are planned one after another against ONE snapshot read in one transaction, each
 *    plan taken into the snapshot (absorb) so the next document sees what the previous one added;
 *    their batches are merged, the pressures derived again from the final facts, and written in
 *    that transaction;
 * 3. each document is still all-or-nothing: a document whose planning fails is reported and left
 *    out; if the transaction fails, the documents are written again one transaction each, so one bad
 *    document cannot keep the others out.
 * A dry run does the reads and planning in a read transaction and writes nothing.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Database, Tx } from '../../db/database.ts';
import { GraphBatch } from '../../graph/batch.ts';
import { writeLoad } from '../../graph/load.ts';
import { derivePressures } from '../../graph/derive/pressures.ts';
import type { Knowledge } from '../../model/vocabulary.ts';
import { removeContactDetails } from '../../text/contacts.ts';
import { extract } from '../extract/index.ts';
import { Extraction } from '../extract/types.ts';
import { decodeDocumentBytes, IngestError, MAX_INPUT_BYTES, parseIngestInput, type IngestErrorCode, type IngestInput } from './input.ts';
import { ErrorCode } from '../../model/error-codes.ts';
import { planIngest, sha256Of, type IngestMeta } from './plan/index.ts';
import type { IngestReport } from './report.ts';
import { absorb, readInspections, readVocabulary, type World, type WorldDocument } from './world.ts';

export type { IngestReport } from './report.ts';
export { IngestError, MAX_INPUT_BYTES } from './input.ts';

export interface IngestOptions {
  /** Plan and report, write nothing. */
  dryRun?: boolean;
  /** Runs inside the write transaction after everything is written, before commit (tests inject failures here). */
  beforeCommit?: () => Promise<void>;
  /** Per-transaction timeout; default 60 s. */
  timeoutMs?: number;
  /** ingestFiles: told about each file as soon as its result is known. */
  onResult?: (result: IngestFileResult) => void;
}

export const INGEST_TIMEOUT_MS = 60_000;

export interface IngestFileResult {
  path: string;
  ok: boolean;
  report?: IngestReport;
  error?: { code: IngestErrorCode | 'FAILED'; message: string };
}

/** A document ready to plan: its cleaned text, its extraction, what the caller knows of it. */
export interface PreparedDocument {
  /** How results name it: a file path, or `input`. */
  label: string;
  /** The text as it will be stored (cleaned of contact details; an excerpt for a quoted record). */
  text: string;
  /** Null until needed: a document already stored is never extracted again. */
  extraction: Extraction | null;
  meta: IngestMeta;
  /** Of the full cleaned text: how a document already stored is recognised. */
  sha256: string;
  contactDetailsRemoved: number;
}

/** Extract and check the extraction against its own contract; NOTHING_FOUND when it reports no inspection. */
function extractChecked(text: string, vocabulary: Knowledge['vocabulary']): Extraction {
  const extraction = extract(text, vocabulary);
  const checked = Extraction.safeParse(extraction);
  if (!checked.success) throw new Error(`internal error: the extraction does not match its schema: ${checked.error.message}`);
  if (extraction.inspections.length === 0) {
    throw new IngestError(ErrorCode.NOTHING_FOUND, 'nothing found: the text reports no inspection of a Probation Delivery Unit, so nothing was ingested');
  }
  return extraction;
}

/**
 * Contact details are removed first, so nothing downstream sees them and every offset is into the
 * stored text. The text is extracted later, and only when it is not stored already.
 */
export function prepareText(original: string, meta: IngestMeta, label: string): PreparedDocument {
  const { text, removed } = removeContactDetails(original);
  const sha256 = sha256Of(text);
  return { label, text, extraction: null, meta: { ...meta, sha256 }, sha256, contactDetailsRemoved: removed.phoneNumbers + removed.emailAddresses };
}

/** Extract the documents not extracted yet, in place; a document that reports nothing fails alone. */
function extractAll(docs: readonly PreparedDocument[], knowledge: Knowledge, results: Map<PreparedDocument, Outcome>): Extracted[] {
  const ready: Extracted[] = [];
  for (const d of docs) {
    try {
      d.extraction ??= extractChecked(d.text, knowledge.vocabulary);
      ready.push(d as Extracted);
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      results.set(d, failure(d, err));
    }
  }
  return ready;
}

/**
 * Ingest one document. Throws IngestError (BAD_INPUT, NOTHING_FOUND) for input that cannot be
 * ingested; any other error means the database or the system failed (and nothing was written).
 */
export async function ingestDocument(db: Database, input: IngestInput, knowledge: Knowledge, opts: IngestOptions = {}): Promise<IngestReport> {
  const valid = parseIngestInput(input);
  const doc = prepareText(valid.text, { url: valid.url, title: valid.title, kind: valid.kind, publishedOn: valid.publishedOn }, 'input');
  const [result] = await ingestPrepared(db, [doc], knowledge, opts);
  if (!result!.ok) {
    const e = result!.error!;
    if (e.code === 'FAILED') throw result!.cause ?? new Error(e.message);
    throw new IngestError(e.code, e.message);
  }
  return result!.report!;
}

type Outcome = IngestFileResult & { cause?: unknown };

/** Ingest prepared documents (see the top of this file); results in the order given. */
export async function ingestPrepared(db: Database, docs: readonly PreparedDocument[], knowledge: Knowledge, opts: IngestOptions = {}): Promise<Outcome[]> {
  const stored = await storedDocuments(db, docs.map((d) => d.sha256));
  const results = new Map<PreparedDocument, Outcome>();
  for (const d of docs) {
    const existing = stored.get(d.sha256);
    if (existing) results.set(d, { path: d.label, ok: true, report: unchangedReport(d, existing, knowledge) });
  }
  const fresh = extractAll(docs.filter((d) => !results.has(d)), knowledge, results);
  if (fresh.length > 0) {
    try {
      for (const [d, r] of await inOneTransaction(db, fresh, knowledge, opts)) results.set(d, r);
    } catch (err) {
      if (fresh.length === 1 || opts.dryRun) for (const d of fresh) results.set(d, failure(d, err));
      else for (const d of fresh) results.set(d, (await inOneTransaction(db, [d], knowledge, opts).catch((e: unknown) => new Map([[d, failure(d, e)]]))).get(d)!);
    }
  }
  return docs.map((d) => results.get(d)!);
}

async function storedDocuments(db: Database, shas: readonly string[]): Promise<Map<string, WorldDocument>> {
  const r = await db.query('MATCH (d:Document) WHERE d.sha256 IN $shas RETURN d {.id, .title, .kind, .publishedOn, .sha256} AS doc', { shas: [...new Set(shas)] });
  return new Map(r.records.map((rec) => {
    const doc = rec.get('doc') as WorldDocument;
    return [doc.sha256, doc];
  }));
}

function unchangedReport(d: PreparedDocument, existing: WorldDocument, knowledge: Knowledge): IngestReport {
  const world: World = { existingDocument: existing, pdus: [], regions: [], people: [], organisations: [], policies: [], themes: [], inspections: [] };
  return planIngest(d.extraction ?? notExtracted(existing), d.text, d.meta, world, knowledge, d.contactDetailsRemoved).report;
}

/** What an unchanged document's report says was extracted: nothing, since it was not read again. */
function notExtracted(existing: WorldDocument): Extraction {
  return {
    document: { kind: existing.kind as Extraction['document']['kind'], title: existing.title, publishedOn: existing.publishedOn, url: null, complete: true, evidence: [] },
    inspections: [], people: [], findings: [], quotes: [], policiesMentioned: [], otherPdusMentioned: [],
  };
}

function failure(d: PreparedDocument, err: unknown): Outcome {
  const message = (err as Error).message;
  const named = message.startsWith(`${d.label}:`) ? message : `${d.label}: ${message}`;
  return { path: d.label, ok: false, error: { code: err instanceof IngestError ? err.code : 'FAILED', message: named }, cause: err };
}

type Extracted = PreparedDocument & { extraction: Extraction };

/** Plan every document against one snapshot, then write the merged batch (or nothing, in a dry run). */
async function inOneTransaction(db: Database, docs: readonly Extracted[], knowledge: Knowledge, opts: IngestOptions): Promise<Map<PreparedDocument, Outcome>> {
  const work = async (tx: Tx, write: boolean) => {
    const world = await readVocabulary(tx);
    await readInspections(tx, world, docs.flatMap((d) => d.extraction.inspections.map((i) => i.pdu)));
    const { combined, outcomes } = planAll(docs, world, knowledge, !write);
    if (write && combined.nodeCount > 0) {
      await writeLoad(tx, combined);
      await opts.beforeCommit?.();
    }
    return outcomes;
  };
  if (opts.dryRun) return db.read((tx) => work(tx, false));
  const { result } = await db.write((tx) => work(tx, true), undefined, opts.timeoutMs ?? INGEST_TIMEOUT_MS);
  return result;
}

/** Each document planned in turn, its plan taken into the snapshot; the batches merged. */
function planAll(docs: readonly Extracted[], world: World, knowledge: Knowledge, dryRun: boolean) {
  const combined = new GraphBatch();
  const outcomes = new Map<PreparedDocument, Outcome>();
  const planned = new Map<string, WorldDocument>();
  for (const d of docs) {
    world.existingDocument = planned.get(d.sha256) ?? null;
    try {
      const { batch, report } = planIngest(d.extraction, d.text, d.meta, world, knowledge, d.contactDetailsRemoved);
      report.dryRun = dryRun;
      if (report.status === 'created' && report.created.inspections.length === 0 && report.updated.inspections.length === 0) {
        throw new IngestError(ErrorCode.NOTHING_FOUND, `nothing found: no inspection in the text could be placed in the graph (${report.unmatched.join('; ')})`);
      }
      combined.absorb(batch);
      absorb(world, batch);
      planned.set(d.sha256, { ...report.document, kind: report.document.kind });
      outcomes.set(d, { path: d.label, ok: true, report });
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      outcomes.set(d, failure(d, err));
    }
  }
  world.existingDocument = null;
  rederivePressures(combined, world);
  return { combined, outcomes };
}

/** Pressures follow the final facts of the merged batch (a later document may have stated the fieldwork). */
function rederivePressures(batch: GraphBatch, world: World): void {
  batch.dropRelationships('UNDER');
  batch.dropRelationships('AFFECTED_BY');
  const known = new Map(world.inspections.map((i) => [i.id, { ...i.props, pduId: i.pduId }]));
  derivePressures(batch, world.policies.map((p) => ({ id: p.id, props: { code: p.code, pressure: p.pressure, inForceFrom: p.inForceFrom, inForceUntil: p.inForceUntil } })), known);
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

/** A file read, validated and prepared; IngestError naming the file when it cannot be. */
async function prepareFile(path: string): Promise<PreparedDocument> {
  const text = await readDocumentFile(path);
  let valid;
  try {
    valid = parseIngestInput({ text });
  } catch (err) {
    if (err instanceof IngestError) throw new IngestError(err.code, `${path}: ${err.message.replace(/^text: /, '')}`, err.field);
    throw err;
  }
  return prepareText(valid.text, { file: path }, path);
}

/**
 * Ingest files: each all-or-nothing, together in one transaction where they can be (see above). A
 * file that cannot be read or reports nothing does not stop the others. Results in the order of `paths`.
 */
export async function ingestFiles(db: Database, paths: readonly string[], knowledge: Knowledge, opts: IngestOptions = {}): Promise<IngestFileResult[]> {
  const prepared: Array<PreparedDocument | Outcome> = [];
  for (const path of paths) {
    try {
      prepared.push(await prepareFile(path));
    } catch (err) {
      prepared.push(failure({ label: path } as PreparedDocument, err));
    }
  }
  const docs = prepared.filter((p): p is PreparedDocument => 'extraction' in p);
  const done = await ingestPrepared(db, docs, knowledge, opts);
  const byLabel = new Map(docs.map((d, i) => [d, done[i]!]));
  const results = prepared.map((p) => ('extraction' in p ? byLabel.get(p)! : p)).map(({ cause: _cause, ...r }) => r);
  for (const r of results) opts.onResult?.(r);
  return results;
}
