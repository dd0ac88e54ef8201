/**
 * A GraphBatch is a set of nodes and relationships to MERGE, grouped by label and type so that each
 * group is written with one `UNWIND $rows` statement (one round trip, one cached plan). Seeds and
 * ingestion both build one and hand it to the same writer (src/db/write-batch.ts).
 */

import type { NodeLabel, RelationshipType } from '../model/labels.ts';

export type { NodeLabel, RelationshipType };

export type Props = Record<string, string | number | boolean | string[] | null>;

export interface NodeRow { id: string; props: Props }
export interface RelRow { from: string; to: string; props: Props }

export interface RelGroup {
  type: RelationshipType;
  from: NodeLabel;
  to: NodeLabel;
  /** Properties that tell apart several relationships of this type between the same two nodes. */
  mergeOn: readonly string[];
  rows: RelRow[];
}

export class GraphBatch {
  readonly nodes = new Map<NodeLabel, Map<string, NodeRow>>();
  private readonly relGroups = new Map<string, RelGroup>();

  /** Add or replace a node; the last props given for an id win. */
  node(label: NodeLabel, id: string, props: Props): void {
    let byId = this.nodes.get(label);
    if (!byId) this.nodes.set(label, (byId = new Map()));
    byId.set(id, { id, props: { ...stripUndefined(props), id } });
  }

  rel(type: RelationshipType, from: [NodeLabel, string], to: [NodeLabel, string], props: Props = {}, mergeOn: readonly string[] = []): void {
    const key = `${type}|${from[0]}|${to[0]}|${mergeOn.join(',')}`;
    let group = this.relGroups.get(key);
    if (!group) this.relGroups.set(key, (group = { type, from: from[0], to: to[0], mergeOn, rows: [] }));
    group.rows.push({ from: from[1], to: to[1], props: stripUndefined(props) });
  }

  has(label: NodeLabel, id: string): boolean {
    return this.nodes.get(label)?.has(id) ?? false;
  }

  get relationships(): RelGroup[] {
    return [...this.relGroups.values()];
  }

  get nodeCount(): number {
    let n = 0;
    for (const m of this.nodes.values()) n += m.size;
    return n;
  }

  get relationshipCount(): number {
    return this.relationships.reduce((n, g) => n + g.rows.length, 0);
  }
}

function stripUndefined(props: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v as Props[string];
  return out;
}
