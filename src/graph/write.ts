/**
 * Writing a GraphBatch inside one transaction. Labels and types come from the closed lists in
 * src/graph/batch.ts, never from input, so they are the only names placed into the Cypher text; all
 * values are parameters. `SET n = row.props` replaces a node's properties, so re-loading the same
 * facts leaves the graph exactly as it was (idempotent) and a corrected fact replaces the old value.
 *
 * The result is what one `UNWIND $rows ... MERGE` per label and per relationship group would give,
 * written more cheaply:
 * - one read statement first finds which of the batch's node ids already exist. Nodes that do not
 *   are CREATEd (no MERGE lookup and lock); the others are MERGEd as before.
 * - a relationship with an endpoint created by this batch cannot exist yet, so it is CREATEd; MERGE
 *   (an Expand(Into) and a locking re-check, costly on dense nodes such as Theme) is kept for
 *   relationships between nodes that existed before. Rows the batch repeats are collapsed first,
 *   the last one winning, as the MERGE then SET of each row in turn did.
 * - the statements are pipelined: all are sent, then awaited together, so Neo4j executes one while
 *   the driver encodes the next, instead of a round trip and an idle database per statement. Neo4j
 *   runs a transaction's statements in the order sent, so nodes are written before relationships.
 *
 * If another transaction creates one of the "new" ids between the read and the CREATE, the
 * uniqueness constraint refuses the CREATE and the whole transaction fails (nothing half-written);
 * the error is marked retryable, so a managed transaction (Database.write) runs the work again and
 * then finds the node and MERGEs it.
 */
import { Neo4jError, type QueryResult } from 'neo4j-driver';
import type { GraphBatch, NodeLabel, NodeRow, Props, RelGroup, RelRow } from './batch.ts';
import type { Tx } from '../db/database.ts';
import { lockedTermKeys, storedProps, termIndexChanges, TERM_DF_CYPHER, TERM_SET_CYPHER, type KeyChange } from './term-index.ts';

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** What writeBatch learnt: the counts, and the ids of the nodes this batch created, per label. */
export interface WriteResult extends WriteCounts {
  created: Map<NodeLabel, Set<string>>;
}

/** Rows per statement: bounds the size of one Bolt message and of one statement's working memory. */
const CHUNK = 5_000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Ids of the batch's nodes that are already in the graph, per label: one statement for all labels. */
async function existingIds(tx: Tx, batch: GraphBatch): Promise<Map<NodeLabel, Set<string>>> {
  const labels = [...batch.nodes.keys()];
  const existing = new Map<NodeLabel, Set<string>>(labels.map((l) => [l, new Set()]));
  if (labels.length === 0) return existing;
  const params: Record<string, string[]> = {};
  const calls = labels.map((label, i) => {
    params[`ids${i}`] = [...batch.nodes.get(label)!.keys()];
    return `CALL () { UNWIND $ids${i} AS id MATCH (n:${label} {id: id}) RETURN collect(id) AS e${i} }`;
  });
  const r = await tx.run(`${calls.join(' ')} RETURN ${labels.map((_, i) => `e${i}`).join(', ')}`, params);
  const record = r.records[0]!;
  labels.forEach((label, i) => {
    for (const id of record.get(`e${i}`) as string[]) existing.get(label)!.add(id);
  });
  return existing;
}

/** The batch's rows for one relationship group, the last of any repeated relationship winning. */
function distinctRows(group: RelGroup): RelRow[] {
  const byKey = new Map<string, RelRow>();
  for (const row of group.rows) {
    let key = `${row.from}\u0000${row.to}`;
    for (const k of group.mergeOn) key += `\u0000${JSON.stringify(row.props[k])}`;
    byKey.set(key, row);
  }
  return byKey.size === group.rows.length ? group.rows : [...byKey.values()];
}

export async function writeBatch(tx: Tx, batch: GraphBatch): Promise<WriteResult> {
  const existing = await existingIds(tx, batch);
  // Read (and lock) before anything is sent, so that no pipelined statement is in flight while awaiting.
  const keysBefore = await lockedTermKeys(tx, [...(batch.nodes.get('Recommendation')?.keys() ?? [])].filter((id) => existing.get('Recommendation')!.has(id)));
  const created = new Map<NodeLabel, Set<string>>();
  const statements: Array<Promise<QueryResult>> = [];
  const creates = new Set<Promise<QueryResult>>();
  const send = (cypher: string, rows: unknown[], createsNodes = false) => {
    for (const part of chunks(rows)) {
      const run = tx.run(cypher, { rows: part });
      statements.push(run);
      if (createsNodes) creates.add(run);
    }
  };

  const keyChanges: KeyChange[] = [];
  for (const [label, byId] of batch.nodes) {
    const old = existing.get(label)!;
    const fresh: NodeRow[] = [];
    const known: NodeRow[] = [];
    for (const row of byId.values()) (old.has(row.id) ? known : fresh).push(row);
    created.set(label, new Set(fresh.map((r) => r.id)));
    const stored = (rows: NodeRow[]) => rows.map((r) => storedProps(label, r.props));
    const freshProps = stored(fresh);
    const knownProps = stored(known);
    if (label === 'Recommendation') keyChanges.push(...recommendationKeyChanges(freshProps, knownProps, keysBefore));
    // A node's props include its id (GraphBatch.node), so the props alone are sent: less to encode.
    send(`UNWIND $rows AS props CREATE (n:${label}) SET n = props`, freshProps, true);
    send(`UNWIND $rows AS props MERGE (n:${label} {id: props.id}) SET n = props`, knownProps);
  }

  for (const group of batch.relationships) {
    const newFrom = created.get(group.from);
    const newTo = created.get(group.to);
    // A null merge key makes MERGE fail ("cannot merge ... null property value"): leave such rows
    // to MERGE so that they still fail rather than being created.
    const creatable = (r: RelRow) =>
      (newFrom?.has(r.from) || newTo?.has(r.to)) && group.mergeOn.every((k) => r.props[k] !== null && r.props[k] !== undefined);
    const fresh: RelRow[] = [];
    const known: RelRow[] = [];
    for (const row of distinctRows(group)) (creatable(row) ? fresh : known).push(row);
    const match = `UNWIND $rows AS row MATCH (a:${group.from} {id: row.from}) MATCH (b:${group.to} {id: row.to}) `;
    const key = group.mergeOn.length ? ` {${group.mergeOn.map((k) => `${k}: row.props.${k}`).join(', ')}}` : '';
    // Many new relationships carry no property: CREATE those without a SET (and without sending {}).
    const bare: Array<Omit<RelRow, 'props'>> = [];
    const withProps: RelRow[] = [];
    for (const row of fresh) {
      if (Object.keys(row.props).length === 0) bare.push({ from: row.from, to: row.to });
      else withProps.push(row);
    }
    send(`${match}CREATE (a)-[r:${group.type}]->(b)`, bare);
    send(`${match}CREATE (a)-[r:${group.type}]->(b) SET r = row.props`, withProps);
    send(`${match}MERGE (a)-[r:${group.type}${key}]->(b) SET r = row.props`, known);
  }

  // The similarity index last: its shared Term and TermSet nodes are then locked only until commit.
  const index = termIndexChanges(keyChanges);
  const firstIndexStatement = statements.length;
  send(TERM_SET_CYPHER, index.sets);
  send(TERM_DF_CYPHER, index.deltas);

  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  const settled = await Promise.allSettled(statements);
  // The first failure is the cause; the statements after it fail only because the transaction did.
  const failedAt = settled.findIndex((s) => s.status === 'rejected');
  if (failedAt >= 0) {
    const error = (settled[failedAt] as PromiseRejectedResult).reason;
    throw creates.has(statements[failedAt]!) ? retryableIfRace(error) : error;
  }
  // The counts are of the batch's own nodes and relationships, not of the index's.
  for (const s of settled.slice(0, firstIndexStatement)) {
    const u = (s as PromiseFulfilledResult<QueryResult>).value.summary.counters.updates();
    counts.nodesCreated += u.nodesCreated ?? 0;
    counts.relationshipsCreated += u.relationshipsCreated ?? 0;
    counts.propertiesSet += u.propertiesSet ?? 0;
  }
  return { ...counts, created };
}

/** Each written recommendation's term key before and after (`before`: the stored keys of rewritten ones). */
function recommendationKeyChanges(fresh: readonly Props[], known: readonly Props[], before: ReadonlyMap<string, string | null>): KeyChange[] {
  return [
    ...fresh.map((p) => ({ before: null, after: String(p.termKey) })),
    ...known.map((p) => ({ before: before.get(String(p.id)) ?? null, after: String(p.termKey) })),
  ];
}

/**
 * A CREATE refused by a uniqueness constraint means another transaction created the node after our
 * read: a race, not bad data (MERGE would have waited and matched). Retrying the whole transaction
 * reads again and MERGEs, so the error is marked transient for the driver's retry.
 */
function retryableIfRace(error: unknown): unknown {
  // Only the id constraint: another unique property (Policy.code) repeated is bad data, and retried it would fail again.
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' && /property `id`/.test(error.message)) {
    return new Neo4jError(`the batch raced another writer creating the same node: ${error.message}`, 'Neo.TransientError.Transaction.Outdated', error.gqlStatus, error.gqlStatusDescription, error.diagnosticRecord, error);
  }
  return error;
}
