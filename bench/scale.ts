/**
 * The benchmark's scale measurements (bench/run.ts calls them):
 *
 * - similarRecommendations at the largest size: the cold latency (through the API, each id asked for
 *   the first time, so the analysis cache cannot answer) and recall at 10 against the exact
 *   computation (every recommendation read and scored: src/analysis/similarity.ts similarIn);
 * - the bulk path (src/app/bulk-import.ts): the seeds and N synthetic inspections as CSV into an empty
 *   instance with neo4j-admin database import, its nodes/s, and its graph fingerprint against the
 *   transactional path's at the same N.
 */
import { rmSync } from 'node:fs';
import { Database } from '../src/db/database.ts';
import { prepareCorpus, recommendationsStatement, similarIn } from '../src/analysis/similarity.ts';
import { bulkImport, type BulkImportReport } from '../src/app/bulk-import.ts';
import { buildSeedBatch } from '../src/sources/seed/load.ts';
import { graphFingerprint, type GraphFingerprint } from '../src/graph/fingerprint.ts';
import { defaultBaseDir, instanceLayout } from '../src/neo4j-local/index.ts';
import { BENCH_NEO4J, connect } from './synthetic/instance.ts';
import { contextFromBatch, syntheticBatches } from './synthetic/synthetic.ts';
import { summarize, type Summary } from './stats.ts';

const SIMILAR_QUERY = 'query S($id: ID!) { similarRecommendations(id: $id, first: 10) { score sharedTerms recommendation { id text } } }';

/** Every `step`-th recommendation id, deterministic, `count` of them. */
async function sampleIds(db: Database, count: number): Promise<string[]> {
  const r = await db.query('MATCH (r:Recommendation) WITH r.id AS id ORDER BY id WITH collect(id) AS ids RETURN [i IN range(0, $count - 1) | ids[toInteger(i * size(ids) / $count)]] AS sample', { count });
  return r.records[0]!.get('sample') as string[];
}

export interface SimilarityResult {
  inspections: number;
  recommendations: number;
  coldMs: Summary;
  recallAt10: number;
  /** Ids whose top 10 differed from the exact one (ids and scores). */
  differing: number;
  sampled: number;
  exactSeconds: number;
}

export async function measureSimilarity(url: string, db: Database, inspections: number, count: number): Promise<SimilarityResult> {
  // Reads of every recommendation (the sample, the exact computation), on the same driver with a
  // longer time-out than the measured statements' 10 s: at 100,000 inspections, with the analyses'
  // warm-up after the load still running, the exact read outlived it once.
  const whole = new Database(db.driver, db.database, 600_000);
  const ids = await sampleIds(whole, count);
  const times: number[] = [];
  const answers = new Map<string, string[]>();
  for (const id of ids) {
    const t0 = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SIMILAR_QUERY, variables: { id } }) });
    const body = (await res.json()) as { data?: { similarRecommendations: Array<{ recommendation: { id: string } }> }; errors?: unknown };
    times.push(performance.now() - t0);
    if (!body.data) throw new Error(`similarRecommendations(${id}) failed: ${JSON.stringify(body.errors)}`);
    answers.set(id, body.data.similarRecommendations.map((s) => s.recommendation.id));
  }
  const t1 = performance.now();
  const st = recommendationsStatement();
  const r = await whole.query(st.cypher, st.params);
  const corpus = prepareCorpus(r.records.map((x) => x.get('node') as { id: string; text: string }));
  let hits = 0;
  let total = 0;
  let differing = 0;
  for (const id of ids) {
    const exact = similarIn(corpus, id, 10)!.map((s) => s.id);
    const got = answers.get(id)!;
    hits += got.filter((g) => exact.includes(g)).length;
    total += exact.length;
    if (JSON.stringify(exact) !== JSON.stringify(got)) differing++;
  }
  return {
    inspections, recommendations: corpus.docs.length, coldMs: summarize(times), recallAt10: total ? Math.round((hits / total) * 1000) / 1000 : 1,
    differing, sampled: ids.length, exactSeconds: Math.round((performance.now() - t1) / 100) / 10,
  };
}

export interface BulkResult extends BulkImportReport {
  inspections: number;
  /** Against the transactional graph at the same N (null: not compared, too large to read whole). */
  sameFingerprint: boolean | null;
}

/**
 * Bulk-import the seeds and `inspections` synthetic inspections into a fresh instance
 * (`<bench instance>-bulk`, on the bench's ports: the bench instance must be stopped), fingerprint
 * it when `compare` is given, and stop it again.
 */
export async function measureBulk(inspections: number, seed: number, compare: GraphFingerprint | null, log: (l: string) => void): Promise<BulkResult> {
  const instance = `${BENCH_NEO4J.instance}-bulk`;
  rmSync(instanceLayout(process.env.NEO4J_LOCAL_DIR || defaultBaseDir(), instance).home, { recursive: true, force: true });
  const seeds = await buildSeedBatch();
  const batches = (function* () {
    yield seeds;
    yield* syntheticBatches({ inspections, seed, chunk: 2_000 }, contextFromBatch(seeds));
  })();
  const { neo4j, report } = await bulkImport(batches, { ...BENCH_NEO4J, instance, log });
  try {
    let same: boolean | null = null;
    if (compare) {
      const db = connect(neo4j.boltUri, 300_000);
      try {
        const got = await graphFingerprint(db);
        // Counts compared by key (their order is the order labels were first met), and the checksum.
        const sorted = (o: Record<string, number>) => JSON.stringify(Object.entries(o).sort());
        same = got.checksum === compare.checksum && sorted(got.nodes) === sorted(compare.nodes) && sorted(got.relationships) === sorted(compare.relationships);
        if (!same) log(`bulk: fingerprint differs: ${JSON.stringify({ bulk: got, transactional: compare })}`);
      } finally {
        await db.close();
      }
    }
    return { ...report, inspections, sameFingerprint: same };
  } finally {
    await neo4j.stop();
    rmSync(instanceLayout(process.env.NEO4J_LOCAL_DIR || defaultBaseDir(), instance).home, { recursive: true, force: true });
  }
}
