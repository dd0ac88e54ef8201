/**
 * A GraphBatch is a set of nodes and relationships to MERGE, grouped by label and type so that each
 * group is written with one `UNWIND $rows` statement (one round trip, one cached plan). Seeds and
 * ingestion both build one and hand it to the same writer (src/graph/write.ts).
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

  /** Take in another batch: its nodes (replacing those with the same id) and its relationships. */
  absorb(other: GraphBatch): void {
    for (const [label, byId] of other.nodes) for (const row of byId.values()) this.node(label, row.id, row.props);
    for (const g of other.relationships) for (const r of g.rows) this.rel(g.type, [g.from, r.from], [g.to, r.to], r.props, g.mergeOn);
  }

  /** Drop the relationships of a type whose rows fail `keep` (to derive them again from the final facts). */
  dropRelationships(type: RelationshipType, keep: (row: RelRow) => boolean = () => false): void {
    for (const [key, g] of this.relGroups) {
      if (g.type !== type) continue;
      g.rows = g.rows.filter(keep);
      if (g.rows.length === 0) this.relGroups.delete(key);
    }
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
