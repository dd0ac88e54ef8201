/**
 * A relation (relations.ts) as one statement over a batch of parent ids: `$keys` in, rows of
 * (`key`, `node`) out, in the relation's order. The DataLoaders (../loaders.ts) use these for
 * parents that were not projected, so a field still costs one round trip per request however many
 * parents ask for it.
 */
import type { Embed, Relation, Value, Vars } from './relations.ts';

/** Loader rows carry whole records: the resolvers below them may read any property. */
const wholeRecord: Embed = (_field, variable, type) => (type === 'Document' ? `${variable} {.*, text: null}` : `${variable} {.*}`);
const plainVars: Vars = (name) => name;

export function relationBatchCypher(relation: Relation): string {
  const v = plainVars;
  const start = `UNWIND $keys AS key MATCH (s:${relation.from} {id: key}) ${relation.match('s', v, 'key, ')}`;
  const item = relation.item ? relation.item(v, wholeRecord) : wholeRecord('', v('t'), relation.to);
  const order = relation.order ? `key, ${relation.order(v)}` : 'key';
  return relation.distinct
    ? `${start} WITH DISTINCT key, ${v('t')} ORDER BY ${order} RETURN key, ${item} AS node`
    : `${start} RETURN key, ${item} AS node ORDER BY ${order}`;
}

export function valueBatchCypher(value: Value): string {
  return `UNWIND $keys AS key MATCH (s:${value.from} {id: key}) RETURN key, ${value.value('s', plainVars)} AS node`;
}
