/**
 * TCK, loaders: the batched statement of every relation and computed value (for parents that were
 * not projected: search hits, analysis results, mutation results) and of every federation entity
 * key, in one file (__snapshots__/loaders/all.cypher). Each takes `$keys` and returns rows of
 * (`key`, `node`).
 */
import { describe, it } from 'vitest';
import { entityBatchCypher, relationBatchCypher, valueBatchCypher } from '../../src/graphql/translate/batch.ts';
import { RELATIONS, VALUES, type Relation, type Value } from '../../src/graphql/translate/relations.ts';
import { ENTITY_KEYS } from '../../src/graphql/federation.ts';
import { formatCypher } from './format.ts';
import { matchCypher } from './support.ts';

describe('loaders', () => {
  it('every relation, value and federation entity key, batched over $keys', async () => {
    const sections = [
      ...Object.entries(RELATIONS as Record<string, Relation>).map(([name, relation]) => [name, relationBatchCypher(relation)] as const),
      ...Object.entries(VALUES as Record<string, Value>).map(([name, value]) => [name, valueBatchCypher(value)] as const),
      ...Object.entries(ENTITY_KEYS).flatMap(([label, fields]) => fields.map((field) => [`federation ${label} by ${field}`, entityBatchCypher(label, field)] as const)),
    ];
    await matchCypher('loaders', 'all', sections.map(([name, cypher]) => `// ${name}\n${formatCypher(cypher)}\n`).join('\n'));
  });
});
