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
 * - the node statements return the element ids of the nodes they wrote, and the relationship
 *   statements find those endpoints by element id (a record read) instead of a locking seek in the
 *   id index per endpoint; an endpoint outside the batch (a Theme, a Policy) is sought once per
 *   statement for all its relationships (endpointStatements).
 * - the statements are pipelined in two waves: the node statements are sent together and awaited
 *   (their element ids are needed), then the relationship and index statements, so Neo4j executes
 *   one while the driver encodes the next, instead of a round trip and an idle database per statement.
 * - every statement keeps its cached plan (`CYPHER replan=skip`, see withCachedPlans).
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

/**
 * Each node the batch wrote, by label then id: its element id, returned by the statement that
 * created or merged it (and so write-locked or owned by this transaction until it ends).
 */
type ElementIds = Map<NodeLabel, Map<string, string>>;

/** A relationship statement's write clause, given the Cypher expression of a row's properties. */
type Write = (props: string) => string;

/** A statement sent and not yet awaited, and what its failure or counts mean. */
interface Sent {
  run: Promise<QueryResult>;
  /** A CREATE of nodes: refused by the id constraint, it raced another writer (retryableIfRace). */
  createsNodes: boolean;
  /** Its counters are the batch's own (the similarity index's are not reported). */
  counted: boolean;
  /** A node statement's label: it returns those nodes' ids and element ids. */
  label?: NodeLabel;
}

/**
 * Every statement here runs with `replan=skip`: while a load grows the graph, Neo4j's statistics
 * change quickly and it would plan these statements again and again (a large part of a load's CPU),
 * but each has one sensible plan whatever the counts (an index seek on a unique id, or an element
 * id seek, per row), so the cached plan is kept.
 */
function withCachedPlans(tx: Tx): Tx {
  return { run: (cypher, params) => tx.run(`CYPHER replan=skip ${cypher}`, params) };
}

export async function writeBatch(outer: Tx, batch: GraphBatch): Promise<WriteResult> {
  const tx = withCachedPlans(outer);
  const existing = await existingIds(tx, batch);
  // Read (and lock) before anything is sent, so that no pipelined statement is in flight while awaiting.
  const keysBefore = await lockedTermKeys(tx, [...(batch.nodes.get('Recommendation')?.keys() ?? [])].filter((id) => existing.get('Recommendation')!.has(id)));
  const nodes = sendNodes(tx, batch, existing, keysBefore);
  const written = await settle(nodes.sent);
  const sent = sendRelationships(tx, batch, nodes.created, elementIdsOf(written));
  // The similarity index last: its shared Term and TermSet nodes are then locked only until commit.
  const index = termIndexChanges(nodes.keyChanges);
  for (const [cypher, rows] of [[TERM_SET_CYPHER, index.sets], [TERM_DF_CYPHER, index.deltas]] as const) {
    sent.push(...chunks<unknown>(rows).map((part) => ({ run: tx.run(cypher, { rows: part }), createsNodes: false, counted: false })));
  }
  const results = [...written, ...(await settle(sent))];
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  for (const { sent: s, result } of results) {
    if (!s.counted) continue;
    const u = result.summary.counters.updates();
    counts.nodesCreated += u.nodesCreated ?? 0;
    counts.relationshipsCreated += u.relationshipsCreated ?? 0;
    counts.propertiesSet += u.propertiesSet ?? 0;
  }
  return { ...counts, created: nodes.created };
}

/** Await statements sent together; the first failure is the cause (those after it fail only because the transaction did). */
async function settle(sent: Sent[]): Promise<Array<{ sent: Sent; result: QueryResult }>> {
  const settled = await Promise.allSettled(sent.map((s) => s.run));
  const failedAt = settled.findIndex((s) => s.status === 'rejected');
  if (failedAt >= 0) {
    const error = (settled[failedAt] as PromiseRejectedResult).reason;
    throw sent[failedAt]!.createsNodes ? retryableIfRace(error) : error;
  }
  return settled.map((s, i) => ({ sent: sent[i]!, result: (s as PromiseFulfilledResult<QueryResult>).value }));
}

/**
 * The node statements, pipelined: CREATE for the ids not in the graph, MERGE for the others. Each
 * returns its nodes' element ids (one record: two lists collected side by side, so pairs stay
 * aligned whatever the order of rows).
 */
function sendNodes(tx: Tx, batch: GraphBatch, existing: Map<NodeLabel, Set<string>>, keysBefore: ReadonlyMap<string, string | null>) {
  const created = new Map<NodeLabel, Set<string>>();
  const keyChanges: KeyChange[] = [];
  const sent: Sent[] = [];
  const returning = 'RETURN collect(props.id) AS ids, collect(elementId(n)) AS elementIds';
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
    for (const part of chunks(freshProps)) {
      sent.push({ run: tx.run(`UNWIND $rows AS props CREATE (n:${label}) SET n = props ${returning}`, { rows: part }), createsNodes: true, counted: true, label });
    }
    for (const part of chunks(knownProps)) {
      sent.push({ run: tx.run(`UNWIND $rows AS props MERGE (n:${label} {id: props.id}) SET n = props ${returning}`, { rows: part }), createsNodes: false, counted: true, label });
    }
  }
  return { created, keyChanges, sent };
}

function elementIdsOf(written: Array<{ sent: Sent; result: QueryResult }>): ElementIds {
  const out: ElementIds = new Map();
  for (const { sent: { label }, result } of written) {
    const record = result.records[0];
    if (!label || !record) continue;
    const ids = record.get('ids') as string[];
    const elementIds = record.get('elementIds') as string[];
    let byId = out.get(label);
    if (!byId) out.set(label, (byId = new Map()));
    ids.forEach((id, i) => byId.set(id, elementIds[i]!));
  }
  return out;
}

/**
 * The relationship statements, pipelined. A relationship with an endpoint created by this batch
 * cannot exist yet, so it is CREATEd; MERGE (an Expand(Into) and a locking re-check, costly on dense
 * nodes such as Theme) is kept for relationships between nodes that existed before.
 */
function sendRelationships(tx: Tx, batch: GraphBatch, created: Map<NodeLabel, Set<string>>, elementIds: ElementIds): Sent[] {
  const sent: Sent[] = [];
  for (const group of batch.relationships) {
    const newFrom = created.get(group.from);
    const newTo = created.get(group.to);
    // A null merge key makes MERGE fail ("cannot merge ... null property value"): leave such rows
    // to MERGE so that they still fail rather than being created.
    const creatable = (r: RelRow) =>
      (newFrom?.has(r.from) || newTo?.has(r.to)) && group.mergeOn.every((k) => r.props[k] !== null && r.props[k] !== undefined);
    const key = (props: string) => (group.mergeOn.length ? ` {${group.mergeOn.map((k) => `${k}: ${props}.${k}`).join(', ')}}` : '');
    // Many new relationships carry no property: CREATE those without a SET (and without sending {}).
    const bare: RelRow[] = [];
    const withProps: RelRow[] = [];
    const known: RelRow[] = [];
    for (const row of distinctRows(group)) (creatable(row) ? (Object.keys(row.props).length === 0 ? bare : withProps) : known).push(row);
    const statements: Array<[Write, RelRow[], boolean]> = [
      [() => `CREATE (a)-[r:${group.type}]->(b)`, bare, false],
      [(props) => `CREATE (a)-[r:${group.type}]->(b) SET r = ${props}`, withProps, true],
      [(props) => `MERGE (a)-[r:${group.type}${key(props)}]->(b) SET r = ${props}`, known, true],
    ];
    for (const [write, rows, props] of statements) {
      for (const { cypher, rows: shaped } of endpointStatements(group, rows, elementIds, write, props)) {
        for (const part of chunks(shaped)) sent.push({ run: tx.run(cypher, { rows: part }), createsNodes: false, counted: true });
      }
    }
  }
  return sent;
}

/**
 * How a statement finds a relationship's two nodes. A node the batch wrote is found by the element
 * id its statement returned (a direct record read: no index seek, no index lock). Any other node is
 * found by its id in the label's unique index, once per distinct node: the rows are grouped by it
 * (many relationships lead to the same Theme, Policy or Organisation). A row whose endpoints are both
 * outside the batch keeps one seek per endpoint. An endpoint that exists nowhere matches nothing, so
 * its relationship is not written, as with a seek per row.
 */
function endpointStatements(group: RelGroup, rows: RelRow[], elementIds: ElementIds, write: Write, props: boolean): Array<{ cypher: string; rows: unknown[] }> {
  if (rows.length === 0) return [];
  const fromIds = elementIds.get(group.from);
  const toIds = elementIds.get(group.to);
  const a = `(a:${group.from})`;
  const b = `(b:${group.to})`;
  const both: unknown[] = [];
  const byTo = new Map<string, unknown[]>();
  const byFrom = new Map<string, unknown[]>();
  const neither: unknown[] = [];
  for (const row of rows) {
    const ea = fromIds?.get(row.from);
    const eb = toIds?.get(row.to);
    // Rows are sent as lists, not maps: no key strings to encode and decode for every row.
    const row2 = (x: string, y: string) => (props ? [x, y, row.props] : [x, y]);
    if (ea !== undefined && eb !== undefined) both.push(row2(ea, eb));
    else if (ea !== undefined) pushTo(byTo, row.to, props ? [ea, row.props] : [ea]);
    else if (eb !== undefined) pushTo(byFrom, row.from, props ? [eb, row.props] : [eb]);
    else neither.push(row2(row.from, row.to));
  }
  return [
    { cypher: `UNWIND $rows AS row MATCH ${a} WHERE elementId(a) = row[0] MATCH ${b} WHERE elementId(b) = row[1] ${write('row[2]')}`, rows: both },
    { cypher: `UNWIND $rows AS g MATCH (b:${group.to} {id: g[0]}) UNWIND g[1] AS row MATCH ${a} WHERE elementId(a) = row[0] ${write('row[1]')}`, rows: [...byTo] },
    { cypher: `UNWIND $rows AS g MATCH (a:${group.from} {id: g[0]}) UNWIND g[1] AS row MATCH ${b} WHERE elementId(b) = row[0] ${write('row[1]')}`, rows: [...byFrom] },
    { cypher: `UNWIND $rows AS row MATCH (a:${group.from} {id: row[0]}) MATCH (b:${group.to} {id: row[1]}) ${write('row[2]')}`, rows: neither },
  ].filter((s) => s.rows.length > 0);
}

function pushTo<T>(m: Map<string, T[]>, key: string, value: T): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
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
