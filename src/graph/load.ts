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
 * Derived relationships follow their rules: after the batch is written, a derived relationship that
 * the batch no longer derives (a theme rule, a policy date or the recogniser changed) is removed.
 * Unchanged ones are left alone, so a reload of the same seeds changes nothing at all. Two kinds:
 *
 * - by node: every ABOUT {basis: RULE} of the batch's recommendations and findings, and every
 *   UNDER {basis: FIELDWORK_OVERLAP} of its inspections, is re-derived from the node's own props;
 * - by document: what a document's words gave (its MENTIONS, the UNDER {basis: DOCUMENT_MENTION}
 *   and AFFECTED_BY that cite it) is re-derived whenever the batch holds that document.
 *
 * A node or document this batch created has nothing derived but the batch's own: nothing to prune.
 */
const STALE_BY_NODE: Array<{ cypher: string; type: 'ABOUT' | 'UNDER'; basis: string; from: Array<'Recommendation' | 'Finding' | 'Inspection'> }> = [
  {
    type: 'ABOUT', basis: 'RULE', from: ['Recommendation', 'Finding'],
    cypher: `UNWIND $rows AS row MATCH (s:Recommendation|Finding {id: row.id})-[r:ABOUT {basis: 'RULE'}]->(t:Theme) WHERE NOT t.id IN row.keep DELETE r`,
  },
  {
    type: 'UNDER', basis: 'FIELDWORK_OVERLAP', from: ['Inspection'],
    cypher: `UNWIND $rows AS row MATCH (s:Inspection {id: row.id})-[r:UNDER {basis: 'FIELDWORK_OVERLAP'}]->(t:Policy) WHERE NOT t.id IN row.keep DELETE r`,
  },
];

/** Per document: the `from|to` pairs it still derives, by relationship type. */
const STALE_BY_DOCUMENT = `
UNWIND $rows AS row
CALL (row) {
  MATCH (:Document {id: row.id})-[r:MENTIONS]->(t) WHERE NOT t.id IN row.mentions DELETE r
}
CALL (row) {
  MATCH (s:Inspection)-[r:UNDER {basis: 'DOCUMENT_MENTION', documentId: row.id}]->(t:Policy)
  WHERE NOT s.id + '|' + t.id IN row.under DELETE r
}
CALL (row) {
  MATCH (s:PDU)-[r:AFFECTED_BY {documentId: row.id}]->(t:Policy)
  WHERE NOT s.id + '|' + t.id IN row.affected DELETE r
}`;

/** Loading is one transaction of many statements: it gets longer than an API read. */
export const LOAD_TIMEOUT_MS = 300_000;

async function pruneByNode(tx: Tx, batch: GraphBatch, created: Map<string, Set<string>>): Promise<void> {
  for (const derived of STALE_BY_NODE) {
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
}

async function pruneByDocument(tx: Tx, batch: GraphBatch, created: Map<string, Set<string>>): Promise<void> {
  const docs = [...(batch.nodes.get('Document')?.keys() ?? [])].filter((id) => !created.get('Document')?.has(id));
  if (docs.length === 0) return;
  const rows = new Map(docs.map((id) => [id, { id, mentions: [] as string[], under: [] as string[], affected: [] as string[] }]));
  for (const g of batch.relationships) {
    for (const r of g.rows) {
      if (g.type === 'MENTIONS') rows.get(r.from)?.mentions.push(r.to);
      else if (g.type === 'UNDER' && r.props.basis === 'DOCUMENT_MENTION') rows.get(String(r.props.documentId))?.under.push(`${r.from}|${r.to}`);
      else if (g.type === 'AFFECTED_BY') rows.get(String(r.props.documentId))?.affected.push(`${r.from}|${r.to}`);
    }
  }
  await tx.run(STALE_BY_DOCUMENT, { rows: [...rows.values()] });
}

/**
 * Write a batch and prune the derived relationships it no longer derives, inside the caller's
 * transaction (seeds and document ingestion both run it in theirs).
 */
export async function writeLoad(tx: Tx, batch: GraphBatch): Promise<WriteCounts> {
  const { created, ...counts } = await writeBatch(tx, batch);
  await pruneByNode(tx, batch, created);
  await pruneByDocument(tx, batch, created);
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

