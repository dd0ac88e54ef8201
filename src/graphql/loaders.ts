/**
 * Per-request DataLoaders, one per relation or value (translate/relations.ts), for parents whose
 * fields were not projected into the root statement (search hits, analysis results, mutation
 * results, federation entities). Within one tick of GraphQL execution every parent asking for the
 * same field is collected, and the batch is answered by a single Cypher statement: round trips
 * depend on the shape of the query, never on how many objects it returns (no N+1).
 */
import DataLoader from 'dataloader';
import type { Database, QueryListener } from '../db/database.ts';
import { RELATIONS, VALUES, type RelationName, type ValueName } from './translate/relations.ts';
import { relationBatchCypher, valueBatchCypher } from './translate/batch.ts';

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown[]>>();

  constructor(
    private readonly db: Database,
    private readonly onQuery?: QueryListener,
  ) {}

  /** All records at the end of a relation, for one parent id. */
  many<T>(relation: RelationName, key: string): Promise<T[]> {
    return this.loader(relation, () => relationBatchCypher(RELATIONS[relation])).load(key) as Promise<T[]>;
  }

  /** The single record at the end of a to-one relation, or null. */
  async one<T>(relation: RelationName, key: string): Promise<T | null> {
    const rows = await this.many<T>(relation, key);
    return rows[0] ?? null;
  }

  /** A computed value of one parent (null when there is none). */
  async value<T>(value: ValueName, key: string): Promise<T | null> {
    const rows = (await this.loader(value, () => valueBatchCypher(VALUES[value])).load(key)) as T[];
    return rows[0] ?? null;
  }

  private loader(name: string, cypherOf: () => string): DataLoader<string, unknown[]> {
    let loader = this.loaders.get(name);
    if (!loader) {
      const cypher = cypherOf();
      loader = new DataLoader<string, unknown[]>(async (keys) => {
        const result = await this.db.query(cypher, { keys: [...new Set(keys)] }, this.onQuery);
        const byKey = new Map<string, unknown[]>();
        for (const r of result.records) {
          const k = r.get('key') as string;
          let list = byKey.get(k);
          if (!list) byKey.set(k, (list = []));
          list.push(r.get('node'));
        }
        return keys.map((k) => byKey.get(k) ?? []);
      });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}
