/**
 * The bulk path: batches into an EMPTY local Neo4j database through CSV files and `neo4j-admin
 * database import full` (src/graph/bulk.ts writes the files, src/neo4j-local/admin-import.ts runs the
 * tool), then the instance started and the schema applied (constraints, indexes, the full-text
 * indexes populated). It gives the graph the transactional writer gives for the same batches.
 *
 * It never destroys data: an instance that is running is refused (stop it first), and a database
 * that already exists is first opened and counted; one that holds any node is refused, naming the
 * count. Only an existing database with no node at all is replaced.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createDriver } from '../db/driver.ts';
import { Database } from '../db/database.ts';
import type { GraphBatch } from '../graph/batch.ts';
import { ARRAY_DELIMITER, BulkCsvWriter, emptyListStatement } from '../graph/bulk.ts';
import { applySchema } from '../graph/schema.ts';
import { databaseStoreExists, instanceRunningPid, runAdminImport, toolStages } from '../neo4j-local/admin-import.ts';
import { instanceLayout, resolveLocalNeo4jOptions, startLocalNeo4j, type LocalNeo4jOptionsInput, type RunningNeo4j } from '../neo4j-local/index.ts';

export class BulkImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BulkImportRefused';
  }
}

export interface BulkImportReport {
  nodes: number;
  relationships: number;
  files: number;
  /** Writing the CSV files (the batches serialised), the import tool, and starting with the schema applied. */
  csvSeconds: number;
  importSeconds: number;
  schemaSeconds: number;
  /** Giving back the empty lists the CSV format cannot hold (src/graph/bulk.ts EMPTY_LIST_MARKER). */
  emptyListSeconds: number;
  /** Nodes per second of CSV writing, import and empty lists: the bulk load itself. */
  nodesPerSecond: number;
  /** The same, with the start and the schema (constraints, indexes populated) too. */
  nodesPerSecondEndToEnd: number;
  /** The admin tool's last lines (its own counts and time). */
  toolSummary: string;
  /** The tool's stages and their times (`Nodes 13.7 s, Relationships 8.7 s, ...`): where the import's time went. */
  toolStages: string;
}

/** A Database on a freshly started local instance. */
function connectTo(neo4j: RunningNeo4j): Database {
  return new Database(createDriver({ uri: neo4j.boltUri, user: 'neo4j', database: 'neo4j' }), 'neo4j', 600_000);
}

/** Refuse a running instance, and a database holding anything; true when an empty one exists (to replace). */
async function checkEmpty(options: LocalNeo4jOptionsInput): Promise<boolean> {
  const opts = resolveLocalNeo4jOptions(options);
  const pid = instanceRunningPid(options);
  if (pid !== null) {
    throw new BulkImportRefused(
      `local Neo4j instance '${opts.instance}' is running (pid ${pid}): the bulk import writes its store files offline. ` +
        `Stop it first (npx probation-graph neo4j stop --instance ${opts.instance}), or load through the transactional path (npx probation-graph seed).`,
    );
  }
  if (!databaseStoreExists(options)) return false;
  const neo4j = await startLocalNeo4j({ ...options, reuseRunning: false });
  const db = connectTo(neo4j);
  try {
    const n = (await db.query('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n') as number;
    if (n > 0) {
      throw new BulkImportRefused(
        `local Neo4j instance '${opts.instance}' already holds a graph (${n} nodes in ${join(instanceLayout(opts.baseDir, opts.instance).dataDir, 'databases', 'neo4j')}): ` +
          'the bulk import only fills an empty database and never replaces data. Load into it through the transactional path, or use another instance (--instance NAME).',
      );
    }
    return true;
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

/** Empty lists back where the CSV held markers: one statement per label or type and property, in transactions. */
async function restoreEmptyLists(db: Database, lists: Parameters<typeof emptyListStatement>[0][]): Promise<number> {
  const t0 = performance.now();
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    for (const e of lists) await session.run(emptyListStatement(e));
  } finally {
    await session.close();
  }
  return (performance.now() - t0) / 1000;
}

/**
 * Import `batches` into the instance's empty database, start it and apply the schema. Resolves with
 * the running instance (the caller stops it) and the report.
 */
export async function bulkImport(
  batches: AsyncIterable<GraphBatch> | Iterable<GraphBatch>,
  /** `multilineSheetBytes`: a multiline sheet's most bytes (src/graph/bulk.ts; tests make it small to get several). */
  options: LocalNeo4jOptionsInput & { keepCsv?: boolean; heap?: string; multilineSheetBytes?: number },
): Promise<{ neo4j: RunningNeo4j; report: BulkImportReport }> {
  const opts = resolveLocalNeo4jOptions(options);
  const log = opts.log;
  const overwrite = await checkEmpty(options);
  mkdirSync(opts.baseDir, { recursive: true });
  const dir = mkdtempSync(join(opts.baseDir, `bulk-${opts.instance}-`));
  try {
    // CSV time is the writer's own: building the batches (the caller's generator) is not counted.
    let csvMs = 0;
    const timed = async <T>(work: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      try {
        return await work();
      } finally {
        csvMs += performance.now() - t0;
      }
    };
    const writer = new BulkCsvWriter(dir, options.multilineSheetBytes);
    let built = 0;
    let summary;
    try {
      for await (const batch of batches) {
        await timed(() => writer.add(batch));
        if (++built % 20 === 0) log(`bulk: ${built} batches written as CSV`);
      }
      summary = await timed(() => writer.finish());
    } catch (e) {
      await writer.close();
      throw e;
    }
    const csvSeconds = csvMs / 1000;
    log(`bulk: wrote ${summary.nodes} nodes and ${summary.relationships} relationships as ${summary.sheets.length} CSV sheets in ${csvSeconds.toFixed(1)} s; running neo4j-admin database import`);
    // Each data file's size, read once: the tool's read buffer is chosen from them.
    const sizes = new Map(summary.sheets.map((f) => [f, statSync(f.data).size]));
    const files = {
      nodes: summary.sheets.filter((f) => f.kind === 'nodes'),
      relationships: summary.sheets.filter((f) => f.kind === 'relationships'),
      longestField: summary.longestField,
      largestFile: Math.max(...sizes.values()),
      multiline: summary.sheets.filter((f) => f.multiline).map((f) => f.data),
      largestMultiline: Math.max(0, ...summary.sheets.filter((f) => f.multiline).map((f) => sizes.get(f)!)),
    };
    const imported = await runAdminImport(files, { ...options, overwrite, arrayDelimiter: ARRAY_DELIMITER, heap: options.heap ?? '2g' });
    const stages = toolStages(imported.output);
    log(`bulk: import done in ${imported.seconds.toFixed(1)} s (${stages}); starting instance '${opts.instance}' and applying the schema`);
    const t1 = performance.now();
    const neo4j = await startLocalNeo4j({ ...options, reuseRunning: false });
    const db = connectTo(neo4j);
    let fixSeconds = 0;
    try {
      fixSeconds = await restoreEmptyLists(db, summary.emptyLists);
      await applySchema(db);
    } finally {
      await db.close();
    }
    const schemaSeconds = (performance.now() - t1) / 1000 - fixSeconds;
    const toolSummary = imported.output.split('\n').filter((l) => /IMPORT DONE|Imported:|nodes|relationships|properties|Peak memory/i.test(l)).slice(-6).join('\n');
    return {
      neo4j,
      report: {
        nodes: summary.nodes, relationships: summary.relationships, files: summary.sheets.length * 2,
        csvSeconds, importSeconds: imported.seconds, emptyListSeconds: fixSeconds, schemaSeconds,
        nodesPerSecond: summary.nodes / (csvSeconds + imported.seconds + fixSeconds),
        nodesPerSecondEndToEnd: summary.nodes / (csvSeconds + imported.seconds + fixSeconds + schemaSeconds), toolSummary, toolStages: stages,
      },
    };
  } finally {
    if (!options.keepCsv) rmSync(dir, { recursive: true, force: true });
  }
}
