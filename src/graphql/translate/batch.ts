/**
 * A relation (relations.ts) as one statement over a batch of parent ids: `$keys` in, rows of
 * (`key`, `node`) out, in the relation's order. The DataLoaders (../loaders.ts) use these for
 * parents that were not projected, so a field still costs one round trip per request however many
 * parents ask for it.
 */
import { itemMap, type Relation, type Value, type Vars } from './relations.ts';

/** Loader rows carry whole records, since the resolvers below them may read any property; a document without its (large) text. */
const wholeRecord = (variable: string, type: string) => (type === 'Document' ? `${variable} {.*, text: null}` : `${variable} {.*}`);
const plainVars: Vars = (name) => name;

export function relationBatchCypher(relation: Relation): string {
  const v = plainVars;
  const start = `UNWIND $keys AS key MATCH (s:${relation.from} {id: key}) ${relation.match('s', v, 'key, ')}`;
  const item = relation.item ? itemMap(relation.item(v), () => true, (e) => wholeRecord(e.embed, e.type)) : wholeRecord(v('t'), relation.to);
  const order = relation.order ? `key, ${relation.order(v)}` : 'key';
  return relation.distinct
    ? `${start} WITH DISTINCT key, ${v('t')} ORDER BY ${order} RETURN key, ${item} AS node`
    : `${start} RETURN key, ${item} AS node ORDER BY ${order}`;
}

/**
 * A connection relation as one statement over a batch of parent ids, for one page (`$offset`,
 * `$first`): rows of (`key`, `{total, page}`).
 */
export function connectionBatchCypher(relation: Relation): string {
  const v = plainVars;
  const match = relation.match('s', v, '');
  const item = relation.item ? itemMap(relation.item(v), () => true, (e) => wholeRecord(e.embed, e.type)) : wholeRecord(v('t'), relation.to);
  const order = relation.order ? ` ORDER BY ${relation.order(v)}` : '';
  const rows = relation.distinct ? `${match} WITH DISTINCT ${v('t')}` : `${match} WITH *`;
  return `UNWIND $keys AS key MATCH (s:${relation.from} {id: key}) ` +
    `CALL (s) { ${rows}${order} SKIP $offset LIMIT $first RETURN collect(${item}) AS page } ` +
    `RETURN key, {total: COUNT { ${relation.distinct ? `${match} WITH DISTINCT ${v('t')} RETURN 1` : `${match} RETURN 1`} }, page: page} AS node`;
}

export function valueBatchCypher(value: Value): string {
  return `UNWIND $keys AS key MATCH (s:${value.from} {id: key}) RETURN key, ${value.value('s', plainVars)} AS node`;
}

/**
 * Federation entities of one type by one key field (`PDU` by `id`, `Policy` by `code`), for a batch
 * of key values. `label` and `field` come from the subgraph's entity table, never from a request.
 */
export function entityBatchCypher(label: string, field: string): string {
  return `UNWIND $keys AS key MATCH (t:\`${label}\`) WHERE t.\`${field}\` = key RETURN key, t {.*} AS node`;
}
