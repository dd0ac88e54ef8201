/**
 * Loading a batch: write it (write.ts) and prune the derived relationships of its nodes that it no
 * longer derives, in one write transaction. Seeds and ingested documents both come through here:
 * they are the two sources of batches, this is the one way into the graph.
 */
import type { Database, Tx } from '../db/database.ts';
import type { GraphBatch } from './batch.ts';
import { writeBatch, type WriteCounts } from './write.ts';

export type { WriteCounts };

/**
 * Derived relationships follow their rules: after the batch is written, a derived relationship of
 * one of the batch's nodes that the batch no longer derives (a theme rule or policy date changed) is
 * removed. Unchanged ones are left alone, so a reload of the same seeds changes nothing at all.
 */
const STALE_DERIVED: Array<{ cypher: string; type: 'ABOUT' | 'UNDER'; basis: string; from: Array<'Recommendation' | 'Finding' | 'Inspection'> }> = [
  {
    type: 'ABOUT', basis: 'RULE', from: ['Recommendation', 'Finding'],
    cypher: `UNWIND $rows AS row MATCH (s:Recommendation|Finding {id: row.id})-[r:ABOUT {basis: 'RULE'}]->(t:Theme) WHERE NOT t.id IN row.keep DELETE r`,
  },
  {
    type: 'UNDER', basis: 'FIELDWORK_OVERLAP', from: ['Inspection'],
    cypher: `UNWIND $rows AS row MATCH (s:Inspection {id: row.id})-[r:UNDER {basis: 'FIELDWORK_OVERLAP'}]->(t:Policy) WHERE NOT t.id IN row.keep DELETE r`,
  },
];

/** Loading is one transaction of many statements: it gets longer than an API read. */
export const LOAD_TIMEOUT_MS = 300_000;

/**
 * Write a batch and prune the derived relationships of its nodes that it no longer derives, inside
 * the caller's transaction (seeds and document ingestion both run it in theirs).
 */
export async function writeLoad(tx: Tx, batch: GraphBatch): Promise<WriteCounts> {
  const { created, ...counts } = await writeBatch(tx, batch);
  for (const derived of STALE_DERIVED) {
    // A node this batch created has no derived relationship but the batch's own: nothing to prune.
    const ids = derived.from.flatMap((label) => [...(batch.nodes.get(label)?.keys() ?? [])].filter((id) => !created.get(label)?.has(id)));
    if (ids.length === 0) continue;
    // Per node, the targets it still derives: small lists, so the statement stays linear in the batch.
    const keep = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const g of batch.relationships) {
      if (g.type !== derived.type) continue;
      for (const r of g.rows) if (r.props.basis === derived.basis) keep.get(r.from)?.push(r.to);
    }
    await tx.run(derived.cypher, { rows: [...keep].map(([id, targets]) => ({ id, keep: targets })) });
  }
  return counts;
}

export async function loadBatch(db: Database, batch: GraphBatch, beforeCommit?: () => Promise<void>): Promise<WriteCounts> {
  const { result } = await db.write(async (tx) => {
    const counts = await writeLoad(tx, batch);
    await beforeCommit?.();
    return counts;
  }, undefined, LOAD_TIMEOUT_MS);
  return result;
}

