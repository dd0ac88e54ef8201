/**
 * Node ids carry their label as a prefix (`pdu:leeds` is a PDU). Looking the label up from this
 * closed table lets a lookup by id use the label's index, without ever placing input into Cypher.
 *
 * The table is a Map and an id is checked for shape before any lookup: a plain object would answer
 * `constructor`, `__proto__` or `toString` from its prototype, and `constructor:x` once put
 * `function Object() { [native code] }` where a label belongs (issue 16). An id of any other shape,
 * or with a prefix that names no label, names no node: the lookup answers null, as for unknown ids.
 */
import type { NodeLabel } from '../model/labels.ts';

const PREFIX_LABEL: ReadonlyMap<string, NodeLabel> = new Map([
  ['region', 'Region'], ['pdu', 'PDU'], ['inspection', 'Inspection'], ['recommendation', 'Recommendation'], ['finding', 'Finding'],
  ['theme', 'Theme'], ['policy', 'Policy'], ['person', 'Person'], ['organisation', 'Organisation'], ['quote', 'Quote'],
  ['document', 'Document'], ['commitment', 'Commitment'], ['action', 'Action'], ['conflict', 'Conflict'], ['framework', 'Framework'],
]);

/**
 * What an id can look like: a lower-case prefix, a colon, then the key (slugs, months, `#n`, a
 * conflict's field name). Nothing the graph holds is longer than a few hundred characters.
 */
const ID_SHAPE = /^([a-z]{1,20}):[A-Za-z0-9:#._-]{1,300}$/;

export function labelOfId(id: string): NodeLabel | null {
  const m = ID_SHAPE.exec(id);
  return m ? (PREFIX_LABEL.get(m[1]!) ?? null) : null;
}
