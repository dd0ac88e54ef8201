/**
 * Writing a GraphBatch inside one transaction: one `UNWIND $rows ... MERGE` statement per label and
 * per relationship group. Labels and types come from the closed lists in src/graph/batch.ts, never
 * from input, so they are the only names placed into the Cypher text; all values are parameters.
 * `SET n = row.props` replaces a node's properties, so re-loading the same facts leaves the graph
 * exactly as it was (idempotent) and a corrected fact replaces the old value.
 */
import type { GraphBatch } from '../graph/batch.ts';
import type { Tx } from './database.ts';

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

const CHUNK = 5_000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export async function writeBatch(tx: Tx, batch: GraphBatch): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  const add = (u: Record<string, number>) => {
    counts.nodesCreated += u.nodesCreated ?? 0;
    counts.relationshipsCreated += u.relationshipsCreated ?? 0;
    counts.propertiesSet += u.propertiesSet ?? 0;
  };
  for (const [label, byId] of batch.nodes) {
    for (const rows of chunks([...byId.values()])) {
      const r = await tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n = row.props`, { rows });
      add(r.summary.counters.updates());
    }
  }
  for (const group of batch.relationships) {
    const key = group.mergeOn.length ? ` {${group.mergeOn.map((k) => `${k}: row.props.${k}`).join(', ')}}` : '';
    const cypher =
      `UNWIND $rows AS row MATCH (a:${group.from} {id: row.from}) MATCH (b:${group.to} {id: row.to}) ` +
      `MERGE (a)-[r:${group.type}${key}]->(b) SET r = row.props`;
    for (const rows of chunks(group.rows)) {
      const r = await tx.run(cypher, { rows });
      add(r.summary.counters.updates());
    }
  }
  return counts;
}
