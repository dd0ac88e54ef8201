/**
 * The similarity index (src/graph/term-index.ts) on a real Neo4j, with a graph from the synthetic
 * generator: the indexed similarRecommendations gives the exact computation's top 10 (same ids, same
 * scores, same shared terms), the Term counts equal a recount, and they stay exact when the writer
 * rewrites a recommendation with other words and when a graph without the index is backfilled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { generate } from '../../bench/synthetic/synthetic.ts';
import { prepareCorpus, recommendationsStatement, similarIn, similarRecommendations, type Corpus } from '../../src/analysis/similarity.ts';
import { GraphBatch } from '../../src/graph/batch.ts';
import { loadBatch } from '../../src/graph/load.ts';
import { backfillTermKeys } from '../../src/graph/term-index.ts';
import { openTestDatabase, resetAndSeed } from '../support/database.ts';

let db: Database;
beforeAll(async () => {
  db = openTestDatabase();
  await resetAndSeed(db);
  await generate(db, { inspections: 150, seed: 5, chunk: 50, writers: 2 });
}, 240_000);
afterAll(async () => {
  await resetAndSeed(db);
  await db?.close();
});

async function corpus(): Promise<Corpus> {
  const st = recommendationsStatement();
  const r = await db.query(st.cypher, st.params);
  return prepareCorpus(r.records.map((x) => x.get('node') as { id: string; text: string }));
}

/** Each stem's df as stored, and as recounted from the recommendations' keys. */
async function storedAndRecounted(): Promise<{ stored: Record<string, number>; recounted: Record<string, number>; sets: number; keys: number }> {
  const r = await db.query(`
    CALL () { MATCH (t:Term) WHERE t.df <> 0 RETURN collect([t.stem, t.df]) AS stored }
    CALL () { MATCH (r:Recommendation) UNWIND [s IN split(r.termKey, ' ') WHERE s <> ''] AS stem RETURN collect([stem, 1]) AS each }
    CALL () { MATCH (s:TermSet) RETURN count(s) AS sets }
    CALL () { MATCH (r:Recommendation) WHERE r.termKey <> '' RETURN count(DISTINCT r.termKey) AS keys }
    RETURN stored, each, sets, keys`);
  const row = r.records[0]!;
  const recounted: Record<string, number> = {};
  for (const [stem] of row.get('each') as [string, number][]) recounted[stem] = (recounted[stem] ?? 0) + 1;
  return { stored: Object.fromEntries(row.get('stored') as [string, number][]), recounted, sets: row.get('sets') as number, keys: row.get('keys') as number };
}

async function indexed(id: string, first: number) {
  return db.read((tx) => similarRecommendations(tx, id, first));
}

describe('similarity index', () => {
  it('gives the exact top 10 for seeded and synthetic recommendations', { timeout: 120_000 }, async () => {
    const c = await corpus();
    expect(c.docs.length).toBeGreaterThan(800);
    // Every seeded recommendation (real wording), and every 23rd synthetic one.
    const ids = c.docs.map((d) => d.id).filter((id, i) => !id.includes('synthetic') || i % 23 === 0);
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) {
      const exact = similarIn(c, id, 10)!;
      const got = (await indexed(id, 10))!;
      expect(got.map((g) => ({ id: g.recommendation.id, score: g.score, sharedTerms: g.sharedTerms })), id).toEqual(exact);
    }
  });

  it('answers null for an unknown id, and honours first', async () => {
    expect(await indexed('recommendation:nowhere:2020-01:1', 10)).toBeNull();
    const c = await corpus();
    const id = c.docs[0]!.id;
    expect((await indexed(id, 3))!.map((g) => g.recommendation.id)).toEqual(similarIn(c, id, 3)!.map((s) => s.id));
  });

  it('keeps document frequencies equal to a recount, also when a recommendation is rewritten in other words', { timeout: 120_000 }, async () => {
    let counts = await storedAndRecounted();
    expect(counts.stored).toEqual(counts.recounted);
    expect(counts.sets).toBe(counts.keys);
    const r = await db.query(`MATCH (i:Inspection)-[:RECOMMENDS]->(r:Recommendation) WHERE r.id CONTAINS 'synthetic' RETURN i.id AS i, r {.*} AS r LIMIT 1`);
    const rec = r.records[0]!.get('r') as Record<string, string | number | boolean>;
    const batch = new GraphBatch();
    batch.node('Recommendation', String(rec.id), { text: 'establish a quarterly zymurgy review of hostel provision', verbatim: true, position: rec.position as number });
    await loadBatch(db, batch);
    counts = await storedAndRecounted();
    expect(counts.stored).toEqual(counts.recounted);
    expect(counts.stored.zymurgi).toBe(1);
    // The rewritten recommendation now finds nothing like it but by its shared words.
    const exact = similarIn(await corpus(), String(rec.id), 10)!;
    expect((await indexed(String(rec.id), 10))!.map((g) => g.recommendation.id)).toEqual(exact.map((s) => s.id));
  });

  it('backfills a graph written before the index: keys, sets and counts as the writer gives them', { timeout: 120_000 }, async () => {
    const before = await storedAndRecounted();
    await db.write((tx) => tx.run('MATCH (n:Term|TermSet) DETACH DELETE n'));
    await db.write((tx) => tx.run('MATCH (r:Recommendation) REMOVE r.termKey'));
    expect(await backfillTermKeys(db, 400)).toBeGreaterThan(800);
    const after = await storedAndRecounted();
    expect(after).toEqual(before);
  });
});
