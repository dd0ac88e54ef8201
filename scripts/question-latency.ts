/**
 * Median latency of each analyst question (issue 18) and each analysis with its coverage, over a
 * real HTTP service in this process, against the configured Neo4j (NEO4J_URI, or the local dev
 * instance on NEO4J_BOLT_PORT), which should hold the default graph (`npm start`).
 *
 * Two figures per query: `httpMedianMs`, the answer as clients get it (an analysis is computed once
 * per graph version, then answered from the cache), and, for the analyses, `computeMedianMs`, the
 * computation itself (its statements in one read transaction, no cache), which is what the first
 * request after a change waits for. Run: npx tsx scripts/question-latency.ts [--runs 30]
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/app/open-database.ts';
import { createService } from '../src/http/server.ts';
import type { Tx } from '../src/db/database.ts';
import { recurrence } from '../src/analysis/recurring.ts';
import { regionProfile } from '../src/analysis/profile.ts';
import { pduChanges, pduChangesStatement, type InspectionFacts } from '../src/analysis/changes.ts';
import { coverageIn } from '../src/analysis/coverage.ts';
import { ratingCounts, ratingCountsStatement } from '../src/analysis/ratings.ts';
import { themeMatrix } from '../src/analysis/timeline.ts';
import { NO_SCOPE } from '../src/analysis/scope.ts';
import type { PduRecord } from '../src/model/records.ts';
import type { RatingCountRow } from '../src/analysis/records.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);
const LLR = 'pdu:leicester-leicestershire-and-rutland';
const SDS40 = { ...NO_SCOPE, policy: 'SDS40', minPdus: 2 };

interface Question { query: string; compute?: (tx: Tx) => Promise<unknown> }

const QUESTIONS: Record<string, Question> = {
  recurringRecommendations_SDS40: {
    query: '{ recurringRecommendations(policy: "SDS40") { themes { theme { name } pdus { name } explanation } coverage { summary } explanation } }',
    compute: (tx) => recurrence(tx, SDS40, 'RECOMMENDATION'),
  },
  recurringConcerns_SDS40: {
    query: '{ recurringConcerns(policy: "SDS40") { themes { theme { name } pdus { name } findings { text } explanation } coverage { summary } } }',
    compute: (tx) => recurrence(tx, SDS40, 'CONCERN'),
  },
  pduChanges_LLR: {
    query: `{ pduChanges(pdu: "${LLR}") { changes { rating concerns { new { theme { name } } } coverage { notes } explanation } coverage { summary } } }`,
    compute: async (tx) => {
      const s = pduChangesStatement(LLR);
      const row = (await tx.run(s.cypher, s.params)).records[0]!;
      return pduChanges(row.get('pdu') as PduRecord, row.get('inspections') as InspectionFacts[]);
    },
  },
  regionProfile_YorkshireInadequate: {
    query: '{ regionProfile(region: "region:yorkshire-and-the-humber", rating: INADEQUATE) { pdus { name } concerns { themes { theme { name } pdus { name } } } coverage { summary } } }',
    compute: (tx) => regionProfile(tx, { ...NO_SCOPE, region: 'region:yorkshire-and-the-humber', rating: 'INADEQUATE', minPdus: 2 }),
  },
  ratingCounts: {
    query: '{ ratingCounts { counts { region { name } year rating count } coverage { summary } } }',
    compute: async (tx) => {
      const s = ratingCountsStatement();
      const rows = (await tx.run(s.cypher, s.params)).records.map((x) => x.toObject() as unknown as RatingCountRow);
      return ratingCounts(rows, await coverageIn(tx, NO_SCOPE, 'NONE', {}));
    },
  },
  themeMatrix: {
    query: '{ themeMatrix { cells { policy theme count concernCount strengthCount } coverage { policy { code } } } }',
    compute: (tx) => themeMatrix(tx, { policies: null, themes: null, includePossible: false }),
  },
  search_oversight_LLR: { query: `{ search(text: "oversight", filter: { pdu: "${LLR}" }) { total byKind { kind count } byPdu { pdu { name } count } hits { snippet node { id } } } }` },
  inspection_chiefInspector_frameworks: {
    query: '{ inspection(id: "inspection:leicester-leicestershire-and-rutland:2025-03") { chiefInspector { name } chiefInspectors { person { name } } chiefInspectorExplanation frameworks { certainty framework { name } } } }',
  },
  recommendation_recurs: { query: '{ node(id: "recommendation:leicester-leicestershire-and-rutland:2025-03:2") { ... on Recommendation { recurs { score direction recommendation { id } } } } }' },
  commitments_dueBy: { query: '{ commitments(dueBy: "2026-04-01") { text dueBy status statusAsOf owner { name } } }' },
  inspections_policy_excluded: { query: '{ inspections(first: 20, filter: { policy: "SDS40" }) { totalCount nodes { id } excluded { reason count } } }' },
};

const db = await openDatabase();
const service = await createService({ db, development: true });
const url = `${await service.listen(0)}/graphql`;

async function once(query: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(n: number, f: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return times;
}

const rows = [];
for (const [name, q] of Object.entries(QUESTIONS)) {
  for (let i = 0; i < 3; i++) await once(q.query); // the plan cache, the JIT and the analysis cache
  const http = await timed(runs, () => once(q.query));
  const compute = q.compute ? await timed(runs, () => db.read(q.compute!)) : null;
  rows.push({ query: name, httpMedianMs: +median(http).toFixed(1), computeMedianMs: compute ? +median(compute).toFixed(1) : '-' });
}
console.table(rows);
await service.close();
await db.close();
