/**
 * The batched writer against a real Neo4j: CREATE for what is new and MERGE for what exists must
 * leave exactly the graph that MERGE for everything left (the plain writer is kept here as the
 * oracle), a reload must change nothing, a failure must roll the whole batch back, and a node created
 * by another transaction between the writer's read and its CREATE must end in a retry, not an error.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database, Tx } from '../../src/db/database.ts';
import { writeBatch } from '../../src/graph/write.ts';
import { storedProps } from '../../src/graph/term-index.ts';
import { GraphBatch } from '../../src/graph/batch.ts';
import { loadBatch, writeLoad } from '../../src/graph/load.ts';
import { graphFingerprint, openTestDatabase, wipe } from '../support/database.ts';
import { applySchema } from '../../src/graph/schema.ts';

let db: Database;

beforeAll(async () => {
  db = openTestDatabase();
  await wipe(db);
  await applySchema(db);
});
beforeEach(async () => {
  await wipe(db);
});
afterAll(async () => {
  await db.close();
});

/**
 * The writer as it was: MERGE and SET for every node and relationship, one statement at a time; and
 * the similarity index (src/graph/term-index.ts) recounted from every recommendation's key.
 */
async function mergeEverything(tx: Tx, batch: GraphBatch): Promise<void> {
  for (const [label, byId] of batch.nodes) {
    await tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n = row.props`, { rows: [...byId.values()].map((r) => ({ id: r.id, props: storedProps(label, r.props) })) });
  }
  await tx.run('MATCH (n:Term|TermSet) DETACH DELETE n');
  await tx.run(`MATCH (r:Recommendation) WHERE r.termKey <> '' WITH DISTINCT r.termKey AS key CREATE (:TermSet {key: key})`);
  await tx.run(`MATCH (r:Recommendation) UNWIND [s IN split(r.termKey, ' ') WHERE s <> ''] AS stem WITH stem, count(*) AS df CREATE (:Term {stem: stem, df: df})`);
  for (const g of batch.relationships) {
    const key = g.mergeOn.length ? ` {${g.mergeOn.map((k) => `${k}: row.props.${k}`).join(', ')}}` : '';
    await tx.run(
      `UNWIND $rows AS row MATCH (a:${g.from} {id: row.from}) MATCH (b:${g.to} {id: row.to}) MERGE (a)-[r:${g.type}${key}]->(b) SET r = row.props`,
      { rows: g.rows },
    );
  }
}

/** What is in the graph before the batch under test: a PDU with an inspection, a theme, a document. */
function firstBatch(): GraphBatch {
  const b = new GraphBatch();
  b.node('Region', 'region:r', { name: 'R' });
  b.node('PDU', 'pdu:old', { name: 'Old', aliases: ['Old PDU'], retired: true });
  b.node('Inspection', 'inspection:old:2020-01', { rating: 'GOOD' });
  b.node('Theme', 'theme:t', { key: 't', name: 'T' });
  b.node('Document', 'document:d1', { text: 'one', title: 'D1' });
  b.rel('IN_REGION', ['PDU', 'pdu:old'], ['Region', 'region:r']);
  b.rel('OF', ['Inspection', 'inspection:old:2020-01'], ['PDU', 'pdu:old'], { note: 'first' });
  b.rel('EVIDENCED_BY', ['Inspection', 'inspection:old:2020-01'], ['Document', 'document:d1'], { quote: 'one', start: 0, end: 3 }, ['quote']);
  return b;
}

/**
 * Mixes everything: an existing node corrected (a property dropped, one changed), new nodes,
 * relationships old-old (one corrected, one new), old-new, new-old and new-new, a relationship given
 * twice (the last one wins), two relationships told apart by their merge key, and one to a node that
 * exists nowhere (written by neither writer).
 */
function secondBatch(): GraphBatch {
  const b = new GraphBatch();
  b.node('PDU', 'pdu:old', { name: 'Old (renamed)', aliases: [] });
  b.node('PDU', 'pdu:new', { name: 'New', aliases: ['New PDU'] });
  b.node('Inspection', 'inspection:new:2024-05', { rating: 'INADEQUATE', count: 7 });
  b.node('Recommendation', 'recommendation:new:1', { text: 'Do better.' });
  b.rel('OF', ['Inspection', 'inspection:old:2020-01'], ['PDU', 'pdu:old'], { note: 'corrected' });
  b.rel('IN_REGION', ['PDU', 'pdu:new'], ['Region', 'region:r']);
  b.rel('OF', ['Inspection', 'inspection:new:2024-05'], ['PDU', 'pdu:new']);
  b.rel('FOLLOWS', ['Inspection', 'inspection:new:2024-05'], ['Inspection', 'inspection:old:2020-01']);
  b.rel('RECOMMENDS', ['Inspection', 'inspection:new:2024-05'], ['Recommendation', 'recommendation:new:1']);
  b.rel('ABOUT', ['Recommendation', 'recommendation:new:1'], ['Theme', 'theme:t'], { basis: 'RULE', score: 1 }, ['basis']);
  b.rel('ABOUT', ['Recommendation', 'recommendation:new:1'], ['Theme', 'theme:t'], { basis: 'RULE', score: 2 }, ['basis']);
  b.rel('ABOUT', ['Recommendation', 'recommendation:new:1'], ['Theme', 'theme:t'], { basis: 'CURATED' }, ['basis']);
  b.rel('EVIDENCED_BY', ['Inspection', 'inspection:old:2020-01'], ['Document', 'document:d1'], { quote: 'one', start: 0, end: 3 }, ['quote']);
  b.rel('EVIDENCED_BY', ['Inspection', 'inspection:old:2020-01'], ['Document', 'document:d1'], { quote: 'on', start: 0, end: 2 }, ['quote']);
  b.rel('EVIDENCED_BY', ['Inspection', 'inspection:new:2024-05'], ['Document', 'document:d1'], { quote: 'one', start: 0, end: 3 }, ['quote']);
  b.rel('EVIDENCED_BY', ['Inspection', 'inspection:new:2024-05'], ['Document', 'document:missing'], { quote: 'x', start: 0, end: 1 }, ['quote']);
  return b;
}

describe('writeBatch', () => {
  it('leaves the graph that MERGE for everything left, for a batch mixing new and existing nodes', async () => {
    await db.write((tx) => mergeEverything(tx, firstBatch()));
    await db.write((tx) => mergeEverything(tx, secondBatch()));
    const expected = await graphFingerprint(db);

    await wipe(db);
    await db.write((tx) => writeBatch(tx, firstBatch()));
    const { result } = await db.write((tx) => writeBatch(tx, secondBatch()));
    expect(await graphFingerprint(db)).toEqual(expected);
    expect(result.nodesCreated).toBe(3);
    // IN_REGION, OF, FOLLOWS, RECOMMENDS, two ABOUT, and EVIDENCED_BY 'on' (old-old) and new -> d1.
    expect(result.relationshipsCreated).toBe(8);
    expect([...result.created.get('PDU')!]).toEqual(['pdu:new']);
  });

  it('changes nothing when the same batch is loaded again', async () => {
    await loadBatch(db, firstBatch());
    await loadBatch(db, secondBatch());
    const before = await graphFingerprint(db);
    const counts = await loadBatch(db, secondBatch());
    expect(counts.nodesCreated).toBe(0);
    expect(counts.relationshipsCreated).toBe(0);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('rolls the whole batch back when a statement fails after others have run', async () => {
    await loadBatch(db, firstBatch());
    const before = await graphFingerprint(db);
    const batch = secondBatch();
    // MERGE refuses a null merge key: this statement comes after the node and other relationship statements.
    batch.rel('EVIDENCED_BY', ['PDU', 'pdu:old'], ['Document', 'document:d1'], { quote: null }, ['quote']);
    await expect(loadBatch(db, batch)).rejects.toThrow(/null property value/);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('retries, and then MERGEs, when another transaction creates a "new" node between the read and the CREATE', async () => {
    await loadBatch(db, firstBatch());
    let attempts = 0;
    await db.write(async (tx) => {
      attempts++;
      const racing: Tx = {
        run: async (cypher, params) => {
          const result = await tx.run(cypher, params);
          // Right after the writer's read of existing ids, on the first attempt only.
          if (attempts === 1 && cypher.includes('CALL () { UNWIND $ids0')) {
            await db.write((other) => other.run(`CREATE (:PDU {id: 'pdu:new', name: 'Someone else'})`));
          }
          return result;
        },
      };
      return writeLoad(racing, secondBatch());
    });
    expect(attempts).toBe(2);
    const r = await db.query(`MATCH (p:PDU {id: 'pdu:new'}) RETURN count(p) AS n, p.name AS name`);
    expect(r.records[0]!.toObject()).toEqual({ n: 1, name: 'New' });
  });

  it('does not retry a CREATE refused for another unique property: that is bad data, not a race', async () => {
    await loadBatch(db, firstBatch());
    const batch = new GraphBatch();
    batch.node('Policy', 'policy:a', { code: 'SAME' });
    await loadBatch(db, batch);
    const twin = new GraphBatch();
    twin.node('Policy', 'policy:b', { code: 'SAME' });
    let attempts = 0;
    await expect(db.write((tx) => { attempts++; return writeBatch(tx, twin); })).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    expect(attempts).toBe(1);
  });
});
