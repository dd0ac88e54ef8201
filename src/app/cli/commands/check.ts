/**
 * `probation-graph check [--json]`: check the graph's invariants (src/graph/invariants.ts) on the
 * configured Neo4j and print each failure with the id of the node it concerns. Exit 0 only when all
 * hold, 1 when any fails, 2 when the database cannot be reached.
 */
import { parseArgs } from 'node:util';
import { checkGraph } from '../../../graph/invariants.ts';
import { openDatabase } from '../../open-database.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' } } });
  let db;
  try {
    db = await openDatabase();
  } catch (e) {
    process.stderr.write(`probation-graph check: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    const report = await checkGraph(db);
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      for (const r of report.rules) {
        const counts = [r.failures ? `${r.failures} failing` : '', r.gaps ? `${r.gaps} known gap(s)` : ''].filter(Boolean).join(', ');
        process.stdout.write(`${r.failures === 0 ? 'ok  ' : 'FAIL'} ${r.rule.padEnd(22)} ${r.description}${counts ? ` (${counts})` : ''}\n`);
      }
      for (const f of report.failures) process.stdout.write(`  ${f.rule}: ${f.id}: ${f.message}\n`);
      if (report.gaps.length) process.stdout.write(`Known gaps (declared in seeds/, with the reason):\n${report.gaps.map((g) => `  ${g.rule}: ${g.id}: ${g.message}\n`).join('')}`);
      process.stdout.write(report.failures.length === 0 ? `The graph holds every invariant${report.gaps.length ? ` (${report.gaps.length} known gap(s) listed above)` : ''}.\n` : `${report.failures.length} failure(s).\n`);
    }
    return report.failures.length === 0 ? 0 : 1;
  } catch (e) {
    process.stderr.write(`probation-graph check: ${(e as Error).message}\n`);
    return 2;
  } finally {
    await db.close();
  }
}
