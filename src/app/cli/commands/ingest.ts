/**
 * `probation-graph ingest FILE... [--dry-run] [--json]`: add press releases or news reports to the
 * configured Neo4j (NEO4J_URI, or the local one on NEO4J_BOLT_PORT).
 *
 * Each file is one transaction, all of it or nothing; a file that fails (not UTF-8 text, too large,
 * no inspection found, database error) is reported and the others still load. Exit 0 when every
 * file loaded (or was already there), 1 when any failed, 2 for a usage error. `--dry-run` reports
 * what would be added and writes nothing; `--json` prints the reports as JSON.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../open-database.ts';
import { applySchema } from '../../../graph/schema.ts';
import { ingestFiles, type IngestFileResult } from '../../../sources/ingest/load.ts';
import { describeReport } from '../../../sources/ingest/report.ts';
import { loadVocabulary } from '../../../sources/seed/vocabulary.ts';

const USAGE = `usage: probation-graph ingest FILE... [--dry-run] [--json]

Extract the inspections, ratings, recommendations, findings, people and quotes that each press
release or news report states, and add them to the graph with the document as their evidence.
An inspection the graph already holds gains the new evidence; a value that contradicts the graph
is kept as a Conflict, and an inspection that may duplicate another is flagged for review.
Ingesting the same text again changes nothing.

  --dry-run   report what would be added; write nothing
  --json      print the reports as JSON
`;

function line(r: IngestFileResult): string {
  if (!r.ok) return `failed ${r.error!.message}\n`;
  const report = r.report!;
  const extra = report.unmatched.length ? `\n  not placed: ${report.unmatched.join('\n  not placed: ')}` : '';
  return `${r.path}: ${describeReport(report)}${extra}\n`;
}

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    process.stderr.write(`probation-graph ingest: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`probation-graph ingest: expected at least one FILE\n\n${USAGE}`);
    return 2;
  }
  const dryRun = values['dry-run'] === true;
  let db;
  try {
    db = await openDatabase();
  } catch (err) {
    process.stderr.write(`probation-graph ingest: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    if (!dryRun) await applySchema(db);
    // Each file's line is printed as soon as it is done: a long batch shows its progress, and a
    // line on the screen means that document is committed.
    const onResult = values.json ? undefined : (r: IngestFileResult) => void (r.ok ? process.stdout : process.stderr).write(line(r));
    const results = await ingestFiles(db, positionals, { dryRun, onResult, vocabulary: await loadVocabulary() });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    } else {
      const failed = results.filter((r) => !r.ok).length;
      const created = results.filter((r) => r.ok && r.report!.status === 'created').length;
      const unchanged = results.filter((r) => r.ok && r.report!.status === 'unchanged').length;
      process.stdout.write(`${results.length} file(s): ${created} ${dryRun ? 'would be added' : 'added'}, ${unchanged} unchanged, ${failed} failed\n`);
    }
    return results.every((r) => r.ok) ? 0 : 1;
  } catch (err) {
    process.stderr.write(`probation-graph ingest: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await db.close();
  }
}
