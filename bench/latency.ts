/**
 * Median latency and Cypher round trips of each operation, through a real HTTP service in this
 * process, against the configured Neo4j (NEO4J_URI, or the local dev instance on NEO4J_BOLT_PORT).
 * Run: npx tsx bench/latency.ts [--runs 30]. Timings are relative: compare them within one run.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/app/open-database.ts';
import { createService } from '../src/http/server.ts';
import { OPERATIONS } from './operations.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);

const db = await openDatabase();
let statements = 0;
const service = await createService({ db, development: true, onQuery: () => void statements++ });
const url = `${await service.listen(0)}/graphql`;

async function once(op: { query: string; variables?: Record<string, unknown> }): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op) });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows = [];
for (const [name, op] of Object.entries(OPERATIONS)) {
  for (let i = 0; i < 3; i++) await once(op); // warm the plan cache and the JIT
  statements = 0;
  await once(op);
  const trips = statements;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once(op));
  const sorted = [...times].sort((a, b) => a - b);
  rows.push({ operation: name, roundTrips: trips, medianMs: +median(times).toFixed(2), p10Ms: +sorted[Math.floor(runs * 0.1)]!.toFixed(2), p90Ms: +sorted[Math.floor(runs * 0.9)]!.toFixed(2) });
}
console.table(rows);
await service.close();
await db.close();
