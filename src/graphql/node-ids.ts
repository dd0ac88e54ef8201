/**
 * Node ids carry their label as a prefix (`pdu:leeds` is a PDU). Looking the label up from this
 * closed table lets a lookup by id use the label's index, without ever placing input into Cypher.
 */
import type { NodeLabel } from '../model/labels.ts';

const PREFIX_LABEL: Record<string, NodeLabel> = {
  region: 'Region', pdu: 'PDU', inspection: 'Inspection', recommendation: 'Recommendation', finding: 'Finding',
  theme: 'Theme', policy: 'Policy', person: 'Person', organisation: 'Organisation', quote: 'Quote',
  document: 'Document', commitment: 'Commitment', action: 'Action', conflict: 'Conflict', framework: 'Framework',
};

export function labelOfId(id: string): NodeLabel | null {
  return PREFIX_LABEL[id.slice(0, id.indexOf(':'))] ?? null;
}
